// SPDX-License-Identifier: MIT
#include "rules/ecsrules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// Where the texts come from: ECS's answers as recorded in public bug reports and tool logs
// ("When networkMode=awsvpc, ...", "Fargate requires task definition to have execution role ARN
// ...", "No Fargate configuration exists for given values: 1024 CPU, 1024 memory. ...", "Too many
// containers.", "The sum of all container 'memoryReservation' values ...", "Invalid setting for
// container '%1'. At least one of ...", "Invalid 'cpu' setting for task.", "The daemon scheduling
// strategy does not support placement strategies. ..."), or the texts the endpoint already
// answered with. Rules marked "(wording ours)" have no public record of ECS's exact text; their
// wording follows the recorded ones.

namespace EcsDesk::Rules {

QString Finding::translatedMessage() const
{
    if (!source)
        return message;
    QString text = QCoreApplication::translate("EcsDesk::Rules", source);
    for (const QString& argument : arguments)
        text = text.arg(argument);
    return text;
}

namespace {

    constexpr auto kClient = "ClientException"_L1;
    constexpr auto kInvalidParameter = "InvalidParameterException"_L1;

    class Findings {
    public:
        void add(const QString& path, const char* rule, QLatin1String code, const char* source,
            const QStringList& arguments = {})
        {
            Finding finding;
            finding.path = path;
            finding.rule = QLatin1String(rule);
            finding.code = code;
            finding.source = source;
            finding.arguments = arguments;
            QString text = QString::fromLatin1(source);
            for (const QString& argument : arguments)
                text = text.arg(argument);
            finding.message = text;
            m_list.append(finding);
        }
        QList<Finding> take() { return std::move(m_list); }

    private:
        QList<Finding> m_list;
    };

    QString containerPath(qsizetype index) { return u"containerDefinitions["_s + QString::number(index) + u']'; }

    bool isWholeNumber(const QJsonValue& value)
    {
        if (!value.isDouble())
            return false;
        const double d = value.toDouble();
        return d > -9.0e15 && d < 9.0e15 && d == std::trunc(d);
    }

    const QRegularExpression& namePattern()
    {
        static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,255}$"_s);
        return pattern;
    }

    std::optional<double> leadingNumber(const QString& text, QString* unit)
    {
        static const QRegularExpression pattern(u"^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)\\s*$"_s);
        const QRegularExpressionMatch match = pattern.match(text);
        if (!match.hasMatch())
            return std::nullopt;
        *unit = match.captured(2).toLower();
        return match.captured(1).toDouble();
    }

    // A size from a whole number, or from text with a unit: `scaled` lists the units worth 1024 of
    // the base unit, `plain` the units equal to it. Sizes beyond any real task (over a million
    // vCPUs or GiB) count as unreadable rather than overflowing.
    std::optional<int> parseSize(const QJsonValue& value, std::initializer_list<QLatin1String> plain,
        std::initializer_list<QLatin1String> scaled)
    {
        constexpr double limit = 1024.0 * 1.0e6;
        double result = 0;
        if (isWholeNumber(value)) {
            result = value.toDouble();
        } else if (value.isString()) {
            QString unit;
            const auto number = leadingNumber(value.toString(), &unit);
            if (!number)
                return std::nullopt;
            if (unit.isEmpty() || std::find(plain.begin(), plain.end(), unit) != plain.end())
                result = *number == std::trunc(*number) ? *number : 0;
            else if (std::find(scaled.begin(), scaled.end(), unit) != scaled.end())
                result = std::round(*number * 1024);
            else
                return std::nullopt;
        }
        if (result < 1 || result > limit)
            return std::nullopt;
        return int(result);
    }

    bool present(const QJsonValue& value)
    {
        return !value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().isEmpty());
    }

    void checkPortMappings(Findings& findings, const QJsonObject& container, const QString& path, const QString& mode)
    {
        if (mode != "awsvpc"_L1 && mode != "host"_L1)
            return;
        const QJsonArray mappings = container.value("portMappings"_L1).toArray();
        for (qsizetype i = 0; i < mappings.size(); ++i) {
            const QJsonObject mapping = mappings.at(i).toObject();
            const QJsonValue containerPort = mapping.value("containerPort"_L1);
            const QJsonValue hostPort = mapping.value("hostPort"_L1);
            if (!isWholeNumber(containerPort) || !isWholeNumber(hostPort)
                || hostPort.toInteger() == containerPort.toInteger())
                continue;
            const QString where = path + u".portMappings["_s + QString::number(i) + u"].hostPort"_s;
            if (mode == "awsvpc"_L1)
                findings.add(where, "host-port-mode", kClient,
                    QT_TRANSLATE_NOOP("EcsDesk::Rules",
                        "When networkMode=awsvpc, the host ports and container ports in port mappings must match."));
            else
                findings.add(where, "host-port-mode", kClient,
                    QT_TRANSLATE_NOOP("EcsDesk::Rules",
                        "When networkMode=host, the host ports and container ports in port mappings must match."));
        }
    }

} // namespace

QList<Finding> checkRegisterTaskDefinition(const QJsonObject& input)
{
    Findings findings;
    const QJsonValue family = input.value("family"_L1);
    if (family.isString() && !family.toString().isEmpty() && !namePattern().match(family.toString()).hasMatch())
        findings.add(u"family"_s, "family-format", kClient,
            QT_TRANSLATE_NOOP("EcsDesk::Rules",
                "Family contains invalid characters: up to 255 letters (uppercase and lowercase), numbers, hyphens, "
                "and underscores are allowed."));

    const QJsonValue containersValue = input.value("containerDefinitions"_L1);
    const QJsonArray containers = containersValue.toArray();
    if (containersValue.isArray() && containers.isEmpty())
        findings.add(u"containerDefinitions"_s, "containers-required", kClient,
            QT_TRANSLATE_NOOP("EcsDesk::Rules", "Container list cannot be empty."));
    if (containers.size() > maxContainers)
        findings.add(u"containerDefinitions"_s, "too-many-containers", kClient,
            QT_TRANSLATE_NOOP("EcsDesk::Rules", "Too many containers."));

    const QStringList compatibilities = [&] {
        QStringList list;
        for (const QJsonValue& v : input.value("requiresCompatibilities"_L1).toArray())
            list.append(v.toString());
        return list;
    }();
    const bool fargate = compatibilities.contains("FARGATE"_L1);
    const QString networkMode = input.value("networkMode"_L1).toString();
    const QJsonValue taskCpuValue = input.value("cpu"_L1);
    const QJsonValue taskMemoryValue = input.value("memory"_L1);
    const bool hasTaskMemory = present(taskMemoryValue);

    // The task size, when given, must be readable (ECS answers InvalidParameterException).
    const std::optional<int> taskCpu = parseCpuUnits(taskCpuValue);
    const std::optional<int> taskMemory = parseMemoryMiB(taskMemoryValue);
    if (present(taskCpuValue) && !taskCpu)
        findings.add(u"cpu"_s, "task-cpu-invalid", kInvalidParameter,
            QT_TRANSLATE_NOOP("EcsDesk::Rules", "Invalid 'cpu' setting for task."));
    if (hasTaskMemory && !taskMemory)
        findings.add(u"memory"_s, "task-memory-invalid", kInvalidParameter,
            QT_TRANSLATE_NOOP("EcsDesk::Rules", "Invalid 'memory' setting for task.")); // (wording ours)

    QSet<QString> names;
    qint64 cpuSum = 0;
    qint64 reservationSum = 0;
    for (qsizetype i = 0; i < containers.size(); ++i) {
        if (!containers.at(i).isObject())
            continue;
        const QJsonObject container = containers.at(i).toObject();
        const QString path = containerPath(i);
        const QJsonValue nameValue = container.value("name"_L1);
        const QString name = nameValue.toString();
        if (!nameValue.isString() || name.isEmpty() || !namePattern().match(name).hasMatch()) {
            if (nameValue.isUndefined() || nameValue.isString())
                findings.add(path + u".name"_s, name.isEmpty() ? "container-name-required" : "container-name-format",
                    kClient,
                    QT_TRANSLATE_NOOP("EcsDesk::Rules",
                        "Container.name should not be null or empty and may only contain letters, numbers, hyphens "
                        "and underscores."));
        } else if (names.contains(name)) {
            findings.add(path + u".name"_s, "container-name-duplicate", kClient,
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "Duplicate container name '%1'."), { name });
        }
        names.insert(name);

        const QJsonValue image = container.value("image"_L1);
        if (image.isUndefined() || (image.isString() && image.toString().isEmpty()))
            findings.add(path + u".image"_s, "container-image-required", kClient,
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "Container.image should not be null or empty."));

        const QJsonValue memory = container.value("memory"_L1);
        const QJsonValue reservation = container.value("memoryReservation"_L1);
        if (!hasTaskMemory && memory.isUndefined() && reservation.isUndefined())
            findings.add(path + u".memory"_s, "container-memory-required", kClient,
                QT_TRANSLATE_NOOP("EcsDesk::Rules",
                    "Invalid setting for container '%1'. At least one of 'memory' or 'memoryReservation' must be "
                    "specified."),
                { name });
        if (isWholeNumber(memory) && isWholeNumber(reservation) && reservation.toInteger() > memory.toInteger())
            findings.add(path + u".memoryReservation"_s, "memory-reservation-exceeds-memory", kClient,
                // (wording ours)
                QT_TRANSLATE_NOOP("EcsDesk::Rules",
                    "Invalid setting for container '%1'. 'memory' must be greater than or equal to "
                    "'memoryReservation'."),
                { name });
        cpuSum += isWholeNumber(container.value("cpu"_L1)) ? container.value("cpu"_L1).toInteger() : 0;
        const qint64 reserved = isWholeNumber(reservation) && reservation.toInteger() > 0 ? reservation.toInteger()
            : isWholeNumber(memory)                                                       ? memory.toInteger()
                                                                                          : 0;
        reservationSum += reserved;

        checkPortMappings(findings, container, path, networkMode.isEmpty() && fargate ? u"awsvpc"_s : networkMode);

        const QJsonObject log = container.value("logConfiguration"_L1).toObject();
        if (fargate && log.value("logDriver"_L1).toString() == "awslogs"_L1
            && !present(input.value("executionRoleArn"_L1)))
            findings.add(path + u".logConfiguration.logDriver"_s, "fargate-awslogs-execution-role", kClient,
                QT_TRANSLATE_NOOP("EcsDesk::Rules",
                    "Fargate requires task definition to have execution role ARN to support log driver awslogs."));
    }

    if (taskCpu && cpuSum > *taskCpu)
        findings.add(u"containerDefinitions"_s, "container-cpu-sum", kClient,
            // (wording ours)
            QT_TRANSLATE_NOOP("EcsDesk::Rules",
                "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'."));
    if (taskMemory && reservationSum > *taskMemory)
        findings.add(u"containerDefinitions"_s, "container-memory-sum", kClient,
            QT_TRANSLATE_NOOP("EcsDesk::Rules",
                "The sum of all container 'memoryReservation' values cannot be greater than the value of the task "
                "'memory'."));

    const QJsonObject proxy = input.value("proxyConfiguration"_L1).toObject();
    if (proxy.value("containerName"_L1).isString() && !names.contains(proxy.value("containerName"_L1).toString()))
        findings.add(u"proxyConfiguration.containerName"_s, "unknown-container", kClient,
            // (wording ours)
            QT_TRANSLATE_NOOP("EcsDesk::Rules",
                "The container name '%1' in the proxy configuration does not match any container in the task "
                "definition."),
            { proxy.value("containerName"_L1).toString() });

    if (fargate) {
        if (networkMode != "awsvpc"_L1)
            findings.add(u"networkMode"_s, "fargate-network-mode", kClient,
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "Fargate only supports network mode 'awsvpc'."));
        if (!present(taskCpuValue))
            findings.add(u"cpu"_s, "fargate-size-required", kClient,
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "Fargate requires that 'cpu' be defined at the task level."));
        if (!hasTaskMemory)
            findings.add(u"memory"_s, "fargate-size-required", kClient,
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "Fargate requires that 'memory' be defined at the task level."));
        if (taskCpu && taskMemory) {
            const QList<int> choices = fargateMemoryChoices(*taskCpu);
            if (!choices.contains(*taskMemory))
                findings.add(choices.isEmpty() ? u"cpu"_s : u"memory"_s,
                    choices.isEmpty() ? "fargate-cpu" : "fargate-memory", kClient,
                    QT_TRANSLATE_NOOP("EcsDesk::Rules",
                        "No Fargate configuration exists for given values: %1 CPU, %2 memory. See the Amazon ECS "
                        "documentation for the valid values."),
                    { QString::number(*taskCpu), QString::number(*taskMemory) });
        }
    }
    return findings.take();
}

QList<Finding> checkRunTask(const QJsonObject& input)
{
    Findings findings;
    const QJsonValue count = input.value("count"_L1);
    if (isWholeNumber(count) && (count.toInteger() < 1 || count.toInteger() > 10))
        findings.add(u"count"_s, "run-task-count", kInvalidParameter,
            QT_TRANSLATE_NOOP("EcsDesk::Rules", "Count must be between 1 and 10."));
    return findings.take();
}

namespace {
    void checkDesiredCount(Findings& findings, const QJsonObject& input, const QString& scheduling)
    {
        const QJsonValue desired = input.value("desiredCount"_L1);
        if (!isWholeNumber(desired))
            return;
        if (scheduling == "DAEMON"_L1)
            findings.add(u"desiredCount"_s, "daemon-desired-count", kInvalidParameter,
                QT_TRANSLATE_NOOP(
                    "EcsDesk::Rules", "The daemon scheduling strategy does not support a desired count for services."));
        else if (desired.toInteger() < 0)
            findings.add(u"desiredCount"_s, "desired-count-negative", kInvalidParameter,
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "Invalid desiredCount: must be at least 0."));
        else if (desired.toInteger() > maxTasksPerService)
            findings.add(u"desiredCount"_s, "desired-count-quota", kInvalidParameter,
                // (wording ours: the quota of tasks per service)
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "Invalid desiredCount: must be at most %1 (tasks per service)."),
                { QString::number(maxTasksPerService) });
    }

    void checkDaemonPlacement(Findings& findings, const QJsonObject& input, const QString& scheduling)
    {
        if (scheduling == "DAEMON"_L1 && !input.value("placementStrategy"_L1).toArray().isEmpty())
            findings.add(u"placementStrategy"_s, "daemon-placement-strategy", kInvalidParameter,
                QT_TRANSLATE_NOOP("EcsDesk::Rules",
                    "The daemon scheduling strategy does not support placement strategies. Remove the placement "
                    "strategy and try again"));
    }
} // namespace

QList<Finding> checkCreateService(const QJsonObject& input)
{
    Findings findings;
    const QString scheduling = input.value("schedulingStrategy"_L1).toString();
    checkDesiredCount(findings, input, scheduling);
    checkDaemonPlacement(findings, input, scheduling);
    if (scheduling == "DAEMON"_L1 && input.value("launchType"_L1).toString() == "FARGATE"_L1)
        findings.add(u"launchType"_s, "daemon-fargate", kInvalidParameter,
            // (wording ours)
            QT_TRANSLATE_NOOP(
                "EcsDesk::Rules", "The daemon scheduling strategy does not support the FARGATE launch type."));
    return findings.take();
}

QList<Finding> checkUpdateService(const QJsonObject& input, const QString& schedulingStrategy)
{
    Findings findings;
    checkDesiredCount(findings, input, schedulingStrategy);
    checkDaemonPlacement(findings, input, schedulingStrategy);
    return findings.take();
}

std::optional<Finding> firstRejection(const QList<Finding>& findings)
{
    for (const Finding& finding : findings) {
        if (finding.isError())
            return finding;
    }
    return std::nullopt;
}

std::optional<int> parseCpuUnits(const QJsonValue& value) { return parseSize(value, {}, { "vcpu"_L1, "vcpus"_L1 }); }

std::optional<int> parseMemoryMiB(const QJsonValue& value)
{
    return parseSize(value, { "mib"_L1, "mb"_L1 }, { "gb"_L1, "gib"_L1 });
}

QList<int> fargateMemoryChoices(int cpu)
{
    auto range = [](int from, int to, int step) {
        QList<int> list;
        for (int m = from; m <= to; m += step)
            list.append(m);
        return list;
    };
    switch (cpu) {
    case 256:
        return { 512, 1024, 2048 };
    case 512:
        return range(1024, 4096, 1024);
    case 1024:
        return range(2048, 8192, 1024);
    case 2048:
        return range(4096, 16384, 1024);
    case 4096:
        return range(8192, 30720, 1024);
    case 8192:
        return range(16384, 61440, 4096);
    case 16384:
        return range(32768, 122880, 8192);
    default:
        return {};
    }
}

} // namespace EcsDesk::Rules
