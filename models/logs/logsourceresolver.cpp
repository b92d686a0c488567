// SPDX-License-Identifier: MIT
#include "models/logs/logsourceresolver.h"

#include "api/core/pagetokens.h"

#include <QJsonArray>

#include <memory>

namespace EcsDesk::Models {

LogSourceResolver::LogSourceResolver(const Api::EcsClient* ecs, QObject* parent)
    : QObject(parent)
    , m_ecs(ecs)
{
}

LogSourceResolver::~LogSourceResolver() { cancel(); }

void LogSourceResolver::cancel()
{
    // Later: cancel() may run inside a slot whose receiver is the context. Answers that still
    // arrive for an old context are ignored by the context check in each slot.
    if (m_context)
        m_context->deleteLater();
    m_context = nullptr;
}

Api::AwsReply* LogSourceResolver::track(Api::AwsReply* reply)
{
    // Replies outlive a cancelled resolve only until they finish; they delete themselves then.
    connect(reply, &Api::AwsReply::finished, reply, &QObject::deleteLater);
    return reply;
}

void LogSourceResolver::fail(const Api::AwsError& error)
{
    cancel();
    emit failed(error);
}

void LogSourceResolver::resolve(const QString& cluster, const QString& service, const QStringList& tasks)
{
    cancel();
    m_context = new QObject(this);
    m_cluster = cluster;
    if (!tasks.isEmpty()) {
        describe(tasks);
        return;
    }
    // A service's running tasks (paginated).
    auto arns = std::make_shared<QStringList>();
    auto tokens = std::make_shared<Api::PageTokens>(); // a nextToken seen twice fails instead of looping
    auto page = std::make_shared<std::function<void(const QString&)>>();
    QObject* context = m_context;
    *page = [this, cluster, service, arns, tokens, page, context](const QString& token) {
        QJsonObject input { { QStringLiteral("cluster"), cluster }, { QStringLiteral("serviceName"), service },
            { QStringLiteral("maxResults"), 100 } };
        if (!token.isEmpty())
            input.insert(QStringLiteral("nextToken"), token);
        Api::AwsReply* reply = track(m_ecs->call(QStringLiteral("ListTasks"), input));
        connect(reply, &Api::AwsReply::finished, context, [this, reply, arns, tokens, page, context] {
            if (context != m_context)
                return;
            if (!reply->isOk()) {
                fail(*reply->error());
                return;
            }
            for (const QJsonValue& v : reply->json().value(QLatin1String("taskArns")).toArray())
                arns->append(v.toString());
            const QString next = reply->json().value(QLatin1String("nextToken")).toString();
            if (const auto loop = tokens->next(QStringLiteral("ListTasks"), {}, next)) {
                *page = nullptr; // breaks the self-reference
                fail(*loop);
                return;
            }
            if (!next.isEmpty()) {
                (*page)(next);
                return;
            }
            *page = nullptr; // breaks the self-reference
            describe(*arns);
        });
    };
    (*page)({});
}

void LogSourceResolver::describe(const QStringList& tasks)
{
    if (tasks.isEmpty()) {
        cancel();
        emit finished({});
        return;
    }
    struct State {
        QList<QJsonObject> tasks;
        QHash<QString, QJsonObject> definitions;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    QObject* context = m_context;
    const auto complete = [this, state] {
        QList<LogSource> sources;
        for (const QJsonObject& task : std::as_const(state->tasks)) {
            const QString id = task.value(QLatin1String("taskArn")).toString().section(QLatin1Char('/'), -1);
            sources.append(LogSource::resolve(
                state->definitions.value(task.value(QLatin1String("taskDefinitionArn")).toString()), id));
        }
        cancel();
        emit finished(sources);
    };
    state->pending = int((tasks.size() + 99) / 100);
    for (qsizetype i = 0; i < tasks.size(); i += 100) {
        Api::AwsReply* reply = track(m_ecs->describeTasks(m_cluster, tasks.mid(i, 100)));
        connect(reply, &Api::AwsReply::finished, context, [this, reply, state, context, complete] {
            if (context != m_context)
                return;
            if (!reply->isOk()) {
                fail(*reply->error());
                return;
            }
            for (const QJsonValue& t : reply->json().value(QLatin1String("tasks")).toArray()) {
                const QJsonObject task = t.toObject();
                state->tasks.append(task);
                const QString definition = task.value(QLatin1String("taskDefinitionArn")).toString();
                if (state->definitions.contains(definition))
                    continue;
                state->definitions.insert(definition, {});
                ++state->pending;
                Api::AwsReply* td = track(m_ecs->describeTaskDefinition(definition));
                connect(td, &Api::AwsReply::finished, context, [this, td, state, definition, complete, context] {
                    if (context != m_context)
                        return;
                    if (!td->isOk()) {
                        fail(*td->error());
                        return;
                    }
                    state->definitions.insert(definition, td->json().value(QLatin1String("taskDefinition")).toObject());
                    if (--state->pending == 0)
                        complete();
                });
            }
            if (--state->pending == 0)
                complete();
        });
    }
}

} // namespace EcsDesk::Models
