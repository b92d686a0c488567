// SPDX-License-Identifier: MIT
#include "ui/navigator.h"

#include "api/auth/awsconfigfile.h"
#include "ui/connectiondialog.h"
#include "ui/fulltextdelegate.h"

#include <QMenu>

#include <QProcessEnvironment>
#include <QSet>

namespace EcsDesk::Ui {

namespace {
    enum NavigatorRole {
        KindRole = Qt::UserRole,
        ValueRole, ///< a connection's name (profile or custom), a region's name, a cluster's ARN
        SourceKindRole, ///< ConnectionSource::Kind of a connection item
        RegionOverrideRole, ///< --region given at start, for that profile's item
        EndpointRole, ///< --endpoint-url given at start
    };
    enum ItemKind { ConnectionKind, RegionKind, ClusterKind };

    QTreeWidgetItem* connectionItem(QTreeWidget* tree, const ConnectionSource& source, const QString& label)
    {
        auto* item = new QTreeWidgetItem(tree, { label });
        item->setData(0, KindRole, ConnectionKind);
        item->setData(0, SourceKindRole, int(source.kind));
        item->setData(0, ValueRole, source.name);
        item->setData(0, RegionOverrideRole, source.regionOverride);
        item->setData(0, EndpointRole, source.endpointUrl);
        return item;
    }

    QString clusterLabel(const Api::Cluster& cluster)
    {
        return Navigator::tr("%1 (%2, %3)", "cluster name (services, running tasks)")
            .arg(cluster.name, Navigator::tr("%n service(s)", nullptr, cluster.activeServicesCount),
                Navigator::tr("%n task(s)", nullptr, cluster.runningTasksCount));
    }
} // namespace

Navigator::Navigator(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigator"));
    setAccessibleName(Navigator::tr("Connections and clusters"));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    makeTextReadable(this); // a cut name shows whole in its tooltip
    connect(this, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (QTreeWidgetItem* item = currentItem())
            Q_EMIT selected(connectionOf(item), clusterArn(item));
    });
    // A connection's context menu chooses the regions listed under it (issue 24).
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QTreeWidgetItem* connection = connectionOf(itemAt(at));
        if (!connection)
            return;
        QMenu menu(this);
        menu.addAction(Navigator::tr("&Regions…"), this, [this, connection] {
            const QString region = connection->childCount() ? regionOf(connection->child(0)) : QString();
            ConnectionRegionsDialog dialog(
                connectionName(connection), region.isEmpty() ? QStringLiteral("us-east-1") : region, this);
            dialog.exec(); // accepting saves; the navigator and the overview follow the change
        });
        menu.exec(viewport()->mapToGlobal(at));
    });
}

QString Navigator::connectionName(const QTreeWidgetItem* connectionItem)
{
    const ConnectionSource source = Navigator::source(connectionItem);
    return source.kind == ConnectionSource::Local ? Navigator::tr("Local") : source.name;
}

QTreeWidgetItem* Navigator::addLocal()
{
    m_localItem = connectionItem(this, {}, Navigator::tr("Local"));
    m_localItem->setToolTip(0, Navigator::tr("The embedded ECS-compatible endpoint"));
    return m_localItem;
}

void Navigator::setLocalUnavailable(const QString& error)
{
    if (!m_localItem)
        return;
    m_localItem->setText(0, Navigator::tr("Local (unavailable)"));
    m_localItem->setToolTip(0, error);
}

void Navigator::addProfiles()
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const Api::AwsConfigFile files = Api::AwsConfigFile::load(environment);
    // The region the AWS CLI would use when the profile sets none.
    const QString defaultRegion
        = environment.value(QStringLiteral("AWS_REGION"), environment.value(QStringLiteral("AWS_DEFAULT_REGION")));
    for (const QString& profile : files.profileNames()) {
        const Api::AwsConfigFile::Section settings = files.profile(profile);
        const QString region = settings.value(QStringLiteral("region"), defaultRegion);
        QTreeWidgetItem* item = connectionItem(this, { ConnectionSource::Profile, profile, {}, {} },
            region.isEmpty() ? Navigator::tr("Profile %1 (no region)").arg(profile)
                             : Navigator::tr("Profile %1 (%2)").arg(profile, region));
        QString kind = Navigator::tr("static keys");
        if (settings.contains(QStringLiteral("sso_session")) || settings.contains(QStringLiteral("sso_start_url")))
            kind = Navigator::tr("IAM Identity Center (SSO)");
        else if (settings.contains(QStringLiteral("role_arn")))
            kind = Navigator::tr("assumed role");
        else if (settings.contains(QStringLiteral("credential_process")))
            kind = Navigator::tr("credential process");
        item->setToolTip(0,
            Navigator::tr("Profile %1: %2, region %3")
                .arg(profile, kind, region.isEmpty() ? Navigator::tr("none") : region));
    }
}

QTreeWidgetItem* Navigator::profileItem(const QString& profile, const QString& region, const QUrl& endpointUrl)
{
    const ConnectionSource wanted { ConnectionSource::Profile, profile, region, endpointUrl };
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (source(topLevelItem(i)) == wanted)
            return topLevelItem(i);
    }
    QString label = region.isEmpty() ? Navigator::tr("Profile %1").arg(profile)
                                     : Navigator::tr("Profile %1 (%2)").arg(profile, region);
    if (!endpointUrl.isEmpty())
        label = Navigator::tr("%1 at %2", "profile at endpoint URL").arg(label, endpointUrl.toString());
    QTreeWidgetItem* item = connectionItem(this, wanted, label);
    item->setToolTip(0, label);
    return item;
}

QTreeWidgetItem* Navigator::customItem(const QString& name, const QString& tooltip)
{
    const ConnectionSource wanted { ConnectionSource::Custom, name, {}, {} };
    QTreeWidgetItem* item = nullptr;
    for (int i = 0; i < topLevelItemCount() && !item; ++i) {
        if (source(topLevelItem(i)) == wanted)
            item = topLevelItem(i);
    }
    if (!item)
        item = connectionItem(this, wanted, name);
    item->setToolTip(0, tooltip);
    return item;
}

ConnectionSource Navigator::source(const QTreeWidgetItem* item)
{
    if (!item)
        return {};
    return { ConnectionSource::Kind(item->data(0, SourceKindRole).toInt()), item->data(0, ValueRole).toString(),
        item->data(0, RegionOverrideRole).toString(), item->data(0, EndpointRole).toUrl() };
}

QTreeWidgetItem* Navigator::connectionOf(QTreeWidgetItem* item)
{
    while (item && item->parent())
        item = item->parent();
    return item;
}

QString Navigator::clusterArn(const QTreeWidgetItem* item)
{
    return item && item->data(0, KindRole).toInt() == ClusterKind ? item->data(0, ValueRole).toString() : QString();
}

bool Navigator::isCurrentIn(const QTreeWidgetItem* connection) const
{
    for (const QTreeWidgetItem* up = currentItem(); up; up = up->parent()) {
        if (up == connection)
            return true;
    }
    return false;
}

QString Navigator::regionOf(const QTreeWidgetItem* item)
{
    for (; item; item = item->parent()) {
        if (item->data(0, KindRole).toInt() == RegionKind)
            return item->data(0, ValueRole).toString();
    }
    return {};
}

namespace {
    QTreeWidgetItem* regionItem(QTreeWidgetItem* connection, const QString& region)
    {
        for (int i = 0; i < connection->childCount(); ++i) {
            if (connection->child(i)->data(0, ValueRole).toString() == region)
                return connection->child(i);
        }
        return nullptr;
    }
} // namespace

void Navigator::setRegions(QTreeWidgetItem* connection, const QStringList& regions)
{
    const QSignalBlocker blocker(this); // rearranging is no selection of the user's
    for (int i = connection->childCount() - 1; i >= 0; --i) {
        if (!regions.contains(connection->child(i)->data(0, ValueRole).toString()))
            delete connection->child(i);
    }
    for (int at = 0; at < regions.size(); ++at) {
        QTreeWidgetItem* item = regionItem(connection, regions.at(at));
        if (!item) {
            item = new QTreeWidgetItem({ regions.at(at) });
            item->setData(0, KindRole, RegionKind);
            item->setData(0, ValueRole, regions.at(at));
            item->setToolTip(0, Navigator::tr("Select to connect in %1").arg(regions.at(at)));
        } else if (connection->indexOfChild(item) == at) {
            continue;
        } else {
            connection->takeChild(connection->indexOfChild(item));
        }
        connection->insertChild(at, item);
    }
}

void Navigator::setClusters(QTreeWidgetItem* connection, const QString& regionName, const QList<Api::Cluster>& clusters,
    const QString& openCluster)
{
    QTreeWidgetItem* region = regionItem(connection, regionName);
    if (!region) {
        region = new QTreeWidgetItem(connection, { regionName });
        region->setData(0, KindRole, RegionKind);
        region->setData(0, ValueRole, regionName);
    }
    region->setToolTip(0, regionName);
    region->setText(0, Navigator::tr("%1 (%n cluster(s))", "", int(clusters.size())).arg(regionName));
    // Diff the cluster items, so the user's selection stays.
    QHash<QString, QTreeWidgetItem*> items;
    for (int i = 0; i < region->childCount(); ++i)
        items.insert(region->child(i)->data(0, ValueRole).toString(), region->child(i));
    QSet<QString> seen;
    for (const Api::Cluster& cluster : clusters) {
        seen.insert(cluster.arn);
        QTreeWidgetItem* item = items.value(cluster.arn);
        if (!item) {
            item = new QTreeWidgetItem(region);
            item->setData(0, KindRole, ClusterKind);
            item->setData(0, ValueRole, cluster.arn);
        }
        item->setText(0, clusterLabel(cluster));
        item->setToolTip(0, cluster.arn);
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (!seen.contains(it.key()))
            delete it.value();
    }
    connection->setExpanded(true);
    region->setExpanded(true);
    // Show the open cluster as the selection (it may have been chosen by name, from the command
    // line, before its item existed), unless the user is elsewhere in the tree.
    QTreeWidgetItem* open = nullptr;
    for (int i = 0; i < region->childCount() && !openCluster.isEmpty(); ++i) {
        if (region->child(i)->data(0, ValueRole).toString() == openCluster)
            open = region->child(i);
    }
    if (open && currentItem() != open && (!currentItem() || isCurrentIn(connection))) {
        const QSignalBlocker blocker(this);
        setCurrentItem(open);
    }
}

void Navigator::showCluster(const QString& arn)
{
    const QSignalBlocker blocker(this);
    const QList<QTreeWidgetItem*> all = findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive);
    for (QTreeWidgetItem* item : all) {
        if (clusterArn(item) == arn && !arn.isEmpty())
            setCurrentItem(item);
    }
}

} // namespace EcsDesk::Ui
