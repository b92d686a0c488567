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

namespace {
    constexpr int maxSubnets = 16;
    constexpr int maxSecurityGroups = 5;
    constexpr int maxPlacementConstraints = 10;
    constexpr int maxPlacementStrategies = 5;
    constexpr int maxTags = 50;

    void checkDeploymentConfiguration(Findings& findings, const QJsonObject& service, const QString& scheduling)
    {
        const QJsonObject configuration = service.value("deploymentConfiguration"_L1).toObject();
        const QJsonValue maximum = configuration.value("maximumPercent"_L1);
        const QJsonValue minimum = configuration.value("minimumHealthyPercent"_L1);
        if (scheduling == "DAEMON"_L1 && isWholeNumber(maximum) && maximum.toInteger() > 100)
            findings.add(u"deploymentConfiguration.maximumPercent"_s, "daemon-maximum-percent", kInvalidParameter,
                QT_TRANSLATE_NOOP("EcsDesk::Rules",
                    "The daemon scheduling strategy does not support values above 100 for maximumPercent on a "
                    "deployment configuration. Change the maximumPercent value to 100, and try again"));
        if (isWholeNumber(minimum) && (minimum.toInteger() < 0 || minimum.toInteger() > 100))
            findings.add(u"deploymentConfiguration.minimumHealthyPercent"_s, "minimum-healthy-percent-range",
                kInvalidParameter,
                // (wording ours)
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "minimumHealthyPercent must be between 0 and 100."));
        if (isWholeNumber(maximum) && isWholeNumber(minimum) && maximum.toInteger() < minimum.toInteger())
            findings.add(u"deploymentConfiguration.maximumPercent"_s, "maximum-below-minimum-percent",
                kInvalidParameter,
                // (wording ours)
                QT_TRANSLATE_NOOP(
                    "EcsDesk::Rules", "maximumPercent must be greater than or equal to minimumHealthyPercent."));
        const QJsonObject alarms = configuration.value("alarms"_L1).toObject();
        if (alarms.value("enable"_L1).toBool() && alarms.value("alarmNames"_L1).toArray().isEmpty())
            findings.add(u"deploymentConfiguration.alarms.alarmNames"_s, "deployment-alarms-names", kInvalidParameter,
                // (wording ours)
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "At least one alarm name is required when alarms are enabled."));
    }

    void checkCapacityProviderStrategy(
        Findings& findings, const QJsonObject& service, const QString& launchType, const QString& scheduling)
    {
        const QJsonArray strategy = service.value("capacityProviderStrategy"_L1).toArray();
        if (strategy.isEmpty())
            return;
        if (!launchType.isEmpty())
            findings.add(u"capacityProviderStrategy"_s, "launch-type-and-capacity-provider", kInvalidParameter,
                QT_TRANSLATE_NOOP("EcsDesk::Rules",
                    "Specifying both a launch type and capacity provider strategy is not supported. Remove one and "
                    "try again."));
        if (scheduling == "DAEMON"_L1)
            findings.add(u"capacityProviderStrategy"_s, "daemon-capacity-provider", kInvalidParameter,
                QT_TRANSLATE_NOOP("EcsDesk::Rules",
                    "Specifying a capacity provider strategy is not supported when you create a service using the "
                    "DAEMON scheduling strategy."));
        int withBase = 0;
        for (qsizetype i = 0; i < strategy.size(); ++i) {
            const QJsonObject item = strategy.at(i).toObject();
            const QString path = u"capacityProviderStrategy["_s + QString::number(i) + u']';
            const QJsonValue weight = item.value("weight"_L1);
            const QJsonValue base = item.value("base"_L1);
            if (isWholeNumber(weight) && (weight.toInteger() < 0 || weight.toInteger() > 1000))
                findings.add(path + u".weight"_s, "capacity-provider-weight", kInvalidParameter,
                    // (wording ours; the API reference's range)
                    QT_TRANSLATE_NOOP("EcsDesk::Rules", "The weight must be between 0 and 1000."));
            if (isWholeNumber(base) && (base.toInteger() < 0 || base.toInteger() > 100000))
                findings.add(path + u".base"_s, "capacity-provider-base", kInvalidParameter,
                    // (wording ours; the API reference's range)
                    QT_TRANSLATE_NOOP("EcsDesk::Rules", "The base must be between 0 and 100000."));
            if (isWholeNumber(base) && base.toInteger() > 0 && ++withBase == 2)
                findings.add(path + u".base"_s, "capacity-provider-one-base", kInvalidParameter,
                    // (wording ours; the API reference: only one capacity provider can have a base defined)
                    QT_TRANSLATE_NOOP(
                        "EcsDesk::Rules", "Only one capacity provider in a strategy can have a base defined."));
        }
    }

    void checkNetwork(Findings& findings, const QJsonObject& service, const QString& launchType)
    {
        const QJsonObject awsvpc
            = service.value("networkConfiguration"_L1).toObject().value("awsvpcConfiguration"_L1).toObject();
        const QString prefix = u"networkConfiguration.awsvpcConfiguration."_s;
        if (awsvpc.value("assignPublicIp"_L1).toString() == "ENABLED"_L1
            && (launchType == "EC2"_L1 || launchType == "EXTERNAL"_L1))
            findings.add(prefix + u"assignPublicIp"_s, "assign-public-ip-launch-type", kInvalidParameter,
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "Assign public IP is not supported for this launch type."));
        if (awsvpc.value("subnets"_L1).toArray().size() > maxSubnets)
            findings.add(prefix + u"subnets"_s, "awsvpc-subnets-quota", kInvalidParameter,
                // (wording ours; the API reference's quota)
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "At most %1 subnets can be specified."),
                { QString::number(maxSubnets) });
        if (awsvpc.value("securityGroups"_L1).toArray().size() > maxSecurityGroups)
            findings.add(prefix + u"securityGroups"_s, "awsvpc-security-groups-quota", kInvalidParameter,
                // (wording ours; the API reference's quota)
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "At most %1 security groups can be specified."),
                { QString::number(maxSecurityGroups) });
        if (launchType == "EC2"_L1 && !service.value("platformVersion"_L1).toString().isEmpty())
            findings.add(u"platformVersion"_s, "platform-version-ec2", kInvalidParameter,
                // (wording ours)
                QT_TRANSLATE_NOOP(
                    "EcsDesk::Rules", "The platform version must be null when specifying an EC2 launch type."));
    }

    void checkPlacement(Findings& findings, const QJsonObject& service)
    {
        const QJsonArray constraints = service.value("placementConstraints"_L1).toArray();
        if (constraints.size() > maxPlacementConstraints)
            findings.add(u"placementConstraints"_s, "placement-constraints-quota", kInvalidParameter,
                // (wording ours; the developer guide's quota)
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "At most %1 placement constraints can be specified."),
                { QString::number(maxPlacementConstraints) });
        for (qsizetype i = 0; i < constraints.size(); ++i) {
            const QJsonObject constraint = constraints.at(i).toObject();
            const QString path = u"placementConstraints["_s + QString::number(i) + u']';
            const QString type = constraint.value("type"_L1).toString();
            const bool hasExpression = !constraint.value("expression"_L1).toString().isEmpty();
            if (type == "memberOf"_L1 && !hasExpression)
                findings.add(path + u".expression"_s, "member-of-expression", kInvalidParameter,
                    // (wording ours)
                    QT_TRANSLATE_NOOP("EcsDesk::Rules", "A memberOf placement constraint requires an expression."));
            else if (type == "distinctInstance"_L1 && hasExpression)
                findings.add(path + u".expression"_s, "distinct-instance-expression", kInvalidParameter,
                    // (wording ours)
                    QT_TRANSLATE_NOOP(
                        "EcsDesk::Rules", "A distinctInstance placement constraint does not take an expression."));
        }
        const QJsonArray strategy = service.value("placementStrategy"_L1).toArray();
        if (strategy.size() > maxPlacementStrategies)
            findings.add(u"placementStrategy"_s, "placement-strategy-quota", kInvalidParameter,
                // (wording ours; the developer guide's quota)
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "At most %1 placement strategies can be specified."),
                { QString::number(maxPlacementStrategies) });
        for (qsizetype i = 0; i < strategy.size(); ++i) {
            const QJsonObject item = strategy.at(i).toObject();
            const QString type = item.value("type"_L1).toString();
            if ((type == "spread"_L1 || type == "binpack"_L1) && item.value("field"_L1).toString().isEmpty())
                findings.add(u"placementStrategy["_s + QString::number(i) + u"].field"_s, "placement-strategy-field",
                    kInvalidParameter,
                    // (wording ours)
                    QT_TRANSLATE_NOOP("EcsDesk::Rules", "The %1 placement strategy requires a field."), { type });
        }
    }

    void checkLoadBalancers(Findings& findings, const QJsonObject& service)
    {
        const QJsonArray balancers = service.value("loadBalancers"_L1).toArray();
        for (qsizetype i = 0; i < balancers.size(); ++i) {
            const QJsonObject balancer = balancers.at(i).toObject();
            const QString path = u"loadBalancers["_s + QString::number(i) + u']';
            if (balancer.value("containerName"_L1).toString().isEmpty())
                findings.add(path + u".containerName"_s, "load-balancer-container-name", kInvalidParameter,
                    // (wording ours)
                    QT_TRANSLATE_NOOP("EcsDesk::Rules", "A load balancer requires a container name."));
            const QJsonValue port = balancer.value("containerPort"_L1);
            if (!isWholeNumber(port) || port.toInteger() < 1 || port.toInteger() > 65535)
                findings.add(path + u".containerPort"_s, "load-balancer-container-port", kInvalidParameter,
                    // (wording ours)
                    QT_TRANSLATE_NOOP(
                        "EcsDesk::Rules", "A load balancer requires a container port between 1 and 65535."));
        }
        const QJsonValue grace = service.value("healthCheckGracePeriodSeconds"_L1);
        if (isWholeNumber(grace) && grace.toInteger() < 0)
            findings.add(u"healthCheckGracePeriodSeconds"_s, "health-check-grace-period-negative", kInvalidParameter,
                // (wording ours)
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "healthCheckGracePeriodSeconds must be at least 0."));
    }

    void checkTags(Findings& findings, const QJsonObject& service)
    {
        const QJsonArray tags = service.value("tags"_L1).toArray();
        if (tags.size() > maxTags)
            findings.add(u"tags"_s, "tags-quota", kInvalidParameter,
                // (wording ours; the tagging quota)
                QT_TRANSLATE_NOOP("EcsDesk::Rules", "At most %1 tags can be specified."), { QString::number(maxTags) });
        for (qsizetype i = 0; i < tags.size(); ++i) {
            const QJsonObject tag = tags.at(i).toObject();
            const QString path = u"tags["_s + QString::number(i) + u']';
            const QString key = tag.value("key"_L1).toString();
            if (key.isEmpty() || key.size() > 128)
                findings.add(path + u".key"_s, "tag-key-length", kInvalidParameter,
                    // (wording ours; the tagging limits)
                    QT_TRANSLATE_NOOP("EcsDesk::Rules", "A tag key must be 1 to 128 characters long."));
            if (tag.value("value"_L1).toString().size() > 256)
                findings.add(path + u".value"_s, "tag-value-length", kInvalidParameter,
                    // (wording ours; the tagging limits)
                    QT_TRANSLATE_NOOP("EcsDesk::Rules", "A tag value can be at most 256 characters long."));
        }
    }
} // namespace

QList<Finding> checkServiceSettings(const QJsonObject& service)
{
    Findings findings;
    const QString launchType = service.value("launchType"_L1).toString();
    const QString scheduling = service.value("schedulingStrategy"_L1).toString();
    checkDeploymentConfiguration(findings, service, scheduling);
    checkCapacityProviderStrategy(findings, service, launchType, scheduling);
    checkNetwork(findings, service, launchType);
    checkPlacement(findings, service);
    checkLoadBalancers(findings, service);
    checkTags(findings, service);
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
