// SPDX-License-Identifier: MIT
// The harness against a real peer: moto_server on a free loopback port, spoken to with
// SigV4-signed awsJson1_1 requests. Proves the loopback-server helper and that tests can fail on
// a wrong answer.

#include "api/auth/sigv4.h"
#include "common/processserver.h"
#include "common/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <gtest/gtest.h>

using namespace EcsDesk;

namespace {

struct Answer {
    int status = 0;
    QJsonObject body;
};

Answer callEcs(
    QNetworkAccessManager& network, const QUrl& endpoint, const QByteArray& operation, const QJsonObject& input)
{
    Api::SigV4::Request signable { "POST", endpoint, {}, QJsonDocument(input).toJson(QJsonDocument::Compact) };
    signable.headers = { { "Content-Type", "application/x-amz-json-1.1" },
        { "X-Amz-Target", "AmazonEC2ContainerServiceV20141113." + operation } };
    const Api::Credentials credentials { QStringLiteral("AKIDTESTING"), QStringLiteral("testing-secret"), {}, {} };
    Api::SigV4::sign(signable, credentials, "us-east-1", "ecs", QDateTime::currentDateTimeUtc());

    QNetworkRequest request(endpoint);
    for (const auto& [name, value] : signable.headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = network.post(request, signable.body);
    EXPECT_TRUE(Testing::waitFor([reply] { return reply->isFinished(); }, 30000));
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

} // namespace

TEST(MotoServer, CreatesAndListsClustersOverSignedJson)
{
    if (!Testing::MotoServer::isInstalled()) {
        if (Testing::runningInCi())
            FAIL() << "moto_server is not installed";
        GTEST_SKIP() << "moto_server is not installed";
    }
    Testing::MotoServer moto;
    ASSERT_TRUE(moto.start()) << moto.errorString().toStdString();

    QNetworkAccessManager network;
    const Answer created = callEcs(
        network, moto.url(), "CreateCluster", { { QStringLiteral("clusterName"), QStringLiteral("harness") } });
    ASSERT_EQ(created.status, 200);
    const QString arn
        = created.body.value(QLatin1String("cluster")).toObject().value(QLatin1String("clusterArn")).toString();
    EXPECT_TRUE(arn.endsWith(QLatin1String(":cluster/harness"))) << arn.toStdString();

    const Answer listed = callEcs(network, moto.url(), "ListClusters", {});
    ASSERT_EQ(listed.status, 200);
    EXPECT_EQ(listed.body.value(QLatin1String("clusterArns")).toArray(), QJsonArray { arn });

    const Answer missing = callEcs(network, moto.url(), "DescribeServices",
        { { QStringLiteral("cluster"), QStringLiteral("no-such-cluster") },
            { QStringLiteral("services"), QJsonArray { QStringLiteral("x") } } });
    EXPECT_EQ(missing.status, 400);
    EXPECT_TRUE(
        missing.body.value(QLatin1String("__type")).toString().contains(QLatin1String("ClusterNotFoundException")))
        << QJsonDocument(missing.body).toJson().toStdString();

    moto.stop();
    EXPECT_FALSE(moto.isRunning());
}
