// SPDX-License-Identifier: MIT
// Snapshots through faults (issue 25 point 13): a loopback ECS stub (the fake ECS from
// tests/integration/client, with a fixed latency per answer) that answers a share of requests
// with a fault the way `ecsdesk-local --fault-rate` does: half ThrottlingException (HTTP 400),
// half ServerException (HTTP 500). Prints the fault-free time, then for each faulty run whether
// the snapshot equals the fault-free one and how long it took. Target: at 30 % faults, at least
// 19 of 20 runs equal and each at most 10x the fault-free time.
//
//   build/dev/bench/snapshot/bench_snapshot_faults [--fault-rate 0.3] [--runs 20] [--services 200]
//       [--tasks-per-service 10] [--instances 50] [--families 40] [--latency-ms 10] [--max-attempts N]

#include "api/ecs/clustersnapshotloader.h"
#include "fakeecs.h"
#include "stubserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace EcsDesk;

namespace {

/// The stub in its own thread; the fault share can change between runs.
class FaultyStubThread : public QThread {
public:
    FaultyStubThread(const Testing::FakeEcs& fake, int latencyMs)
        : m_fake(fake)
        , m_latencyMs(latencyMs)
    {
    }
    QUrl url() const { return m_url; }
    void setFaultRate(double rate) { m_faultPermille.storeRelease(int(rate * 1000)); }
    int requests() const { return m_requests.loadAcquire(); }
    int faults() const { return m_faults.loadAcquire(); }
    void waitReady()
    {
        while (!m_ready.loadAcquire())
            QThread::msleep(5);
    }

protected:
    void run() override
    {
        QHash<QByteArray, Testing::StubResponse> rendered;
        Testing::StubServer server([this, &rendered](const Testing::StubRequest& request) {
            m_requests.fetchAndAddRelaxed(1);
            if (QRandomGenerator::global()->bounded(1000) < m_faultPermille.loadAcquire()) {
                m_faults.fetchAndAddRelaxed(1);
                Testing::StubResponse fault = QRandomGenerator::global()->bounded(2) == 0
                    ? Testing::StubResponse::awsError(
                        QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded"))
                    : Testing::StubResponse::awsError(
                        QStringLiteral("ServerException"), QStringLiteral("Injected fault"), 500);
                fault.delayMs = m_latencyMs;
                return fault;
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
            qFatal("bench_snapshot_faults: cannot listen on 127.0.0.1");
        m_url = server.url();
        m_ready.storeRelease(1);
        exec();
    }

private:
    const Testing::FakeEcs& m_fake;
    int m_latencyMs;
    QUrl m_url;
    QAtomicInt m_ready = 0;
    QAtomicInt m_requests = 0;
    QAtomicInt m_faults = 0;
    QAtomicInt m_faultPermille = 0;
};

/// What makes two snapshots equal here: the same objects (by ARN) and the same failures.
QStringList fingerprint(const Api::ClusterSnapshot& snapshot)
{
    QStringList keys;
    for (const Api::Service& s : snapshot.services)
        keys.append(u"s " + s.arn + u' ' + QString::number(s.desiredCount));
    for (const Api::Task& t : snapshot.tasks)
        keys.append(u"t " + t.arn + u' ' + t.lastStatus);
    for (const Api::ContainerInstance& i : snapshot.containerInstances)
        keys.append(u"i " + i.arn);
    for (const Api::TaskDefinition& d : snapshot.taskDefinitions)
        keys.append(u"d " + d.arn);
    for (const Api::Failure& f : snapshot.failures)
        keys.append(u"f " + f.arn + u' ' + f.reason);
    keys.sort();
    return keys;
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
    const auto faultRate = option("fault-rate", "0.3");
    const auto runs = option("runs", "20");
    const auto services = option("services", "200");
    const auto tasksPerService = option("tasks-per-service", "10");
    const auto instances = option("instances", "50");
    const auto families = option("families", "40");
    const auto latency = option("latency-ms", "10");
    const auto maxAttempts = option("max-attempts", "0");
    parser.process(app);

    Testing::FakeEcs::Shape shape;
    shape.services = parser.value(services).toInt();
    shape.runningPerService = parser.value(tasksPerService).toInt();
    shape.containerInstances = parser.value(instances).toInt();
    shape.families = parser.value(families).toInt();
    const Testing::FakeEcs fake(shape);
    FaultyStubThread stub(fake, parser.value(latency).toInt());
    stub.start();
    stub.waitReady();

    Api::AwsTransport transport; // the app's and the CLI's defaults unless told otherwise
    if (parser.value(maxAttempts).toInt() > 0) {
        Api::RetryPolicy policy = transport.retryPolicy();
        policy.maxAttempts = parser.value(maxAttempts).toInt();
        transport.setRetryPolicy(policy);
    }
    Api::ClientConfig config;
    config.transport = &transport;
    config.region = "us-east-1";
    config.endpointUrl = stub.url();
    config.credentials = std::make_shared<Api::StaticCredentialsProvider>(
        Api::Credentials { QStringLiteral("AKIDBENCH"), QStringLiteral("bench-secret"), {}, {} },
        QStringLiteral("bench"));
    Api::ClusterSnapshotLoader loader { Api::EcsClient(config) };

    // One load: its fingerprint (empty with `error` set on failure) and its time.
    auto load = [&](QString* error, qint64* ms) {
        QEventLoop loop;
        QStringList result;
        QObject::connect(&loader, &Api::ClusterSnapshotLoader::finished, &loop, [&](const Api::ClusterSnapshot& s) {
            result = fingerprint(s);
            loop.quit();
        });
        QObject::connect(&loader, &Api::ClusterSnapshotLoader::failed, &loop, [&](const Api::AwsError& e) {
            *error = e.toString();
            loop.quit();
        });
        QElapsedTimer timer;
        timer.start();
        loader.load(fake.clusterName());
        loop.exec();
        *ms = timer.elapsed();
        loader.disconnect(&loop);
        return result;
    };

    std::printf("cluster: %d services, %d tasks, %d container instances, %d families; latency %d ms per answer\n",
        fake.serviceCount(), fake.taskCount(), shape.containerInstances, fake.familyCount(),
        parser.value(latency).toInt());
    QString error;
    qint64 ms = 0;
    QStringList reference;
    QList<qint64> cleanTimes;
    for (int i = 0; i < 4; ++i) { // the first one warms up connections and the stub's pages
        reference = load(&error, &ms);
        if (reference.isEmpty()) {
            std::fprintf(stderr, "the fault-free snapshot failed: %s\n", qPrintable(error));
            return 1;
        }
        if (i > 0)
            cleanTimes.append(ms);
    }
    std::sort(cleanTimes.begin(), cleanTimes.end());
    const qint64 clean = std::max<qint64>(1, cleanTimes[cleanTimes.size() / 2]);
    std::printf("fault-free: median %lld ms (%d requests)\n", clean, stub.requests() / 4);

    const double rate = parser.value(faultRate).toDouble();
    stub.setFaultRate(rate);
    const int runCount = std::max(1, parser.value(runs).toInt());
    int equal = 0;
    int withinTenfold = 0;
    QList<qint64> times;
    for (int run = 1; run <= runCount; ++run) {
        const int requestsBefore = stub.requests();
        const int faultsBefore = stub.faults();
        error.clear();
        const QStringList result = load(&error, &ms);
        const bool same = result == reference;
        equal += same ? 1 : 0;
        withinTenfold += same && ms <= 10 * clean ? 1 : 0;
        times.append(ms);
        const Api::AdaptiveRateLimiter& limiter
            = transport.rateLimiter("ecs", stub.url(), "us-east-1", QStringLiteral("DescribeTasks"));
        std::printf("run %2d: %s in %lld ms (%.1fx), %d requests, %d faults; retry quota %d; rate limiter %s%s%s\n",
            run, same ? "equal" : (result.isEmpty() ? "FAILED" : "DIFFERENT"), ms, double(ms) / double(clean),
            stub.requests() - requestsBefore, stub.faults() - faultsBefore, transport.retryQuota().available(),
            limiter.isEnabled() ? qPrintable(QStringLiteral("at %1 requests/s").arg(limiter.fillRate(), 0, 'f', 1))
                                : "dormant",
            error.isEmpty() ? "" : ": ", qPrintable(error));
    }
    std::sort(times.begin(), times.end());
    std::printf("fault rate %.2f: %d of %d runs equal the fault-free snapshot, %d of them within 10x; median %lld ms "
                "(%.1fx), slowest %lld ms (%.1fx)\n",
        rate, equal, runCount, withinTenfold, times[times.size() / 2], double(times[times.size() / 2]) / double(clean),
        times.last(), double(times.last()) / double(clean));
    stub.quit();
    stub.wait();
    return equal * 20 >= runCount * 19 && withinTenfold * 20 >= runCount * 19 ? 0 : 1;
}
