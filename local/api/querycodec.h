// SPDX-License-Identifier: MIT
#pragma once

#include "local/apierror.h"

#include <QByteArray>
#include <QJsonObject>

namespace EcsDesk::Local::QueryCodec {

/// The AWS query protocol as CloudWatch speaks it: form fields such as
/// `MetricData.member.1.Dimensions.member.2.Name` become nested JSON (values stay strings).
QJsonObject formToJson(const QByteArray& formBody);

/// `<OpResponse xmlns="http://monitoring.amazonaws.com/doc/2010-08-01/"><OpResult>...` with
/// lists as <member> elements and Timestamp(s) written as ISO 8601.
QByteArray resultXml(const QString& operation, const QJsonObject& result, const QByteArray& requestId);
QByteArray errorXml(const ApiError& error, const QByteArray& requestId);

} // namespace EcsDesk::Local::QueryCodec
