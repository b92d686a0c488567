// SPDX-License-Identifier: MIT
// SigV4 is checked against botocore's SigV4Auth, an independent implementation: many generated
// requests (JSON and query POSTs, GETs with query strings, session tokens, ports, odd header
// whitespace) are signed by both and must carry the same Authorization header.

#include "api/auth/sigv4.h"
#include "common/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <gtest/gtest.h>

using namespace EcsDesk::Api;

namespace {

struct Case {
    SigV4::Request request;
    Credentials credentials;
    QByteArray region;
    QByteArray service;
    QDateTime time;
};

QByteArray randomToken(QRandomGenerator& rng, int length, QByteArrayView alphabet)
{
    QByteArray out;
    for (int i = 0; i < length; ++i)
        out += alphabet[rng.bounded(int(alphabet.size()))];
    return out;
}

QList<Case> generateCases(int count)
{
    QRandomGenerator rng(20261121);
    const QByteArrayView keyChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const QByteArrayView secretChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/";
    const QByteArrayView valueChars = "abcXYZ019 -_.~=&/+%:@!$'()*,;é";
    const QList<QByteArray> services = { "ecs", "logs", "monitoring", "application-autoscaling", "sts", "sso" };
    const QList<QByteArray> regions = { "us-east-1", "eu-west-1", "ap-southeast-1", "cn-north-1" };
    const QList<QString> hosts = { QStringLiteral("http://127.0.0.1:%1"),
        QStringLiteral("https://ecs.us-east-1.amazonaws.com"), QStringLiteral("http://localhost:%1"),
        QStringLiteral("https://monitoring.eu-west-1.amazonaws.com:443"), QStringLiteral("http://[::1]:%1") };

    QList<Case> cases;
    for (int i = 0; i < count; ++i) {
        Case c;
        c.region = regions[rng.bounded(int(regions.size()))];
        c.service = services[rng.bounded(int(services.size()))];
        c.credentials.accessKeyId = QString::fromLatin1("AKIA" + randomToken(rng, 16, keyChars));
        c.credentials.secretAccessKey = QString::fromLatin1(randomToken(rng, 40, secretChars));
        if (rng.bounded(3) == 0)
            c.credentials.sessionToken = QString::fromLatin1(randomToken(rng, 200, secretChars));
        c.time = QDateTime(QDate(2020 + rng.bounded(7), 1 + rng.bounded(12), 1 + rng.bounded(28)),
            QTime(rng.bounded(24), rng.bounded(60), rng.bounded(60)), Qt::UTC);

        QString base = hosts[rng.bounded(int(hosts.size()))];
        if (base.contains(QLatin1String("%1")))
            base = base.arg(1024 + rng.bounded(60000));
        const int kind = rng.bounded(4);
        QByteArray path = "/";
        if (kind == 3)
            path = "/v1/" + SigV4::uriEncode(randomToken(rng, 6, valueChars), false) + "/x";
        QByteArray query;
        if (kind >= 2) {
            const int pairs = 1 + rng.bounded(5);
            for (int p = 0; p < pairs; ++p) {
                if (!query.isEmpty())
                    query += '&';
                query += SigV4::uriEncode(randomToken(rng, 1 + rng.bounded(6), valueChars), false) + '='
                    + SigV4::uriEncode(randomToken(rng, rng.bounded(12), valueChars), false);
            }
        }
        QUrl url(base + QString::fromLatin1(path)
                + (query.isEmpty() ? QString() : QLatin1Char('?') + QString::fromLatin1(query)),
            QUrl::StrictMode);
        c.request.url = url;

        switch (kind) {
        case 0: // awsJson1_1
            c.request.method = "POST";
            c.request.headers = { { "Content-Type", "application/x-amz-json-1.1" },
                { "X-Amz-Target", "AmazonEC2ContainerServiceV20141113.ListClusters" } };
            c.request.body = "{\"maxResults\": " + QByteArray::number(rng.bounded(100)) + ", \"x\": \""
                + randomToken(rng, rng.bounded(40), valueChars) + "\"}";
            break;
        case 1: // query protocol
            c.request.method = "POST";
            c.request.headers = { { "Content-Type", "application/x-www-form-urlencoded; charset=utf-8" } };
            c.request.body = "Action=GetMetricStatistics&Version=2010-08-01&Namespace=AWS%2FECS&MetricName="
                + SigV4::uriEncode(randomToken(rng, 8, valueChars), false);
            break;
        default: // GET with a query string, empty payload
            c.request.method = "GET";
            c.request.headers = { { "Accept", "application/json" } };
            break;
        }
        if (rng.bounded(4) == 0)
            c.request.headers.append(std::pair { QByteArray("X-Custom-Spaces"), QByteArray("  a   b \t c  ") });
        if (rng.bounded(4) == 0)
            c.request.headers.append(std::pair { QByteArray("User-Agent"), QByteArray("ecsdesk/0.1 (not signed)") });
        cases.append(c);
    }
    return cases;
}

QJsonArray toJson(const QList<Case>& cases)
{
    QJsonArray array;
    for (const Case& c : cases) {
        QJsonArray headers;
        for (const auto& [name, value] : c.request.headers)
            headers.append(QJsonArray { QString::fromUtf8(name), QString::fromUtf8(value) });
        array.append(QJsonObject {
            { QStringLiteral("method"), QString::fromLatin1(c.request.method) },
            { QStringLiteral("url"), c.request.url.toString(QUrl::FullyEncoded) },
            { QStringLiteral("headers"), headers },
            { QStringLiteral("body"), QString::fromLatin1(c.request.body.toBase64()) },
            { QStringLiteral("accessKey"), c.credentials.accessKeyId },
            { QStringLiteral("secretKey"), c.credentials.secretAccessKey },
            { QStringLiteral("token"), c.credentials.sessionToken },
            { QStringLiteral("region"), QString::fromLatin1(c.region) },
            { QStringLiteral("service"), QString::fromLatin1(c.service) },
            { QStringLiteral("timestamp"), QString::fromLatin1(SigV4::amzDate(c.time)) },
        });
    }
    return array;
}

void crossCheckWith(const QString& python)
{
    if (QStandardPaths::findExecutable(python).isEmpty() && !QFileInfo::exists(python))
        GTEST_SKIP() << python.toStdString() << " is not installed";

    const QList<Case> cases = generateCases(400);
    QProcess process;
    process.start(python, { EcsDesk::Testing::sourceDir() + QLatin1String("/tests/scripts/botocore_sigv4.py") });
    ASSERT_TRUE(process.waitForStarted(10000));
    process.write(QJsonDocument(toJson(cases)).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    ASSERT_TRUE(process.waitForFinished(60000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();

    const QJsonObject answer = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QJsonArray results = answer.value(QLatin1String("results")).toArray();
    ASSERT_EQ(results.size(), cases.size());
    std::cout << "botocore " << answer.value(QLatin1String("botocore")).toString().toStdString() << " via "
              << python.toStdString() << ": " << cases.size() << " requests\n";

    for (qsizetype i = 0; i < cases.size(); ++i) {
        Case c = cases[i];
        SigV4::sign(c.request, c.credentials, c.region, c.service, c.time);
        const QJsonObject expected = results[i].toObject();
        EXPECT_EQ(SigV4::headerValue(c.request.headers, "Authorization").toStdString(),
            expected.value(QLatin1String("Authorization")).toString().toStdString())
            << "case " << i << ": " << c.request.method.toStdString() << ' '
            << c.request.url.toString(QUrl::FullyEncoded).toStdString();
        EXPECT_EQ(SigV4::headerValue(c.request.headers, "X-Amz-Date").toStdString(),
            expected.value(QLatin1String("X-Amz-Date")).toString().toStdString());
        EXPECT_EQ(QString::fromUtf8(SigV4::headerValue(c.request.headers, "X-Amz-Security-Token")),
            expected.value(QLatin1String("X-Amz-Security-Token")).toString());
    }
}

} // namespace

TEST(SigV4, MatchesBotocore129FromDebianPython) { crossCheckWith(QStringLiteral("/usr/bin/python3")); }

TEST(SigV4, MatchesBotocore143FromImagePython) { crossCheckWith(QStringLiteral("python3")); }

TEST(SigV4, ParsesAuthorizationHeader)
{
    const auto parsed
        = SigV4::Authorization::parse("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
                                      "SignedHeaders=content-type;host;x-amz-date, "
                                      "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(parsed->accessKeyId, "AKIDEXAMPLE");
    EXPECT_EQ(parsed->scope.region, "us-east-1");
    EXPECT_EQ(parsed->scope.service, "iam");
    EXPECT_EQ(parsed->signedHeaders.size(), 3);

    EXPECT_FALSE(SigV4::Authorization::parse("Bearer abc").has_value());
    EXPECT_FALSE(SigV4::Authorization::parse("AWS4-HMAC-SHA256 Credential=AK/2015/us/iam, Signature=ab").has_value());
}

// Authorization::parse scans views (issue 16); these are the header shapes the copying parser
// accepted and refused, and accessKeyIdOf (the server's head check) agrees with it on each.
TEST(SigV4, AuthorizationHeaderShapes)
{
    const QByteArray signature(64, 'a');
    struct Case {
        QByteArray header;
        bool valid;
        int signedHeaders = 0;
    };
    const QList<Case> cases {
        { "AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/ecs/aws4_request, SignedHeaders=host;x-amz-date, "
          "Signature="
                + signature,
            true, 2 },
        { "  AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/ecs/aws4_request,SignedHeaders=host,Signature="
                + signature + " \t",
            true, 1 },
        { "AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/ecs/aws4_request, SignedHeaders=host;;x, Signature="
                + signature,
            true, 3 },
        { "AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/ecs/aws4_request/x, SignedHeaders=host, Signature="
                + signature,
            false },
        { "AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/ecs/aws4_request/, SignedHeaders=host, Signature="
                + signature,
            false },
        { "AWS4-HMAC-SHA256 Credential=/20150830/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature="
                + signature,
            false },
        { "AWS4-HMAC-SHA256 Credential=AK/2015083/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature="
                + signature,
            false },
        { "AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature="
                + signature + ",",
            false },
        { "AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/ecs/aws4_request, SignedHeaders=, Signature=" + signature,
            false },
        { "AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature="
                + signature.left(63),
            false },
        { "AWS4-HMAC-SHA256 Credential=AK/20150830/us-east-1/ecs/aws4_request, =x, SignedHeaders=host, Signature="
                + signature,
            false },
        { "AWS4-HMAC-SHA256Credential=AK/20150830/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature="
                + signature,
            false },
        { "AWS4-HMAC-SHA256", false },
        { "AWS4-HMAC-SHA256 ", false },
        { "", false },
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.header.toStdString());
        const auto parsed = SigV4::Authorization::parse(c.header);
        EXPECT_EQ(parsed.has_value(), c.valid);
        EXPECT_EQ(SigV4::Authorization::accessKeyIdOf(c.header), c.valid ? QByteArray("AK") : QByteArray());
        if (parsed) {
            EXPECT_EQ(parsed->scope.date, "20150830");
            EXPECT_EQ(parsed->scope.region, "us-east-1");
            EXPECT_EQ(parsed->scope.service, "ecs");
            EXPECT_EQ(parsed->signedHeaders.size(), c.signedHeaders);
            EXPECT_EQ(parsed->signature, signature);
        }
    }
}

// The server's canonical request (raw target, no QUrl for plain paths) is the one the client's
// URL form gives, whitespace folding and a Host taken from the URL included.
TEST(SigV4, ServerCanonicalRequestMatchesTheUrlForm)
{
    const SigV4::HeaderList headers { { "Host", "127.0.0.1:4566" }, { "X-Amz-Date", "20261203T120000Z" },
        { " X-Amz-Target ", "  AmazonEC2ContainerServiceV20141113.ListClusters \t " },
        { "x-amz-target", "a \t\r\n  b" }, { "Content-Type", "application/x-amz-json-1.1" } };
    const QList<QByteArray> targets { "/", "/schedules/my-schedule_1.2~x", "/a/./b/../c/", "//double//slash",
        "/with%20space", "/schedules?NamePrefix=a&MaxResults=5", "/caf%C3%A9", "/a+b" };
    const QList<QList<QByteArray>> nameSets { { "content-type", "host", "x-amz-date", "x-amz-target" },
        { "host", "x-amz-date" }, { "host", "x-amz-missing" } };
    for (const QByteArray& target : targets) {
        for (const QList<QByteArray>& names : nameSets) {
            SCOPED_TRACE(QByteArray(target + ' ' + names.join(';')).toStdString());
            SigV4::Request request;
            request.method = "post";
            request.url = QUrl::fromEncoded("http://local" + target);
            request.headers = headers;
            EXPECT_EQ(SigV4::canonicalRequest("post", target, headers, names, "hash"),
                SigV4::canonicalRequest(request, names, "hash"));
            // Host signed but sent by no header: the URL's host
            request.headers = headers.mid(1);
            EXPECT_EQ(SigV4::canonicalRequest("post", target, headers.mid(1), names, "hash"),
                SigV4::canonicalRequest(request, names, "hash"));
        }
    }
    SigV4::Request request;
    request.method = "GET";
    request.url = QUrl(QStringLiteral("https://ecs.us-east-1.amazonaws.com/"));
    request.headers = { { "X-Amz-Date", "20261203T120000Z" }, { "Foo", "  one   two  " }, { "foo", "three" } };
    EXPECT_EQ(SigV4::canonicalRequest(request, { "foo", "host", "x-amz-date" }, "h"),
        "GET\n/\n\nfoo:one two,three\nhost:ecs.us-east-1.amazonaws.com\nx-amz-date:20261203T120000Z\n\n"
        "foo;host;x-amz-date\nh");
}

TEST(SigV4, ResigningReplacesOldHeaders)
{
    SigV4::Request request { "POST", QUrl(QStringLiteral("http://127.0.0.1:4566/")), {}, "{}" };
    const Credentials credentials { QStringLiteral("AKID"), QStringLiteral("secret"), {}, {} };
    const QDateTime time(QDate(2026, 11, 21), QTime(12, 0), Qt::UTC);
    SigV4::sign(request, credentials, "us-east-1", "ecs", time);
    SigV4::sign(request, credentials, "us-east-1", "ecs", time.addSecs(60));
    int authorizations = 0;
    for (const auto& header : request.headers)
        authorizations += header.first.compare("authorization", Qt::CaseInsensitive) == 0;
    EXPECT_EQ(authorizations, 1);
    EXPECT_EQ(SigV4::headerValue(request.headers, "x-amz-date"), "20261121T120100Z");
}
