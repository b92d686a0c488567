// SPDX-License-Identifier: MIT
#include "api/core/awstransport.h"

#include "api/core/httpclient.h"
#include "api/core/ratecategories.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QXmlStreamReader>

namespace EcsDesk::Api {

namespace {

    struct ParsedJson {
        QJsonObject object;
        QVariant decoded;
        bool ok = false;
        QString error;
        std::optional<JsonShape::Mismatch> mismatch; ///< the answer does not have the request's shape
    };

    ParsedJson parseJsonObject(const QByteArray& body)
    {
        ParsedJson parsed;
        if (body.trimmed().isEmpty()) {
            parsed.ok = true;
            return parsed;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError) {
            parsed.error = error.errorString();
            return parsed;
        }
        if (!document.isObject()) {
            parsed.error = QStringLiteral("not a JSON object");
            return parsed;
        }
        parsed.object = document.object();
        parsed.ok = true;
        return parsed;
    }

    bool looksLikeHtml(const QByteArray& body)
    {
        const QByteArray start = body.left(256).trimmed().toLower();
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body");
    }

    QString errorCodeFromType(QString type)
    {
        // "com.amazonaws.ecs#ClusterNotFoundException" and "Code:http://internal.amazon.com/..."
        const qsizetype hash = type.lastIndexOf(QLatin1Char('#'));
        if (hash >= 0)
            type = type.mid(hash + 1);
        const qsizetype colon = type.indexOf(QLatin1Char(':'));
        if (colon >= 0)
            type = type.left(colon);
        return type.trimmed();
    }

    AwsError::Kind networkErrorKind(QNetworkReply::NetworkError error)
    {
        switch (error) {
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            return AwsError::Kind::Timeout;
        default:
            return AwsError::Kind::Network;
        }
    }

    /// QNetworkAccessManager's view of ProxySettings.
    class EnvironmentProxyFactory : public QNetworkProxyFactory {
    public:
        explicit EnvironmentProxyFactory(ProxySettings settings)
            : m_settings(std::move(settings))
        {
        }
        QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
        {
            return { m_settings.networkProxyFor(query.url()) };
        }

    private:
        ProxySettings m_settings;
    };

} // namespace

AwsReply::AwsReply(AwsRequest request, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
{
}

AwsReply::~AwsReply()
{
    if (m_network) {
        m_network->disconnect(this);
        m_network->abort();
        m_network->deleteLater();
    }
    if (m_exchange) {
        m_exchange->disconnect(this);
        m_exchange->abort();
        m_exchange->deleteLater();
    }
}

void AwsReply::abort()
{
    if (m_finished)
        return;
    if (m_timer)
        m_timer->stop();
    if (m_network) {
        QNetworkReply* network = m_network;
        m_network = nullptr;
        network->disconnect(this);
        network->abort();
        network->deleteLater();
    }
    if (m_exchange) {
        HttpExchange* exchange = m_exchange;
        m_exchange = nullptr;
        exchange->disconnect(this);
        exchange->abort();
        exchange->deleteLater();
    }
    m_finished = true;
    m_error = AwsError::cancelled();
    Q_EMIT finished();
}

AwsTransport::AwsTransport(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<AwsError>();
    m_http = new HttpClient(this);
    m_proxy = ProxySettings::fromEnvironment();
    m_http->setProxySettings(m_proxy);
    // AWS_CA_BUNDLE, as for the AWS CLI: these authorities replace the system's for https.
    const QString caBundle = qEnvironmentVariable("AWS_CA_BUNDLE");
    if (!caBundle.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(caBundle, QSsl::Pem);
        if (authorities.isEmpty()) {
            m_tlsProblem = QStringLiteral("AWS_CA_BUNDLE names %1, which holds no PEM certificate").arg(caBundle);
        } else {
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setCaCertificates(authorities);
            setSslConfiguration(configuration);
        }
    }
    if (qEnvironmentVariable("ECSDESK_HTTP").compare(QLatin1String("qt"), Qt::CaseInsensitive) == 0)
        m_httpBackend = HttpBackend::Qt;
    m_parsePool = new QThreadPool(this);
    // One parser per core: at the end of a big load the answers of a hundred DescribeTasks
    // calls wait to be parsed and the sending thread is idle. The critical path (the next page of
    // a listing) is kept short by RequestScheduler starting bursts a few calls at a time.
    m_parsePool->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    m_parsePool->setExpiryTimeout(60000);
}

AwsTransport::~AwsTransport() = default;

void AwsTransport::addNetwork()
{
    auto* network = new QNetworkAccessManager(this);
    network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    network->setProxyFactory(new EnvironmentProxyFactory(m_proxy));
    m_networks.push_back(network);
    m_networkLoad.push_back(0);
}

void AwsTransport::setConnectionPools(int pools)
{
    // Pools are only ever added (replies in flight may belong to any of them): a lower maximum
    // stops the growth.
    m_maxNetworks = std::max(1, pools);
}

void AwsTransport::setParseThreads(int threads) { m_parsePool->setMaxThreadCount(std::max(1, threads)); }

bool AwsTransport::usesOwnHttpClient(const QUrl& url) const
{
    return m_httpBackend == HttpBackend::Own
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

void AwsTransport::setProxySettings(const ProxySettings& settings)
{
    m_proxy = settings;
    m_http->setProxySettings(settings);
    for (QNetworkAccessManager* network : m_networks)
        network->setProxyFactory(new EnvironmentProxyFactory(settings));
}

void AwsTransport::setSslConfiguration(const QSslConfiguration& configuration)
{
    m_tlsProblem.clear();
    m_sslConfiguration = configuration;
    m_http->setSslConfiguration(configuration);
}

size_t AwsTransport::leastLoadedNetwork()
{
    // Qt queues requests beyond 6 per host inside a pool: pick the pool with the most room, so a
    // request on the critical path never waits behind others while another pool is idle. When
    // every pool is full, open another one (up to the maximum).
    if (m_networks.empty())
        addNetwork();
    size_t best = m_nextNetwork % m_networks.size();
    for (size_t i = 0; i < m_networks.size(); ++i) {
        const size_t candidate = (m_nextNetwork + i) % m_networks.size();
        if (m_networkLoad[candidate] < m_networkLoad[best])
            best = candidate;
    }
    ++m_nextNetwork;
    if (m_networkLoad[best] >= connectionsPerPool && int(m_networks.size()) < m_maxNetworks) {
        addNetwork();
        best = m_networks.size() - 1;
    }
    return best;
}

AwsTransport::PacedBucket& AwsTransport::pacedBucket(
    const QByteArray& signingName, const QUrl& url, const QByteArray& region, const QString& operation)
{
    const QByteArray key = signingName + '|' + url.host().toUtf8() + ':' + QByteArray::number(url.port(0)) + '|'
        + region + '|' + rateCategoryKey(signingName, operation);
    auto& bucket = m_limiters[key];
    if (!bucket) {
        bucket = std::make_shared<PacedBucket>();
        bucket->timer = new QTimer(this);
        bucket->timer->setSingleShot(true);
        connect(bucket->timer, &QTimer::timeout, this, [this, raw = bucket.get()] { releasePaced(*raw); });
    }
    return *bucket;
}

AdaptiveRateLimiter& AwsTransport::rateLimiter(
    const QByteArray& signingName, const QUrl& url, const QByteArray& region, const QString& operation)
{
    return pacedBucket(signingName, url, region, operation).limiter;
}

AdaptiveRateLimiter& AwsTransport::rateLimiter(const AwsRequest& request)
{
    return rateLimiter(request.signingName, request.url, request.region, request.operation);
}

void AwsTransport::sendWhenPaced(AwsReply* reply)
{
    const AwsRequest& request = reply->m_request;
    PacedBucket& bucket = pacedBucket(request.signingName, request.url, request.region, request.operation);
    if (bucket.waiting.empty() && bucket.limiter.tryAcquire()) {
        dispatchAttempt(reply);
        return;
    }
    reply->m_waiting = true;
    bucket.waiting.push_back(reply);
    if (!bucket.timer->isActive())
        bucket.timer->start(std::max(1, bucket.limiter.msUntilToken()));
}

void AwsTransport::releasePaced(PacedBucket& bucket)
{
    while (!bucket.waiting.empty()) {
        AwsReply* reply = bucket.waiting.front();
        if (!reply || reply->m_finished) {
            bucket.waiting.pop_front();
            continue;
        }
        if (!bucket.limiter.tryAcquire())
            break;
        bucket.waiting.pop_front();
        reply->m_waiting = false;
        dispatchAttempt(reply);
    }
    if (!bucket.waiting.empty())
        bucket.timer->start(std::max(1, bucket.limiter.msUntilToken()));
}

AwsReply* AwsTransport::send(AwsRequest request)
{
    auto* reply = new AwsReply(std::move(request), this);
    reply->m_timer = new QTimer(reply);
    reply->m_timer->setSingleShot(true);
    reply->m_started.start();
    // Signed and on the wire at once: a listing's next page must not queue behind the event
    // loop's backlog. What ends inside send() (no credentials, say) is reported on the next
    // turn, so that callers can connect to finished() first.
    reply->m_inSend = true;
    startAttempt(reply);
    reply->m_inSend = false;
    return reply;
}

void AwsTransport::startAttempt(AwsReply* reply)
{
    if (reply->m_finished)
        return;
    ++reply->m_attempts;
    reply->m_timedOut = false;
    if (m_adaptive) {
        sendWhenPaced(reply);
        return;
    }
    dispatchAttempt(reply);
}

void AwsTransport::dispatchAttempt(AwsReply* reply)
{
    reply->m_waiting = false;
    if (reply->m_finished)
        return;
    if (!reply->m_request.credentials) {
        sendSigned(reply, nullptr);
        return;
    }
    QPointer<AwsReply> guard(reply);
    reply->m_request.credentials->fetch([this, guard](const Outcome<Credentials>& outcome) {
        if (!guard || guard->m_finished)
            return;
        if (!outcome.ok()) {
            finish(guard, outcome.error);
            return;
        }
        sendSigned(guard, &outcome.value);
    });
}

void AwsTransport::sendSigned(AwsReply* reply, const Credentials* credentials)
{
    const AwsRequest& request = reply->m_request;
    SigV4::Request signable { request.method, request.url, request.headers, request.body };
    if (credentials) {
        if (!credentials->isValid()) {
            finish(reply,
                AwsError::make(AwsError::Kind::Credentials, QStringLiteral("NoCredentials"),
                    QCoreApplication::translate("AwsTransport", "No AWS credentials were found for this connection.")));
            return;
        }
        SigV4::sign(signable, *credentials, request.region, request.signingName, QDateTime::currentDateTimeUtc());
    }
    // Settings that make the call impossible: refused before anything is sent.
    QString code;
    QString problem = m_proxy.problemFor(request.url);
    if (!problem.isEmpty()) {
        code = QStringLiteral("UnsupportedProxy");
    } else if (request.url.scheme() == QLatin1String("https") && !m_tlsProblem.isEmpty()) {
        code = QStringLiteral("InvalidCaBundle");
        problem = m_tlsProblem;
    }
    if (!problem.isEmpty()) {
        finish(reply,
            AwsError::make(AwsError::Kind::Configuration, code,
                QCoreApplication::translate("AwsTransport", "%1 was not sent: %2").arg(request.operation, problem)));
        return;
    }
    ++m_sentCount;
    if (usesOwnHttpClient(request.url)) {
        HttpExchange* exchange = m_http->send(
            request.url, request.method, signable.headers, request.method == "GET" ? QByteArray() : signable.body);
        reply->m_exchange = exchange;
        connect(
            exchange, &HttpExchange::finished, reply, [this, reply, exchange] { onExchangeFinished(reply, exchange); });
    } else {
        sendWithQt(reply, signable);
    }
    const int timeout = request.timeoutMs > 0 ? request.timeoutMs : m_defaultTimeoutMs;
    reply->m_timer->disconnect();
    connect(reply->m_timer, &QTimer::timeout, reply, [reply] {
        reply->m_timedOut = true;
        if (reply->m_network)
            reply->m_network->abort();
        else if (reply->m_exchange)
            reply->m_exchange->abort();
    });
    reply->m_timer->start(timeout);
}

void AwsTransport::sendWithQt(AwsReply* reply, const SigV4::Request& signable)
{
    const AwsRequest& request = reply->m_request;
    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (m_sslConfiguration && request.url.scheme() == QLatin1String("https"))
        networkRequest.setSslConfiguration(*m_sslConfiguration);
    for (const auto& [name, value] : std::as_const(signable.headers))
        networkRequest.setRawHeader(name, value);
    const size_t pool = leastLoadedNetwork();
    QNetworkReply* network = m_networks[pool]->sendCustomRequest(
        networkRequest, request.method, request.method == "GET" ? QByteArray() : signable.body);
    ++m_networkLoad[pool];
    connect(network, &QNetworkReply::finished, this, [this, pool] { --m_networkLoad[pool]; });
    reply->m_network = network;
    connect(network, &QNetworkReply::finished, reply, [this, reply, network] { onNetworkFinished(reply, network); });
}

AwsError AwsTransport::parseServiceError(WireProtocol protocol, int httpStatus, const QByteArray& body,
    const QByteArray& errorTypeHeader, const QString& requestId)
{
    AwsError error;
    error.kind = AwsError::Kind::Service;
    error.httpStatus = httpStatus;
    error.requestId = requestId;
    if (protocol == WireProtocol::Query) {
        QXmlStreamReader xml(body);
        QString element;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                element = xml.name().toString();
            } else if (token == QXmlStreamReader::Characters && !xml.isWhitespace()) {
                if (element == QLatin1String("Code") && error.code.isEmpty())
                    error.code = xml.text().toString().trimmed();
                else if (element == QLatin1String("Message") && error.message.isEmpty())
                    error.message = xml.text().toString().trimmed();
                else if (element == QLatin1String("RequestId") && error.requestId.isEmpty())
                    error.requestId = xml.text().toString().trimmed();
            }
        }
    } else {
        const ParsedJson parsed = parseJsonObject(body);
        if (parsed.ok) {
            QString type = parsed.object.value(QLatin1String("__type")).toString();
            if (type.isEmpty())
                type = parsed.object.value(QLatin1String("code")).toString();
            if (type.isEmpty())
                type = QString::fromUtf8(errorTypeHeader);
            error.code = errorCodeFromType(type);
            error.message = parsed.object.value(QLatin1String("message")).toString();
            if (error.message.isEmpty())
                error.message = parsed.object.value(QLatin1String("Message")).toString();
        } else if (!errorTypeHeader.isEmpty()) {
            error.code = errorCodeFromType(QString::fromUtf8(errorTypeHeader));
        }
    }
    if (error.code.isEmpty()) {
        // No error document: an HTML page from a proxy or an emulator, or an empty body.
        error.code
            = httpStatus == 429 ? QStringLiteral("TooManyRequestsException") : QStringLiteral("Http%1").arg(httpStatus);
        if (looksLikeHtml(body)) {
            error.kind = AwsError::Kind::Protocol;
            error.message = QCoreApplication::translate(
                "AwsTransport", "The server answered HTTP %1 with an HTML page instead of an AWS error.")
                                .arg(httpStatus);
        } else {
            error.message
                = QCoreApplication::translate("AwsTransport", "The server answered HTTP %1 without an error document.")
                      .arg(httpStatus);
        }
    }
    return error;
}

void AwsTransport::onNetworkFinished(AwsReply* reply, QNetworkReply* network)
{
    network->deleteLater();
    if (reply->m_network != network || reply->m_finished)
        return;
    reply->m_network = nullptr;

    RawAnswer answer;
    answer.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.requestId = network->rawHeader("x-amzn-RequestId");
    if (answer.requestId.isEmpty())
        answer.requestId = network->rawHeader("x-amz-request-id");
    answer.errorType = network->rawHeader("x-amzn-ErrorType");
    answer.body = network->isOpen() ? network->readAll() : QByteArray();
    if (network->error() != QNetworkReply::NoError) {
        answer.failed = true;
        answer.timeout = networkErrorKind(network->error()) == AwsError::Kind::Timeout;
        answer.errorString = network->errorString();
    }
    handleAnswer(reply, std::move(answer));
}

void AwsTransport::onExchangeFinished(AwsReply* reply, HttpExchange* exchange)
{
    exchange->deleteLater();
    if (reply->m_exchange != exchange || reply->m_finished)
        return;
    reply->m_exchange = nullptr;

    RawAnswer answer;
    answer.status = exchange->status();
    answer.requestId = exchange->header("x-amzn-RequestId");
    if (answer.requestId.isEmpty())
        answer.requestId = exchange->header("x-amz-request-id");
    answer.errorType = exchange->header("x-amzn-ErrorType");
    if (exchange->error() == HttpExchange::Error::None) {
        answer.body = exchange->body();
    } else {
        answer.failed = true;
        answer.timeout = exchange->error() == HttpExchange::Error::Aborted;
        answer.tooLarge = exchange->error() == HttpExchange::Error::TooLarge;
        answer.malformed = exchange->error() == HttpExchange::Error::Malformed;
        answer.errorString = exchange->errorString();
    }
    handleAnswer(reply, std::move(answer));
}

void AwsTransport::handleAnswer(AwsReply* reply, RawAnswer answer)
{
    reply->m_timer->stop();
    const int status = answer.status;
    reply->m_httpStatus = status;
    reply->m_requestId = QString::fromLatin1(answer.requestId);
    const QByteArray body = std::move(answer.body);
    const QString& operation = reply->m_request.operation;
    // An error that comes with the server's answer: its HTTP status and request id are known.
    auto failAnswered = [&](AwsError::Kind kind, const QString& code, const QString& message) {
        AwsError error = AwsError::make(kind, code, message);
        error.httpStatus = status;
        error.requestId = reply->m_requestId;
        completeAttempt(reply, error);
    };

    if (reply->m_timedOut) {
        completeAttempt(reply,
            AwsError::make(AwsError::Kind::Timeout, QStringLiteral("RequestTimeout"),
                QCoreApplication::translate("AwsTransport", "%1 got no complete answer within %2 ms.")
                    .arg(operation)
                    .arg(reply->m_request.timeoutMs > 0 ? reply->m_request.timeoutMs : m_defaultTimeoutMs)));
        return;
    }
    if (answer.tooLarge) {
        failAnswered(AwsError::Kind::Protocol, QStringLiteral("ResponseTooLarge"),
            QCoreApplication::translate("AwsTransport", "%1: the answer is too large (%2).")
                .arg(operation, answer.errorString));
        return;
    }
    if (answer.malformed) {
        failAnswered(AwsError::Kind::Protocol, QStringLiteral("MalformedHttpResponse"),
            QCoreApplication::translate("AwsTransport", "%1: the server's answer is not valid HTTP (%2).")
                .arg(operation, answer.errorString));
        return;
    }
    if (status == 0) {
        completeAttempt(reply,
            AwsError::make(answer.timeout ? AwsError::Kind::Timeout : AwsError::Kind::Network,
                QStringLiteral("NetworkError"),
                QCoreApplication::translate("AwsTransport", "%1 failed: %2").arg(operation, answer.errorString)));
        return;
    }
    if (answer.failed && status >= 200 && status < 300) {
        // A 2xx whose body broke off (connection reset or closed before Content-Length).
        failAnswered(AwsError::Kind::Network, QStringLiteral("IncompleteResponse"),
            QCoreApplication::translate("AwsTransport", "%1: the answer was cut off: %2")
                .arg(operation, answer.errorString));
        return;
    }
    if (status < 200 || status >= 300) {
        completeAttempt(
            reply, parseServiceError(reply->m_request.protocol, status, body, answer.errorType, reply->m_requestId));
        return;
    }

    reply->m_body = body;
    if (reply->m_request.protocol == WireProtocol::Query) {
        completeAttempt(reply, std::nullopt);
        return;
    }
    auto onParsed = [this, reply](ParsedJson parsed) {
        if (parsed.ok && parsed.mismatch) {
            AwsError error = AwsError::make(AwsError::Kind::Protocol, QStringLiteral("UnexpectedResponseShape"),
                QCoreApplication::translate("AwsTransport", "%1: the answer's field %2 is %3 where %4 belongs.")
                    .arg(reply->m_request.operation, parsed.mismatch->path, parsed.mismatch->found,
                        parsed.mismatch->expected));
            error.httpStatus = reply->m_httpStatus;
            error.requestId = reply->m_requestId;
            completeAttempt(reply, error);
            return;
        }
        if (!parsed.ok) {
            AwsError error = AwsError::make(AwsError::Kind::Protocol, QStringLiteral("MalformedResponse"),
                QCoreApplication::translate("AwsTransport", "%1: the answer is not valid JSON (%2).")
                    .arg(reply->m_request.operation, parsed.error));
            error.httpStatus = reply->m_httpStatus;
            error.requestId = reply->m_requestId;
            completeAttempt(reply, error);
            return;
        }
        reply->m_json = std::move(parsed.object);
        reply->m_decoded = std::move(parsed.decoded);
        completeAttempt(reply, std::nullopt);
    };
    const auto decoder = reply->m_request.decoder;
    const auto shape = reply->m_request.shape;
    auto parseAndDecode = [body, decoder, shape] {
        ParsedJson parsed = parseJsonObject(body);
        if (parsed.ok && shape) {
            parsed.mismatch = shape->mismatch(parsed.object);
            if (parsed.mismatch) {
                parsed.object = QJsonObject();
                return parsed;
            }
        }
        if (parsed.ok && decoder) {
            parsed.decoded = decoder(parsed.object);
            parsed.object = QJsonObject(); // freed here, on the worker thread for large answers
        }
        return parsed;
    };
    if (body.size() < m_parseThreshold) {
        onParsed(parseAndDecode());
        return;
    }
    auto* watcher = new QFutureWatcher<ParsedJson>(reply);
    connect(watcher, &QFutureWatcher<ParsedJson>::finished, reply, [watcher, onParsed] {
        watcher->deleteLater();
        // Taken, not copied: a copy left in the future would share the decoded value, so the
        // reply's owner could not move it out without a deep copy, and it would be destroyed here.
        onParsed(watcher->future().takeResult());
    });
    watcher->setFuture(QtConcurrent::run(m_parsePool, parseAndDecode));
}

void AwsTransport::completeAttempt(AwsReply* reply, std::optional<AwsError> error)
{
    if (reply->m_finished)
        return;
    const bool throttled = error && RetryPolicy::isThrottlingCode(error->code);
    if (m_adaptive && (!error || error->kind == AwsError::Kind::Service || error->kind == AwsError::Kind::Protocol))
        rateLimiter(reply->m_request).onAnswer(throttled);
    if (!error) {
        m_quota.onSuccess(reply->m_transientRetries > 0);
        finish(reply, std::nullopt);
        return;
    }
    error->retryable = RetryPolicy::isRetryable(*error);
    int delay = -1;
    if (error->retryable && throttled) {
        // Throttling: no attempt count and no quota; the time budget bounds it. A scattered
        // throttle is backed off by its call; once throttles dominate, the limiter paces every
        // call to the bucket's rate, and the retry only queues for its slot: a backoff on top
        // would leave refilled tokens unused (and hold back a listing's next page for seconds).
        const bool paced = m_adaptive && rateLimiter(reply->m_request).isEnabled();
        const int wait = paced ? 0 : m_retryPolicy.throttleDelayMs(reply->m_throttleRetries + 1);
        if (reply->m_started.elapsed() + wait <= m_retryPolicy.throttleBudgetMs) {
            ++reply->m_throttleRetries;
            delay = wait;
        }
    } else if (error->retryable && reply->m_transientRetries + 1 < m_retryPolicy.maxAttempts
        && m_quota.acquire(*error)) {
        ++reply->m_transientRetries;
        delay = m_retryPolicy.delayMs(reply->m_transientRetries);
    }
    if (delay >= 0) {
        reply->m_waiting = true;
        reply->m_timer->disconnect();
        connect(reply->m_timer, &QTimer::timeout, reply, [this, reply] { startAttempt(reply); });
        reply->m_timer->start(delay);
        return;
    }
    finish(reply, error);
}

void AwsTransport::finish(AwsReply* reply, std::optional<AwsError> error)
{
    if (reply->m_finished)
        return;
    reply->m_timer->stop();
    reply->m_finished = true;
    reply->m_error = std::move(error);
    if (reply->m_inSend) {
        QMetaObject::invokeMethod(reply, &AwsReply::finished, Qt::QueuedConnection);
        return;
    }
    Q_EMIT reply->finished();
}

} // namespace EcsDesk::Api
