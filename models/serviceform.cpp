// SPDX-License-Identifier: MIT
#include "models/serviceform.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace EcsDesk::Models {

namespace {

    // UpdateService's fields the form edits, in the form's order: every member of botocore 1.43's
    // UpdateServiceRequest but cluster, service and forceNewDeployment (which the form holds apart).
    const QStringList& updateFields()
    {
        static const QStringList fields { u"taskDefinition"_s, u"desiredCount"_s, u"deploymentController"_s,
            u"deploymentConfiguration"_s, u"networkConfiguration"_s, u"placementConstraints"_s, u"placementStrategy"_s,
            u"capacityProviderStrategy"_s, u"platformVersion"_s, u"loadBalancers"_s, u"healthCheckGracePeriodSeconds"_s,
            u"serviceRegistries"_s, u"enableExecuteCommand"_s, u"propagateTags"_s, u"enableECSManagedTags"_s,
            u"availabilityZoneRebalancing"_s, u"serviceConnectConfiguration"_s, u"volumeConfigurations"_s,
            u"vpcLatticeConfigurations"_s };
        return fields;
    }

    // The fields DescribeServices reports only on the service's deployments (the PRIMARY one is the
    // service's current configuration).
    bool fromPrimaryDeployment(const QString& key)
    {
        return key == "serviceConnectConfiguration"_L1 || key == "volumeConfigurations"_L1
            || key == "vpcLatticeConfigurations"_L1;
    }

    QJsonObject primaryDeployment(const QJsonObject& service)
    {
        const QJsonArray deployments = service.value("deployments"_L1).toArray();
        for (const QJsonValue& deployment : deployments) {
            if (deployment.toObject().value("status"_L1).toString() == "PRIMARY"_L1)
                return deployment.toObject();
        }
        return deployments.isEmpty() ? QJsonObject() : deployments.first().toObject();
    }

    // The members each JSON field's objects require (botocore's ECS model).
    QStringList requiredMembers(const QString& path)
    {
        if (path == "serviceConnectConfiguration"_L1)
            return { u"enabled"_s };
        if (path == "volumeConfigurations"_L1)
            return { u"name"_s };
        if (path == "vpcLatticeConfigurations"_L1)
            return { u"roleArn"_s, u"targetGroupArn"_s, u"portName"_s };
        return {};
    }

    // Lists UpdateService empties when given []: the form sends [] when the user removed every element.
    bool clearedWithEmptyList(const QString& key)
    {
        return key == "placementConstraints"_L1 || key == "placementStrategy"_L1 || key == "capacityProviderStrategy"_L1
            || key == "loadBalancers"_L1 || key == "serviceRegistries"_L1 || key == "volumeConfigurations"_L1
            || key == "vpcLatticeConfigurations"_L1;
    }

    bool isEmptyValue(const QJsonValue& value)
    {
        return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
            || (value.isArray() && value.toArray().isEmpty()) || (value.isObject() && value.toObject().isEmpty());
    }

    QJsonValue valueAt(const QJsonObject& root, const QStringList& keys)
    {
        QJsonValue value = root;
        for (const QString& key : keys) {
            if (!value.isObject())
                return QJsonValue(QJsonValue::Undefined);
            value = value.toObject().value(key);
        }
        return value;
    }

    // Sets (or removes, when `value` is empty) keys[from..] inside `object`; empty parents go too.
    void setAt(QJsonObject& object, const QStringList& keys, qsizetype from, const QJsonValue& value)
    {
        const QString& key = keys.at(from);
        if (from == keys.size() - 1) {
            if (isEmptyValue(value))
                object.remove(key);
            else
                object.insert(key, value);
            return;
        }
        QJsonObject child = object.value(key).toObject();
        setAt(child, keys, from + 1, value);
        if (child.isEmpty())
            object.remove(key);
        else
            object.insert(key, child);
    }

    // The members ECS requires together: a circuit breaker's enable and rollback, alarms' three.
    QJsonObject completedDeploymentConfiguration(QJsonObject configuration)
    {
        if (configuration.contains("deploymentCircuitBreaker"_L1)) {
            QJsonObject breaker = configuration.value("deploymentCircuitBreaker"_L1).toObject();
            for (const QLatin1String member : { "enable"_L1, "rollback"_L1 }) {
                if (!breaker.contains(member))
                    breaker.insert(member, false);
            }
            configuration.insert("deploymentCircuitBreaker"_L1, breaker);
        }
        if (configuration.contains("alarms"_L1)) {
            QJsonObject alarms = configuration.value("alarms"_L1).toObject();
            if (!alarms.contains("alarmNames"_L1))
                alarms.insert("alarmNames"_L1, QJsonArray());
            for (const QLatin1String member : { "enable"_L1, "rollback"_L1 }) {
                if (!alarms.contains(member))
                    alarms.insert(member, false);
            }
            configuration.insert("alarms"_L1, alarms);
        }
        return configuration;
    }

    Rules::Finding formFinding(const QString& path, const char* rule, const QString& message)
    {
        Rules::Finding finding;
        finding.path = path;
        finding.rule = QLatin1String(rule);
        finding.message = message;
        return finding;
    }

} // namespace

ServiceForm ServiceForm::forCreate(const QString& cluster)
{
    ServiceForm form;
    form.m_mode = Mode::Create;
    form.m_cluster = cluster;
    // One task, as the console starts a new service with.
    form.m_start.insert("desiredCount"_L1, 1);
    form.m_fields = form.m_start;
    return form;
}

ServiceForm ServiceForm::forUpdate(const QJsonObject& service)
{
    ServiceForm form;
    form.m_mode = Mode::Update;
    form.m_cluster = service.value("clusterArn"_L1).toString();
    for (const QLatin1String key : { "serviceName"_L1, "launchType"_L1, "schedulingStrategy"_L1 }) {
        if (service.contains(key))
            form.m_context.insert(key, service.value(key));
    }
    const QJsonObject primary = primaryDeployment(service);
    for (const QString& key : updateFields()) {
        const QJsonValue value
            = pruned(service.contains(key) || !fromPrimaryDeployment(key) ? service.value(key) : primary.value(key));
        if (!isEmptyValue(value))
            form.m_current.insert(key, value);
    }
    if (form.m_current.contains("taskDefinition"_L1))
        form.m_current.insert(
            "taskDefinition"_L1, shortTaskDefinition(form.m_current.value("taskDefinition"_L1).toString()));
    // A DAEMON service runs one task per instance: it has no desired count to set.
    if (form.isDaemon())
        form.m_current.remove("desiredCount"_L1);
    form.m_start = form.m_current;
    form.m_fields = form.m_current;
    return form;
}

QString ServiceForm::serviceName() const
{
    return (m_mode == Mode::Create ? m_fields : m_context).value("serviceName"_L1).toString();
}

QString ServiceForm::launchType() const
{
    return (m_mode == Mode::Create ? m_fields : m_context).value("launchType"_L1).toString();
}

QString ServiceForm::schedulingStrategy() const
{
    return (m_mode == Mode::Create ? m_fields : m_context).value("schedulingStrategy"_L1).toString();
}

QJsonValue ServiceForm::value(const QString& path) const { return valueAt(m_fields, path.split(u'.')); }

bool ServiceForm::setValue(const QString& path, const QJsonValue& value)
{
    const QStringList keys = path.split(u'.');
    const QJsonValue clean = pruned(value);
    if (valueAt(m_fields, keys) == clean || (isEmptyValue(clean) && isEmptyValue(valueAt(m_fields, keys))))
        return false;
    setAt(m_fields, keys, 0, clean);
    return true;
}

bool ServiceForm::isJsonField(const QString& path)
{
    return path == "serviceConnectConfiguration"_L1 || path == "volumeConfigurations"_L1
        || path == "vpcLatticeConfigurations"_L1;
}

QString ServiceForm::jsonText(const QString& path) const
{
    if (m_jsonTexts.contains(path))
        return m_jsonTexts.value(path);
    const QJsonValue current = value(path);
    if (current.isObject())
        return QString::fromUtf8(QJsonDocument(current.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (current.isArray())
        return QString::fromUtf8(QJsonDocument(current.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return {};
}

bool ServiceForm::setJsonText(const QString& path, const QString& text)
{
    const bool wantsObject = path == "serviceConnectConfiguration"_L1;
    m_jsonTexts.remove(path);
    m_jsonErrors.remove(path);
    if (text.trimmed().isEmpty())
        return setValue(path, QJsonValue());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    QString problem;
    if (error.error != QJsonParseError::NoError)
        problem = tr("This is not valid JSON: %1 (at character %2).").arg(error.errorString()).arg(error.offset);
    else if (wantsObject && !document.isObject())
        problem = tr("Enter a JSON object ({ … }).");
    else if (!wantsObject && !document.isArray())
        problem = tr("Enter a JSON list ([ { … } ]).");
    else if (!wantsObject) {
        const QJsonArray elements = document.array();
        for (const QJsonValue& element : elements) {
            if (!element.isObject()) {
                problem = tr("Each element of the list must be a JSON object ({ … }).");
                break;
            }
        }
    }
    if (!problem.isEmpty()) {
        // The text stays as typed; the field keeps its last valid value and the form is invalid.
        m_jsonTexts.insert(path, text);
        m_jsonErrors.insert(path, problem);
        return true;
    }
    const QJsonValue parsed = wantsObject ? QJsonValue(document.object()) : QJsonValue(document.array());
    return setValue(path, parsed);
}

void ServiceForm::reset()
{
    m_fields = m_start;
    m_force = false;
    m_jsonTexts.clear();
    m_jsonErrors.clear();
}

bool ServiceForm::hasChanges() const { return !changes().isEmpty(); }

QJsonObject ServiceForm::changes() const
{
    QJsonObject out;
    if (m_mode == Mode::Create) {
        out = m_fields;
    } else {
        for (const QString& key : updateFields()) {
            const QJsonValue before = m_current.value(key);
            const QJsonValue after = m_fields.value(key);
            if (before == after)
                continue;
            if (!after.isUndefined())
                out.insert(key, after);
            else if (clearedWithEmptyList(key))
                out.insert(key, QJsonArray());
            else if (key == "healthCheckGracePeriodSeconds"_L1)
                out.insert(key, 0);
            else if (key == "serviceConnectConfiguration"_L1)
                // Service Connect is turned off with enabled: false.
                out.insert(key, QJsonObject { { u"enabled"_s, false } });
            // Other values cleared (platformVersion, propagateTags...) cannot be unset: left out.
        }
        if (m_force)
            out.insert("forceNewDeployment"_L1, true);
    }
    if (out.contains("deploymentConfiguration"_L1))
        out.insert("deploymentConfiguration"_L1,
            completedDeploymentConfiguration(out.value("deploymentConfiguration"_L1).toObject()));
    return out;
}

QJsonObject ServiceForm::request() const
{
    QJsonObject input = changes();
    if (!m_cluster.isEmpty())
        input.insert("cluster"_L1, m_cluster);
    if (m_mode == Mode::Update)
        input.insert("service"_L1, serviceName());
    return input;
}

QString ServiceForm::operation() const { return m_mode == Mode::Create ? u"CreateService"_s : u"UpdateService"_s; }

QJsonObject ServiceForm::effectiveService() const
{
    QJsonObject service = m_fields;
    if (m_mode == Mode::Update) {
        for (auto it = m_context.constBegin(); it != m_context.constEnd(); ++it)
            service.insert(it.key(), it.value());
        // UpdateService moves a launch type service to a capacity provider strategy: the launch
        // type then no longer applies.
        if (!service.value("capacityProviderStrategy"_L1).toArray().isEmpty())
            service.remove("launchType"_L1);
    }
    return service;
}

QList<Rules::Finding> ServiceForm::findings() const
{
    QList<Rules::Finding> out;
    const QJsonObject service = effectiveService();
    if (m_mode == Mode::Create) {
        static const QRegularExpression namePattern(u"^[A-Za-z0-9_-]{1,255}$"_s);
        const QString name = serviceName();
        if (name.isEmpty())
            out.append(formFinding(u"serviceName"_s, "service-name-required", tr("Enter a name for the service.")));
        else if (!namePattern.match(name).hasMatch())
            out.append(formFinding(u"serviceName"_s, "service-name-form",
                tr("Up to 255 letters (uppercase and lowercase), numbers, hyphens and underscores are allowed.")));
        if (m_fields.value("taskDefinition"_L1).toString().isEmpty())
            out.append(formFinding(u"taskDefinition"_s, "task-definition-required", tr("Choose a task definition.")));
        out.append(Rules::checkCreateService(m_fields));
    } else {
        out.append(Rules::checkUpdateService(changes(), schedulingStrategy()));
    }
    const QJsonObject awsvpc
        = service.value("networkConfiguration"_L1).toObject().value("awsvpcConfiguration"_L1).toObject();
    if (!awsvpc.isEmpty() && awsvpc.value("subnets"_L1).toArray().isEmpty())
        out.append(formFinding(u"networkConfiguration.awsvpcConfiguration.subnets"_s, "awsvpc-subnets-required",
            tr("Enter at least one subnet.")));
    const QJsonArray strategy = service.value("capacityProviderStrategy"_L1).toArray();
    for (qsizetype i = 0; i < strategy.size(); ++i) {
        if (strategy.at(i).toObject().value("capacityProvider"_L1).toString().isEmpty())
            out.append(formFinding(u"capacityProviderStrategy["_s + QString::number(i) + u"].capacityProvider"_s,
                "capacity-provider-required", tr("Enter the capacity provider's name.")));
    }
    for (auto it = m_jsonErrors.constBegin(); it != m_jsonErrors.constEnd(); ++it)
        out.append(formFinding(it.key(), "json-field-type", it.value()));
    for (const QString& path :
        { u"serviceConnectConfiguration"_s, u"volumeConfigurations"_s, u"vpcLatticeConfigurations"_s }) {
        if (m_jsonErrors.contains(path))
            continue;
        const QJsonValue field = m_fields.value(path);
        const QJsonArray objects = field.isArray() ? field.toArray() : QJsonArray { field };
        for (qsizetype i = 0; i < objects.size(); ++i) {
            if (!objects.at(i).isObject())
                continue;
            QStringList missing;
            for (const QString& member : requiredMembers(path)) {
                if (!objects.at(i).toObject().contains(member))
                    missing.append(member);
            }
            if (missing.isEmpty())
                continue;
            out.append(formFinding(path, "json-field-required",
                field.isArray() ? tr("Element %1 lacks the required %2.").arg(i + 1).arg(missing.join(u", "_s))
                                : tr("It lacks the required %1.").arg(missing.join(u", "_s))));
        }
    }
    out.append(Rules::checkServiceSettings(service));
    return out;
}

QStringList ServiceForm::messagesAt(const QList<Rules::Finding>& findings, const QString& path)
{
    QStringList messages;
    for (const Rules::Finding& finding : findings) {
        if (!finding.isError())
            continue;
        const bool inside = finding.path == path
            || (finding.path.startsWith(path)
                && (finding.path.at(path.size()) == u'.' || finding.path.at(path.size()) == u'['));
        if (inside)
            messages.append(finding.translatedMessage());
    }
    return messages;
}

bool ServiceForm::isValid() const { return !Rules::firstRejection(findings()).has_value(); }

QList<TaskDefinitionChange> ServiceForm::diff() const
{
    QJsonObject after = changes();
    const bool force = after.contains("forceNewDeployment"_L1);
    after.remove("forceNewDeployment"_L1);
    QJsonObject before;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (m_current.contains(it.key()))
            before.insert(it.key(), m_current.value(it.key()));
    }
    // The request's completed members (a circuit breaker's rollback: false) are no change.
    if (before.contains("deploymentConfiguration"_L1))
        before.insert("deploymentConfiguration"_L1,
            completedDeploymentConfiguration(before.value("deploymentConfiguration"_L1).toObject()));
    QList<TaskDefinitionChange> changes = TaskDefinitionDiff::compare(before, after);
    if (force) {
        TaskDefinitionChange change;
        change.kind = TaskDefinitionChange::Kind::Added;
        change.path = u"forceNewDeployment"_s;
        change.newValue = true;
        changes.append(change);
    }
    return changes;
}

ServiceForm::Section ServiceForm::sectionOf(const QString& path)
{
    const QString key = path.section(u'.', 0, 0).section(u'[', 0, 0);
    for (const Section section : { Section::Deployment, Section::Network, Section::Placement, Section::Capacity,
             Section::LoadBalancing, Section::Advanced }) {
        if (sectionFields(section).contains(key))
            return section;
    }
    return Section::Deployment;
}

QStringList ServiceForm::sectionFields(Section section)
{
    switch (section) {
    case Section::Deployment:
        return { u"serviceName"_s, u"schedulingStrategy"_s, u"taskDefinition"_s, u"desiredCount"_s,
            u"deploymentController"_s, u"deploymentConfiguration"_s, u"forceNewDeployment"_s };
    case Section::Network:
        return { u"networkConfiguration"_s };
    case Section::Placement:
        return { u"placementConstraints"_s, u"placementStrategy"_s };
    case Section::Capacity:
        return { u"launchType"_s, u"capacityProviderStrategy"_s, u"platformVersion"_s };
    case Section::LoadBalancing:
        return { u"loadBalancers"_s, u"role"_s, u"healthCheckGracePeriodSeconds"_s, u"serviceRegistries"_s };
    case Section::Advanced:
        return { u"enableExecuteCommand"_s, u"propagateTags"_s, u"enableECSManagedTags"_s, u"tags"_s,
            u"availabilityZoneRebalancing"_s, u"serviceConnectConfiguration"_s, u"volumeConfigurations"_s,
            u"vpcLatticeConfigurations"_s };
    }
    return {};
}

QString ServiceForm::shortTaskDefinition(const QString& reference)
{
    const qsizetype slash = reference.lastIndexOf(u'/');
    return reference.startsWith("arn:"_L1) && slash >= 0 ? reference.mid(slash + 1) : reference;
}

QJsonValue ServiceForm::pruned(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QJsonValue child = pruned(it.value());
            if (!isEmptyValue(child))
                out.insert(it.key(), child);
        }
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& element : value.toArray()) {
            const QJsonValue child = pruned(element);
            if (!isEmptyValue(child))
                out.append(child);
        }
        return out;
    }
    return value;
}

} // namespace EcsDesk::Models
