// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace EcsDesk::Models {

/// One finding about a task definition: where (a JSON path such as
/// `containerDefinitions[1].memoryReservation`), how bad, which rule and what to do about it.
struct ValidationIssue {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString path; ///< JSON path of the value concerned ("" for the definition as a whole)
    QString rule; ///< stable rule id, e.g. "memory-reservation-exceeds-memory"
    QString message; ///< translated, for a person

    bool isError() const { return severity == Severity::Error; }
    /// "error" / "warning" (not translated: CLI output that scripts match).
    QString severityName() const;
    /// "path: severity: message", as the CLI prints it.
    QString toString() const;
    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

/// Checks a task definition (RegisterTaskDefinition input shape) the way ECS would before
/// registering it, plus mistakes ECS only reveals when tasks start: structure and types, required
/// fields, names, memory and CPU sizing, Fargate sizes, ports per network mode, references
/// between containers and volumes, ARNs, image references, log, health check and ulimit settings.
/// Errors block registering; warnings do not. Template values (`{{ ... }}`, `${...}`, `$$$X$$$`)
/// are reported as warnings, never as errors.
///
/// The rules Amazon ECS enforces on RegisterTaskDefinition come from the rulebook
/// (`rules/ecsrules.h`, the same rules the local endpoint rejects with), with ECS's text translated;
/// the checks made here besides are advisory or about what ECS only reveals when tasks start.
class TaskDefinitionValidator {
    Q_DECLARE_TR_FUNCTIONS(TaskDefinitionValidator)
public:
    /// ECS's quotas (Amazon ECS service quotas): a task definition is at most 64 KiB as JSON and
    /// holds at most 10 containers. Larger ones are errors (definition-too-large, too-many-containers).
    static constexpr qsizetype maxDefinitionBytes = 64 * 1024;
    static constexpr int maxContainers = 10; // Rules::maxContainers: the rulebook enforces it
    /// Files larger than this are refused unread by `ecsdesk-cli td`: 64 times ECS's limit leaves
    /// room for indentation and DescribeTaskDefinition's extra fields, and reading stays quick.
    static constexpr qint64 maxFileBytes = 64 * maxDefinitionBytes;

    /// Runs in time linear in the definition's size (tens of thousands of environment variables
    /// included).
    static QList<ValidationIssue> validate(const QJsonObject& definition);
    /// The definition-too-large error for `bytes` of JSON.
    static ValidationIssue tooLargeIssue(qint64 bytes);
    static bool hasErrors(const QList<ValidationIssue>& issues);

    /// Task CPU in CPU units from "1024", 1024, "1 vCPU" or "0.25 vcpu"; nullopt when unreadable.
    static std::optional<int> parseCpuUnits(const QJsonValue& value);
    /// Task memory in MiB from "2048", 2048, "2 GB" or "512 MiB"; nullopt when unreadable.
    static std::optional<int> parseMemoryMiB(const QJsonValue& value);
    /// The memory sizes (MiB) Fargate accepts for `cpu` units; empty when the CPU size is invalid.
    static QList<int> fargateMemoryChoices(int cpu);
    /// True when `text` holds a template placeholder: `{{ ... }}`, `${...}` or `$$$X$$$`.
    static bool isTemplate(const QString& text);
    /// True for a well-formed image reference: [registry[:port]/]name[:tag][@digest].
    static bool isValidImageReference(const QString& image);
};

} // namespace EcsDesk::Models
