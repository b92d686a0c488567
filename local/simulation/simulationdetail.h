// SPDX-License-Identifier: MIT
#pragma once

// Helpers the simulation's parts share (task lifecycle, service scheduler, auto scaling, usage
// recorder): not part of the endpoint's interface.

#include "local/domain/records.h"
#include "local/domain/repository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace EcsDesk::Local::SimulationDetail {

using namespace Qt::Literals::StringLiterals;
inline constexpr qint64 minuteMs = 60'000;
inline const QLatin1String labelCpu("ecsdesk.sim.cpu");
inline const QLatin1String labelMemory("ecsdesk.sim.memory");
inline const QLatin1String labelExitAfter("ecsdesk.sim.exit-after");
inline const QLatin1String labelExitCode("ecsdesk.sim.exit-code");
inline const QLatin1String labelHealth("ecsdesk.sim.health");
inline const QLatin1String labelLogs("ecsdesk.sim.logs-per-minute");

using EcsDesk::Local::lastSegment; // local/domain/repository.h

/// A stable pseudo-random number in [0, 1) from a text and a number.
inline double hashUnit(const QString& text, qint64 salt)
{
    const QByteArray digest
        = QCryptographicHash::hash(QByteArray(text.toUtf8() + QByteArray::number(salt)), QCryptographicHash::Md5);
    quint32 value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | quint8(digest[i]);
    return double(value) / 4294967296.0;
}

/// FNV-1a, cheaper than MD5 for the per-minute noise of thousands of tasks.
inline double fastUnit(const QString& text, qint64 salt)
{
    quint64 h = 1469598103934665603ULL ^ quint64(salt) * 0x9E3779B97F4A7C15ULL;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return double(h >> 11) / 9007199254740992.0;
}

inline QJsonObject labelsOf(const QJsonObject& definition) { return definition.value("dockerLabels"_L1).toObject(); }

inline QJsonObject containerDefinition(const QJsonObject* taskDefinition, const QString& name)
{
    if (!taskDefinition)
        return {};
    for (const QJsonValue& value : taskDefinition->value("containerDefinitions"_L1).toArray()) {
        if (value.toObject().value("name"_L1).toString() == name)
            return value.toObject();
    }
    return {};
}

inline bool isEssential(const QJsonObject& definition) { return definition.value("essential"_L1).toBool(true); }

inline QString clusterNameOfTask(const QString& taskArn)
{
    const qsizetype start = taskArn.indexOf(":task/"_L1);
    if (start < 0)
        return {};
    const qsizetype end = taskArn.lastIndexOf(QLatin1Char('/'));
    return taskArn.mid(start + 6, end - start - 6);
}

inline QString serviceArnFor(const QString& taskArn, const QString& serviceName)
{
    const qsizetype start = taskArn.indexOf(":task/"_L1);
    return taskArn.left(start) + ":service/"_L1 + clusterNameOfTask(taskArn) + QLatin1Char('/') + serviceName;
}

inline double seconds(qint64 ms) { return double(ms) / 1000.0; }

inline const char* const logTemplates[] = {
    "GET /api/items/%1 200 %2ms",
    "GET /health?probe=%1 200 %2ms",
    "POST /api/orders 201 %2ms order=%1",
    "INFO processed batch %1 in %2ms",
    "WARN slow query on table items took %2ms (id %1)",
    "GET /api/users/%1 404 %2ms",
    "INFO cache refreshed: %1 keys in %2ms",
};

/// A stored record's status, typed (nullopt when it is not one ECS knows).
inline std::optional<ServiceStatus> serviceStatus(const QJsonObject& service)
{
    return fromWire<ServiceStatus>(service.value("status"_L1).toString());
}
inline std::optional<ContainerInstanceStatus> instanceStatus(const QJsonObject& instance)
{
    return fromWire<ContainerInstanceStatus>(instance.value("status"_L1).toString());
}

} // namespace EcsDesk::Local::SimulationDetail
