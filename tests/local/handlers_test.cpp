// SPDX-License-Identifier: MIT
#include "api/auth/sigv4.h"
#include "local/auth/requestverifier.h"
#include "local/clock.h"
#include "local/dispatcher.h"
#include "local/store/store.h"

#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk::Local;
namespace SigV4 = EcsDesk::Api::SigV4;

namespace {

/// A dispatcher over a fresh store, with a manual clock; requests are signed like a client would.
class Handlers : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_store.open(m_dir.path(), &error)) << error.toStdString();
        m_credentials.accessKeyId = QStringLiteral("AKIATESTTESTTESTTEST");
        m_credentials.secretAccessKey = QStringLiteral("secret/secret/secret/secret/secret/secre");
        m_dispatcher = std::make_unique<RequestDispatcher>(
            EndpointContext { &m_store, &m_clock, QStringLiteral("us-east-1"), QStringLiteral("123456789012") },
            RequestVerifier(m_credentials, "us-east-1", &m_clock));
    }

    HttpResponse call(const QByteArray& target, const QJsonObject& input, const QByteArray& service = "ecs",
        const QDateTime& signedAt = {})
    {
        SigV4::Request request;
        request.method = "POST";
        request.url = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        request.headers = { { "X-Amz-Target", target }, { "Content-Type", "application/x-amz-json-1.1" } };
        request.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
        SigV4::sign(request, m_credentials, "us-east-1", service, signedAt.isValid() ? signedAt : m_clock.now());
        HttpRequest http;
        http.method = request.method;
        http.target = "/";
        http.headers = request.headers;
        http.headers.append({ QByteArrayLiteral("Host"), QByteArrayLiteral("127.0.0.1:9") });
        http.body = request.body;
        return m_dispatcher->answer(http);
    }

    QJsonObject ecs(const char* operation, const QJsonObject& input, int expectStatus = 200)
    {
        const HttpResponse response = call(QByteArray("AmazonEC2ContainerServiceV20141113.") + operation, input);
        EXPECT_EQ(response.status, expectStatus) << operation << ": " << response.body.toStdString();
        return QJsonDocument::fromJson(response.body).object();
    }

    QTemporaryDir m_dir;
    Store m_store;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC) };
    EcsDesk::Api::Credentials m_credentials;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
};

QString type(const QJsonObject& error) { return error.value(QStringLiteral("__type")).toString(); }

} // namespace

TEST_F(Handlers, TimestampsComeFromTheInjectedClock)
{
    const QJsonObject td = ecs("RegisterTaskDefinition",
        { { QStringLiteral("family"), QStringLiteral("f") },
            { QStringLiteral("containerDefinitions"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("a") },
                    { QStringLiteral("image"), QStringLiteral("i") }, { QStringLiteral("memory"), 64 } } } } });
    EXPECT_DOUBLE_EQ(td[QStringLiteral("taskDefinition")][QStringLiteral("registeredAt")].toDouble(),
        double(m_clock.now().toMSecsSinceEpoch()) / 1000.0);
}

TEST_F(Handlers, StaleSignaturesAreRejectedAgainstTheEndpointClock)
{
    const HttpResponse stale
        = call("AmazonEC2ContainerServiceV20141113.ListClusters", {}, "ecs", m_clock.now().addSecs(-16 * 60));
    EXPECT_EQ(stale.status, 400);
    EXPECT_EQ(type(QJsonDocument::fromJson(stale.body).object()), QStringLiteral("InvalidSignatureException"));
    const HttpResponse fresh
        = call("AmazonEC2ContainerServiceV20141113.ListClusters", {}, "ecs", m_clock.now().addSecs(-14 * 60));
    EXPECT_EQ(fresh.status, 200);
}

TEST_F(Handlers, FailedRequestsWriteNothing)
{
    ecs("CreateCluster", { { QStringLiteral("clusterName"), QStringLiteral("c") } });
    const std::size_t before = m_store.collection(Kind::Tags).size();
    const QJsonObject error = ecs("TagResource",
        { { QStringLiteral("resourceArn"), QStringLiteral("arn:aws:ecs:us-east-1:123456789012:cluster/c") },
            { QStringLiteral("tags"),
                QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("ok") },
                                 { QStringLiteral("value"), QStringLiteral("1") } },
                    QJsonObject { { QStringLiteral("key"), QStringLiteral("aws:no") },
                        { QStringLiteral("value"), QStringLiteral("1") } } } } },
        400);
    EXPECT_EQ(type(error), QStringLiteral("InvalidParameterException"));
    EXPECT_EQ(m_store.collection(Kind::Tags).size(), before);
}

TEST_F(Handlers, RunTaskReportsResourceFailuresAndStoreObserversSeeNewTasks)
{
    ecs("CreateCluster", { { QStringLiteral("clusterName"), QStringLiteral("c") } });
    ecs("RegisterContainerInstance",
        { { QStringLiteral("cluster"), QStringLiteral("c") },
            { QStringLiteral("totalResources"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("CPU") },
                                 { QStringLiteral("type"), QStringLiteral("INTEGER") },
                                 { QStringLiteral("integerValue"), 256 } },
                    QJsonObject { { QStringLiteral("name"), QStringLiteral("MEMORY") },
                        { QStringLiteral("type"), QStringLiteral("INTEGER") },
                        { QStringLiteral("integerValue"), 4096 } } } } });
    ecs("RegisterTaskDefinition",
        { { QStringLiteral("family"), QStringLiteral("f") },
            { QStringLiteral("containerDefinitions"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("a") },
                    { QStringLiteral("image"), QStringLiteral("i") }, { QStringLiteral("memory"), 64 },
                    { QStringLiteral("cpu"), 200 } } } } });
    QStringList created;
    QObject::connect(&m_store, &Store::changed, [&](Kind kind, const QString& key) {
        if (kind == Kind::Task)
            created.append(key);
    });
    const QJsonObject run = ecs("RunTask",
        { { QStringLiteral("cluster"), QStringLiteral("c") }, { QStringLiteral("taskDefinition"), QStringLiteral("f") },
            { QStringLiteral("count"), 2 } });
    EXPECT_EQ(run[QStringLiteral("tasks")].toArray().size(), 1);
    ASSERT_EQ(run[QStringLiteral("failures")].toArray().size(), 1);
    EXPECT_EQ(run[QStringLiteral("failures")][0][QStringLiteral("reason")].toString(), QStringLiteral("RESOURCE:CPU"));
    EXPECT_EQ(created.size(), 1);
    EXPECT_EQ(run[QStringLiteral("tasks")][0][QStringLiteral("lastStatus")].toString(), QStringLiteral("PENDING"));
}

TEST_F(Handlers, UnknownTargetsAndBadJson)
{
    HttpResponse response = call("AmazonEC2ContainerServiceV20141113.Nope", {});
    EXPECT_EQ(type(QJsonDocument::fromJson(response.body).object()), QStringLiteral("UnknownOperationException"));
    response = call("SomethingElse.Op", {});
    EXPECT_EQ(type(QJsonDocument::fromJson(response.body).object()), QStringLiteral("UnknownOperationException"));
    const QJsonObject missing = ecs("DescribeTasks",
        { { QStringLiteral("cluster"), QStringLiteral("none") },
            { QStringLiteral("tasks"), QJsonArray { QStringLiteral("x") } } },
        400);
    EXPECT_EQ(type(missing), QStringLiteral("ClusterNotFoundException"));
}
