// SPDX-License-Identifier: MIT
#pragma once

#include "local/api/querycodec.h"
#include "local/api/servicehandler.h"
#include "local/auth/requestverifier.h"
#include "local/http/httpserver.h"
#include "local/http/requestthrottle.h"

#include <memory>
#include <QHash>

namespace EcsDesk::Local {

class EcsHandler;
struct RestCall;

/// Turns HTTP requests into API calls: finds the service and operation (X-Amz-Target or the
/// query protocol's Action), verifies the signature, parses the input, runs the handler inside
/// a store transaction, and writes the answer or the error in the protocol's form.
class RequestDispatcher {
public:
    RequestDispatcher(EndpointContext context, RequestVerifier verifier);
    ~RequestDispatcher();

    void setLatencyMs(int latencyMs) { m_latencyMs = latencyMs; }
    void setFaultRate(double faultRate) { m_faultRate = faultRate; }
    /// ECS's token buckets per action category (`--throttle ecs`); null turns throttling off.
    void setThrottle(std::unique_ptr<RequestThrottle> throttle) { m_throttle = std::move(throttle); }
    const RequestThrottle* throttle() const { return m_throttle.get(); }

    void handle(const HttpRequest& request, const HttpServer::Responder& respond);
    /// The answer without latency (for tests and in-process callers).
    HttpResponse answer(const HttpRequest& request);

    EcsHandler* ecs() const { return m_ecs; }

private:
    struct RestService; ///< a restJson1 service: its signing name, handler and route table
    HttpResponse answerRest(
        const HttpRequest& request, const RestService& service, RestCall call, HttpResponse response);

    struct Service {
        QByteArray signingName;
        ServiceHandler* handler;
        bool json10 = false;
    };

    EndpointContext m_context;
    RequestVerifier m_verifier;
    std::vector<std::unique_ptr<ServiceHandler>> m_handlers;
    QHash<QByteArray, Service> m_services; // by X-Amz-Target prefix
    std::vector<RestService> m_restServices; // by method and path (requests without X-Amz-Target)
    /// A query-protocol service (form POST with Action=…, XML answers), by SigV4 signing name.
    struct QueryService {
        ServiceHandler* handler;
        const QueryCodec::Dialect* dialect;
        QByteArray validatorKey; ///< the InputValidator's key for the service's model
    };
    QHash<QByteArray, QueryService> m_queryServices;
    EcsHandler* m_ecs = nullptr;
    int m_latencyMs = 0;
    double m_faultRate = 0.0;
    std::unique_ptr<RequestThrottle> m_throttle;
};

} // namespace EcsDesk::Local
