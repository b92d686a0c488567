// SPDX-License-Identifier: MIT
#pragma once

#include "api/core/awstransport.h"
#include "common/testutil.h"

#include <QJsonObject>

namespace EcsDesk::Testing {

/// Waits for a reply and takes it: the answer or its typed error. The reply is deleted.
inline Api::Outcome<Api::AwsReply*> await(Api::AwsReply* reply, int timeoutMs = 60000)
{
    const bool done = waitFor([reply] { return reply->isFinished(); }, timeoutMs);
    reply->deleteLater();
    if (!done)
        return Api::Outcome<Api::AwsReply*>::failure(
            Api::AwsError::make(Api::AwsError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("hung")));
    if (!reply->isOk())
        return Api::Outcome<Api::AwsReply*>::failure(*reply->error());
    return Api::Outcome<Api::AwsReply*>::success(reply);
}

/// await() for JSON answers.
inline Api::Outcome<QJsonObject> awaitJson(Api::AwsReply* reply, int timeoutMs = 60000)
{
    const auto outcome = await(reply, timeoutMs);
    if (!outcome.ok())
        return Api::Outcome<QJsonObject>::failure(*outcome.error);
    return Api::Outcome<QJsonObject>::success(outcome.value->json());
}

inline std::string describe(const std::optional<Api::AwsError>& error)
{
    return error ? error->toString().toStdString() : std::string("no error");
}

} // namespace EcsDesk::Testing
