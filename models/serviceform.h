// SPDX-License-Identifier: MIT
#pragma once

#include "models/taskdef/taskdefinitiondiff.h"
#include "rules/ecsrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace EcsDesk::Models {

/// The Edit Service / Create Service form without widgets: every field UpdateService takes, in
/// the wire form, grouped as the form shows them; the request it sends (UpdateService: only the
/// fields that differ from the current service; CreateService: every field set), the findings per
/// field (ECS's rules from the rulebook, plus what the form needs) and the "what will change" diff.
///
/// Fields are addressed by dotted paths of object keys (`deploymentConfiguration.maximumPercent`,
/// `networkConfiguration.awsvpcConfiguration.subnets`); lists (subnets, load balancers, ...) are
/// set whole. An empty string, list or object is the same as an absent field.
class ServiceForm {
    Q_DECLARE_TR_FUNCTIONS(EcsDesk::Models::ServiceForm)
public:
    enum class Mode { Create, Update };
    enum class Section { Deployment, Network, Placement, Capacity, LoadBalancing, Advanced };

    /// A form for CreateService in `cluster` (name or ARN; empty: the default cluster), with a
    /// desired count of 1 set.
    static ServiceForm forCreate(const QString& cluster = {});
    /// A form on `service` (one element of DescribeServices' `services`) for UpdateService.
    static ServiceForm forUpdate(const QJsonObject& service);

    Mode mode() const { return m_mode; }
    QString serviceName() const;
    QString cluster() const { return m_cluster; }
    QString launchType() const;
    QString schedulingStrategy() const;
    bool isDaemon() const { return schedulingStrategy() == QLatin1String("DAEMON"); }

    /// The current service's editable fields (empty for Create) and the edited ones.
    QJsonObject current() const { return m_current; }
    QJsonObject fields() const { return m_fields; }

    QJsonValue value(const QString& path) const;
    /// Sets (or, with an empty value, removes) the field at `path`; true when the form changed.
    bool setValue(const QString& path, const QJsonValue& value);
    /// serviceConnectConfiguration (an object), volumeConfigurations and vpcLatticeConfigurations
    /// (lists of objects): the fields the form edits as JSON text.
    static bool isJsonField(const QString& path);
    /// A JSON field's text: as typed while it is wrong, else its value indented (empty when unset).
    QString jsonText(const QString& path) const;
    /// Sets a JSON field from `text` (empty: unset). Text that is not JSON of the field's type keeps
    /// the field's last valid value and is a finding at `path` until corrected; true when anything changed.
    bool setJsonText(const QString& path, const QString& text);
    bool forceNewDeployment() const { return m_force; }
    void setForceNewDeployment(bool force) { m_force = force; }
    /// Back to the current service (Update) or a new service's defaults (Create: one task).
    void reset();
    /// True when the request would change something (Update) or a field is set (Create).
    bool hasChanges() const;

    /// The request's input without the `cluster` and `service` members the client adds: the
    /// fields that differ from the current service (a list emptied is sent as []; a value cleared
    /// that ECS cannot unset is left out), forceNewDeployment when ticked; for Create every set field.
    QJsonObject changes() const;
    /// The whole input as sent (with `cluster` and `service`/`serviceName`): the JSON preview.
    QJsonObject request() const;
    /// "UpdateService" or "CreateService".
    QString operation() const;

    /// Problems with the form as it is: ECS's rules (rulebook) and what the form needs
    /// (a service name, a task definition, subnets...), each at its field's path.
    QList<Rules::Finding> findings() const;
    /// The errors among findings() at `path` or inside it (`loadBalancers` takes `loadBalancers[0].containerPort`).
    static QStringList messagesAt(const QList<Rules::Finding>& findings, const QString& path);
    bool isValid() const;

    /// What the request changes: each changed path with its old and new value.
    QList<TaskDefinitionChange> diff() const;

    /// The section a field path belongs to (its top-level key decides).
    static Section sectionOf(const QString& path);
    /// The request fields of each section, in the form's order.
    static QStringList sectionFields(Section section);
    /// `family:revision` of a task definition ARN (other references unchanged).
    static QString shortTaskDefinition(const QString& reference);
    /// Empty strings, lists and objects removed, recursively.
    static QJsonValue pruned(const QJsonValue& value);

private:
    ServiceForm() = default;
    /// The service as it will be: current fields with the edits and the context (launch type,
    /// scheduling strategy), for the rulebook.
    QJsonObject effectiveService() const;

    Mode m_mode = Mode::Create;
    QString m_cluster;
    QJsonObject m_context; ///< serviceName, launchType, schedulingStrategy of the current service
    QJsonObject m_current;
    QJsonObject m_fields;
    QJsonObject m_start; ///< what reset() returns to: the current service, or a new one's defaults
    bool m_force = false;
    QHash<QString, QString> m_jsonTexts; ///< JSON fields' text while it is not JSON of their type
    QHash<QString, QString> m_jsonErrors; ///< and why
};

} // namespace EcsDesk::Models
