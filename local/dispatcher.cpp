// SPDX-License-Identifier: MIT
#include "local/dispatcher.h"

#include "api/auth/sigv4.h"
#include "local/api/autoscalinggrouphandler.h"
#include "local/api/autoscalinghandler.h"
#include "local/api/cloudwatchhandler.h"
#include "local/api/ecrhandler.h"
#include "local/api/ecshandler.h"
#include "local/api/elbv2handler.h"
#include "local/api/eventshandler.h"
#include "local/api/logshandler.h"
#include "local/api/querycodec.h"
#include "local/api/schedulerhandler.h"
#include "local/store/store.h"
#include "local/validation/inputvalidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace EcsDesk::Local {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::RequestDispatcher", text); }

    /// The Date header, formatted once per second.
    QByteArray httpDate()
    {
        static qint64 second = -1;
        static QByteArray cached;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (now.toSecsSinceEpoch() != second) {
            second = now.toSecsSinceEpoch();
            cached = QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
        }
        return cached;
    }

    /// A request id shaped like AWS's (a UUID), from a fast non-cryptographic generator.
    QByteArray newRequestId()
    {
        static QRandomGenerator generator(QRandomGenerator::system()->generate());
        quint32 words[4];
        generator.fillRange(words);
        QUuid id = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(words), sizeof words));
        return id.toByteArray(QUuid::WithoutBraces);
    }
} // namespace

struct RequestDispatcher::RestService {
    QByteArray signingName;
    ServiceHandler* handler;
    std::optional<RestCall> (*route)(const QByteArray& method, const QByteArray& target);
};

RequestDispatcher::RequestDispatcher(EndpointContext context, RequestVerifier verifier)
    : m_context(std::move(context))
    , m_verifier(std::move(verifier))
{
    auto ecs = std::make_unique<EcsHandler>(m_context);
    m_ecs = ecs.get();
    auto logs = std::make_unique<LogsHandler>(m_context);
    auto scaling = std::make_unique<AutoScalingHandler>(m_context);
    auto cloudWatch = std::make_unique<CloudWatchHandler>(m_context);
    m_queryServices.insert("monitoring",
        { cloudWatch.get(), QueryCodec::dialectFor("monitoring"), QByteArrayLiteral("GraniteServiceVersion20100801") });
    m_services.insert("AmazonEC2ContainerServiceV20141113", { "ecs", ecs.get(), false });
    m_services.insert("Logs_20140328", { "logs", logs.get(), false });
    m_services.insert("AnyScaleFrontendService", { "application-autoscaling", scaling.get(), false });
    m_services.insert("GraniteServiceVersion20100801", { "monitoring", cloudWatch.get(), true });
    m_services.insert("AmazonEC2ContainerRegistry_V20150921",
        { "ecr", m_handlers.emplace_back(std::make_unique<EcrHandler>(m_context)).get(), false });
    m_handlers.push_back(std::move(ecs));
    m_handlers.push_back(std::move(logs));
    m_handlers.push_back(std::move(scaling));
    m_handlers.push_back(std::move(cloudWatch));
    m_queryServices.insert("elasticloadbalancing",
        { m_handlers.emplace_back(std::make_unique<ElbV2Handler>(m_context)).get(),
            QueryCodec::dialectFor("elasticloadbalancing"), QByteArrayLiteral("elasticloadbalancing") });
    m_queryServices.insert("autoscaling",
        { m_handlers.emplace_back(std::make_unique<AutoScalingGroupHandler>(m_context)).get(),
            QueryCodec::dialectFor("autoscaling"), QByteArrayLiteral("autoscaling") });
    m_queryServices.insert("ec2",
        { m_handlers.emplace_back(std::make_unique<Ec2Handler>(m_context)).get(), QueryCodec::dialectFor("ec2"),
            QByteArrayLiteral("ec2") });
    auto events = std::make_unique<EventsHandler>(m_context);
    m_services.insert("AWSEvents", { "events", events.get(), false });
    m_handlers.push_back(std::move(events));
    auto scheduler = std::make_unique<SchedulerHandler>(m_context);
    m_restServices.push_back({ "scheduler", scheduler.get(), &SchedulerHandler::route });
    m_handlers.push_back(std::move(scheduler));
}

RequestDispatcher::~RequestDispatcher() = default;

void RequestDispatcher::handle(const HttpRequest& request, const HttpServer::Responder& respond)
{
    HttpResponse response = answer(request);
    if (m_latencyMs <= 0) {
        respond(std::move(response));
        return;
    }
    QTimer::singleShot(
        m_latencyMs, [respond, response = std::move(response)]() mutable { respond(std::move(response)); });
}

HttpResponse RequestDispatcher::answer(const HttpRequest& request)
{
    const QByteArray requestId = newRequestId();
    const QByteArray target = request.header("x-amz-target");
    const qsizetype dot = target.indexOf('.');
    const bool queryProtocol = target.isEmpty();
    const QByteArray prefix = dot < 0 ? target : target.left(dot);
    const QString operationFromTarget = QString::fromLatin1(dot < 0 ? QByteArray() : target.mid(dot + 1));
    const auto service = m_services.constFind(prefix);
    const bool json10 = service != m_services.cend() && service->json10;
    const bool queryMode = !request.header("x-amzn-query-mode").isEmpty();
    // The query protocol serves several services: the credential scope names the one called
    // (unsigned or unparsable requests are CloudWatch's, and fail its signature check).
    auto queryService = m_queryServices.constEnd();
    QByteArray querySigningName = QByteArrayLiteral("monitoring");
    if (queryProtocol) {
        if (const auto authorization = Api::SigV4::Authorization::parse(request.header("authorization"))) {
            if (m_queryServices.contains(authorization->scope.service))
                querySigningName = authorization->scope.service;
        }
        queryService = m_queryServices.constFind(querySigningName);
    }
    const QueryCodec::Dialect& dialect
        = queryService != m_queryServices.cend() ? *queryService->dialect : QueryCodec::cloudWatch();

    HttpResponse response;
    response.headers.append({ QByteArrayLiteral("x-amzn-RequestId"), requestId });
    response.headers.append({ QByteArrayLiteral("Date"), httpDate() });

    auto fail = [&](const ApiError& error) {
        response.status = error.status;
        if (queryProtocol) {
            response.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/xml") });
            response.body = QueryCodec::errorXml(error, requestId, dialect);
            return response;
        }
        response.headers.append({ QByteArrayLiteral("Content-Type"),
            QByteArray(json10 ? "application/x-amz-json-1.0" : "application/x-amz-json-1.1") });
        if (queryMode) {
            response.headers.append({ QByteArrayLiteral("x-amzn-query-error"),
                error.code.toUtf8() + (error.status >= 500 ? ";Receiver" : ";Sender") });
        }
        const QJsonObject body { { QLatin1String("__type"), error.code }, { QLatin1String("message"), error.message } };
        response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return response;
    };

    if (target.isEmpty()) {
        for (const RestService& rest : m_restServices) {
            if (auto call = rest.route(request.method, request.target))
                return answerRest(request, rest, std::move(*call), std::move(response));
        }
    }
    if (request.method != "POST") {
        return fail({ QStringLiteral("UnknownOperationException"),
            tr("Only POST requests are supported, got %1.").arg(QString::fromLatin1(request.method)), 400 });
    }

    // Signature first: an unauthenticated caller learns nothing about operations.
    QByteArray signingName = service != m_services.cend() ? service->signingName : querySigningName;
    if (service == m_services.cend() && !queryProtocol) {
        // Unknown target: verify against whatever service the caller signed for.
        const auto authorization = Api::SigV4::Authorization::parse(request.header("authorization"));
        signingName = authorization ? authorization->scope.service : QByteArray("ecs");
    }
    if (const auto error = m_verifier.verify(request, signingName, queryProtocol))
        return fail(*error);

    ServiceHandler* handler = nullptr;
    QString operation;
    QJsonObject input;
    if (queryProtocol) {
        const QUrlQuery form(QString::fromUtf8(request.body));
        operation = form.queryItemValue(QStringLiteral("Action"), QUrl::FullyDecoded);
        handler = queryService->handler;
        if (operation.isEmpty() || !handler->hasOperation(operation))
            return fail({ QStringLiteral("InvalidAction"),
                tr("The action %1 is not valid for this web service.").arg(operation), 400 });
        input = QueryCodec::formToJson(request.body, dialect);
    } else {
        if (service == m_services.cend() || !service->handler->hasOperation(operationFromTarget)) {
            return fail({ QStringLiteral("UnknownOperationException"),
                tr("Unknown operation %1.").arg(QString::fromLatin1(target)), 400 });
        }
        handler = service->handler;
        operation = operationFromTarget;
        // ECS's token buckets: a signed call to a known action takes its category's token or is
        // refused before its input is read, as ECS does (Api::EcsRateCategories).
        if (m_throttle && service->handler == m_ecs && !m_throttle->admit(operation))
            return fail({ QStringLiteral("ThrottlingException"), tr("Rate exceeded"), 400 });
        QJsonParseError parseError;
        const QJsonDocument document = request.body.trimmed().isEmpty()
            ? QJsonDocument(QJsonObject())
            : QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            return fail({ QStringLiteral("SerializationException"),
                parseError.error != QJsonParseError::NoError
                    ? tr("Malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                    : tr("The request body must be a JSON object."),
                400 });
        }
        input = document.object();
    }
    // Every field against the service's model before the handler sees it (issue 25 point 9).
    if (const auto invalid = InputValidator::instance().validate(
            queryProtocol ? queryService->validatorKey : prefix, operation, input, queryProtocol))
        return fail(*invalid);

    if (m_faultRate > 0 && QRandomGenerator::global()->generateDouble() < m_faultRate) {
        if (QRandomGenerator::global()->bounded(2) == 0)
            return fail({ QStringLiteral("ThrottlingException"), tr("Rate exceeded"), 400 });
        return fail({ json10 || queryProtocol ? QStringLiteral("InternalFailure") : QStringLiteral("ServerException"),
            tr("Injected fault: the service is unavailable."), 500 });
    }

    QJsonObject output;
    std::optional<QByteArray> raw;
    Store& store = *m_context.store;
    store.begin();
    try {
        if (!queryProtocol)
            raw = handler->handleRaw(operation, input);
        if (!raw)
            output = handler->handle(operation, input);
    } catch (const ApiError& error) {
        store.rollback();
        return fail(error);
    }
    QString storeError;
    if (!store.commit(&storeError))
        return fail({ QStringLiteral("ServerException"), storeError, 500 });

    response.status = 200;
    if (queryProtocol) {
        response.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/xml") });
        response.body = QueryCodec::resultXml(operation, output, requestId, dialect);
    } else {
        response.headers.append({ QByteArrayLiteral("Content-Type"),
            QByteArray(json10 ? "application/x-amz-json-1.0" : "application/x-amz-json-1.1") });
        response.body = raw ? *raw : QJsonDocument(output).toJson(QJsonDocument::Compact);
    }
    return response;
}

HttpResponse RequestDispatcher::answerRest(
    const HttpRequest& request, const RestService& service, RestCall call, HttpResponse response)
{
    // restJson1: the operation comes from the method and path, errors carry x-amzn-ErrorType and
    // {"Message": ...} with the error's own status (404 not found, 409 conflict, ...).
    auto fail = [&](const ApiError& error) {
        response.status = error.status;
        response.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
        response.headers.append({ QByteArrayLiteral("x-amzn-ErrorType"), error.code.toUtf8() });
        response.body
            = QJsonDocument(QJsonObject { { QLatin1String("Message"), error.message } }).toJson(QJsonDocument::Compact);
        return response;
    };
    if (const auto error = m_verifier.verify(request, service.signingName, false))
        return fail(*error);
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject())
            return fail({ QStringLiteral("SerializationException"),
                tr("Malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()), 400 });
        const QJsonObject body = document.object();
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (!call.input.contains(it.key())) // path labels and query parameters win
                call.input.insert(it.key(), it.value());
        }
    }
    if (m_faultRate > 0 && QRandomGenerator::global()->generateDouble() < m_faultRate)
        return fail({ QStringLiteral("ThrottlingException"), tr("Rate exceeded"), 429 });

    QJsonObject output;
    Store& store = *m_context.store;
    store.begin();
    try {
        output = service.handler->handle(call.operation, call.input);
    } catch (const ApiError& error) {
        store.rollback();
        return fail(error);
    }
    QString storeError;
    if (!store.commit(&storeError))
        return fail({ QStringLiteral("InternalServerException"), storeError, 500 });
    response.status = 200;
    response.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
    response.body = QJsonDocument(output).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace EcsDesk::Local
