// SPDX-License-Identifier: MIT
#pragma once

#include "local/apierror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace EcsDesk::Local {

class Clock;
class Store;

/// What every API handler needs: the store, the clock and the account it answers for.
struct EndpointContext {
    Store* store = nullptr;
    const Clock* clock = nullptr;
    QString region;
    QString accountId;

    QString principalArn() const { return QLatin1String("arn:aws:iam::") + accountId + QLatin1String(":root"); }
};

/// One AWS service's operations. handle() throws ApiError for client errors; the dispatcher wraps
/// each call in a store transaction, so a throw leaves nothing half-written.
class ServiceHandler {
public:
    explicit ServiceHandler(EndpointContext context)
        : m_context(std::move(context))
    {
    }
    virtual ~ServiceHandler() = default;

    virtual bool hasOperation(const QString& operation) const = 0;
    virtual QJsonObject handle(const QString& operation, const QJsonObject& input) = 0;
    /// A fast path for hot read operations: the complete JSON answer, spliced from the store's
    /// cached record JSON; std::nullopt to use handle().
    virtual std::optional<QByteArray> handleRaw(const QString& operation, const QJsonObject& input)
    {
        Q_UNUSED(operation);
        Q_UNUSED(input);
        return std::nullopt;
    }

protected:
    EndpointContext m_context;
};

/// Helpers that read request fields with AWS's type and range errors.
namespace Input {
    QString string(const QJsonObject& in, QLatin1String key);
    QString requiredString(const QJsonObject& in, QLatin1String key);
    std::optional<qint64> integer(const QJsonObject& in, QLatin1String key);
    std::optional<double> number(const QJsonObject& in, QLatin1String key);
    std::optional<bool> boolean(const QJsonObject& in, QLatin1String key);
    QJsonArray array(const QJsonObject& in, QLatin1String key);
    QJsonObject object(const QJsonObject& in, QLatin1String key);
    QStringList stringList(const QJsonObject& in, QLatin1String key);
    /// Checks `value` is one of `allowed`; InvalidParameterException naming the field otherwise.
    void requireOneOf(const QString& value, QLatin1String field, const QStringList& allowed);

    /// maxResults and nextToken of a List* call. `after` is the decoded key to continue after.
    struct Page {
        int maxResults = 100;
        QString after;
    };
    Page page(const QJsonObject& in, int defaultMax, int limit, QLatin1String maxField = QLatin1String("maxResults"),
        QLatin1String tokenField = QLatin1String("nextToken"));
    QString encodeToken(const QString& key);
} // namespace Input

} // namespace EcsDesk::Local
