// SPDX-License-Identifier: MIT
#include "ui/loadbalancing/targetgrouppicker.h"

#include "api/core/awstransport.h"
#include "api/ecs/ecsclient.h"
#include "ui/messagebar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

TargetGroupPicker::TargetGroupPicker(
    Api::ClientConfig elbConfig, const Api::EcsClient* ecs, const QString& taskDefinition, QWidget* parent)
    : QDialog(parent)
    , m_elb(std::move(elbConfig))
    , m_ecs(ecs)
    , m_messages(new MessageBar(this))
    , m_caption(new QLabel(tr("Loading the target groups…"), this))
    , m_groups(new QTreeWidget(this))
    , m_ports(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Attach Target Group"));
    setObjectName(QStringLiteral("targetGroupPicker"));
    m_groups->setObjectName(QStringLiteral("pickerTargetGroups"));
    m_groups->setAccessibleName(tr("Target groups"));
    m_groups->setRootIsDecorated(false);
    m_groups->setUniformRowHeights(true);
    m_groups->setHeaderLabels({ tr("Target group"), tr("Type"), tr("Protocol and port"), tr("Load balancers") });
    m_groups->header()->setStretchLastSection(true);
    m_ports->setObjectName(QStringLiteral("pickerContainerPort"));
    m_ports->setAccessibleName(tr("Container and port"));
    m_caption->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* portLabel = new QLabel(tr("&Container and port:"), this);
    portLabel->setBuddy(m_ports);
    form->addRow(portLabel, m_ports);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_caption);
    layout->addWidget(m_groups, 1);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_groups, &QTreeWidget::currentItemChanged, this, &TargetGroupPicker::updateOk);
    connect(m_ports, &QComboBox::currentIndexChanged, this, &TargetGroupPicker::updateOk);
    connect(m_groups, &QTreeWidget::itemActivated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    resize(720, 420);
    updateOk();
    loadGroups({});
    loadTaskDefinition(taskDefinition);
}

void TargetGroupPicker::loadGroups(const QString& marker)
{
    Api::AwsReply* reply = m_elb.describeTargetGroups({}, {}, {}, marker);
    connect(reply, &Api::AwsReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            m_messages->showMessage(
                tr("Reading the target groups failed: %1").arg(reply->error() ? reply->error()->toString() : QString()),
                MessageBar::Kind::Error);
            answered();
            return;
        }
        const Api::Outcome<Api::TargetGroupPage> page = Api::ElbV2::parseTargetGroups(reply->body());
        if (!page.ok()) {
            m_messages->showMessage(page.error->toString(), MessageBar::Kind::Error);
            answered();
            return;
        }
        for (const Api::TargetGroup& group : page.value.targetGroups) {
            QStringList balancers; // loadbalancer/app/NAME/ID: the names
            for (const QString& arn : group.loadBalancerArns)
                balancers.append(arn.section(QLatin1Char('/'), 2, 2));
            auto* item = new QTreeWidgetItem(m_groups,
                { group.name, group.targetType,
                    group.port ? QStringLiteral("%1 %2").arg(group.protocol).arg(*group.port) : group.protocol,
                    balancers.isEmpty() ? tr("(none: no traffic reaches it)") : balancers.join(QStringLiteral(", ")) });
            item->setData(0, Qt::UserRole, group.arn);
            item->setToolTip(0, group.arn);
        }
        if (!page.value.nextMarker.isEmpty()) {
            loadGroups(page.value.nextMarker);
            return;
        }
        answered();
    });
}

void TargetGroupPicker::loadTaskDefinition(const QString& taskDefinition)
{
    if (!m_ecs || taskDefinition.isEmpty()) {
        m_ports->setPlaceholderText(tr("Choose the task definition first"));
        answered();
        return;
    }
    Api::AwsReply* reply = m_ecs->describeTaskDefinition(taskDefinition);
    connect(reply, &Api::AwsReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            m_messages->showMessage(tr("Reading the task definition failed: %1")
                                        .arg(reply->error() ? reply->error()->toString() : QString()),
                MessageBar::Kind::Error);
            answered();
            return;
        }
        const Api::TaskDefinition definition
            = Api::TaskDefinition::fromJson(reply->json().value(QStringLiteral("taskDefinition")).toObject());
        for (const Api::ContainerDefinition& container : definition.containerDefinitions) {
            for (const Api::PortMapping& mapping : container.portMappings) {
                if (mapping.containerPort <= 0)
                    continue;
                m_ports->addItem(tr("%1:%2").arg(container.name).arg(mapping.containerPort),
                    QStringList { container.name, QString::number(mapping.containerPort) });
            }
        }
        if (m_ports->count() == 0)
            m_ports->setPlaceholderText(tr("No container of %1 maps a port").arg(definition.family));
        answered();
    });
}

void TargetGroupPicker::answered()
{
    if (--m_pending > 0)
        return;
    m_caption->setText(m_groups->topLevelItemCount() == 0
            ? tr("There is no target group in this region: create one with its load balancer first.")
            : tr("Choose the target group the service's tasks register with, and their container port."));
    if (!m_groups->currentItem() && m_groups->topLevelItemCount() == 1)
        m_groups->setCurrentItem(m_groups->topLevelItem(0));
    updateOk();
    Q_EMIT loaded();
}

bool TargetGroupPicker::selectTargetGroup(const QString& name)
{
    for (int i = 0; i < m_groups->topLevelItemCount(); ++i) {
        if (m_groups->topLevelItem(i)->text(0) == name) {
            m_groups->setCurrentItem(m_groups->topLevelItem(i));
            return true;
        }
    }
    return false;
}

void TargetGroupPicker::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_groups->currentItem() && m_ports->currentIndex() >= 0);
}

Api::LoadBalancer TargetGroupPicker::binding() const
{
    Api::LoadBalancer result;
    if (m_groups->currentItem())
        result.targetGroupArn = m_groups->currentItem()->data(0, Qt::UserRole).toString();
    const QStringList port = m_ports->currentData().toStringList();
    result.containerName = port.value(0);
    result.containerPort = port.value(1).toInt();
    return result;
}

} // namespace EcsDesk::Ui
