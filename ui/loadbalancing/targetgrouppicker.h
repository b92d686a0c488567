// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"
#include "api/elbv2/elbv2client.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace EcsDesk::Api {
class EcsClient;
}

namespace EcsDesk::Ui {

class MessageBar;

/// Attach Target Group… of the service editor: the account's target groups of the region
/// (DescribeTargetGroups, every page: name, target type, protocol and port, load balancers) and the
/// containers and container ports of the service's task definition (DescribeTaskDefinition); OK
/// gives the service's loadBalancers entry (target group ARN, container name, container port).
/// Errors show in its message bar.
class TargetGroupPicker : public QDialog {
    Q_OBJECT
public:
    /// `elbConfig`: where the target groups are read; `ecs` reads `taskDefinition` (family:revision or ARN).
    TargetGroupPicker(Api::ClientConfig elbConfig, const Api::EcsClient* ecs, const QString& taskDefinition,
        QWidget* parent = nullptr);

    /// The chosen target group, container and port.
    Api::LoadBalancer binding() const;
    QTreeWidget* targetGroups() const { return m_groups; }
    QComboBox* containerPorts() const { return m_ports; }
    MessageBar* messageBar() const { return m_messages; }
    /// Selects the target group named `name` (tests and keyboard users typing its name).
    bool selectTargetGroup(const QString& name);

Q_SIGNALS:
    /// Both the target groups and the task definition were answered (or failed).
    void loaded();

private:
    void loadGroups(const QString& marker);
    void loadTaskDefinition(const QString& taskDefinition);
    void answered();
    void updateOk();

    Api::ElbV2Client m_elb;
    const Api::EcsClient* m_ecs;
    MessageBar* m_messages;
    QLabel* m_caption;
    QTreeWidget* m_groups;
    QComboBox* m_ports;
    QDialogButtonBox* m_buttons;
    int m_pending = 2;
};

} // namespace EcsDesk::Ui
