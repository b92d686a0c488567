// SPDX-License-Identifier: MIT
// Snapshot of a large generated cluster through a loopback ECS stub that adds a fixed latency to
// every answer (on a timer, in its own thread), compared in the same run with a plain boto3
// paginator script doing the same listing and describing. See docs/client.md.
//
//   build/dev/bench/snapshot/bench_snapshot [--services 500] [--tasks-per-service 20]
//       [--stopped-per-service 1] [--instances 200] [--families 100] [--latency-ms 25]
//       [--max-in-flight N] [--pools N] [--http own|qt] [--runs 3] [--skip-boto3] [--smoke]

#include "api/ecs/clustersnapshotloader.h"
#include "fakeecs.h"
#include "stubserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace EcsDesk;

namespace {

/// CPU time (user + system, all threads) the process has used so far, in ms.
qint64 processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

/// CPU time of the calling thread so far, in ms.
double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/// The stub server lives in its own thread so its JSON work does not share the client's loop. It
/// renders each distinct answer once and replays it afterwards (a server that pre-renders its
/// pages): the loader is what is measured, not the stub's JSON work on the same two cores.
class StubThread : public QThread {
public:
    StubThread(const Testing::FakeEcs& fake, int latencyMs)
        : m_fake(fake)
        , m_latencyMs(latencyMs)
    {
    }
    QUrl url() const { return m_url; }
    int requests() const { return m_requests.loadAcquire(); }
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
            qFatal("bench_snapshot: cannot listen on 127.0.0.1");
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
};

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
    const auto services = option("services", "500");
    const auto tasksPerService = option("tasks-per-service", "20");
    const auto stoppedPerService = option("stopped-per-service", "1");
    const auto instances = option("instances", "200");
    const auto families = option("families", "100");
    const auto latency = option("latency-ms", "25");
    const auto maxInFlight = option("max-in-flight", "0");
    const auto runs = option("runs", "7");
    const auto warmups = option("warmup", "1");
    const auto parseThreshold = option("parse-threshold", "65536");
    const auto parseThreads = option("parse-threads", "0");
    const auto poolsOption = option("pools", "0");
    const QCommandLineOption httpOption(QStringLiteral("http"),
        QStringLiteral("HTTP implementation: own (the default, as in the app) or qt (QNetworkAccessManager)."),
        QStringLiteral("own|qt"), QStringLiteral("own"));
    parser.addOption(httpOption);
    const QCommandLineOption skipBoto(QStringLiteral("skip-boto3"), QStringLiteral("Do not run the boto3 script."));
    const QCommandLineOption smoke(QStringLiteral("smoke"), QStringLiteral("A small cluster, one run (for ctest)."));
    const QCommandLineOption trace(QStringLiteral("trace"),
        QStringLiteral("Print the loader's progress every 10 ms (requests started/completed, objects)."));
    parser.addOption(trace);
    parser.addOption(skipBoto);
    parser.addOption(smoke);
    parser.process(app);

    Testing::FakeEcs::Shape shape;
    shape.services = parser.value(services).toInt();
    shape.runningPerService = parser.value(tasksPerService).toInt();
    shape.stoppedPerService = parser.value(stoppedPerService).toInt();
    shape.containerInstances = parser.value(instances).toInt();
    shape.families = parser.value(families).toInt();
    shape.standaloneTasks = 0;
    int runCount = std::max(1, parser.value(runs).toInt());
    int warmupCount = std::max(0, parser.value(warmups).toInt());
    if (parser.isSet(smoke)) {
        shape = Testing::FakeEcs::Shape {};
        shape.services = 60;
        shape.runningPerService = 10;
        shape.containerInstances = 20;
        shape.families = 12;
        runCount = 1;
        warmupCount = 0;
    }
    const int latencyMs = parser.value(latency).toInt();

    const Testing::FakeEcs fake(shape);
    StubThread stub(fake, latencyMs);
    stub.start();
    stub.waitReady();

    // The app's and the CLI's defaults unless told otherwise.
    Api::AwsTransport transport;
    const bool qtHttp = parser.value(httpOption) == QLatin1String("qt");
    transport.setHttpBackend(qtHttp ? Api::AwsTransport::HttpBackend::Qt : Api::AwsTransport::HttpBackend::Own);
    const int pools = parser.value(poolsOption).toInt();
    if (pools > 0)
        transport.setConnectionPools(pools);
    transport.setOffThreadParseThreshold(parser.value(parseThreshold).toLongLong());
    if (parser.value(parseThreads).toInt() > 0)
        transport.setParseThreads(parser.value(parseThreads).toInt());
    Api::ClientConfig config;
    config.transport = &transport;
    config.region = "us-east-1";
    config.endpointUrl = stub.url();
    config.credentials = std::make_shared<Api::StaticCredentialsProvider>(
        Api::Credentials { QStringLiteral("AKIDBENCH"), QStringLiteral("bench-secret"), {}, {} },
        QStringLiteral("bench"));
    Api::ClusterSnapshotLoader::Options options;
    if (parser.value(maxInFlight).toInt() > 0)
        options.maxInFlight = parser.value(maxInFlight).toInt();
    Api::ClusterSnapshotLoader loader(Api::EcsClient(config), options);

    std::printf("cluster: %d services, %d tasks, %d container instances, %d families; latency %d ms per answer\n",
        fake.serviceCount(), fake.taskCount(), shape.containerInstances, fake.familyCount(), latencyMs);
    std::printf("HTTP: %s\n", qtHttp ? "QNetworkAccessManager" : "the transport's own HTTP/1.1 client");
    std::printf("stub server: renders each distinct answer once and replays it (pre-rendered pages); %d untimed "
                "warm-up load(s); the loader is what is measured\n",
        warmupCount);
    const int lowerBound = fake.roundTripLowerBound();
    std::printf("round-trip lower bound: %d sequential calls = %d ms\n", lowerBound, lowerBound * latencyMs);

    QList<qint64> times;
    QList<qint64> cpuTimes;
    int requests = 0;
    bool failed = false;
    // Warm-up loads (untimed): connections open, the stub renders its answers, the thread pool starts.
    for (int run = -warmupCount; run < runCount && !failed; ++run) {
        QEventLoop loop;
        QElapsedTimer timer;
        const int before = stub.requests();
        const qint64 cpuBefore = processCpuMs();
        const double loaderCpuBefore = threadCpuMs();
        std::optional<Api::ClusterSnapshot> snapshot;
        QObject::connect(&loader, &Api::ClusterSnapshotLoader::finished, &loop, [&](const Api::ClusterSnapshot& s) {
            snapshot = s;
            loop.quit();
        });
        QObject::connect(&loader, &Api::ClusterSnapshotLoader::failed, &loop, [&](const Api::AwsError& e) {
            std::fprintf(stderr, "snapshot failed: %s\n", qPrintable(e.toString()));
            failed = true;
            loop.quit();
        });
        qint64 lastTrace = -10;
        if (parser.isSet(trace) && run >= 0) {
            QObject::connect(
                &loader, &Api::ClusterSnapshotLoader::progress, &loop, [&](const Api::SnapshotProgress& p) {
                    const qint64 now = timer.elapsed();
                    if (now - lastTrace < 10)
                        return;
                    lastTrace = now;
                    std::printf("  %4lld ms: %d started, %d completed; %d services, %d tasks, %d instances, %d task "
                                "definitions\n",
                        now, p.requestsStarted, p.requestsCompleted, p.services, p.tasks, p.containerInstances,
                        p.taskDefinitions);
                });
        }
        timer.start();
        loader.load(fake.clusterName());
        loop.exec();
        const qint64 elapsed = timer.elapsed();
        const qint64 cpu = processCpuMs() - cpuBefore;
        const double loaderCpu = threadCpuMs() - loaderCpuBefore;
        loader.disconnect(&loop);
        if (failed)
            break;
        requests = stub.requests() - before;
        if (snapshot->tasks.size() != fake.taskCount() || snapshot->services.size() != fake.serviceCount()) {
            std::fprintf(stderr, "incomplete snapshot: %lld tasks, %lld services\n", qint64(snapshot->tasks.size()),
                qint64(snapshot->services.size()));
            failed = true;
        }
        if (run < 0) {
            std::printf("warm-up: %lld ms\n", elapsed);
            continue;
        }
        times.append(elapsed);
        cpuTimes.append(cpu);
        std::printf("ecsdesk run %d: %lld ms (CPU %lld ms, client and stub; %.0f ms of it on the loader's thread), %d "
                    "requests, %lld tasks, %lld services, %lld instances, %lld task definitions\n",
            run + 1, elapsed, cpu, loaderCpu, requests, qint64(snapshot->tasks.size()),
            qint64(snapshot->services.size()), qint64(snapshot->containerInstances.size()),
            qint64(snapshot->taskDefinitions.size()));
    }
    if (failed) {
        stub.quit();
        stub.wait();
        return 1;
    }
    std::sort(times.begin(), times.end());
    const qint64 best = times.first();
    const qint64 median = times[times.size() / 2];
    std::sort(cpuTimes.begin(), cpuTimes.end());
    std::printf("ecsdesk: best %lld ms, median %lld ms, %d requests; %.2fx the lower bound; CPU median %lld ms "
                "(client and stub threads)\n",
        best, median, requests, double(median) / double(std::max(1, lowerBound * latencyMs)),
        cpuTimes[cpuTimes.size() / 2]);

    int exitCode = 0;
    if (!parser.isSet(skipBoto)) {
        QProcess boto;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDBENCH"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("bench-secret"));
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        boto.setProcessEnvironment(env);
        QEventLoop loop;
        QObject::connect(&boto, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&boto, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        const int before = stub.requests();
        boto.start(QStringLiteral("python3"),
            { QStringLiteral(ECSDESK_SOURCE_DIR "/tests/integration/client/boto3_snapshot.py"), stub.url().toString(),
                QStringLiteral("us-east-1"), fake.clusterName(), QStringLiteral("--stats") });
        loop.exec();
        const QJsonObject stats = QJsonDocument::fromJson(boto.readAllStandardOutput()).object();
        if (boto.exitCode() != 0 || stats.isEmpty()) {
            std::fprintf(stderr, "boto3 script failed: %s\n", boto.readAllStandardError().constData());
            exitCode = 1;
        } else {
            const double seconds = stats.value(QLatin1String("seconds")).toDouble();
            std::printf("boto3: %.0f ms, %d requests (%d tasks, %d services)\n", seconds * 1000,
                stub.requests() - before, stats.value(QLatin1String("tasks")).toInt(),
                stats.value(QLatin1String("services")).toInt());
            std::printf("speed-up over boto3: %.1fx (median)\n", seconds * 1000 / double(median));
        }
    }
    stub.quit();
    stub.wait();
    return exitCode;
}
