// SPDX-License-Identifier: MIT
// bench_app [--tasks N] [--memory-tasks N]: prints one line per measurement.
//   diff      GUI-thread time of a refresh where 1% of N tasks changed, as the window does it
//             (TaskModel::loadSnapshot: rows and diff built on a worker thread, the changes applied
//             on the GUI thread) with a sorted proxy and a view attached, repaint included (median
//             of 21); the worker's CPU time is printed too
//   stall     longest gap seen by a 1 ms timer while the window loads an N-task cluster from the
//             embedded endpoint (event-loop lag probe)
//   memory    resident size after loading 100,000 tasks into the task pane the way the window
//             does (DescribeTasks-shaped JSON parsed into Api::Task and turned into the model's
//             rows on the parsing thread, answer by answer, as the snapshot loader does with the
//             converter SessionController gives it), and the peak while loading them (VmHWM) beside
//             the 400 MB bound, in a fresh process (`--only memory`), so the other measurements'
//             heap does not count; `--only memory-held` measures the way before issue 24 (every
//             parsed answer held until the end, then loadSnapshot)
//   startup   process start to an interactive window listing the local endpoint's clusters
//   progressive  (`--only progressive [--services 2000] [--tasks-per-service 5] [--latency-ms 25]`)
//             the window opens a 2,000-service / 10,000-task cluster of a loopback ECS stub (the
//             fake ECS of tests/integration/client, on its own thread, a fixed latency per answer):
//             time to the Services pane's rows beside the 1 s bound, and to every task
// Runs offscreen unless QT_QPA_PLATFORM says otherwise.

#include "api/ecs/ecsclient.h"
#ifdef ECSDESK_BENCH_STUB
#include "fakeecs.h"
#include "stubserver.h"
#endif
#include "local/localendpoint.h"
#include "models/clustermodel.h"
#include "models/panefilterproxymodel.h"
#include "models/servicemodel.h"
#include "models/taskmodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace EcsDesk;

namespace {

QElapsedTimer g_processClock;

/// CPU time of the calling (GUI) thread: work done, not time spent waiting for a busy machine.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

template <typename P> bool spinUntil(P predicate, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!predicate()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

Api::Task makeTask(int i, int version)
{
    Api::Task t;
    t.arn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task/bench/%1").arg(i, 32, 16, QLatin1Char('0'));
    t.clusterArn = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:cluster/bench");
    t.taskDefinitionArn
        = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:task-definition/svc%1:%2").arg(i % 50).arg(3);
    t.group = QStringLiteral("service:svc%1").arg(i % 50);
    t.lastStatus = version ? QStringLiteral("STOPPED") : QStringLiteral("RUNNING");
    t.desiredStatus = t.lastStatus;
    t.launchType = QStringLiteral("FARGATE");
    t.availabilityZone = QStringLiteral("us-east-1a");
    t.cpu = QStringLiteral("256");
    t.memory = QStringLiteral("512");
    t.healthStatus = QStringLiteral("HEALTHY");
    t.startedAt = QDateTime::fromSecsSinceEpoch(1700000000 + i, Qt::UTC);
    Api::Container c;
    c.name = QStringLiteral("app");
    c.image = QStringLiteral("nginx:1.25");
    c.lastStatus = t.lastStatus;
    t.containers.append(c);
    // A raw answer shaped like DescribeTasks' (about 1.5 KB of JSON per task), as the app keeps it.
    const QString id = t.arn.section(QLatin1Char('/'), -1);
    const auto detail = [](const char* name, const QString& value) {
        return QJsonObject { { QStringLiteral("name"), QLatin1String(name) }, { QStringLiteral("value"), value } };
    };
    t.raw = QJsonObject { { QStringLiteral("taskArn"), t.arn }, { QStringLiteral("clusterArn"), t.clusterArn },
        { QStringLiteral("taskDefinitionArn"), t.taskDefinitionArn }, { QStringLiteral("group"), t.group },
        { QStringLiteral("lastStatus"), t.lastStatus }, { QStringLiteral("desiredStatus"), t.desiredStatus },
        { QStringLiteral("launchType"), t.launchType }, { QStringLiteral("availabilityZone"), t.availabilityZone },
        { QStringLiteral("cpu"), t.cpu }, { QStringLiteral("memory"), t.memory },
        { QStringLiteral("version"), 3 + version }, { QStringLiteral("connectivity"), QStringLiteral("CONNECTED") },
        { QStringLiteral("healthStatus"), t.healthStatus },
        { QStringLiteral("platformVersion"), QStringLiteral("1.4.0") }, { QStringLiteral("startedAt"), 1700000000 + i },
        { QStringLiteral("createdAt"), 1700000000 + i },
        { QStringLiteral("startedBy"), QStringLiteral("ecs-svc/%1").arg(i % 50) },
        { QStringLiteral("containers"),
            QJsonArray { QJsonObject { { QStringLiteral("containerArn"), QString(t.arn + QStringLiteral("/app")) },
                { QStringLiteral("taskArn"), t.arn }, { QStringLiteral("name"), QStringLiteral("app") },
                { QStringLiteral("image"),
                    QStringLiteral("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:2024-11-01") },
                { QStringLiteral("runtimeId"), QString(id + QStringLiteral("-1234567890")) },
                { QStringLiteral("lastStatus"), t.lastStatus }, { QStringLiteral("healthStatus"), t.healthStatus },
                { QStringLiteral("cpu"), QStringLiteral("0") },
                { QStringLiteral("networkInterfaces"),
                    QJsonArray {
                        QJsonObject { { QStringLiteral("attachmentId"), QString(id.left(8) + QStringLiteral("-att")) },
                            { QStringLiteral("privateIpv4Address"),
                                QStringLiteral("10.0.%1.%2").arg(i / 250 % 250).arg(i % 250) } } } } } } },
        { QStringLiteral("attachments"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), QString(id.left(8) + QStringLiteral("-att")) },
                { QStringLiteral("type"), QStringLiteral("ElasticNetworkInterface") },
                { QStringLiteral("status"), QStringLiteral("ATTACHED") },
                { QStringLiteral("details"),
                    QJsonArray { detail("subnetId", QStringLiteral("subnet-0123456789abcdef0")),
                        detail("networkInterfaceId", QStringLiteral("eni-%1").arg(i, 17, 16, QLatin1Char('0'))),
                        detail("macAddress", QStringLiteral("0a:1b:2c:3d:4e:5f")),
                        detail("privateDnsName", QStringLiteral("ip-10-0-0-1.ec2.internal")),
                        detail("privateIPv4Address",
                            QStringLiteral("10.0.%1.%2").arg(i / 250 % 250).arg(i % 250)) } } } } },
        { QStringLiteral("overrides"),
            QJsonObject { { QStringLiteral("containerOverrides"),
                              QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") } } } },
                { QStringLiteral("inferenceAcceleratorOverrides"), QJsonArray {} } } },
        { QStringLiteral("tags"),
            QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("team") },
                { QStringLiteral("value"), QStringLiteral("payments") } } } } };
    return t;
}

double measureDiff(int n, bool attached = true)
{
    Models::TaskModel model;
    Models::PaneFilterProxyModel proxy;
    if (attached)
        proxy.setSourceModel(&model);
    proxy.setSortRole(Models::SortRole);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(Models::TaskModel::IdColumn, Qt::AscendingOrder);
    view.resize(1200, 800);
    view.show();
    QList<Api::Task> base;
    for (int i = 0; i < n; ++i)
        base.append(makeTask(i, 0));
    model.setTasks(base);
    QCoreApplication::processEvents();
    std::vector<double> times;
    std::vector<double> modelOnly;
    std::vector<double> worker;
    double applyStart = 0;
    double applied = 0;
    for (int round = 0; round < 21; ++round) {
        QList<Api::Task> fresh = base;
        for (int i = round; i < n; i += 100) // 1% changed
            fresh[i] = makeTask(i, round % 2 ? 0 : 1);
        // The window's path: the GUI thread starts the load (cheap), a worker converts and diffs,
        // the GUI thread applies the changes when the worker's answer arrives.
        bool done = false;
        const QMetaObject::Connection c = QObject::connect(&model, &Models::TaskModel::snapshotApplied, [&] {
            applied = threadCpuMs() - applyStart;
            done = true;
        });
        double gui = threadCpuMs();
        const double workerStart = double(std::clock()) * 1000.0 / CLOCKS_PER_SEC - gui;
        model.loadSnapshot(std::move(fresh));
        gui = threadCpuMs() - gui;
        // Wait without spinning the GUI thread, then deliver the answer.
        while (model.isLoading() && !done) {
            QThread::msleep(1);
            applyStart = threadCpuMs();
            QCoreApplication::sendPostedEvents();
        }
        worker.push_back(double(std::clock()) * 1000.0 / CLOCKS_PER_SEC - threadCpuMs() - workerStart);
        QObject::disconnect(c);
        modelOnly.push_back(gui + applied);
        const double paint = threadCpuMs();
        QCoreApplication::processEvents(); // the view's repaint of what changed
        times.push_back(gui + applied + threadCpuMs() - paint);
    }
    std::sort(times.begin(), times.end());
    std::sort(modelOnly.begin(), modelOnly.end());
    std::sort(worker.begin(), worker.end());
    std::printf("diff (model and proxy signals only): %.2f ms median GUI-thread CPU time; worker thread %.1f ms\n",
        modelOnly[modelOnly.size() / 2], worker[worker.size() / 2]);
    return times[times.size() / 2];
}

/// A field of /proc/self/status in KB: VmRSS (resident now), VmHWM (the peak so far).
qint64 statusKb(const char* field = "VmRSS:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray name(field);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 residentKb() { return statusKb(); }

constexpr qint64 peakBoundMb = 400; // issue 24: peak resident memory while loading 100,000 tasks

/// Resident memory with `n` tasks in the Tasks pane, loaded as the window loads them: DescribeTasks
/// answers (100 tasks each) parsed into Api::Task the way the client does, collected into one list
/// as the snapshot loader does, handed to TaskModel::loadSnapshot().
void measureMemory(int n, bool streamed)
{
    const qint64 beforeKb = residentKb();
    Models::TaskModel model;
    Models::PaneFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Models::SortRole);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.show();
    QList<Api::Task> all;
    bool done = false;
    QObject::connect(&model, &Models::TaskModel::snapshotApplied, [&] { done = true; });
    if (streamed)
        model.beginLoad(true);
    for (int first = 0; first < n; first += 100) {
        QJsonArray page;
        for (int i = first; i < std::min(n, first + 100); ++i)
            page.append(makeTask(i, 0).raw);
        const QByteArray answer = QJsonDocument(QJsonObject { { QStringLiteral("tasks"), page } }).toJson();
        page = {};
        // Parsed on a worker thread, as the client parses large answers; streamed, the answer's
        // tasks become rows right there (the converter the window hands the snapshot loader).
        const auto parse = [answer] {
            QList<Api::Task> tasks;
            const QJsonArray items = QJsonDocument::fromJson(answer).object().value(QStringLiteral("tasks")).toArray();
            for (const QJsonValue& task : items)
                tasks.append(Api::Task::fromJson(task.toObject()));
            return tasks;
        };
        if (streamed)
            model.addRows(
                QtConcurrent::run([parse, convert = model.batchConverter()] { return convert(parse()); }).result());
        else
            all.append(QtConcurrent::run(parse).result());
    }
    const qint64 answersInKb = residentKb();
    model.loadSnapshot(std::move(all), true);
    spinUntil([&] { return done; }, 600000);
    QCoreApplication::processEvents();
    const qint64 peakKb = statusKb("VmHWM:");
    std::printf("memory (%s): %lld MB resident with %d tasks loaded (%lld MB before loading them, %lld MB when the "
                "last answer was in); peak %lld MB while loading (VmHWM), bound %lld MB: %s\n",
        streamed ? "streamed, as the window loads" : "answers held to the end, before issue 24",
        static_cast<long long>(residentKb() / 1024), model.rowCount(), static_cast<long long>(beforeKb / 1024),
        static_cast<long long>(answersInKb / 1024), static_cast<long long>(peakKb / 1024),
        static_cast<long long>(peakBoundMb), peakKb / 1024 <= peakBoundMb ? "within" : "OVER");
    std::fflush(stdout);
}

#ifdef ECSDESK_BENCH_STUB
/// The fake ECS on its own thread, answering after `latencyMs`, so the stub's work is not the
/// window's.
class StubThread : public QThread {
public:
    StubThread(const Testing::FakeEcs& fake, int latencyMs)
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

protected:
    void run() override
    {
        Testing::StubServer server([this](const Testing::StubRequest& request) {
            Testing::StubResponse response = m_fake.handle(request);
            response.delayMs = m_latencyMs;
            return response;
        });
        if (!server.listen())
            return;
        m_url = server.url();
        m_ready.storeRelease(1);
        exec();
    }

private:
    const Testing::FakeEcs& m_fake;
    int m_latencyMs;
    QUrl m_url;
    QAtomicInt m_ready;
};

/// Time from opening a big cluster to its services on show (bound 1 s), and to all its tasks.
int measureProgressive(int services, int tasksPerService, int latencyMs)
{
    Testing::FakeEcs::Shape shape;
    shape.services = services;
    shape.runningPerService = tasksPerService;
    shape.stoppedPerService = 0;
    shape.containerInstances = 200;
    shape.families = 40;
    const Testing::FakeEcs fake(shape);
    StubThread stub(fake, latencyMs);
    stub.start();
    stub.waitReady();

    QTemporaryDir home;
    QFile config(home.filePath(QStringLiteral("config")));
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    config.write("[profile bench]\nregion = us-east-1\naws_access_key_id = AKID\naws_secret_access_key = secret\n");
    config.close();
    qputenv("AWS_CONFIG_FILE", config.fileName().toLocal8Bit());
    qputenv("AWS_SHARED_CREDENTIALS_FILE", home.filePath(QStringLiteral("none")).toLocal8Bit());
    Ui::MainWindow::Options options;
    options.startLocal = false;
    options.listProfiles = false;
    options.offerEditorRecovery = false;
    auto* window = new Ui::MainWindow(options);
    window->show();
    QCoreApplication::processEvents();

    QElapsedTimer clock;
    qint64 firstServicesMs = -1;
    qint64 servicesMs = -1;
    qint64 tasksMs = -1;
    const auto check = [&] {
        if (firstServicesMs < 0 && window->serviceModel()->rowCount() > 0)
            firstServicesMs = clock.elapsed();
        if (servicesMs < 0 && window->serviceModel()->rowCount() == fake.serviceCount())
            servicesMs = clock.elapsed();
        if (tasksMs < 0 && window->taskModel()->rowCount() == fake.taskCount())
            tasksMs = clock.elapsed();
    };
    QObject::connect(window->serviceModel(), &QAbstractItemModel::rowsInserted, check);
    QObject::connect(window->serviceModel(), &QAbstractItemModel::modelReset, check);
    QObject::connect(window->taskModel(), &QAbstractItemModel::rowsInserted, check);
    QObject::connect(window->taskModel(), &QAbstractItemModel::modelReset, check);
    Ui::MainWindow::StartOptions start;
    start.profile = QStringLiteral("bench");
    start.endpointUrl = stub.url();
    start.cluster = fake.clusterName();
    start.pane = QStringLiteral("services");
    clock.start();
    window->start(start);
    spinUntil([&] { return tasksMs >= 0 && !window->isLoading(); }, 300000);
    std::printf("progressive: first services on show %lld ms after opening the cluster, all %d %lld ms after (bound "
                "1000 ms: %s); %d tasks %lld ms after (%d ms latency per answer)\n",
        static_cast<long long>(firstServicesMs), fake.serviceCount(), static_cast<long long>(servicesMs),
        servicesMs >= 0 && servicesMs <= 1000 ? "within" : "OVER", fake.taskCount(), static_cast<long long>(tasksMs),
        latencyMs);
    std::fflush(stdout);
    delete window;
    stub.quit();
    stub.wait();
    return servicesMs >= 0 && tasksMs >= 0 ? 0 : 1;
}
#endif

} // namespace

int main(int argc, char* argv[])
{
    g_processClock.start();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ECS Desk Bench"));
    QApplication::setApplicationName(QStringLiteral("ecsdesk-bench"));
    const QStringList args = QApplication::arguments();
    const int tasks = args.contains(QStringLiteral("--tasks"))
        ? args.value(args.indexOf(QStringLiteral("--tasks")) + 1).toInt()
        : 10000;
    const int memoryTasks = args.contains(QStringLiteral("--memory-tasks"))
        ? args.value(args.indexOf(QStringLiteral("--memory-tasks")) + 1).toInt()
        : 100000;

    const QString only
        = args.contains(QStringLiteral("--only")) ? args.value(args.indexOf(QStringLiteral("--only")) + 1) : QString();
    if (only == QLatin1String("diff")) {
        std::printf("diff (model alone, no proxy or view): %.2f ms median\n", measureDiff(tasks, false));
        return 0;
    }
#ifdef ECSDESK_BENCH_STUB
    if (only == QLatin1String("progressive")) {
        const auto option = [&args](const char* name, int fallback) {
            const qsizetype at = args.indexOf(QLatin1String(name));
            return at < 0 ? fallback : args.value(at + 1).toInt();
        };
        return measureProgressive(
            option("--services", 2000), option("--tasks-per-service", 5), option("--latency-ms", 25));
    }
#endif
    if (only == QLatin1String("memory") || only == QLatin1String("memory-held")) {
        measureMemory(memoryTasks, only == QLatin1String("memory"));
        return 0;
    }
    // startup: the window with the embedded endpoint, until its clusters are listed.
    QTemporaryDir dir;
    Ui::MainWindow::Options options;
    options.localDataDir = dir.path();
    options.localSeed = QStringLiteral("demo");
    options.listProfiles = false;
    auto* window = new Ui::MainWindow(options);
    window->show();
    spinUntil([&] { return !window->isLoading(); }, 30000);
    std::printf("startup: %lld ms to an interactive window (clusters listed: %d)\n",
        static_cast<long long>(g_processClock.elapsed()), window->clusterModel()->rowCount());

    std::printf("diff (model alone, no proxy or view): %.2f ms median\n", measureDiff(tasks, false));
    std::printf(
        "diff: %.2f ms median GUI-thread CPU time to apply a 1%% change of %d tasks\n", measureDiff(tasks), tasks);

    // stall: an N-task cluster in the embedded endpoint, loaded by the window.
    {
        Api::AwsTransport transport;
        Api::ClientConfig config;
        config.transport = &transport;
        config.region = window->localEndpoint()->region().toLatin1();
        config.endpointUrl = window->localEndpoint()->url();
        config.credentials = std::make_shared<Api::StaticCredentialsProvider>(
            window->localEndpoint()->credentials(), QStringLiteral("bench"));
        Api::EcsClient ecs(config);
        auto wait = [](Api::AwsReply* r) {
            spinUntil([r] { return r->isFinished(); }, 60000);
            r->deleteLater();
            return r->isOk();
        };
        wait(ecs.createCluster(QStringLiteral("bench")));
        wait(ecs.registerTaskDefinition(QJsonObject { { QStringLiteral("family"), QStringLiteral("batch") },
            { QStringLiteral("networkMode"), QStringLiteral("awsvpc") },
            { QStringLiteral("requiresCompatibilities"), QJsonArray { QStringLiteral("FARGATE") } },
            { QStringLiteral("cpu"), QStringLiteral("256") }, { QStringLiteral("memory"), QStringLiteral("512") },
            { QStringLiteral("containerDefinitions"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                    { QStringLiteral("image"), QStringLiteral("busybox") } } } } }));
        const QJsonObject run { { QStringLiteral("taskDefinition"), QStringLiteral("batch") },
            { QStringLiteral("count"), 10 }, { QStringLiteral("launchType"), QStringLiteral("FARGATE") },
            { QStringLiteral("networkConfiguration"),
                QJsonObject { { QStringLiteral("awsvpcConfiguration"),
                    QJsonObject { { QStringLiteral("subnets"), QJsonArray { QStringLiteral("subnet-1") } } } } } } };
        QList<Api::AwsReply*> replies;
        int failedRuns = 0;
        for (int i = 0; i < tasks / 10; ++i) {
            replies.append(ecs.runTask(QStringLiteral("bench"), run));
            if (replies.size() >= 16) {
                failedRuns += wait(replies.takeFirst()) ? 0 : 1;
            }
        }
        for (Api::AwsReply* r : replies)
            failedRuns += wait(r) ? 0 : 1;
        window->refresh();
        spinUntil([&] { return !window->isLoading(); }, 30000);

        qint64 longest = 0;
        double longestCpu = 0; // GUI-thread CPU time within the longest-working gap
        double gapCpuStart = threadCpuMs();
        QElapsedTimer gap;
        QTimer probe;
        probe.setInterval(1);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            longest = std::max(longest, gap.nsecsElapsed());
            const double now = threadCpuMs();
            longestCpu = std::max(longestCpu, now - gapCpuStart);
            gapCpuStart = now;
            gap.restart();
        });
        const int before = window->snapshotsApplied();
        QElapsedTimer total;
        total.start();
        gap.start();
        gapCpuStart = threadCpuMs();
        probe.start();
        window->selectCluster(QStringLiteral("bench"));
        spinUntil([&] { return window->snapshotsApplied() > before; }, 120000);
        QCoreApplication::processEvents();
        probe.stop();
        // The wall-clock gap includes time the GUI thread waited for a CPU on a busy machine; the
        // CPU figure is the most work the GUI thread did between two probe ticks.
        std::printf("stall: %.1f ms longest GUI-thread gap while loading %d tasks (%.1f ms of GUI-thread CPU in the "
                    "longest-working gap; load took %lld ms, %d runTask failures)\n",
            double(longest) / 1e6, window->taskModel()->rowCount(), longestCpu, static_cast<long long>(total.elapsed()),
            failedRuns);
    }
    delete window;

    // memory: 100,000 tasks in the task pane (model, proxy, view), in a fresh process.
    std::fflush(stdout);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--only"), QStringLiteral("memory"), QStringLiteral("--memory-tasks"),
            QString::number(memoryTasks) });
    child.waitForFinished(-1);
    return child.exitCode();
}
