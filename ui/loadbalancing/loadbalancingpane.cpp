// SPDX-License-Identifier: MIT
#include "ui/loadbalancing/loadbalancingpane.h"

#include "api/core/awstransport.h"
#include "api/ecs/ecsclient.h"
#include "api/elbv2/elbv2client.h"
#include "ui/messagebar.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

namespace {
    QTreeWidget* table(const QString& name, const QString& accessibleName, const QStringList& headers)
    {
        auto* tree = new QTreeWidget;
        tree->setObjectName(name);
        tree->setAccessibleName(accessibleName);
        tree->setRootIsDecorated(false);
        tree->setHeaderLabels(headers);
        tree->setUniformRowHeights(true);
        tree->setSortingEnabled(true);
        tree->header()->setStretchLastSection(true);
        return tree;
    }

    /// The colour of a target's health state, readable on the palette's base (light or dark).
    QColor stateColour(const QPalette& palette, const QString& state)
    {
        const bool light = palette.color(QPalette::Base).lightness() >= 128;
        if (state == QLatin1String("healthy"))
            return light ? QColor(0x1b, 0x7f, 0x3b) : QColor(0x7e, 0xd3, 0x8f);
        if (state.startsWith(QLatin1String("unhealthy")) || state == QLatin1String("unavailable"))
            return light ? QColor(0xc0, 0x1c, 0x28) : QColor(0xff, 0x7b, 0x72);
        if (state == QLatin1String("initial"))
            return light ? QColor(0xad, 0x78, 0x00) : QColor(0xe3, 0xb3, 0x41);
        return palette.color(QPalette::PlaceholderText); // draining, unused
    }

    QString lastSegment(const QString& arn) { return arn.section(QLatin1Char('/'), -1); }
} // namespace

LoadBalancingPane::LoadBalancingPane(QWidget* parent)
    : QWidget(parent)
    , m_messageBar(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_groups(table(QStringLiteral("targetGroups"), tr("Target groups"),
          { tr("Target group"), tr("Type"), tr("Protocol and port"), tr("Container"), tr("Health check"),
              tr("Deregistration delay") }))
    , m_targets(table(QStringLiteral("targets"), tr("Targets"),
          { tr("Target group"), tr("Task"), tr("Address"), tr("Port"), tr("Zone"), tr("Health"), tr("Reason") }))
{
    m_summary->setObjectName(QStringLiteral("loadBalancingSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh->setObjectName(QStringLiteral("refreshLoadBalancing"));
    m_messageBar->setObjectName(QStringLiteral("loadBalancingMessages"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_groups);
    splitter->addWidget(m_targets);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    connect(m_refresh, &QPushButton::clicked, this, &LoadBalancingPane::reload);
    display({});
}

void LoadBalancingPane::setContext(
    const Api::ElbV2Client* elb, const Api::EcsClient* ecs, const QString& cluster, const QString& service)
{
    ++m_generation;
    if (m_describe)
        m_describe->deleteLater();
    m_describe = nullptr;
    if (m_loader)
        m_loader->deleteLater();
    m_loader = nullptr;
    m_elb = elb;
    m_ecs = ecs;
    m_cluster = cluster;
    m_service = service;
    m_bindings.clear();
    m_stale = false;
    m_messageBar->hide();
    display({});
    if (!elb || !ecs || service.isEmpty())
        return;
    m_loader = new Api::ServiceTargetsLoader(elb, this);
    connect(m_loader, &Api::ServiceTargetsLoader::loaded, this, [this](const QList<Api::ServiceTargetGroup>& groups) {
        m_messageBar->hide();
        display(groups);
        Q_EMIT refreshed();
    });
    connect(m_loader, &Api::ServiceTargetsLoader::failed, this, [this](const Api::AwsError& error) {
        showError(tr("Loading the target groups of %1 failed: %2").arg(m_service, error.toString()));
        Q_EMIT refreshed();
    });
    reload();
}

void LoadBalancingPane::reload()
{
    if (!m_ecs || !m_elb || m_service.isEmpty())
        return;
    m_stale = false;
    if (m_describe)
        m_describe->deleteLater();
    m_summary->setText(tr("Loading the load balancing of %1…").arg(m_service));
    Api::AwsReply* reply = m_ecs->describeServicesTyped(m_cluster, { m_service });
    m_describe = reply;
    const quint64 generation = m_generation;
    connect(reply, &Api::AwsReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_generation || reply != m_describe)
            return;
        m_describe = nullptr;
        if (!reply->isOk()) {
            showError(tr("Reading the service %1 failed: %2")
                          .arg(m_service, reply->error() ? reply->error()->toString() : QString()));
            Q_EMIT refreshed();
            return;
        }
        const auto result = reply->takeDecoded<Api::DescribeServicesResult>();
        if (result.items.isEmpty()) {
            showError(tr("The service %1 was not found.").arg(m_service));
            Q_EMIT refreshed();
            return;
        }
        loadTargets(result.items.first().loadBalancers);
    });
}

void LoadBalancingPane::noteService(const Api::Service& service)
{
    if (!m_loader || service.name != m_service || lastSegment(service.clusterArn) != m_cluster)
        return;
    if (m_describe || m_loader->isLoading())
        return; // the answer on its way is as fresh
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    loadTargets(service.loadBalancers);
}

void LoadBalancingPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && m_loader && !m_describe && !m_loader->isLoading()) {
        m_stale = false;
        loadTargets(m_bindings);
    }
}

void LoadBalancingPane::loadTargets(const QList<Api::LoadBalancer>& bindings)
{
    m_bindings = bindings;
    bool anyTargetGroup = false;
    for (const Api::LoadBalancer& binding : bindings)
        anyTargetGroup = anyTargetGroup || !binding.targetGroupArn.isEmpty();
    if (!anyTargetGroup) {
        m_messageBar->hide();
        display({});
        Q_EMIT refreshed();
        return;
    }
    m_loader->load(bindings);
}

QString LoadBalancingPane::summaryText() const { return m_summary->text(); }

void LoadBalancingPane::showError(const QString& text)
{
    m_messageBar->showMessage(text, MessageBar::Kind::Error);
    if (m_shown.isEmpty())
        m_summary->setText(tr("The load balancing of %1 could not be read.").arg(m_service));
}

void LoadBalancingPane::display(const QList<Api::ServiceTargetGroup>& groups)
{
    m_shown = groups;
    const QString selected
        = m_targets->currentItem() ? m_targets->currentItem()->data(0, Qt::UserRole).toString() : QString();
    // A refresh keeps the reader's place: the selected target and the scroll position.
    const int scrolled = m_targets->verticalScrollBar()->value();
    m_groups->clear();
    m_targets->clear();
    if (m_service.isEmpty()) {
        m_summary->setText(tr("Select a service to see its load balancers."));
        return;
    }
    QStringList classic;
    for (const Api::LoadBalancer& binding : std::as_const(m_bindings)) {
        if (binding.targetGroupArn.isEmpty() && !binding.loadBalancerName.isEmpty())
            classic.append(binding.loadBalancerName);
    }
    if (groups.isEmpty()) {
        m_summary->setText(classic.isEmpty()
                ? tr("This service has no load balancer.")
                : tr("This service is behind the Classic Load Balancer %1; its instances are not shown here.")
                      .arg(classic.join(QStringLiteral(", "))));
        return;
    }

    const Models::TargetTaskIndex index = m_taskIndex ? m_taskIndex() : Models::TargetTaskIndex();
    QHash<QString, int> states;
    int targetCount = 0;
    for (const Api::ServiceTargetGroup& entry : groups) {
        const QString name = entry.group ? entry.group->name : lastSegment(entry.binding.targetGroupArn);
        QStringList row { name };
        if (entry.group) {
            const Api::TargetGroup& group = *entry.group;
            QString healthCheck;
            if (!group.healthCheckEnabled) {
                healthCheck = tr("off");
            } else {
                const QString matcher
                    = !group.matcherHttpCode.isEmpty() ? group.matcherHttpCode : group.matcherGrpcCode;
                healthCheck = tr("%1 %2 on %3 every %4 s, timeout %5 s, healthy after %6, unhealthy after %7")
                                  .arg(group.healthCheckProtocol,
                                      group.healthCheckPath.isEmpty() ? QStringLiteral("-") : group.healthCheckPath,
                                      group.healthCheckPort == QLatin1String("traffic-port") ? tr("the traffic port")
                                                                                             : group.healthCheckPort)
                                  .arg(group.healthCheckIntervalSeconds)
                                  .arg(group.healthCheckTimeoutSeconds)
                                  .arg(group.healthyThresholdCount)
                                  .arg(group.unhealthyThresholdCount);
                if (!matcher.isEmpty())
                    healthCheck += tr(", expects %1").arg(matcher);
            }
            row << group.targetType
                << (group.port ? QStringLiteral("%1 %2").arg(group.protocol).arg(*group.port) : group.protocol)
                << tr("%1:%2").arg(entry.binding.containerName).arg(entry.binding.containerPort) << healthCheck
                << tr("%n s", nullptr, entry.deregistrationDelay);
        } else {
            row << QString() << QString()
                << tr("%1:%2").arg(entry.binding.containerName).arg(entry.binding.containerPort)
                << tr("(target group not found)") << QString();
        }
        auto* item = new QTreeWidgetItem(m_groups, row);
        item->setToolTip(0, entry.binding.targetGroupArn);
        item->setToolTip(4, row.value(4));
        item->setData(0, Qt::UserRole, entry.binding.targetGroupArn);

        for (const Api::TargetHealthDescription& target : entry.targets) {
            ++targetCount;
            ++states[target.health.state];
            const QString taskArn = index.taskOf(target.target);
            const QString reason = target.health.reason.isEmpty() ? target.health.description
                : target.health.description.isEmpty()
                ? target.health.reason
                : QStringLiteral("%1: %2").arg(target.health.reason, target.health.description);
            auto* t = new QTreeWidgetItem(m_targets,
                { name, taskArn.isEmpty() ? target.target.id : lastSegment(taskArn), target.target.id,
                    target.target.port ? QString::number(*target.target.port) : QString(),
                    target.target.availabilityZone, target.health.state, reason });
            const QString key = entry.binding.targetGroupArn + QLatin1Char(' ') + target.target.id + QLatin1Char(':')
                + t->text(PortColumn);
            t->setData(0, Qt::UserRole, key);
            t->setToolTip(TaskColumn, taskArn.isEmpty() ? tr("No task of the cluster has this address.") : taskArn);
            t->setToolTip(ReasonColumn, reason);
            t->setForeground(HealthColumn, stateColour(palette(), target.health.state));
            if (key == selected)
                m_targets->setCurrentItem(t);
        }
    }
    for (QTreeWidget* tree : { m_groups, m_targets }) {
        for (int c = 0; c + 1 < tree->columnCount(); ++c)
            tree->resizeColumnToContents(c);
    }
    m_targets->verticalScrollBar()->setValue(scrolled);
    QStringList counts;
    for (const char* state : { "healthy", "initial", "unhealthy", "draining", "unused", "unavailable" }) {
        const int n = states.value(QLatin1String(state));
        if (n > 0)
            counts.append(QStringLiteral("%1 %2").arg(n).arg(QLatin1String(state)));
    }
    m_summary->setText(counts.isEmpty() ? tr("%n target groups, no targets.", nullptr, int(groups.size()))
                                        : tr("%n target groups, %1 targets: %2.", nullptr, int(groups.size()))
                                              .arg(targetCount)
                                              .arg(counts.join(QStringLiteral(", "))));
}

} // namespace EcsDesk::Ui
