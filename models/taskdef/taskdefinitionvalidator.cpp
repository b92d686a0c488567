// SPDX-License-Identifier: MIT
#include "models/taskdef/taskdefinitionvalidator.h"

#include "models/taskdef/jsonpath.h"
#include "rules/ecsrules.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace EcsDesk::Models {

QString ValidationIssue::severityName() const { return isError() ? u"error"_s : u"warning"_s; }

QString ValidationIssue::toString() const
{
    return (path.isEmpty() ? u"(task definition)"_s : path) + ": "_L1 + severityName() + ": "_L1 + message;
}

namespace {

    // The JSON types the structure check knows.
    enum class Type { String, Integer, Boolean, Object, StringArray, ObjectArray, StringMap, Size };

    struct Field {
        const char* name;
        Type type;
    };

    // The shapes of RegisterTaskDefinition input (botocore ecs 2014-11-13, as of botocore 1.43).
    // Fields not listed here are kept and not checked, so newer fields never become errors.
    const Field kTaskFields[] = {
        { "family", Type::String },
        { "cpu", Type::Size },
        { "memory", Type::Size },
        { "taskRoleArn", Type::String },
        { "executionRoleArn", Type::String },
        { "networkMode", Type::String },
        { "containerDefinitions", Type::ObjectArray },
        { "volumes", Type::ObjectArray },
        { "placementConstraints", Type::ObjectArray },
        { "requiresCompatibilities", Type::StringArray },
        { "tags", Type::ObjectArray },
        { "pidMode", Type::String },
        { "ipcMode", Type::String },
        { "proxyConfiguration", Type::Object },
        { "inferenceAccelerators", Type::ObjectArray },
        { "ephemeralStorage", Type::Object },
        { "runtimePlatform", Type::Object },
        { "enableFaultInjection", Type::Boolean },
    };
    const Field kContainerFields[] = {
        { "name", Type::String },
        { "image", Type::String },
        { "repositoryCredentials", Type::Object },
        { "cpu", Type::Integer },
        { "memory", Type::Integer },
        { "memoryReservation", Type::Integer },
        { "links", Type::StringArray },
        { "portMappings", Type::ObjectArray },
        { "essential", Type::Boolean },
        { "entryPoint", Type::StringArray },
        { "command", Type::StringArray },
        { "environment", Type::ObjectArray },
        { "environmentFiles", Type::ObjectArray },
        { "mountPoints", Type::ObjectArray },
        { "volumesFrom", Type::ObjectArray },
        { "linuxParameters", Type::Object },
        { "secrets", Type::ObjectArray },
        { "dependsOn", Type::ObjectArray },
        { "startTimeout", Type::Integer },
        { "stopTimeout", Type::Integer },
        { "hostname", Type::String },
        { "user", Type::String },
        { "workingDirectory", Type::String },
        { "disableNetworking", Type::Boolean },
        { "privileged", Type::Boolean },
        { "readonlyRootFilesystem", Type::Boolean },
        { "dnsServers", Type::StringArray },
        { "dnsSearchDomains", Type::StringArray },
        { "extraHosts", Type::ObjectArray },
        { "dockerSecurityOptions", Type::StringArray },
        { "interactive", Type::Boolean },
        { "pseudoTerminal", Type::Boolean },
        { "dockerLabels", Type::StringMap },
        { "ulimits", Type::ObjectArray },
        { "logConfiguration", Type::Object },
        { "healthCheck", Type::Object },
        { "systemControls", Type::ObjectArray },
        { "resourceRequirements", Type::ObjectArray },
        { "firelensConfiguration", Type::Object },
        { "restartPolicy", Type::Object },
        { "versionConsistency", Type::String },
        { "credentialSpecs", Type::StringArray },
    };
    const Field kPortMappingFields[] = {
        { "containerPort", Type::Integer },
        { "hostPort", Type::Integer },
        { "protocol", Type::String },
        { "name", Type::String },
        { "appProtocol", Type::String },
        { "containerPortRange", Type::String },
    };
    const Field kKeyValueFields[] = { { "name", Type::String }, { "value", Type::String } };
    const Field kSecretFields[] = { { "name", Type::String }, { "valueFrom", Type::String } };
    const Field kLogConfigurationFields[] = {
        { "logDriver", Type::String },
        { "options", Type::StringMap },
        { "secretOptions", Type::ObjectArray },
    };
    const Field kHealthCheckFields[] = {
        { "command", Type::StringArray },
        { "interval", Type::Integer },
        { "timeout", Type::Integer },
        { "retries", Type::Integer },
        { "startPeriod", Type::Integer },
    };
    const Field kUlimitFields[]
        = { { "name", Type::String }, { "softLimit", Type::Integer }, { "hardLimit", Type::Integer } };
    const Field kMountPointFields[]
        = { { "sourceVolume", Type::String }, { "containerPath", Type::String }, { "readOnly", Type::Boolean } };
    const Field kVolumeFromFields[] = { { "sourceContainer", Type::String }, { "readOnly", Type::Boolean } };
    const Field kDependencyFields[] = { { "containerName", Type::String }, { "condition", Type::String } };

    // A shape: its fields and their names, built once (function-local statics are thread-safe).
    // Looked up by binary search rather than hashing: QString hashing (SipHash) costs more here.
    struct Shape {
        QList<Field> fields;
        QList<std::pair<QString, Type>> sorted;

        const Type* typeOf(const QString& key) const
        {
            const auto it = std::lower_bound(sorted.begin(), sorted.end(), key,
                [](const std::pair<QString, Type>& f, const QString& k) { return f.first < k; });
            return it != sorted.end() && it->first == key ? &it->second : nullptr;
        }
    };

    template <size_t N> Shape makeShape(const Field (&fields)[N])
    {
        Shape shape;
        for (const Field& field : fields) {
            shape.fields.append(field);
            shape.sorted.append({ QLatin1String(field.name), field.type });
        }
        std::sort(
            shape.sorted.begin(), shape.sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        return shape;
    }

#define ECSDESK_SHAPE(function, table)                                                                                 \
    const Shape& function()                                                                                            \
    {                                                                                                                  \
        static const Shape shape = makeShape(table);                                                                   \
        return shape;                                                                                                  \
    }
    ECSDESK_SHAPE(taskShape, kTaskFields)
    ECSDESK_SHAPE(containerShape, kContainerFields)
    ECSDESK_SHAPE(portMappingShape, kPortMappingFields)
    ECSDESK_SHAPE(keyValueShape, kKeyValueFields)
    ECSDESK_SHAPE(secretShape, kSecretFields)
    ECSDESK_SHAPE(logConfigurationShape, kLogConfigurationFields)
    ECSDESK_SHAPE(healthCheckShape, kHealthCheckFields)
    ECSDESK_SHAPE(ulimitShape, kUlimitFields)
    ECSDESK_SHAPE(mountPointShape, kMountPointFields)
    ECSDESK_SHAPE(volumeFromShape, kVolumeFromFields)
    ECSDESK_SHAPE(dependencyShape, kDependencyFields)
#undef ECSDESK_SHAPE

    int editDistance(const QString& a, const QString& b)
    {
        QList<int> previous(b.size() + 1);
        QList<int> current(b.size() + 1);
        for (qsizetype j = 0; j <= b.size(); ++j)
            previous[j] = int(j);
        for (qsizetype i = 1; i <= a.size(); ++i) {
            current[0] = int(i);
            for (qsizetype j = 1; j <= b.size(); ++j) {
                const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
                current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            }
            std::swap(previous, current);
        }
        return previous[b.size()];
    }

    bool isInteger(const QJsonValue& value)
    {
        if (!value.isDouble())
            return false;
        // Range first: converting an out-of-range double to an integer is undefined behaviour.
        const double d = value.toDouble();
        return d > -9.0e15 && d < 9.0e15 && d == std::trunc(d);
    }

    QString describeType(const QJsonValue& value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return TaskDefinitionValidator::tr("null");
        case QJsonValue::Bool:
            return TaskDefinitionValidator::tr("a boolean");
        case QJsonValue::Double:
            return TaskDefinitionValidator::tr("a number");
        case QJsonValue::String:
            return TaskDefinitionValidator::tr("a string");
        case QJsonValue::Array:
            return TaskDefinitionValidator::tr("a list");
        case QJsonValue::Object:
            return TaskDefinitionValidator::tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return TaskDefinitionValidator::tr("missing");
    }

    QString expectedType(Type type)
    {
        switch (type) {
        case Type::String:
            return TaskDefinitionValidator::tr("a string");
        case Type::Integer:
            return TaskDefinitionValidator::tr("a whole number");
        case Type::Size:
            return TaskDefinitionValidator::tr("a string such as \"1024\"");
        case Type::Boolean:
            return TaskDefinitionValidator::tr("true or false");
        case Type::Object:
            return TaskDefinitionValidator::tr("an object");
        case Type::StringArray:
            return TaskDefinitionValidator::tr("a list of strings");
        case Type::ObjectArray:
            return TaskDefinitionValidator::tr("a list of objects");
        case Type::StringMap:
            return TaskDefinitionValidator::tr("an object of string values");
        }
        return {};
    }

    // ECS network mode when networkMode is left out: awsvpc for Fargate, bridge on EC2 Linux.
    QString effectiveNetworkMode(const QJsonObject& definition, bool fargate)
    {
        const QString mode = definition.value("networkMode"_L1).toString();
        if (!mode.isEmpty())
            return mode;
        return fargate ? u"awsvpc"_s : u"bridge"_s;
    }

    const QRegularExpression& roleArnPattern()
    {
        static const QRegularExpression pattern(
            u"^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):iam::([^:]*):role/[\\w+=,.@/-]{1,512}$"_s);
        return pattern;
    }

    const QRegularExpression& secretArnPattern()
    {
        static const QRegularExpression pattern(
            u"^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):"
            "(secretsmanager|ssm):([a-z0-9-]+):([^:]*):(secret:.+|parameter/.+)$"_s);
        return pattern;
    }

    /// One validation pass over one definition.
    class ValidationRun {
        Q_DECLARE_TR_FUNCTIONS(TaskDefinitionValidator)
    public:
        explicit ValidationRun(const QJsonObject& definition)
            : m_definition(definition)
        {
        }

        QList<ValidationIssue> run();

    private:
        void add(ValidationIssue::Severity severity, const QString& path, const char* rule, const QString& message)
        {
            m_issues.append({ severity, path, QLatin1String(rule), message });
        }
        void add(ValidationIssue::Severity severity, const QString& path, const QString& rule, const QString& message)
        {
            m_issues.append({ severity, path, rule, message });
        }
        void error(const QString& path, const char* rule, const QString& message)
        {
            add(ValidationIssue::Severity::Error, path, rule, message);
        }
        void warning(const QString& path, const char* rule, const QString& message)
        {
            add(ValidationIssue::Severity::Warning, path, rule, message);
        }

        bool checkShape(const QJsonObject& object, const QString& path, const Shape& shape);
        bool checkType(const QJsonValue& value, Type type, const QString& parentPath, const QString& key);
        void checkMisspelledKey(const QString& key, const QString& path, const Shape& shape);
        void checkMisspelledKeys(const QJsonObject& object, const QString& path, const Shape& shape);

        void checkTask();
        void checkFargate();
        void checkSums();
        void checkContainer(int index, const QJsonObject& container);
        void checkPorts(int index, const QJsonObject& container);
        void checkReferences(int index, const QJsonObject& container);
        void checkDependencyCycles();
        void checkSecrets(const QJsonArray& secrets, const QString& path);
        void checkLogConfiguration(const QJsonObject& log, const QString& path);
        void checkHealthCheck(const QJsonObject& check, const QString& path);
        void checkUlimits(const QJsonArray& ulimits, const QString& path);
        void checkRoleArn(const QString& key);
        void checkImage(const QJsonValue& image, const QString& path);
        void addRulebookFindings();

        QString containerPath(int index) const { return u"containerDefinitions["_s + QString::number(index) + u']'; }
        QString containerLabel(int index) const
        {
            const QString name = m_containers.at(index).toObject().value("name"_L1).toString();
            return name.isEmpty() ? containerPath(index) : name;
        }

        const QJsonObject& m_definition;
        QJsonArray m_containers;
        QHash<QString, int> m_containerIndex; // by name, first occurrence
        QSet<QString> m_volumeNames;
        QString m_networkMode;
        bool m_fargate = false;
        bool m_hasFirelensRouter = false;
        QList<ValidationIssue> m_issues;
        // Host ports taken so far: "port/protocol" -> path of the mapping.
        QHash<qint64, QString> m_hostPorts; // key: port * 2 + (udp ? 1 : 0)
    };

    bool ValidationRun::checkShape(const QJsonObject& object, const QString& path, const Shape& shape)
    {
        // One pass over the object's own keys: a type check for known fields, a hint for near-misses.
        bool good = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            const Type* type = shape.typeOf(key);
            if (!type)
                checkMisspelledKey(key, path, shape);
            else
                good = checkType(it.value(), *type, path, key) && good;
        }
        return good;
    }

    void ValidationRun::checkMisspelledKeys(const QJsonObject& object, const QString& path, const Shape& shape)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!shape.typeOf(it.key()))
                checkMisspelledKey(it.key(), path, shape);
        }
    }

    void ValidationRun::checkMisspelledKey(const QString& key, const QString& path, const Shape& shape)
    {
        // Unknown keys are kept (they may be newer than this code); only near-misses are flagged.
        for (const Field& field : shape.fields) {
            const QString name = QLatin1String(field.name);
            const int distance = editDistance(key, name);
            if (distance == 0 || (distance <= 2 && name.size() > 4)) {
                warning(path + JsonPath::keyText(key, path.isEmpty()), "unknown-field",
                    tr("unknown field \"%1\": did you mean \"%2\"?").arg(key, name));
                return;
            }
        }
    }

    bool ValidationRun::checkType(const QJsonValue& value, Type type, const QString& parentPath, const QString& key)
    {
        // Paths are built only when there is something to report.
        const auto pathOf = [&] { return parentPath.isEmpty() ? key : parentPath + u'.' + key; };
        if (value.isNull()) {
            // The AWS CLI and SDKs refuse null for a typed member ("Invalid type for parameter").
            error(pathOf(), "null-value",
                tr("%1 is null, which the ECS API does not accept: remove it or give it a value").arg(key));
            return false;
        }
        bool good = true;
        switch (type) {
        case Type::String:
            good = value.isString();
            break;
        case Type::Integer:
            good = isInteger(value);
            break;
        case Type::Size:
            good = value.isString(); // the API takes task sizes as strings only
            break;
        case Type::Boolean:
            good = value.isBool();
            break;
        case Type::Object:
        case Type::StringMap:
            good = value.isObject();
            break;
        case Type::StringArray:
        case Type::ObjectArray:
            good = value.isArray();
            break;
        }
        if (!good) {
            error(pathOf(), "wrong-type",
                tr("%1 must be %2, but it is %3").arg(key, expectedType(type), describeType(value)));
            return false;
        }
        if (type == Type::StringArray || type == Type::ObjectArray) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QJsonValue element = array.at(i);
                const bool elementGood = type == Type::StringArray ? element.isString() : element.isObject();
                if (!elementGood) {
                    error(pathOf() + u'[' + QString::number(i) + u']', "wrong-type",
                        tr("each element of %1 must be %2, but this one is %3")
                            .arg(key, type == Type::StringArray ? tr("a string") : tr("an object"),
                                describeType(element)));
                    good = false;
                }
            }
        } else if (type == Type::StringMap) {
            const QJsonObject map = value.toObject();
            for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
                if (!it.value().isString()) {
                    error(pathOf() + JsonPath::keyText(it.key()), "wrong-type",
                        tr("the value of %1 must be a string, but it is %2").arg(it.key(), describeType(it.value())));
                    good = false;
                }
            }
        }
        return good;
    }

    QList<ValidationIssue> ValidationRun::run()
    {
        // ECS's quotas first: RegisterTaskDefinition refuses larger definitions whatever else they hold.
        const qsizetype bytes = QJsonDocument(m_definition).toJson(QJsonDocument::Compact).size();
        if (bytes > TaskDefinitionValidator::maxDefinitionBytes)
            m_issues.append(TaskDefinitionValidator::tooLargeIssue(bytes));

        checkShape(m_definition, QString(), taskShape());
        const QStringList compatibilities = [this] {
            QStringList list;
            for (const QJsonValue& v : m_definition.value("requiresCompatibilities"_L1).toArray())
                list.append(v.toString());
            return list;
        }();
        m_fargate = compatibilities.contains("FARGATE"_L1);
        m_networkMode = effectiveNetworkMode(m_definition, m_fargate);

        const QJsonArray volumes = m_definition.value("volumes"_L1).toArray();
        for (qsizetype i = 0; i < volumes.size(); ++i) {
            const QString name = volumes.at(i).toObject().value("name"_L1).toString();
            const QString path = u"volumes["_s + QString::number(i) + u"].name"_s;
            if (name.isEmpty())
                error(path, "volume-name-required", tr("every volume needs a name that mount points refer to"));
            else if (m_volumeNames.contains(name))
                error(path, "volume-name-duplicate", tr("another volume is already named \"%1\"").arg(name));
            m_volumeNames.insert(name);
        }

        m_containers = m_definition.value("containerDefinitions"_L1).toArray();
        for (qsizetype i = 0; i < m_containers.size(); ++i) {
            const QJsonObject container = m_containers.at(i).toObject();
            const QString name = container.value("name"_L1).toString();
            if (!name.isEmpty() && !m_containerIndex.contains(name))
                m_containerIndex.insert(name, int(i));
            if (container.contains("firelensConfiguration"_L1))
                m_hasFirelensRouter = true;
        }

        checkTask();
        for (qsizetype i = 0; i < m_containers.size(); ++i) {
            if (m_containers.at(i).isObject())
                checkContainer(int(i), m_containers.at(i).toObject());
        }
        checkDependencyCycles();
        checkSums();
        checkFargate();
        addRulebookFindings();
        return m_issues;
    }

    void ValidationRun::addRulebookFindings()
    {
        // The rules ECS enforces on RegisterTaskDefinition, with ECS's text, from the rulebook the
        // local endpoint rejects with. A value that holds a template placeholder is checked after
        // substitution (it has its warning already), so the rulebook's finding there is left out.
        const QJsonValue root(m_definition);
        for (const Rules::Finding& finding : Rules::checkRegisterTaskDefinition(m_definition)) {
            const QJsonValue value = JsonPath::parse(finding.path).valueIn(root);
            if (value.isString() && TaskDefinitionValidator::isTemplate(value.toString()))
                continue;
            add(finding.isError() ? ValidationIssue::Severity::Error : ValidationIssue::Severity::Warning, finding.path,
                finding.rule, finding.translatedMessage());
        }
    }

    void ValidationRun::checkTask()
    {
        const QJsonValue familyValue = m_definition.value("family"_L1);
        const QString family = familyValue.toString();
        if (familyValue.isUndefined() || (familyValue.isString() && family.isEmpty())) {
            error(u"family"_s, "family-required",
                tr("family is required: it names the task definition that each registration adds a revision to"));
        } else if (familyValue.isString() && TaskDefinitionValidator::isTemplate(family)) {
            warning(u"family"_s, "template-value",
                tr("family \"%1\" contains a template placeholder; it is checked after substitution").arg(family));
        }

        const QJsonValue containers = m_definition.value("containerDefinitions"_L1);
        if (containers.isUndefined()) // an empty list: the rulebook
            error(u"containerDefinitions"_s, "containers-required",
                tr("a task definition needs at least one container in containerDefinitions"));

        const QString mode = m_definition.value("networkMode"_L1).toString();
        static const QStringList modes { u"bridge"_s, u"host"_s, u"awsvpc"_s, u"none"_s };
        if (m_definition.value("networkMode"_L1).isString() && !modes.contains(mode))
            error(u"networkMode"_s, "network-mode-invalid",
                tr("network mode \"%1\" is not one of bridge, host, awsvpc or none").arg(mode));

        static const QStringList launchTypes { u"EC2"_s, u"FARGATE"_s, u"EXTERNAL"_s };
        const QJsonArray compatibilities = m_definition.value("requiresCompatibilities"_L1).toArray();
        for (qsizetype i = 0; i < compatibilities.size(); ++i) {
            const QString value = compatibilities.at(i).toString();
            if (compatibilities.at(i).isString() && !launchTypes.contains(value))
                error(u"requiresCompatibilities["_s + QString::number(i) + u']', "compatibility-invalid",
                    tr("\"%1\" is not a launch type: use EC2, FARGATE or EXTERNAL").arg(value));
        }

        checkRoleArn(u"taskRoleArn"_s);
        checkRoleArn(u"executionRoleArn"_s);

        const QJsonObject storage = m_definition.value("ephemeralStorage"_L1).toObject();
        if (storage.contains("sizeInGiB"_L1)) {
            const QJsonValue size = storage.value("sizeInGiB"_L1);
            if (!isInteger(size) || size.toInt() < 21 || size.toInt() > 200)
                error(u"ephemeralStorage.sizeInGiB"_s, "ephemeral-storage-size",
                    tr("ephemeral storage must be a whole number of GiB from 21 to 200"));
        }

        bool anyEssential = false;
        for (const QJsonValue& c : std::as_const(m_containers))
            anyEssential = anyEssential || c.toObject().value("essential"_L1).toBool(true);
        if (!m_containers.isEmpty() && !anyEssential)
            error(u"containerDefinitions"_s, "essential-required",
                tr("at least one container must be essential (essential defaults to true when left out)"));
    }

    void ValidationRun::checkRoleArn(const QString& key)
    {
        const QJsonValue value = m_definition.value(key);
        if (!value.isString())
            return;
        const QString arn = value.toString();
        if (TaskDefinitionValidator::isTemplate(arn)) {
            warning(key, "template-value",
                tr("%1 contains a template placeholder; it is checked after substitution").arg(key));
            return;
        }
        const QRegularExpressionMatch match = roleArnPattern().match(arn);
        if (!match.hasMatch()) {
            error(key, "role-arn-format",
                tr("\"%1\" is not an IAM role ARN (arn:aws:iam::123456789012:role/name)").arg(arn));
            return;
        }
        const QString account = match.captured(2);
        static const QRegularExpression digits(u"^[0-9]+$"_s);
        if (!digits.match(account).hasMatch())
            warning(key, "placeholder-value",
                tr("account \"%1\" in %2 looks like a placeholder: put the real 12-digit account ID")
                    .arg(account, key));
        else if (account.size() != 12)
            error(key, "account-id-format",
                tr("account ID %1 in %2 has %3 digits; AWS account IDs have 12").arg(account, key).arg(account.size()));
    }

    void ValidationRun::checkFargate()
    {
        // The network mode and the task size are ECS's rules (the rulebook).
        if (!m_fargate)
            return;
        // Parameters Fargate does not support (ECS developer guide, "Task definition parameters").
        const QJsonArray constraints = m_definition.value("placementConstraints"_L1).toArray();
        if (!constraints.isEmpty())
            error(u"placementConstraints"_s, "fargate-unsupported",
                tr("Fargate tasks cannot have placement constraints"));
        if (m_definition.contains("ipcMode"_L1))
            error(u"ipcMode"_s, "fargate-unsupported", tr("Fargate tasks do not support ipcMode"));
        static const char* const unsupported[] = { "privileged", "links", "disableNetworking", "dnsServers",
            "dnsSearchDomains", "dockerSecurityOptions", "extraHosts" };
        for (qsizetype i = 0; i < m_containers.size(); ++i) {
            const QJsonObject container = m_containers.at(i).toObject();
            for (const char* key : unsupported) {
                const QJsonValue value = container.value(QLatin1String(key));
                // false and [] ask for nothing, so they do no harm.
                if (value.isUndefined() || value == QJsonValue(false) || (value.isArray() && value.toArray().isEmpty()))
                    continue;
                error(containerPath(int(i)) + u'.' + QLatin1String(key), "fargate-unsupported",
                    tr("Fargate does not support %1 (container %2)").arg(QLatin1String(key), containerLabel(int(i))));
            }
        }
        const QJsonArray volumes = m_definition.value("volumes"_L1).toArray();
        for (qsizetype i = 0; i < volumes.size(); ++i) {
            const QJsonObject volume = volumes.at(i).toObject();
            if (volume.contains("dockerVolumeConfiguration"_L1))
                error(u"volumes["_s + QString::number(i) + u"].dockerVolumeConfiguration"_s, "fargate-unsupported",
                    tr("Fargate does not support Docker volumes; use a bind mount (no host) or EFS"));
            else if (!volume.value("host"_L1).toObject().value("sourcePath"_L1).toString().isEmpty())
                error(u"volumes["_s + QString::number(i) + u"].host.sourcePath"_s, "fargate-unsupported",
                    tr("Fargate tasks cannot mount a host path; leave host out for a task-scoped volume"));
        }
    }

    void ValidationRun::checkSums()
    {
        // The sums of container cpu and memory reservations are ECS's rules (the rulebook); no single
        // container's hard limit may exceed the task's memory either.
        const auto taskMemory = TaskDefinitionValidator::parseMemoryMiB(m_definition.value("memory"_L1));
        if (!taskMemory)
            return;
        for (qsizetype i = 0; i < m_containers.size(); ++i) {
            const qint64 memory = m_containers.at(i).toObject().value("memory"_L1).toInteger();
            if (memory > *taskMemory)
                error(containerPath(int(i)) + u".memory"_s, "container-memory-exceeds-task",
                    tr("container %1 may use up to %2 MiB, more than the task's %3 MiB")
                        .arg(containerLabel(int(i)))
                        .arg(memory)
                        .arg(*taskMemory));
        }
    }

    void ValidationRun::checkContainer(int index, const QJsonObject& container)
    {
        const QString path = containerPath(index);
        checkShape(container, path, containerShape());

        // A name (required, its form, unique), an image and memory are ECS's rules (the rulebook).
        const QJsonValue nameValue = container.value("name"_L1);
        if (nameValue.isString() && TaskDefinitionValidator::isTemplate(nameValue.toString()))
            warning(path + u".name"_s, "template-value",
                tr("container name \"%1\" contains a template placeholder").arg(nameValue.toString()));

        checkImage(container.value("image"_L1), path + u".image"_s);

        const QJsonValue memory = container.value("memory"_L1);
        const QJsonValue reservation = container.value("memoryReservation"_L1);
        if (isInteger(memory) && memory.toInteger() < 6)
            error(path + u".memory"_s, "container-memory-minimum",
                tr("a container needs at least 6 MiB of memory, not %1").arg(memory.toInteger()));

        checkPorts(index, container);
        checkReferences(index, container);

        const QJsonArray environment = container.value("environment"_L1).toArray();
        // A set, not a list: a definition may hold tens of thousands of variables (linear, not quadratic).
        QSet<QString> variables;
        variables.reserve(environment.size());
        for (qsizetype i = 0; i < environment.size(); ++i) {
            const QString variable = environment.at(i).toObject().value("name"_L1).toString();
            const QString entryPath = path + u".environment["_s + QString::number(i) + u']';
            checkShape(environment.at(i).toObject(), entryPath, keyValueShape());
            if (variable.isEmpty())
                error(entryPath + u".name"_s, "environment-name-required", tr("an environment variable needs a name"));
            else if (variables.contains(variable))
                warning(entryPath + u".name"_s, "environment-duplicate",
                    tr("environment variable %1 is set more than once; only one value takes effect").arg(variable));
            variables.insert(variable);
        }
        checkSecrets(container.value("secrets"_L1).toArray(), path + u".secrets"_s);

        if (container.value("logConfiguration"_L1).isObject())
            checkLogConfiguration(container.value("logConfiguration"_L1).toObject(), path + u".logConfiguration"_s);
        if (container.value("healthCheck"_L1).isObject())
            checkHealthCheck(container.value("healthCheck"_L1).toObject(), path + u".healthCheck"_s);
        checkUlimits(container.value("ulimits"_L1).toArray(), path + u".ulimits"_s);

        const QJsonObject credentials = container.value("repositoryCredentials"_L1).toObject();
        if (credentials.contains("credentialsParameter"_L1)) {
            const QString arn = credentials.value("credentialsParameter"_L1).toString();
            if (!TaskDefinitionValidator::isTemplate(arn) && !secretArnPattern().match(arn).hasMatch())
                error(path + u".repositoryCredentials.credentialsParameter"_s, "secret-arn-format",
                    tr("\"%1\" is not a Secrets Manager secret ARN").arg(arn));
        }
    }

    void ValidationRun::checkImage(const QJsonValue& imageValue, const QString& path)
    {
        const QString image = imageValue.toString();
        if (!imageValue.isString() || image.isEmpty())
            return; // a missing image is ECS's rule (the rulebook)
        if (TaskDefinitionValidator::isTemplate(image)) {
            warning(path, "template-value",
                tr("image \"%1\" contains a template placeholder; it is checked after substitution").arg(image));
            return;
        }
        if (!TaskDefinitionValidator::isValidImageReference(image))
            error(path, "image-format",
                tr("\"%1\" is not a valid image reference: [registry/]repository[:tag][@sha256:digest], "
                   "repository in lower case")
                    .arg(image));
    }

    void ValidationRun::checkPorts(int index, const QJsonObject& container)
    {
        const QJsonValue mappingsValue = container.value("portMappings"_L1);
        if (mappingsValue.isObject()) {
            // One mapping written without its list: the keys tell whether it is also misspelled.
            checkMisspelledKeys(
                mappingsValue.toObject(), containerPath(index) + u".portMappings"_s, portMappingShape());
            return;
        }
        const QJsonArray mappings = mappingsValue.toArray();
        const bool hostOrAwsvpc = m_networkMode == "awsvpc"_L1 || m_networkMode == "host"_L1;
        for (qsizetype i = 0; i < mappings.size(); ++i) {
            const QJsonObject mapping = mappings.at(i).toObject();
            const QString path = containerPath(index) + u".portMappings["_s + QString::number(i) + u']';
            if (!checkShape(mapping, path, portMappingShape()))
                continue;
            const QJsonValue containerPort = mapping.value("containerPort"_L1);
            const QJsonValue hostPort = mapping.value("hostPort"_L1);
            const QString protocol = mapping.value("protocol"_L1).toString(u"tcp"_s);
            if (protocol != "tcp"_L1 && protocol != "udp"_L1)
                error(path + u".protocol"_s, "port-protocol", tr("protocol \"%1\" is not tcp or udp").arg(protocol));
            if (containerPort.isUndefined()) {
                if (!mapping.contains("containerPortRange"_L1))
                    error(path + u".containerPort"_s, "container-port-required",
                        tr("a port mapping needs a containerPort"));
                continue;
            }
            const qint64 port = containerPort.toInteger();
            if (port < 1 || port > 65535) {
                error(path + u".containerPort"_s, "port-range", tr("port %1 is not between 1 and 65535").arg(port));
                continue;
            }
            if (!hostPort.isUndefined() && (hostPort.toInteger() < 0 || hostPort.toInteger() > 65535)) {
                error(path + u".hostPort"_s, "port-range",
                    tr("host port %1 is not between 0 and 65535").arg(hostPort.toInteger()));
                continue;
            }
            qint64 effectiveHostPort = hostPort.toInteger();
            if (hostOrAwsvpc)
                effectiveHostPort = port; // a different hostPort is ECS's rule (the rulebook)
            if (effectiveHostPort == 0)
                continue; // bridge: dynamic host port
            const qint64 key = effectiveHostPort * 2 + (protocol == "udp"_L1 ? 1 : 0);
            const auto taken = m_hostPorts.constFind(key);
            if (taken != m_hostPorts.constEnd())
                error(path + (hostOrAwsvpc ? u".containerPort"_s : u".hostPort"_s), "port-conflict",
                    tr("port %1 is already mapped by %2")
                        .arg(QString::number(effectiveHostPort) + u'/' + protocol, taken.value()));
            else
                m_hostPorts.insert(key, path);
        }
    }

    void ValidationRun::checkReferences(int index, const QJsonObject& container)
    {
        const QString path = containerPath(index);
        const QString self = container.value("name"_L1).toString();

        const QJsonArray links = container.value("links"_L1).toArray();
        if (!links.isEmpty() && m_networkMode != "bridge"_L1)
            error(path + u".links"_s, "links-mode",
                tr("links only work in bridge network mode; this task uses %1").arg(m_networkMode));
        for (qsizetype i = 0; i < links.size(); ++i) {
            const QString target = links.at(i).toString().section(u':', 0, 0);
            if (!target.isEmpty() && !m_containerIndex.contains(target))
                error(path + u".links["_s + QString::number(i) + u']', "unknown-container",
                    tr("links to container \"%1\", which this task definition does not have").arg(target));
        }

        const QJsonArray dependencies = container.value("dependsOn"_L1).toArray();
        static const QStringList conditions { u"START"_s, u"COMPLETE"_s, u"SUCCESS"_s, u"HEALTHY"_s };
        for (qsizetype i = 0; i < dependencies.size(); ++i) {
            const QJsonObject dependency = dependencies.at(i).toObject();
            const QString entryPath = path + u".dependsOn["_s + QString::number(i) + u']';
            checkShape(dependency, entryPath, dependencyShape());
            const QString target = dependency.value("containerName"_L1).toString();
            const QString condition = dependency.value("condition"_L1).toString();
            if (target.isEmpty())
                error(entryPath + u".containerName"_s, "dependency-container-required",
                    tr("a dependency needs the containerName it waits for"));
            else if (target == self)
                error(entryPath + u".containerName"_s, "dependency-self",
                    tr("container %1 cannot depend on itself").arg(self));
            else if (!m_containerIndex.contains(target))
                error(entryPath + u".containerName"_s, "unknown-container",
                    tr("depends on container \"%1\", which this task definition does not have").arg(target));
            if (!conditions.contains(condition))
                error(entryPath + u".condition"_s, "dependency-condition",
                    tr("condition \"%1\" is not one of START, COMPLETE, SUCCESS or HEALTHY").arg(condition));
            else if (condition == "HEALTHY"_L1 && m_containerIndex.contains(target)
                && !m_containers.at(m_containerIndex.value(target)).toObject().contains("healthCheck"_L1))
                error(entryPath + u".condition"_s, "dependency-healthy-without-check",
                    tr("waiting for %1 to be HEALTHY needs a healthCheck on %1").arg(target));
            else if ((condition == "COMPLETE"_L1 || condition == "SUCCESS"_L1) && m_containerIndex.contains(target)
                && m_containers.at(m_containerIndex.value(target)).toObject().value("essential"_L1).toBool(true))
                // An essential container that exits stops the task, so nothing could wait for it.
                error(entryPath + u".condition"_s, "dependency-condition-essential",
                    tr("%1 cannot wait for %2 to %3: %2 is essential, and the task stops when it exits; make %2 "
                       "non-essential")
                        .arg(self, target, condition));
        }

        const QJsonArray volumesFrom = container.value("volumesFrom"_L1).toArray();
        for (qsizetype i = 0; i < volumesFrom.size(); ++i) {
            const QString entryPath = path + u".volumesFrom["_s + QString::number(i) + u']';
            checkShape(volumesFrom.at(i).toObject(), entryPath, volumeFromShape());
            const QString source = volumesFrom.at(i).toObject().value("sourceContainer"_L1).toString();
            if (source.isEmpty() || !m_containerIndex.contains(source) || source == self)
                error(entryPath + u".sourceContainer"_s, "unknown-container",
                    source == self && !source.isEmpty()
                        ? tr("container %1 cannot mount volumes from itself").arg(self)
                        : tr("volumes from container \"%1\", which this task definition does not have").arg(source));
        }

        const QJsonArray mountPoints = container.value("mountPoints"_L1).toArray();
        for (qsizetype i = 0; i < mountPoints.size(); ++i) {
            const QJsonObject mount = mountPoints.at(i).toObject();
            const QString entryPath = path + u".mountPoints["_s + QString::number(i) + u']';
            checkShape(mount, entryPath, mountPointShape());
            const QString volume = mount.value("sourceVolume"_L1).toString();
            if (!m_volumeNames.contains(volume))
                error(entryPath + u".sourceVolume"_s, "unknown-volume",
                    tr("mount point uses volume \"%1\", which is not among the task's volumes").arg(volume));
            if (mount.value("containerPath"_L1).toString().isEmpty())
                error(entryPath + u".containerPath"_s, "mount-path-required",
                    tr("a mount point needs the containerPath to mount at"));
        }
    }

    void ValidationRun::checkDependencyCycles()
    {
        // Depth-first search over dependsOn; report each cycle once, at the edge that closes it.
        const qsizetype n = m_containers.size();
        QList<int> state(n, 0); // 0 unvisited, 1 on the stack, 2 done
        QList<int> stack;
        std::function<void(int)> visit = [&](int node) {
            state[node] = 1;
            stack.append(node);
            const QJsonArray dependencies = m_containers.at(node).toObject().value("dependsOn"_L1).toArray();
            for (qsizetype i = 0; i < dependencies.size(); ++i) {
                const QString target = dependencies.at(i).toObject().value("containerName"_L1).toString();
                const int next = m_containerIndex.value(target, -1);
                if (next < 0 || next == node)
                    continue;
                if (state[next] == 1) {
                    QStringList names;
                    for (qsizetype k = stack.indexOf(next); k < stack.size(); ++k)
                        names.append(containerLabel(stack.at(k)));
                    names.append(containerLabel(next));
                    error(containerPath(node) + u".dependsOn["_s + QString::number(i) + u"].containerName"_s,
                        "dependency-cycle",
                        tr("containers depend on each other in a cycle: %1").arg(names.join(u" -> "_s)));
                } else if (state[next] == 0) {
                    visit(next);
                }
            }
            stack.removeLast();
            state[node] = 2;
        };
        for (int i = 0; i < n; ++i) {
            if (state[i] == 0)
                visit(i);
        }
    }

    void ValidationRun::checkSecrets(const QJsonArray& secrets, const QString& path)
    {
        static const QRegularExpression accountId(u"^[0-9]{12}$"_s);
        static const QRegularExpression parameterName(u"^/?[A-Za-z0-9_.\\-/]{1,2048}$"_s);
        for (qsizetype i = 0; i < secrets.size(); ++i) {
            const QJsonObject secret = secrets.at(i).toObject();
            const QString entryPath = path + u'[' + QString::number(i) + u']';
            checkShape(secret, entryPath, secretShape());
            if (secret.value("name"_L1).toString().isEmpty())
                error(entryPath + u".name"_s, "secret-name-required", tr("a secret needs the name it is exposed as"));
            const QString valueFrom = secret.value("valueFrom"_L1).toString();
            if (valueFrom.isEmpty()) {
                error(entryPath + u".valueFrom"_s, "secret-value-from-required",
                    tr("a secret needs valueFrom: a Secrets Manager ARN or an SSM parameter ARN or name"));
            } else if (TaskDefinitionValidator::isTemplate(valueFrom)) {
                warning(entryPath + u".valueFrom"_s, "template-value",
                    tr("valueFrom contains a template placeholder; it is checked after substitution"));
            } else if (valueFrom.startsWith("arn:"_L1)) {
                const QRegularExpressionMatch match = secretArnPattern().match(valueFrom);
                if (!match.hasMatch())
                    error(entryPath + u".valueFrom"_s, "secret-arn-format",
                        tr("\"%1\" is not a Secrets Manager secret ARN or an SSM parameter ARN").arg(valueFrom));
                else if (!accountId.match(match.captured(4)).hasMatch())
                    warning(entryPath + u".valueFrom"_s, "placeholder-value",
                        tr("account \"%1\" in valueFrom is not a 12-digit account ID; is it a placeholder?")
                            .arg(match.captured(4)));
            } else if (!parameterName.match(valueFrom).hasMatch()) {
                error(entryPath + u".valueFrom"_s, "secret-arn-format",
                    tr("\"%1\" is neither an ARN nor an SSM parameter name").arg(valueFrom));
            }
        }
    }

    void ValidationRun::checkLogConfiguration(const QJsonObject& log, const QString& path)
    {
        checkShape(log, path, logConfigurationShape());
        static const QStringList drivers { u"json-file"_s, u"syslog"_s, u"journald"_s, u"gelf"_s, u"fluentd"_s,
            u"awslogs"_s, u"splunk"_s, u"awsfirelens"_s };
        const QString driver = log.value("logDriver"_L1).toString();
        if (driver.isEmpty()) {
            error(path + u".logDriver"_s, "log-driver-required", tr("a log configuration needs a logDriver"));
            return;
        }
        if (!drivers.contains(driver)) {
            error(path + u".logDriver"_s, "log-driver-invalid",
                tr("log driver \"%1\" is not one of %2").arg(driver, drivers.join(u", "_s)));
            return;
        }
        const QJsonObject options = log.value("options"_L1).toObject();
        if (driver == "awslogs"_L1) {
            if (!options.contains("awslogs-group"_L1))
                error(path + u".options"_s, "awslogs-options",
                    tr("the awslogs driver needs the awslogs-group option: the log group to write to"));
            if (!options.contains("awslogs-region"_L1))
                error(path + u".options"_s, "awslogs-options",
                    tr("the awslogs driver needs the awslogs-region option: the region of the log group"));
            if (m_fargate && !options.contains("awslogs-stream-prefix"_L1))
                error(path + u".options"_s, "awslogs-options",
                    tr("on Fargate the awslogs driver needs the awslogs-stream-prefix option"));
        } else if (driver == "awsfirelens"_L1 && !m_hasFirelensRouter) {
            error(path + u".logDriver"_s, "firelens-router-missing",
                tr("the awsfirelens driver needs a log router container with a firelensConfiguration"));
        }
        checkSecrets(log.value("secretOptions"_L1).toArray(), path + u".secretOptions"_s);
    }

    void ValidationRun::checkHealthCheck(const QJsonObject& check, const QString& path)
    {
        if (!checkShape(check, path, healthCheckShape()))
            return;
        const QJsonArray command = check.value("command"_L1).toArray();
        static const QStringList kinds { u"CMD"_s, u"CMD-SHELL"_s, u"NONE"_s };
        if (command.isEmpty())
            error(path + u".command"_s, "health-check-command",
                tr("a health check needs a command, e.g. [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"]"));
        else if (!kinds.contains(command.at(0).toString()))
            // ECS registers it (the ECS agent's own Windows task definitions start with "powershell");
            // Docker's health checks expect CMD, CMD-SHELL or NONE.
            warning(path + u".command[0]"_s, "health-check-command",
                tr("a health check command usually starts with CMD, CMD-SHELL or NONE, not \"%1\"")
                    .arg(command.at(0).toString()));
        struct Limit {
            const char* key;
            int minimum;
            int maximum;
        };
        static const Limit limits[]
            = { { "interval", 5, 300 }, { "timeout", 2, 120 }, { "retries", 1, 10 }, { "startPeriod", 0, 300 } };
        for (const Limit& limit : limits) {
            const QJsonValue value = check.value(QLatin1String(limit.key));
            if (!value.isUndefined() && (value.toInteger() < limit.minimum || value.toInteger() > limit.maximum))
                error(path + u'.' + QLatin1String(limit.key), "health-check-range",
                    tr("%1 must be between %2 and %3, not %4")
                        .arg(QLatin1String(limit.key))
                        .arg(limit.minimum)
                        .arg(limit.maximum)
                        .arg(value.toInteger()));
        }
    }

    void ValidationRun::checkUlimits(const QJsonArray& ulimits, const QString& path)
    {
        static const QStringList names { u"core"_s, u"cpu"_s, u"data"_s, u"fsize"_s, u"locks"_s, u"memlock"_s,
            u"msgqueue"_s, u"nice"_s, u"nofile"_s, u"nproc"_s, u"rss"_s, u"rtprio"_s, u"rttime"_s, u"sigpending"_s,
            u"stack"_s };
        for (qsizetype i = 0; i < ulimits.size(); ++i) {
            const QJsonObject ulimit = ulimits.at(i).toObject();
            const QString entryPath = path + u'[' + QString::number(i) + u']';
            if (!checkShape(ulimit, entryPath, ulimitShape()))
                continue;
            const QString name = ulimit.value("name"_L1).toString();
            if (!names.contains(name))
                error(entryPath + u".name"_s, "ulimit-name",
                    tr("\"%1\" is not a ulimit name: use one of %2").arg(name, names.join(u", "_s)));
            if (!ulimit.contains("softLimit"_L1) || !ulimit.contains("hardLimit"_L1))
                error(entryPath, "ulimit-limits", tr("a ulimit needs both softLimit and hardLimit"));
            else if (ulimit.value("softLimit"_L1).toInteger() > ulimit.value("hardLimit"_L1).toInteger())
                error(entryPath + u".softLimit"_s, "ulimit-limits",
                    tr("softLimit (%1) must not be more than hardLimit (%2)")
                        .arg(ulimit.value("softLimit"_L1).toInteger())
                        .arg(ulimit.value("hardLimit"_L1).toInteger()));
        }
    }

} // namespace

QList<ValidationIssue> TaskDefinitionValidator::validate(const QJsonObject& definition)
{
    return ValidationRun(definition).run();
}

ValidationIssue TaskDefinitionValidator::tooLargeIssue(qint64 bytes)
{
    return ValidationIssue { ValidationIssue::Severity::Error, QString(), u"definition-too-large"_s,
        tr("the task definition is %1 KiB of JSON; ECS accepts at most %2 KiB")
            .arg(QLocale::c().toString(double(bytes) / 1024.0, 'f', 1))
            .arg(maxDefinitionBytes / 1024) };
}

bool TaskDefinitionValidator::hasErrors(const QList<ValidationIssue>& issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const ValidationIssue& issue) { return issue.isError(); });
}

std::optional<int> TaskDefinitionValidator::parseCpuUnits(const QJsonValue& value)
{
    return Rules::parseCpuUnits(value);
}

std::optional<int> TaskDefinitionValidator::parseMemoryMiB(const QJsonValue& value)
{
    return Rules::parseMemoryMiB(value);
}

QList<int> TaskDefinitionValidator::fargateMemoryChoices(int cpu) { return Rules::fargateMemoryChoices(cpu); }

bool TaskDefinitionValidator::isTemplate(const QString& text)
{
    return text.contains("{{"_L1) || text.contains("${"_L1) || text.contains("$$$"_L1);
}

bool TaskDefinitionValidator::isValidImageReference(const QString& image)
{
    // distribution/reference grammar: optional domain (with a dot or port, or localhost), lower-case
    // path components, optional tag, optional digest.
    static const QRegularExpression pattern(
        u"^(?:(?:localhost|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+|[A-Za-z0-9-]+:[0-9]+|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+:["
        u"0-9]+)/)?"
        "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
        "(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$"_s);
    return image.size() <= 255 && pattern.match(image).hasMatch();
}

} // namespace EcsDesk::Models
