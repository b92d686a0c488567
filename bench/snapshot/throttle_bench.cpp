// SPDX-License-Identifier: MIT
// A big cluster's snapshot within ECS's request quotas (issue 24): a loopback ECS stub (the fake
// ECS from tests/integration/client, a fixed latency per answer) behind the token buckets of
// `ecsdesk-local --throttle ecs` (Local::RequestThrottle, ECS's documented table; full buckets at
// the start of each run). Each run uses a new transport, so its limiter learns the buckets from
// nothing. Prints, per run, the time, the calls that failed (must be none), the throttled answers,
// and the bound the buckets allow: for each action category, (calls admitted - burst) / refill
// rate; the snapshot cannot finish sooner than the slowest category (nor than the unthrottled
// snapshot). Target: zero failed calls and at most 1.2x that bound.
//
//   build/release/bench/snapshot/bench_snapshot_throttled [--runs 3] [--services 2000]
//       [--tasks-per-service 5] [--instances 200] [--families 40] [--latency-ms 25]

#include "api/core/ratecategories.h"
#include "api/ecs/clustersnapshotloader.h"
#include "fakeecs.h"
#include "local/http/requestthrottle.h"
#include "stubserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutex>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

using namespace EcsDesk;

namespace {

/// The stub in its own thread, throttled as ECS is; counts what it admitted per action.
class ThrottledStubThread : public QThread {
public:
    ThrottledStubThread(const Testing::FakeEcs& fake, int latencyMs)
        : m_fake(fake)
        , m_latencyMs(latencyMs)
    {
    }
    QUrl url() const { return m_url; }
    void waitReady()
    {
        while (!m_ready.loadAcquire())
            QThread::msleep(5);
    }
    /// Full buckets (or none: no throttling) and zero counts.
    void reset(bool throttled)
    {
        QMutexLocker lock(&m_mutex);
        m_throttle = throttled ? std::make_unique<Local::RequestThrottle>() : nullptr;
        m_admitted.clear();
        m_throttled = 0;
        m_timeline.clear();
        m_clock.start();
    }
    /// Per second since reset(): "category initials admitted/throttled" for each category.
    QStringList timeline() const
    {
        QMutexLocker lock(&m_mutex);
        QStringList lines;
        for (const auto& [second, counts] : m_timeline) {
            QStringList parts;
            for (const auto& [name, pair] : counts)
                parts.append(QStringLiteral("%1 %2/%3").arg(name).arg(pair.first).arg(pair.second));
            lines.append(QStringLiteral("%1 s: %2").arg(second).arg(parts.join(QStringLiteral(", "))));
        }
        return lines;
    }
    std::map<QString, int> admitted() const
    {
        QMutexLocker lock(&m_mutex);
        return m_admitted;
    }
    int throttled() const
    {
        QMutexLocker lock(&m_mutex);
        return m_throttled;
    }

protected:
    void run() override
    {
        QHash<QByteArray, Testing::StubResponse> rendered;
        Testing::StubServer server([this, &rendered](const Testing::StubRequest& request) {
            const QString operation = request.operation();
            {
                QMutexLocker lock(&m_mutex);
                const Api::RateCategory* category = Api::EcsRateCategories::of(operation);
                QString initials;
                for (const QString& word :
                    QString(category ? category->name : QLatin1StringView("other")).split(QLatin1Char(' ')))
                    initials += word.left(1);
                auto& counts = m_timeline[int(m_clock.elapsed() / 1000)][initials];
                const bool refused = m_throttle && !m_throttle->admit(operation);
                ++(refused ? counts.second : counts.first);
                if (refused) {
                    ++m_throttled;
                    Testing::StubResponse refusal = Testing::StubResponse::awsError(
                        QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded"));
                    refusal.delayMs = m_latencyMs;
                    return refusal;
                }
                ++m_admitted[operation];
            }
            const QByteArray key = request.header("x-amz-target") + '\n' + request.body;
            auto it = rendered.constFind(key);
            if (it == rendered.constEnd()) {
                Testing::StubResponse response = m_fake.handle(request);
                response.delayMs = m_latencyMs;
                it = rendered.insert(key, response);
            }
            return *it;
        });
        if (!server.listen())
            qFatal("bench_snapshot_throttled: cannot listen on 127.0.0.1");
        m_url = server.url();
        m_ready.storeRelease(1);
        exec();
    }

private:
    const Testing::FakeEcs& m_fake;
    int m_latencyMs;
    QUrl m_url;
    QAtomicInt m_ready = 0;
    mutable QMutex m_mutex;
    std::unique_ptr<Local::RequestThrottle> m_throttle;
    std::map<QString, int> m_admitted;
    int m_throttled = 0;
    QElapsedTimer m_clock;
    std::map<int, std::map<QString, std::pair<int, int>>> m_timeline; ///< second -> category -> admitted, refused
};

struct Load {
    bool ok = false;
    QString error;
    qint64 ms = 0;
    int tasks = 0;
    int services = 0;
    qint64 sent = 0;
};

Load loadOnce(const Testing::FakeEcs& fake, const QUrl& url)
{
    Api::AwsTransport transport; // the app's and the CLI's defaults, a limiter that knows nothing yet
    Api::ClientConfig config;
    config.transport = &transport;
    config.region = "us-east-1";
    config.endpointUrl = url;
    config.credentials = std::make_shared<Api::StaticCredentialsProvider>(
        Api::Credentials { QStringLiteral("AKIDBENCH"), QStringLiteral("bench-secret"), {}, {} },
        QStringLiteral("bench"));
    Api::ClusterSnapshotLoader loader { Api::EcsClient(config) };
    Load result;
    QEventLoop loop;
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::finished, &loop, [&](const Api::ClusterSnapshot& s) {
        result.ok = true;
        result.tasks = int(s.tasks.size());
        result.services = int(s.services.size());
        loop.quit();
    });
    QObject::connect(&loader, &Api::ClusterSnapshotLoader::failed, &loop, [&](const Api::AwsError& e) {
        result.error = e.toString();
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    loader.load(fake.clusterName());
    loop.exec();
    result.ms = timer.elapsed();
    result.sent = transport.sentCount();
    return result;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    auto option = [&parser](const char* name, const char* value) {
        const QString key = QLatin1String(name);
        const QCommandLineOption o(key, key, QStringLiteral("n"), QLatin1String(value));
        parser.addOption(o);
        return o;
    };
    const auto runs = option("runs", "3");
    const auto services = option("services", "2000");
    const auto tasksPerService = option("tasks-per-service", "5");
    const auto instances = option("instances", "200");
    const auto families = option("families", "40");
    const auto latency = option("latency-ms", "25");
    const QCommandLineOption timeline(
        QStringLiteral("timeline"), QStringLiteral("Print calls admitted/refused per second and category."));
    parser.addOption(timeline);
    parser.process(app);

    Testing::FakeEcs::Shape shape;
    shape.services = parser.value(services).toInt();
    shape.runningPerService = parser.value(tasksPerService).toInt();
    shape.stoppedPerService = 0;
    shape.containerInstances = parser.value(instances).toInt();
    shape.families = parser.value(families).toInt();
    const Testing::FakeEcs fake(shape);
    ThrottledStubThread stub(fake, parser.value(latency).toInt());
    stub.start();
    stub.waitReady();
    std::printf("cluster: %d services, %d tasks, %d container instances, %d families; latency %d ms per answer\n",
        fake.serviceCount(), fake.taskCount(), shape.containerInstances, fake.familyCount(),
        parser.value(latency).toInt());

    stub.reset(false);
    loadOnce(fake, stub.url()); // warm-up
    stub.reset(false);
    const Load unthrottled = loadOnce(fake, stub.url());
    if (!unthrottled.ok) {
        std::fprintf(stderr, "the unthrottled snapshot failed: %s\n", qPrintable(unthrottled.error));
        return 1;
    }
    std::printf("unthrottled: %lld ms, %lld requests\n", unthrottled.ms, unthrottled.sent);

    const int runCount = std::max(1, parser.value(runs).toInt());
    bool allWithin = true;
    for (int run = 1; run <= runCount; ++run) {
        stub.reset(true);
        const Load load = loadOnce(fake, stub.url());
        // The bound: each category's admitted calls beyond its burst at its refill rate.
        std::map<QString, int> perCategory;
        for (const auto& [operation, count] : stub.admitted()) {
            const Api::RateCategory* category = Api::EcsRateCategories::of(operation);
            perCategory[category ? QString(category->name) : operation] += count;
        }
        double boundSeconds = 0;
        QString slowest;
        QStringList categories;
        for (const auto& [name, count] : perCategory) {
            const Api::RateCategory* category = nullptr;
            for (const Api::RateCategory& c : Api::EcsRateCategories::all())
                category = c.name == name ? &c : category;
            const double seconds = category ? std::max(0.0, (count - category->burst) / category->refillPerSecond) : 0;
            categories.append(QStringLiteral("%1 %2 (%3 s)").arg(name).arg(count).arg(seconds, 0, 'f', 1));
            if (seconds > boundSeconds) {
                boundSeconds = seconds;
                slowest = name;
            }
        }
        const double boundMs = std::max(boundSeconds * 1000.0, double(unthrottled.ms));
        const bool complete = load.ok && load.tasks == fake.taskCount() && load.services == fake.serviceCount();
        const double ratio = double(load.ms) / boundMs;
        allWithin = allWithin && complete && ratio <= 1.2;
        std::printf("run %d: %s in %lld ms; bound %.0f ms (%s) -> %.2fx (target 1.2x); %d throttled answers; %lld "
                    "requests; failed calls: %d%s%s\n",
            run, complete ? "complete" : "FAILED", load.ms, boundMs, qPrintable(slowest), ratio, stub.throttled(),
            load.sent, load.ok ? 0 : 1, load.error.isEmpty() ? "" : ": ", qPrintable(load.error));
        std::printf("       calls admitted per category: %s\n", qPrintable(categories.join(QStringLiteral("; "))));
        if (parser.isSet(timeline)) {
            for (const QString& line : stub.timeline())
                std::printf("       %s\n", qPrintable(line));
        }
    }
    stub.quit();
    stub.wait();
    return allWithin ? 0 : 1;
}
