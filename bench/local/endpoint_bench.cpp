// SPDX-License-Identifier: MIT
// Load generator: N keep-alive HTTP/1.1 clients on QTcpSocket send pre-signed ECS requests
// (SigV4 from api/) to ecsdesk-local and to moto_server in one run, and report requests per
// second and latency percentiles per operation.

#include "api/auth/sigv4.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace {

using namespace EcsDesk;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Target {
    QString name;
    quint16 port = 0;
    Api::Credentials credentials;
};

/// A signed request as raw bytes, ready to send again and again (within the 15-minute window).
QByteArray signedRequest(const Target& target, const QByteArray& operation, const QJsonObject& body)
{
    Api::SigV4::Request request;
    request.method = "POST";
    request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(target.port));
    request.headers = { { "X-Amz-Target", "AmazonEC2ContainerServiceV20141113." + operation },
        { "Content-Type", "application/x-amz-json-1.1" } };
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    Api::SigV4::sign(request, target.credentials, "us-east-1", "ecs", QDateTime::currentDateTimeUtc());
    QByteArray raw = "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(target.port) + "\r\n";
    for (const auto& [name, value] : request.headers)
        raw += name + ": " + value + "\r\n";
    raw += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n" + request.body;
    return raw;
}

/// One keep-alive client: sends, waits for the whole answer, records the latency, repeats.
class Client : public QObject {
public:
    Client(quint16 port, QByteArray request, QList<qint64>* latenciesNs, int* errors)
        : m_port(port)
        , m_request(std::move(request))
        , m_latencies(latenciesNs)
        , m_errors(errors)
    {
    }

    void start(qint64 deadlineMs, const QElapsedTimer* clock)
    {
        m_deadline = deadlineMs;
        m_clock = clock;
        connectAndSend();
    }
    bool finished() const { return m_finished; }

private:
    void connectAndSend()
    {
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_socket.get(), &QTcpSocket::readyRead, this, [this] { onData(); });
        connect(m_socket.get(), &QTcpSocket::disconnected, this, [this] { onClosed(); });
        connect(m_socket.get(), &QTcpSocket::connected, this, [this] { send(); });
        m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    void send()
    {
        if (m_clock->elapsed() >= m_deadline) {
            m_finished = true;
            m_socket->disconnect(this);
            m_socket->abort();
            return;
        }
        m_buffer.clear();
        m_sent.start();
        m_socket->write(m_request);
    }

    void onData()
    {
        m_buffer += m_socket->readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = m_buffer.left(end).toLower();
        const qsizetype at = head.indexOf("content-length:");
        if (at < 0)
            return; // read until the server closes
        const qsizetype length = head.mid(at + 15).split('\r').first().trimmed().toLongLong();
        if (m_buffer.size() < end + 4 + length)
            return;
        complete(head);
        if (head.contains("connection: close") || head.startsWith("http/1.0")) {
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket.release()->deleteLater();
            connectAndSend();
        } else {
            send();
        }
    }

    void onClosed()
    {
        if (m_finished)
            return;
        if (!m_buffer.isEmpty())
            complete(m_buffer.left(m_buffer.indexOf("\r\n")).toLower());
        m_socket.release()->deleteLater();
        connectAndSend();
    }

    void complete(const QByteArray& head)
    {
        m_latencies->append(m_sent.nsecsElapsed());
        if (!head.startsWith("http/1.1 200") && !head.startsWith("http/1.0 200"))
            ++*m_errors;
        m_buffer.clear();
    }

    quint16 m_port;
    QByteArray m_request;
    QList<qint64>* m_latencies;
    int* m_errors;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_sent;
    const QElapsedTimer* m_clock = nullptr;
    qint64 m_deadline = 0;
    bool m_finished = false;
};

struct Result {
    double rps = 0;
    double p50Ms = 0, p99Ms = 0;
    int requests = 0, errors = 0;
};

Result runLoad(const Target& target, const QByteArray& operation, const QJsonObject& body, int clients, int seconds)
{
    const QByteArray request = signedRequest(target, operation, body);
    QList<qint64> latencies;
    int errors = 0;
    std::vector<std::unique_ptr<Client>> pool;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < clients; ++i) {
        pool.push_back(std::make_unique<Client>(target.port, request, &latencies, &errors));
        pool.back()->start(seconds * 1000LL, &clock);
    }
    while (!std::all_of(pool.begin(), pool.end(), [](const auto& c) { return c->finished(); }))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    Result result;
    result.requests = int(latencies.size());
    result.errors = errors;
    result.rps = latencies.size() / elapsed;
    if (!latencies.isEmpty()) {
        result.p50Ms = latencies[latencies.size() / 2] / 1e6;
        result.p99Ms = latencies[std::min<qsizetype>(latencies.size() - 1, latencies.size() * 99 / 100)] / 1e6;
    }
    return result;
}

/// One synchronous request (for setting the cluster up).
QJsonObject call(const Target& target, const QByteArray& operation, const QJsonObject& body)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, target.port);
    if (!socket.waitForConnected(5000))
        qFatal("cannot connect to %s", qPrintable(target.name));
    socket.write(signedRequest(target, operation, body).replace("HTTP/1.1\r\n", "HTTP/1.1\r\nConnection: close\r\n"));
    QByteArray buffer;
    while (socket.waitForReadyRead(60000) || socket.bytesAvailable())
        buffer += socket.readAll();
    buffer += socket.readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (!buffer.startsWith("HTTP/1.1 200") && !buffer.startsWith("HTTP/1.0 200"))
        qFatal("%s %s failed: %s", qPrintable(target.name), operation.constData(), buffer.left(400).constData());
    return QJsonDocument::fromJson(buffer.mid(end + 4)).object();
}

/// moto needs a (moto) EC2 instance behind a container instance: create one through moto's EC2
/// query API (moto does not check signatures) and return its id.
QString motoInstance(const Target& target)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, target.port);
    if (!socket.waitForConnected(5000))
        qFatal("cannot connect to moto");
    const QByteArray body = "Action=RunInstances&Version=2016-11-15&ImageId=ami-12c6146b&MinCount=1&MaxCount=1"
                            "&InstanceType=m5.24xlarge";
    socket.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: "
                 "application/x-www-form-urlencoded\r\nAuthorization: AWS4-HMAC-SHA256 "
                 "Credential=testing/20260101/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=00\r\n"
                 "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray answer;
    while (socket.waitForReadyRead(30000) || socket.bytesAvailable())
        answer += socket.readAll();
    const auto match
        = QRegularExpression(QStringLiteral("<instanceId>([^<]+)</instanceId>")).match(QString::fromUtf8(answer));
    if (!match.hasMatch())
        qFatal("moto RunInstances failed: %s", answer.left(400).constData());
    return match.captured(1);
}

/// A cluster with 10 services and `tasks` tasks on one big container instance (EC2 launch type,
/// bridge networking: the same requests work on both endpoints), and `definitions` more task
/// definition revisions in 15 families (issue 24: ListTaskDefinitions pages through them).
void setUp(const Target& target, int tasks, int definitions)
{
    call(target, "CreateCluster", { { QStringLiteral("clusterName"), QStringLiteral("bench") } });
    call(target, "RegisterTaskDefinition",
        { { QStringLiteral("family"), QStringLiteral("bench") },
            { QStringLiteral("containerDefinitions"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                    { QStringLiteral("image"), QStringLiteral("nginx") }, { QStringLiteral("cpu"), 0 },
                    { QStringLiteral("memory"), 1 } } } } });
    // Two instances: moto sizes them by instance type (7,482 MiB each) and ignores totalResources.
    for (int instance = 0; instance < 2; ++instance) {
        const QString instanceId = target.name == QLatin1String("moto_server")
            ? motoInstance(target)
            : QStringLiteral("i-0123456789abcdef%1").arg(instance);
        const QJsonObject identity { { QStringLiteral("instanceId"), instanceId },
            { QStringLiteral("region"), QStringLiteral("us-east-1") },
            { QStringLiteral("instanceType"), QStringLiteral("m5.24xlarge") } };
        call(target, "RegisterContainerInstance",
            { { QStringLiteral("cluster"), QStringLiteral("bench") },
                { QStringLiteral("instanceIdentityDocument"),
                    QString::fromUtf8(QJsonDocument(identity).toJson(QJsonDocument::Compact)) },
                { QStringLiteral("totalResources"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("CPU") },
                                     { QStringLiteral("type"), QStringLiteral("INTEGER") },
                                     { QStringLiteral("integerValue"), 98304 } },
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("MEMORY") },
                            { QStringLiteral("type"), QStringLiteral("INTEGER") },
                            { QStringLiteral("integerValue"), 393216 } } } } });
    }
    for (int i = 0; i < 10; ++i) {
        call(target, "CreateService",
            { { QStringLiteral("cluster"), QStringLiteral("bench") },
                { QStringLiteral("serviceName"), QStringLiteral("svc%1").arg(i) },
                { QStringLiteral("taskDefinition"), QStringLiteral("bench") }, { QStringLiteral("desiredCount"), 0 } });
    }
    for (int i = 0; i < definitions; ++i) {
        call(target, "RegisterTaskDefinition",
            { { QStringLiteral("family"), QStringLiteral("web%1").arg(i % 15) },
                { QStringLiteral("containerDefinitions"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                        { QStringLiteral("image"), QStringLiteral("nginx:1.%1").arg(i) },
                        { QStringLiteral("memory"), 64 } } } } });
    }
    QElapsedTimer timer;
    timer.start();
    for (int made = 0; made < tasks; made += 10) {
        const QJsonObject run = call(target, "RunTask",
            { { QStringLiteral("cluster"), QStringLiteral("bench") },
                { QStringLiteral("taskDefinition"), QStringLiteral("bench") }, { QStringLiteral("count"), 10 },
                { QStringLiteral("launchType"), QStringLiteral("EC2") } });
        if (run.value(QStringLiteral("tasks")).toArray().size() != 10)
            qFatal("%s: RunTask placed %d tasks: %s", qPrintable(target.name),
                int(run.value(QStringLiteral("tasks")).toArray().size()),
                QJsonDocument(run).toJson(QJsonDocument::Compact).left(600).constData());
    }
    out() << QStringLiteral("  %1: cluster with 10 services and %2 tasks, %3 task definitions, set up in %4 s")
                 .arg(target.name)
                 .arg(tasks)
                 .arg(definitions + 1)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool waitForPort(quint16 port, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(500))
            return true;
        QThread::msleep(100);
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Concurrent keep-alive clients."),
        QStringLiteral("n"), QStringLiteral("16"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Seconds per measurement."),
        QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption tasksOption(
        QStringLiteral("tasks"), QStringLiteral("Tasks in the cluster."), QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption motoTasksOption(QStringLiteral("moto-tasks"),
        QStringLiteral("Tasks in moto's cluster (moto is slow to set up)."), QStringLiteral("n"), QString());
    const QCommandLineOption noMoto(QStringLiteral("no-moto"), QStringLiteral("Measure ecsdesk-local only."));
    const QCommandLineOption noSimulation(QStringLiteral("no-simulation"),
        QStringLiteral("Start ecsdesk-local without its simulation (the API surface alone)."));
    const QCommandLineOption definitionsOption(QStringLiteral("definitions"),
        QStringLiteral("Task definition revisions registered besides the tasks' one."), QStringLiteral("n"),
        QStringLiteral("150"));
    const QCommandLineOption onlyOption(QStringLiteral("operation"),
        QStringLiteral("Measure only this operation (DescribeServices, ListTasks, ListTaskDefinitions)."),
        QStringLiteral("name"));
    parser.addOptions({ clientsOption, secondsOption, tasksOption, motoTasksOption, noMoto, noSimulation,
        definitionsOption, onlyOption });
    parser.process(app);
    const int clients = parser.value(clientsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int tasks = parser.value(tasksOption).toInt();
    const int motoTasks = parser.value(motoTasksOption).isEmpty() ? tasks : parser.value(motoTasksOption).toInt();

    QList<Target> targets;
    QTemporaryDir dataDir;
    QProcess ours;
    // ECSDESK_LOCAL_BINARY in the environment measures another build of the server with this
    // same load generator (a before/after comparison: docs/local-endpoint.md).
    const QString server = qEnvironmentVariable("ECSDESK_LOCAL_BINARY", QStringLiteral(ECSDESK_LOCAL_BINARY));
    ours.setProgram(server);
    QStringList ourArguments { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
        dataDir.path() };
    if (parser.isSet(noSimulation))
        ourArguments.append(QStringLiteral("--no-simulation"));
    ours.setArguments(ourArguments);
    ours.start();
    QByteArray banner;
    while (!banner.contains("export ") && ours.waitForReadyRead(10000))
        banner += ours.readAllStandardOutput();
    const auto match = QRegularExpression(QStringLiteral("export AWS_ACCESS_KEY_ID=(\\S+) AWS_SECRET_ACCESS_KEY=(\\S+) "
                                                         "AWS_ENDPOINT_URL=http://127.0.0.1:(\\d+)/"))
                           .match(QString::fromLatin1(banner));
    if (!match.hasMatch())
        qFatal("ecsdesk-local did not start: %s", banner.constData());
    Target local { QStringLiteral("ecsdesk-local"), quint16(match.captured(3).toUInt()), {} };
    local.credentials.accessKeyId = match.captured(1);
    local.credentials.secretAccessKey = match.captured(2);
    targets.append(local);

    QProcess moto;
    const QString motoBinary = QStandardPaths::findExecutable(QStringLiteral("moto_server"));
    if (!parser.isSet(noMoto) && !motoBinary.isEmpty()) {
        const quint16 port = freePort();
        moto.setProgram(motoBinary);
        moto.setArguments(
            { QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port) });
        moto.setStandardOutputFile(QProcess::nullDevice());
        moto.setStandardErrorFile(QProcess::nullDevice());
        moto.start();
        if (!waitForPort(port, 30000))
            qFatal("moto_server did not start");
        Target target { QStringLiteral("moto_server"), port, {} };
        target.credentials.accessKeyId = QStringLiteral("testing");
        target.credentials.secretAccessKey = QStringLiteral("testing");
        targets.append(target);
    }

    out() << QStringLiteral("setup (%1 keep-alive clients, %2 s per measurement)").arg(clients).arg(seconds)
          << Qt::endl;
    for (const Target& target : targets)
        setUp(target, target.name == QLatin1String("moto_server") ? motoTasks : tasks,
            parser.value(definitionsOption).toInt());

    QJsonArray serviceNames;
    for (int i = 0; i < 10; ++i)
        serviceNames.append(QStringLiteral("svc%1").arg(i));
    QList<std::pair<QByteArray, QJsonObject>> operations {
        { "DescribeServices",
            { { QStringLiteral("cluster"), QStringLiteral("bench") }, { QStringLiteral("services"), serviceNames } } },
        { "ListTasks",
            { { QStringLiteral("cluster"), QStringLiteral("bench") }, { QStringLiteral("maxResults"), 100 } } },
        { "ListTaskDefinitions", { { QStringLiteral("maxResults"), 100 } } },
    };
    if (parser.isSet(onlyOption)) {
        operations.removeIf(
            [&](const auto& operation) { return QString::fromLatin1(operation.first) != parser.value(onlyOption); });
    }
    out() << Qt::endl
          << QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(QStringLiteral("operation"), -18)
                 .arg(QStringLiteral("endpoint"), -14)
                 .arg(QStringLiteral("req/s"), 10)
                 .arg(QStringLiteral("p50 ms"), 9)
                 .arg(QStringLiteral("p99 ms"), 9)
                 .arg(QStringLiteral("errors"), 7)
          << Qt::endl;
    // Every operation on ecsdesk-local first, then on moto: moto keeps working on requests the
    // clients abandoned at the deadline, which would steal CPU from a measurement that follows it.
    QList<QList<Result>> results(operations.size());
    for (const Target& target : targets) {
        for (qsizetype i = 0; i < operations.size(); ++i)
            results[i].append(runLoad(target, operations[i].first, operations[i].second, clients, seconds));
    }
    for (qsizetype i = 0; i < operations.size(); ++i) {
        for (qsizetype t = 0; t < targets.size(); ++t) {
            const Result& r = results[i][t];
            out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(QString::fromLatin1(operations[i].first), -18)
                         .arg(targets[t].name, -14)
                         .arg(r.rps, 10, 'f', 0)
                         .arg(r.p50Ms, 9, 'f', 2)
                         .arg(r.p99Ms, 9, 'f', 2)
                         .arg(r.errors, 7)
                  << Qt::endl;
        }
        if (operations[i].first == "ListTaskDefinitions")
            out() << QStringLiteral("%1 ecsdesk-local p99 %2 ms (bound 2 ms, issue 24)")
                         .arg(QString::fromLatin1(operations[i].first), -18)
                         .arg(results[i][0].p99Ms, 0, 'f', 2)
                  << Qt::endl;
        if (results[i].size() == 2 && results[i][1].rps > 0)
            out() << QStringLiteral("%1 ecsdesk-local / moto_server = %2x")
                         .arg(QString::fromLatin1(operations[i].first), -18)
                         .arg(results[i][0].rps / results[i][1].rps, 0, 'f', 1)
                  << Qt::endl;
    }
    ours.terminate();
    ours.waitForFinished(5000);
    if (moto.state() != QProcess::NotRunning) {
        moto.terminate();
        moto.waitForFinished(5000);
    }
    return 0;
}
