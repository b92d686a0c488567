// SPDX-License-Identifier: MIT
#include "ui/detailspane.h"

#include "api/ecs/taskaddresses.h"

#include "models/capacity/capacitystrategy.h"
#include "models/servicemodel.h"
#include "models/taskmodel.h"
#include "models/timestampformat.h"
#include "ui/fulltextdelegate.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

namespace {
    QTreeWidget* makeTree(QWidget* parent)
    {
        auto* tree = new QTreeWidget(parent);
        tree->setRootIsDecorated(false);
        tree->setUniformRowHeights(true);
        tree->setAlternatingRowColors(true);
        tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
        makeTextReadable(tree); // cut values and event messages show whole in their tooltip
        return tree;
    }
    /// A cell's point in time, kept so its age can be shown anew and its column sorted by time.
    constexpr int timeRole = Qt::UserRole + 1;

    /// Local time in the user's locale with its age, as the panes show it ("03/12/2026 09:12 (3 min
    /// ago)"), ISO 8601 UTC in the tooltip.
    void setTime(QTreeWidgetItem* item, int column, const QDateTime& value)
    {
        if (!value.isValid()) {
            item->setText(column, QString());
            return;
        }
        item->setText(column, Models::TimestampFormat::display(value));
        item->setData(column, timeRole, value);
        item->setToolTip(column, Models::TimestampFormat::iso(value));
    }
} // namespace

DetailsPane::DetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_properties(makeTree(this))
    , m_json(new QPlainTextEdit(this))
    , m_related(makeTree(this))
    , m_events(makeTree(this))
    , m_tasks(makeTree(this))
    , m_ageTimer(new QTimer(this))
{
    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setDocumentMode(true);
    m_properties->setObjectName(QStringLiteral("detailsProperties"));
    m_properties->setHeaderLabels({ tr("Property"), tr("Value") });
    m_json->setObjectName(QStringLiteral("detailsJson"));
    m_json->setReadOnly(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_related->setObjectName(QStringLiteral("detailsRelated"));
    m_events->setObjectName(QStringLiteral("detailsEvents"));
    m_events->setHeaderLabels({ tr("Time"), tr("Message") });
    m_tabs->addTab(m_properties, tr("Properties"));
    m_tabs->addTab(m_related, tr("Related"));
    m_tabs->addTab(m_events, tr("Events"));
    m_tasks->setObjectName(QStringLiteral("detailsServiceTasks"));
    m_tasks->setHeaderLabels({ tr("Task"), tr("Last status"), tr("Desired status"), tr("Task definition"),
        tr("Availability zone"), tr("Started") });
    m_tasks->setToolTip(tr("Double-click a task to show it in the Tasks pane"));
    connect(m_tasks, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { Q_EMIT taskActivated(item->data(0, Qt::UserRole).toString()); });
    m_tabs->addTab(m_tasks, tr("Tasks"));
    m_tabs->addTab(m_json, tr("JSON"));
    // Screen readers name each tab's view after its tab.
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->widget(i)->setAccessibleName(m_tabs->tabText(i));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    m_ageTimer->setObjectName(QStringLiteral("detailsAgeTimer"));
    m_ageTimer->setInterval(30 * 1000);
    connect(m_ageTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshAges();
    });
    m_ageTimer->start();
    showNothing();
}

void DetailsPane::refreshAges()
{
    const QDateTime now = Models::TimestampFormat::now();
    for (QTreeWidget* tree : { m_properties, m_related, m_events, m_tasks }) {
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            QTreeWidgetItem* item = tree->topLevelItem(row);
            for (int column = 0; column < item->columnCount(); ++column) {
                const QDateTime time = item->data(column, timeRole).toDateTime();
                if (time.isValid())
                    item->setText(column, Models::TimestampFormat::display(time, now));
            }
        }
    }
}

void DetailsPane::showNothing()
{
    setProperties({}, {});
    setRelated(tr("Related"), {}, {});
    m_events->clear();
    m_tabs->setTabVisible(m_tabs->indexOf(m_events), false);
    m_tasks->clear();
    m_tabs->setTabVisible(m_tabs->indexOf(m_tasks), false);
}

void DetailsPane::setProperties(const QList<Property>& properties, const QJsonObject& raw)
{
    m_properties->clear();
    QList<QTreeWidgetItem*> items;
    for (const Property& property : properties) {
        auto* item = new QTreeWidgetItem({ property.name, property.value });
        if (property.time.isValid())
            setTime(item, 1, property.time);
        items.append(item);
    }
    m_properties->addTopLevelItems(items);
    m_properties->resizeColumnToContents(0);
    m_json->setPlainText(raw.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(raw).toJson()));
}

void DetailsPane::setRelated(const QString& title, const QStringList& headers, const QList<QStringList>& rows)
{
    m_tabs->setTabText(m_tabs->indexOf(m_related), title);
    m_tabs->setTabVisible(m_tabs->indexOf(m_related), !headers.isEmpty());
    m_related->clear();
    m_related->setColumnCount(int(headers.size()));
    m_related->setHeaderLabels(headers);
    QList<QTreeWidgetItem*> items;
    for (const QStringList& row : rows)
        items.append(new QTreeWidgetItem(row));
    m_related->addTopLevelItems(items);
    for (int column = 0; column < headers.size(); ++column)
        m_related->resizeColumnToContents(column);
}

QString DetailsPane::jsonText() const { return m_json->toPlainText(); }

QString DetailsPane::property(const QString& name) const
{
    const QList<QTreeWidgetItem*> found = m_properties->findItems(name, Qt::MatchExactly, 0);
    return found.isEmpty() ? QString() : found.first()->text(1);
}

void DetailsPane::showCluster(const Api::Cluster& cluster)
{
    showNothing();
    setProperties(
        { { tr("Name"), cluster.name }, { tr("ARN"), cluster.arn }, { tr("Status"), cluster.status },
            { tr("Active services"), QString::number(cluster.activeServicesCount) },
            { tr("Running tasks"), QString::number(cluster.runningTasksCount) },
            { tr("Pending tasks"), QString::number(cluster.pendingTasksCount) },
            { tr("Container instances"), QString::number(cluster.registeredContainerInstancesCount) },
            { tr("Capacity providers"), cluster.capacityProviders.join(QLatin1String(", ")) },
            { tr("Default strategy"), Models::CapacityStrategy::describe(cluster.defaultCapacityProviderStrategy) } },
        cluster.raw);
}

void DetailsPane::showService(const Api::Service& service, const QList<Models::TaskRow>& tasks)
{
    setProperties(
        { { tr("Name"), service.name }, { tr("ARN"), service.arn }, { tr("Status"), service.status },
            { tr("Task definition"), service.taskDefinition },
            { tr("Desired count"), QString::number(service.desiredCount) },
            { tr("Running count"), QString::number(service.runningCount) },
            { tr("Pending count"), QString::number(service.pendingCount) }, { tr("Launch type"), service.launchType },
            { tr("Scheduling strategy"), service.schedulingStrategy }, { tr("Created"), {}, service.createdAt } },
        service.raw);
    QList<QStringList> rows;
    for (const Api::Deployment& d : service.deployments)
        rows.append({ d.status, Models::ServiceModel::shortTaskDefinition(d.taskDefinition),
            QString::number(d.desiredCount), QString::number(d.runningCount), QString::number(d.pendingCount),
            QString::number(d.failedTasks), d.rolloutState, QString() });
    setRelated(tr("Deployments"),
        { tr("Status"), tr("Task definition"), tr("Desired"), tr("Running"), tr("Pending"), tr("Failed"), tr("Rollout"),
            tr("Updated") },
        rows);
    for (int row = 0; row < m_related->topLevelItemCount() && row < service.deployments.size(); ++row)
        setTime(m_related->topLevelItem(row), 7, service.deployments[row].updatedAt);
    m_related->resizeColumnToContents(7);
    m_events->clear();
    QList<QTreeWidgetItem*> items;
    for (const Api::ServiceEvent& event : service.events) {
        auto* item = new QTreeWidgetItem({ QString(), event.message });
        setTime(item, 0, event.createdAt);
        items.append(item);
    }
    m_events->addTopLevelItems(items);
    m_events->resizeColumnToContents(0);
    m_tabs->setTabVisible(m_tabs->indexOf(m_events), true);

    // The service's tasks, running first; the selection survives a refresh.
    const QTreeWidgetItem* current = m_tasks->currentItem();
    const QString currentArn = current ? current->data(0, Qt::UserRole).toString() : QString();
    m_tasks->clear();
    QList<QTreeWidgetItem*> taskItems;
    for (const Models::TaskRow& task : tasks) {
        auto* item
            = new QTreeWidgetItem({ Models::TaskModel::lastSegment(task.arn), task.lastStatus, task.desiredStatus,
                Models::ServiceModel::shortTaskDefinition(task.taskDefinitionArn), task.availabilityZone, QString() });
        setTime(item, 5, task.startedAt);
        item->setData(0, Qt::UserRole, task.arn);
        item->setToolTip(0, task.arn);
        taskItems.append(item);
    }
    std::stable_sort(taskItems.begin(), taskItems.end(), [](const QTreeWidgetItem* a, const QTreeWidgetItem* b) {
        const bool aStopped = a->text(2) == QLatin1String("STOPPED");
        const bool bStopped = b->text(2) == QLatin1String("STOPPED");
        // newest first by the start time itself (the shown text sorts by day of the month)
        return aStopped != bStopped ? !aStopped : a->data(5, timeRole).toDateTime() > b->data(5, timeRole).toDateTime();
    });
    m_tasks->addTopLevelItems(taskItems);
    for (QTreeWidgetItem* item : std::as_const(taskItems)) {
        if (!currentArn.isEmpty() && item->data(0, Qt::UserRole).toString() == currentArn)
            m_tasks->setCurrentItem(item);
    }
    m_tabs->setTabText(m_tabs->indexOf(m_tasks), tr("Tasks (%1)").arg(tasks.size()));
    m_tabs->setTabVisible(m_tabs->indexOf(m_tasks), true);
}

void DetailsPane::showTask(const Api::Task& task)
{
    showNothing();
    const Api::TaskAddresses addresses = Api::TaskAddresses::fromTaskJson(task.raw);
    setProperties({ { tr("Task"), Models::TaskModel::lastSegment(task.arn) }, { tr("ARN"), task.arn },
                      { tr("Last status"), task.lastStatus }, { tr("Desired status"), task.desiredStatus },
                      { tr("Task definition"), task.taskDefinitionArn }, { tr("Group"), task.group },
                      { tr("Launch type"), task.launchType }, { tr("Container instance"), task.containerInstanceArn },
                      { tr("Availability zone"), task.availabilityZone }, { tr("CPU"), task.cpu },
                      { tr("Memory"), task.memory }, { tr("Health"), task.healthStatus },
                      { tr("Started"), {}, task.startedAt }, { tr("Stopped"), {}, task.stoppedAt },
                      { tr("Stop code"), task.stopCode }, { tr("Stopped reason"), task.stoppedReason },
                      { tr("Private IP"), addresses.privateIp }, { tr("Public IP"), addresses.publicIp },
                      { tr("Private DNS name"), addresses.privateDnsName }, { tr("ENI"), addresses.eniId },
                      { tr("Subnet"), addresses.subnetId }, { tr("Host ports"), addresses.hostPortsText() } },
        task.raw);
    QList<QStringList> rows;
    for (const Api::Container& c : task.containers)
        rows.append({ c.name, c.image, c.lastStatus, c.healthStatus,
            c.exitCode ? QString::number(*c.exitCode) : QString(), c.reason, c.runtimeId });
    setRelated(tr("Containers"),
        { tr("Name"), tr("Image"), tr("Status"), tr("Health"), tr("Exit code"), tr("Reason"), tr("Runtime id") }, rows);
}

void DetailsPane::showContainerInstance(const Api::ContainerInstance& instance)
{
    showNothing();
    setProperties({ { tr("Instance"), instance.ec2InstanceId }, { tr("ARN"), instance.arn },
                      { tr("Status"), instance.status }, { tr("Status reason"), instance.statusReason },
                      { tr("Agent connected"), instance.agentConnected ? tr("yes") : tr("no") },
                      { tr("Running tasks"), QString::number(instance.runningTasksCount) },
                      { tr("Pending tasks"), QString::number(instance.pendingTasksCount) },
                      { tr("Capacity provider"), instance.capacityProviderName },
                      { tr("Registered"), {}, instance.registeredAt } },
        instance.raw);
    QList<QStringList> rows;
    for (const Api::Resource& r : instance.registeredResources) {
        if (r.type == QLatin1String("STRINGSET"))
            rows.append({ tr("resource"), r.name, r.stringSetValue.join(QLatin1String(", ")), QString() });
        else
            rows.append({ tr("resource"), r.name, QString::number(r.integerValue),
                QString::number(instance.remaining(r.name)) });
    }
    for (const Api::Attribute& a : instance.attributes)
        rows.append({ tr("attribute"), a.name, a.value, QString() });
    setRelated(
        tr("Attributes and resources"), { tr("Kind"), tr("Name"), tr("Registered / value"), tr("Remaining") }, rows);
}

void DetailsPane::showTaskDefinition(const Api::TaskDefinition& definition)
{
    showNothing();
    setProperties({ { tr("Family"), definition.family }, { tr("Revision"), QString::number(definition.revision) },
                      { tr("ARN"), definition.arn }, { tr("Status"), definition.status } },
        definition.raw);
}

} // namespace EcsDesk::Ui
