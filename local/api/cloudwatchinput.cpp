// SPDX-License-Identifier: MIT
#include "local/api/cloudwatchinput.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace EcsDesk::Local::CloudWatchInput {

std::optional<double> numberOf(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<qint64> millisecondsOf(double seconds)
{
    if (!(std::abs(seconds) < 9.0e15))
        return std::nullopt;
    return qint64(seconds * 1000);
}

std::optional<qint64> timeOf(const QJsonValue& value)
{
    if (value.isDouble())
        return millisecondsOf(value.toDouble());
    if (!value.isString())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (parsed.isValid()) {
        if (parsed.timeSpec() == Qt::LocalTime)
            parsed.setTimeSpec(Qt::UTC);
        return parsed.toMSecsSinceEpoch();
    }
    if (const auto number = numberOf(value))
        return millisecondsOf(*number);
    return std::nullopt;
}

ApiError invalidValue(const QString& message) { return { QStringLiteral("InvalidParameterValue"), message, 400 }; }

ApiError missing(const QString& name)
{
    return { QStringLiteral("MissingParameter"),
        QCoreApplication::translate("EcsDesk::Local::CloudWatchHandler", "The parameter %1 is required.").arg(name),
        400 };
}

} // namespace EcsDesk::Local::CloudWatchInput
