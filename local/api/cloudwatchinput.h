// SPDX-License-Identifier: MIT
#pragma once

#include "local/apierror.h"

#include <QJsonValue>
#include <QString>

#include <optional>

/// How the CloudWatch handler (metrics in cloudwatchhandler.cpp, alarms in alarmsoperations.cpp)
/// reads its inputs: the query protocol sends every value as text, awsJson1_0 typed.
namespace EcsDesk::Local::CloudWatchInput {

/// A number sent as a JSON number or as text; none for anything else.
std::optional<double> numberOf(const QJsonValue& value);
/// Epoch seconds as milliseconds; none outside what a qint64 of milliseconds holds (1e300).
std::optional<qint64> millisecondsOf(double seconds);
/// A timestamp as epoch seconds (number or text) or ISO 8601 (UTC when it names no offset), in
/// milliseconds since the epoch.
std::optional<qint64> timeOf(const QJsonValue& value);

ApiError invalidValue(const QString& message); ///< InvalidParameterValue
ApiError missing(const QString& name); ///< MissingParameter, naming the parameter

} // namespace EcsDesk::Local::CloudWatchInput
