// SPDX-License-Identifier: MIT
#pragma once

#include "local/apierror.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace EcsDesk::Local {

/// Checks every field of a request against the service's model (botocore's, trimmed to
/// validation by models/trim-model.py and embedded): a value of the wrong JSON type gives
/// SerializationException, as AWS's deserializer does; a value outside the model's constraints
/// (integer ranges, Java int for `integer` shapes, min/max lengths, enums) or outside ECS's
/// request quotas (RunTask count, containers per task definition, tasks per service, ids per
/// Describe call) gives the service's validation error. Unknown members are ignored, as AWS does;
/// missing required members are left to the handlers, which answer with the service's wording.
/// The models are parsed once, on first use; validate() is const and safe from any thread.
class InputValidator {
public:
    /// The validator for the services the endpoint answers (ECS, CloudWatch Logs, Application
    /// Auto Scaling and CloudWatch's JSON protocol).
    static const InputValidator& instance();

    /// The first error in `input` of `operation` of the service with X-Amz-Target prefix
    /// `targetPrefix`; std::nullopt when it is valid or the service or operation has no model.
    /// `queryProtocol`: the input was decoded from a query-protocol form (CloudWatch), so its
    /// scalars are text that must parse as the model's type, and a wrong one is the service's
    /// validation error (InvalidParameterValue) rather than SerializationException.
    std::optional<ApiError> validate(const QByteArray& targetPrefix, const QString& operation, const QJsonObject& input,
        bool queryProtocol = false) const;

    /// Whether a model for the X-Amz-Target prefix is loaded (for tests).
    bool hasService(const QByteArray& targetPrefix) const { return m_services.contains(targetPrefix); }

    struct Service;
    InputValidator();
    ~InputValidator();
    InputValidator(const InputValidator&) = delete;
    InputValidator& operator=(const InputValidator&) = delete;

private:
    QHash<QByteArray, std::shared_ptr<const Service>> m_services;
};

} // namespace EcsDesk::Local
