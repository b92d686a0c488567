// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// The rulebook: each rule Amazon ECS enforces on the input of RegisterTaskDefinition (and on the
/// parameters of CreateService, UpdateService and RunTask where they need no stored state) lives
/// here once, with the error code and text ECS answers. The local endpoint rejects with it, the
/// task definition editor shows its findings on the field, `ecsdesk-cli td validate` prints them.
/// Input is the wire form (the JSON the API takes); types are not checked here (the decoders and the
/// editor's validator do that), values of the wrong type are skipped.
namespace EcsDesk::Rules {

/// One broken rule: where (JSON path of the field, e.g. `containerDefinitions[1].portMappings[0].hostPort`;
/// "" for the request as a whole), which rule, ECS's error code and ECS's message.
struct Finding {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path;
    QString rule; ///< stable id, e.g. "awsvpc-host-port"
    QString code; ///< ECS's error code: ClientException or InvalidParameterException
    QString message; ///< ECS's text, in English, as the API answers it
    /// The message's source text (marked for translation in the "EcsDesk::Rules" context) and its
    /// %1.. arguments, so a user interface can show it translated.
    const char* source = nullptr;
    QStringList arguments;

    bool isError() const { return severity == Severity::Error; }
    /// The message in the application's language (ECS's English text without a translator).
    QString translatedMessage() const;
};

QList<Finding> checkRegisterTaskDefinition(const QJsonObject& input);
QList<Finding> checkRunTask(const QJsonObject& input);
QList<Finding> checkCreateService(const QJsonObject& input);
/// `schedulingStrategy`: the stored service's (REPLICA or DAEMON), which the request does not carry.
QList<Finding> checkUpdateService(const QJsonObject& input, const QString& schedulingStrategy = {});

/// The service settings CreateService and UpdateService share (deployment configuration, capacity
/// provider strategy, awsvpc network, placement, load balancers, tags), checked on `service`: the
/// service as it will be after the call, in the wire form (a CreateService input, or the stored
/// service with an UpdateService's changes applied). Its `launchType` and `schedulingStrategy`
/// members, when present, are the context (an update does not carry them).
QList<Finding> checkServiceSettings(const QJsonObject& service);

/// The first error among `findings` (the one the API answers with), if any.
std::optional<Finding> firstRejection(const QList<Finding>& findings);

/// Task CPU in CPU units from "1024", 1024, "1 vCPU" or "0.25 vcpu"; nullopt when unreadable.
std::optional<int> parseCpuUnits(const QJsonValue& value);
/// Task memory in MiB from "2048", 2048, "2 GB" or "512 MiB"; nullopt when unreadable.
std::optional<int> parseMemoryMiB(const QJsonValue& value);
/// The memory sizes (MiB) Fargate accepts for `cpu` units; empty when the CPU size is not a Fargate one.
QList<int> fargateMemoryChoices(int cpu);

/// ECS's quota: at most 10 containers in a task definition.
constexpr int maxContainers = 10;
/// ECS's quota of tasks per service: desiredCount 0..5000 (checked here only, with one text).
constexpr int maxTasksPerService = 5000;

} // namespace EcsDesk::Rules
