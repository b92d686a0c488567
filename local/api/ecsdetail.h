// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the ECS handler files (ecsclusters.cpp, ecstaskdefinitions.cpp, ecstasks.cpp,
// ecsservices.cpp, ecscontainerinstances.cpp, ecsaccount.cpp). Internal to local/api.

#include "local/apierror.h"
#include "local/domain/repository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QUuid>

namespace EcsDesk::Local::EcsDetail {

using EcsDesk::Local::forRange;
using EcsDesk::Local::lastSegment;

/// The ECS handlers' texts share one translation context (as before the split into files).
inline QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::EcsHandler", text); }

inline ApiError clusterNotFound()
{
    return { QStringLiteral("ClusterNotFoundException"), tr("Cluster not found."), 400 };
}
inline ApiError serviceNotFound()
{
    return { QStringLiteral("ServiceNotFoundException"), tr("Service not found."), 400 };
}

inline QString newId() { return QUuid::createUuid().toString(QUuid::Id128); }

/// Cluster, service, family and container names: 1-255 letters, digits, '_' and '-'.
inline bool isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]{1,255}$"));
    return pattern.match(name).hasMatch();
}

} // namespace EcsDesk::Local::EcsDetail
