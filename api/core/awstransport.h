// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/credentialsprovider.h"
#include "api/auth/sigv4.h"
#include "api/core/awserror.h"
#include "api/core/jsonshape.h"
#include "api/core/proxysettings.h"
#include "api/core/retrypolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <QVariant>

#include <deque>
#include <memory>
#include <vector>

class QNetworkAccessManager;
namespace EcsDesk::Api {
class HttpClient;
class HttpExchange;
} // namespace EcsDesk::Api
class QNetworkReply;
class QThreadPool;
class QTimer;

namespace EcsDesk::Api {

class AwsTransport;

/// How a service encodes requests and errors.
enum class WireProtocol {
    Json, ///< awsJson1_0 / 1_1: POST /, X-Amz-Target, JSON body and errors
    Query, ///< form POST, XML answer and <ErrorResponse> errors
    RestJson, ///< REST with JSON bodies (SSO portal)
};

/// One API call as the transport sends it: the signed HTTP request plus what is needed to sign,
/// retry and understand the answer.
struct AwsRequest {
    QString operation; ///< "ListServices", for errors and diagnostics
    QByteArray signingName; ///< "ecs", "monitoring", ...
    QByteArray region;
    QUrl url;
    QByteArray method = "POST";
    SigV4::HeaderList headers;
    QByteArray body;
    WireProtocol protocol = WireProtocol::Json;
    std::shared_ptr<CredentialsProvider> credentials; ///< null: send unsigned (SSO portal)
    int timeoutMs = 0; ///< 0: the transport's default
    /// Optional: turns the JSON answer into typed values (a QVariant holding e.g. QList<Task>).
    /// Runs on the worker thread together with parsing when the answer is large, so big
    /// Describe* answers never cost the GUI thread; AwsReply::decoded() holds the result.
    std::function<QVariant(const QJsonObject&)> decoder;
    /// Optional: the types of the fields the caller reads; an answer that does not fit fails
    /// with a Protocol error, UnexpectedResponseShape, naming the operation and the field.
    std::shared_ptr<const JsonShape> shape;
};

/// The pending answer to one AwsRequest. Emits finished() exactly once (also when aborted);
/// the owner deleteLater()s it afterwards, like a QNetworkReply.
class AwsReply : public QObject {
    Q_OBJECT
public:
    ~AwsReply() override;

    bool isFinished() const { return m_finished; }
    /// Waiting for the rate limiter's slot (or a retry's backoff): nothing on the wire. The
    /// RequestScheduler does not count such calls against its cap on calls in flight.
    bool isWaiting() const { return m_waiting; }
    bool isOk() const { return m_finished && !m_error; }
    /// The final error; empty on success.
    const std::optional<AwsError>& error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }
    QByteArray body() const { return m_body; }
    /// The parsed JSON answer (JSON protocols), parsed off the GUI thread when large.
    const QJsonObject& json() const { return m_json; }
    /// What AwsRequest::decoder made of the answer; invalid without a decoder. With a decoder,
    /// json() stays empty: the decoded value replaces it.
    const QVariant& decoded() const { return m_decoded; }
    /// Moves the decoded value out (no copy of its lists); decoded() is empty afterwards. A
    /// default T when there is none or it has another type.
    template <typename T> T takeDecoded()
    {
        QVariant value = std::exchange(m_decoded, QVariant());
        if (value.metaType() != QMetaType::fromType<T>())
            return T {};
        return std::move(*static_cast<T*>(value.data()));
    }
    int attempts() const { return m_attempts; }
    const AwsRequest& request() const { return m_request; }

    /// Cancels: the network request is aborted and finished() comes with a Cancelled error.
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class AwsTransport;
    explicit AwsReply(AwsRequest request, QObject* parent);

    AwsRequest m_request;
    QPointer<QNetworkReply> m_network;
    QPointer<HttpExchange> m_exchange;
    QTimer* m_timer = nullptr; ///< timeout of the current attempt, or the backoff/rate-limit wait
    bool m_finished = false;
    bool m_timedOut = false;
    bool m_waiting = false;
    bool m_inSend = false; ///< inside AwsTransport::send(): finished() must wait for the next turn
    std::optional<AwsError> m_error;
    int m_httpStatus = 0;
    QString m_requestId;
    QByteArray m_body;
    QJsonObject m_json;
    QVariant m_decoded;
    int m_attempts = 0;
    int m_transientRetries = 0; ///< retries after server errors, connection failures, timeouts
    int m_throttleRetries = 0; ///< retries after throttling answers
    QElapsedTimer m_started; ///< since send(): throttled retries stay within the time budget
};

/// The one owner of the network: signs, sends, times out, retries (standard mode with a retry
/// quota for server errors; throttling within a time budget, see RetryPolicy), rate-limits per
/// service endpoint (adaptive, when throttles dominate), parses answers (large ones on a worker
/// thread) and turns every failure into a typed AwsError. Runs on the thread it lives on; never
/// blocks it.
class AwsTransport : public QObject {
    Q_OBJECT
public:
    explicit AwsTransport(QObject* parent = nullptr);
    ~AwsTransport() override;

    /// Starts the call; the reply is parented to the transport.
    AwsReply* send(AwsRequest request);

    void setRetryPolicy(RetryPolicy policy) { m_retryPolicy = std::move(policy); }
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    void setDefaultTimeoutMs(int ms) { m_defaultTimeoutMs = ms; }
    int defaultTimeoutMs() const { return m_defaultTimeoutMs; }
    /// Answers larger than this are parsed on a worker thread.
    void setOffThreadParseThreshold(qsizetype bytes) { m_parseThreshold = bytes; }
    /// Worker threads that parse large answers (default: one per core).
    void setParseThreads(int threads);
    /// Most independent connection pools (Qt opens at most 6 connections per host and pool);
    /// more pools allow more requests in flight to one endpoint. A pool opens when every open
    /// one is full. The default allows 96 connections, enough for ClusterSnapshotLoader.
    void setConnectionPools(int pools);
    /// Which HTTP implementation carries the calls. Own (the default): the transport's lean
    /// HTTP/1.1 client (HttpClient) on this thread, no helper thread or per-request helper
    /// objects; https through QSslSocket. Qt: QNetworkAccessManager. The environment variable
    /// ECSDESK_HTTP=qt chooses Qt for every transport (an escape hatch should a proxy or server
    /// need what only QNetworkAccessManager does).
    enum class HttpBackend { Own, Qt };
    void setHttpBackend(HttpBackend backend) { m_httpBackend = backend; }
    HttpBackend httpBackend() const { return m_httpBackend; }
    /// The HTTP proxies (both implementations); default: read from the environment like the AWS
    /// CLI (https_proxy, http_proxy, no_proxy; see ProxySettings). A proxy that cannot be used
    /// (an https:// proxy) fails the calls it would carry with a Configuration error.
    void setProxySettings(const ProxySettings& settings);
    /// TLS settings for https:// (both implementations); default: Qt's, with the system's
    /// authorities, or only those of the PEM file AWS_CA_BUNDLE names (as for the AWS CLI; a file
    /// without certificates fails https calls with a Configuration error, InvalidCaBundle).
    void setSslConfiguration(const QSslConfiguration& configuration);
    /// Turns the adaptive rate limiter on or off (on by default).
    void setAdaptiveRateLimiting(bool enabled) { m_adaptive = enabled; }
    /// The limiter for one service-side token bucket: an endpoint, a region and, for ECS, the
    /// action category of `operation` (see rateCategoryKey(); created on first use).
    AdaptiveRateLimiter& rateLimiter(
        const QByteArray& signingName, const QUrl& url, const QByteArray& region, const QString& operation);

    /// Requests put on the wire so far (retries included).
    qint64 sentCount() const { return m_sentCount; }
    const RetryQuota& retryQuota() const { return m_quota; }

    /// Parses a service's error answer into a typed error (no retry classification).
    static AwsError parseServiceError(WireProtocol protocol, int httpStatus, const QByteArray& body,
        const QByteArray& errorTypeHeader, const QString& requestId);

private:
    void startAttempt(AwsReply* reply);
    AdaptiveRateLimiter& rateLimiter(const AwsRequest& request);
    void sendSigned(AwsReply* reply, const Credentials* credentials);
    /// An answer as either HTTP implementation delivers it.
    struct RawAnswer {
        int status = 0; ///< 0: no HTTP answer at all
        QByteArray body;
        QByteArray requestId;
        QByteArray errorType; ///< x-amzn-ErrorType
        bool failed = false; ///< the transfer failed (see errorString)
        bool timeout = false;
        bool tooLarge = false;
        bool malformed = false;
        QString errorString;
    };
    bool usesOwnHttpClient(const QUrl& url) const;
    void sendWithQt(AwsReply* reply, const SigV4::Request& signable);
    void onNetworkFinished(AwsReply* reply, QNetworkReply* network);
    void onExchangeFinished(AwsReply* reply, HttpExchange* exchange);
    void handleAnswer(AwsReply* reply, RawAnswer answer);
    void completeAttempt(AwsReply* reply, std::optional<AwsError> error);
    void finish(AwsReply* reply, std::optional<AwsError> error);
    size_t leastLoadedNetwork();
    void addNetwork();

    static constexpr int connectionsPerPool = 6; ///< Qt's per-host limit of one manager

    QThreadPool* m_parsePool = nullptr;
    HttpClient* m_http = nullptr;
    HttpBackend m_httpBackend = HttpBackend::Own;
    std::optional<QSslConfiguration> m_sslConfiguration;
    ProxySettings m_proxy;
    QString m_tlsProblem; ///< why https calls cannot be made (an unusable AWS_CA_BUNDLE)
    std::vector<QNetworkAccessManager*> m_networks;
    std::vector<int> m_networkLoad; ///< requests in flight per pool
    size_t m_nextNetwork = 0;
    int m_maxNetworks = 16;
    RetryPolicy m_retryPolicy;
    RetryQuota m_quota;
    /// A limiter and the calls waiting for its slots, released in order by its timer as tokens
    /// come at the limiter's current rate (a rate learned later applies to calls already waiting).
    struct PacedBucket {
        AdaptiveRateLimiter limiter;
        std::deque<QPointer<AwsReply>> waiting;
        QTimer* timer = nullptr;
    };
    PacedBucket& pacedBucket(
        const QByteArray& signingName, const QUrl& url, const QByteArray& region, const QString& operation);
    void sendWhenPaced(AwsReply* reply);
    void releasePaced(PacedBucket& bucket);
    void dispatchAttempt(AwsReply* reply);
    QHash<QByteArray, std::shared_ptr<PacedBucket>> m_limiters;
    int m_defaultTimeoutMs = 30000;
    qsizetype m_parseThreshold = 64 * 1024;
    bool m_adaptive = true;
    qint64 m_sentCount = 0;
};

} // namespace EcsDesk::Api
