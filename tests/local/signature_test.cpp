// SPDX-License-Identifier: MIT
// What a captured signature can and cannot be used for: the signature covers the body that arrived
// and every header that changes a request's meaning; the store is readable by its owner only.

#include "api/auth/sigv4.h"
#include "local/auth/requestverifier.h"
#include "local/clock.h"
#include "local/dispatcher.h"
#include "local/store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk::Local;
namespace SigV4 = EcsDesk::Api::SigV4;

namespace {

const QByteArray createCluster = "AmazonEC2ContainerServiceV20141113.CreateCluster";

class Signatures : public ::testing::Test {
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

    static QByteArray body(const QString& clusterName)
    {
        return QJsonDocument(QJsonObject { { QStringLiteral("clusterName"), clusterName } })
            .toJson(QJsonDocument::Compact);
    }

    /// A request signed as a client signs it, over `signedHeaders` only (plus Host and X-Amz-Date);
    /// `unsignedHeaders` are added after signing, as an attacker would add them.
    HttpRequest signedRequest(const SigV4::HeaderList& signedHeaders, const QByteArray& requestBody,
        const SigV4::HeaderList& unsignedHeaders = {})
    {
        SigV4::Request request;
        request.method = "POST";
        request.url = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        request.headers = signedHeaders;
        request.body = requestBody;
        SigV4::sign(request, m_credentials, "us-east-1", "ecs", m_clock.now());
        HttpRequest http;
        http.method = request.method;
        http.target = "/";
        http.headers = request.headers + unsignedHeaders;
        http.headers.append({ QByteArrayLiteral("Host"), QByteArrayLiteral("127.0.0.1:9") });
        http.body = request.body;
        return http;
    }

    QJsonObject answer(const HttpRequest& request, int* status)
    {
        const HttpResponse response = m_dispatcher->answer(request);
        *status = response.status;
        return QJsonDocument::fromJson(response.body).object();
    }

    QStringList clusterArns()
    {
        const HttpRequest list = signedRequest({ { "X-Amz-Target", "AmazonEC2ContainerServiceV20141113.ListClusters" },
                                                   { "Content-Type", "application/x-amz-json-1.1" } },
            "{}");
        int status = 0;
        QStringList arns;
        for (const QJsonValue& arn : answer(list, &status).value(QStringLiteral("clusterArns")).toArray())
            arns << arn.toString();
        EXPECT_EQ(status, 200);
        return arns;
    }

    QTemporaryDir m_dir;
    Store m_store;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC) };
    EcsDesk::Api::Credentials m_credentials;
    std::unique_ptr<RequestDispatcher> m_dispatcher;
};

QString type(const QJsonObject& error) { return error.value(QStringLiteral("__type")).toString(); }

/// The owner, group and other bits (QFileDevice's "User" bits describe the caller, not the file).
int modeBits(const QFileInfo& file) { return int(file.permissions()) & 0x7077; }

} // namespace

TEST_F(Signatures, AGenuineRequestWithAPayloadHashHeaderIsAccepted)
{
    const QByteArray payload = body(QStringLiteral("genuine"));
    int status = 0;
    answer(signedRequest({ { "X-Amz-Target", createCluster }, { "Content-Type", "application/x-amz-json-1.1" },
                             { "X-Amz-Content-Sha256", SigV4::sha256Hex(payload) } },
               payload),
        &status);
    EXPECT_EQ(status, 200);
    EXPECT_EQ(clusterArns().size(), 1);
}

TEST_F(Signatures, ACapturedSignatureCannotCarryAnotherBody)
{
    // The signed payload hash header names the original body; the attacker swaps the body.
    const QByteArray original = body(QStringLiteral("original"));
    HttpRequest replay
        = signedRequest({ { "X-Amz-Target", createCluster }, { "Content-Type", "application/x-amz-json-1.1" },
                            { "X-Amz-Content-Sha256", SigV4::sha256Hex(original) } },
            original);
    replay.body = body(QStringLiteral("attacker-chosen"));
    int status = 0;
    const QJsonObject error = answer(replay, &status);
    EXPECT_EQ(status, 400);
    EXPECT_EQ(type(error), QStringLiteral("InvalidSignatureException"));
    EXPECT_TRUE(clusterArns().isEmpty()) << clusterArns().join(QLatin1Char(' ')).toStdString();
}

TEST_F(Signatures, APayloadHashHeaderThatDisagreesWithTheBodyIsRefused)
{
    const QByteArray payload = body(QStringLiteral("c"));
    for (const QByteArray& claimed : { SigV4::sha256Hex("something else"), QByteArray("UNSIGNED-PAYLOAD") }) {
        int status = 0;
        const QJsonObject error = answer(
            signedRequest({ { "X-Amz-Target", createCluster }, { "Content-Type", "application/x-amz-json-1.1" },
                              { "X-Amz-Content-Sha256", claimed } },
                payload),
            &status);
        EXPECT_EQ(status, 400) << claimed.toStdString();
        EXPECT_EQ(type(error), QStringLiteral("InvalidSignatureException"));
        EXPECT_TRUE(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("x-amz-content-sha256")));
    }
    EXPECT_TRUE(clusterArns().isEmpty());
}

TEST_F(Signatures, AnUnsignedTargetCannotTurnACreateIntoADelete)
{
    // Signed over Host and X-Amz-Date only: the operation header is the attacker's to choose.
    int status = 0;
    const QJsonObject error = answer(signedRequest({}, body(QStringLiteral("victim")),
                                         { { "X-Amz-Target", "AmazonEC2ContainerServiceV20141113.DeleteCluster" },
                                             { "Content-Type", "application/x-amz-json-1.1" } }),
        &status);
    EXPECT_EQ(status, 400);
    EXPECT_EQ(type(error), QStringLiteral("InvalidSignatureException"));
    EXPECT_TRUE(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("x-amz-target")))
        << error.value(QStringLiteral("message")).toString().toStdString();
}

TEST_F(Signatures, UnsignedContentTypeOrSecurityTokenIsRefused)
{
    for (const SigV4::HeaderList& extra : { SigV4::HeaderList { { "Content-Type", "application/x-amz-json-1.1" } },
             SigV4::HeaderList { { "X-Amz-Security-Token", "token" } } }) {
        int status = 0;
        const QJsonObject error
            = answer(signedRequest({ { "X-Amz-Target", createCluster } }, body(QStringLiteral("c")), extra), &status);
        EXPECT_EQ(status, 400) << extra.first().first.toStdString();
        EXPECT_TRUE(type(error) == QStringLiteral("InvalidSignatureException")
            || type(error) == QStringLiteral("UnrecognizedClientException"))
            << type(error).toStdString();
    }
    EXPECT_TRUE(clusterArns().isEmpty());
}

TEST_F(Signatures, TheStoreIsReadableByItsOwnerOnly)
{
    // A data directory the store creates itself (QTemporaryDir's own is 0700 already).
    const QString dataDir = m_dir.filePath(QStringLiteral("fresh/data"));
    Store store;
    QString error;
    ASSERT_TRUE(store.open(dataDir, &error)) << error.toStdString();
    const QFileInfo dir(dataDir);
    EXPECT_EQ(modeBits(dir), 0x7000) << std::hex << modeBits(dir);
    int files = 0;
    for (const QString& name : { QStringLiteral("endpoint.sqlite"), QStringLiteral("endpoint.sqlite-wal"),
             QStringLiteral("endpoint.sqlite-shm") }) {
        const QFileInfo file(QDir(dataDir).filePath(name));
        if (!file.exists())
            continue;
        ++files;
        EXPECT_EQ(modeBits(file), 0x6000) << name.toStdString() << " " << std::hex << modeBits(file);
    }
    EXPECT_GE(files, 2);
}
