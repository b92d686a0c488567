// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/clustersnapshot.h"

#include <QTreeWidget>
#include <QUrl>

namespace EcsDesk::Ui {

/// Where a connection of the navigator comes from: the embedded endpoint, a profile of the AWS
/// config (with the region and endpoint given on the command line, if any) or a custom connection
/// of the settings (its keys in the keychain).
struct ConnectionSource {
    enum Kind { Local, Profile, Custom };
    Kind kind = Local;
    QString name; ///< the profile's or the custom connection's name; empty for Local
    QString regionOverride; ///< a profile's --region
    QUrl endpointUrl; ///< a profile's --endpoint-url
    bool operator==(const ConnectionSource&) const = default;
};

/// The navigator tree: connections, under the connected one its region, under that its clusters.
/// Knows the source of each connection item; selecting an item emits selected() with the item's
/// connection and cluster, if any.
class Navigator : public QTreeWidget {
    Q_OBJECT
public:
    explicit Navigator(QWidget* parent = nullptr);

    /// The Local connection's item (the embedded endpoint), first in the tree.
    QTreeWidgetItem* addLocal();
    /// Marks the Local connection unavailable: its endpoint did not start because of `error`.
    void setLocalUnavailable(const QString& error);
    /// One item per profile of the AWS config files (and credentials file), with its kind of keys.
    void addProfiles();
    /// The item of a profile as the command line asks for it (its own item when a region or
    /// endpoint is given, so the configured one stays as it is); made when missing.
    QTreeWidgetItem* profileItem(const QString& profile, const QString& region, const QUrl& endpointUrl);
    /// The item of the custom connection `name`, made when missing; its tooltip says where it goes.
    QTreeWidgetItem* customItem(const QString& name, const QString& tooltip);

    /// The source of a top-level item.
    static ConnectionSource source(const QTreeWidgetItem* connectionItem);
    /// The top-level item above `item` (itself when top-level).
    static QTreeWidgetItem* connectionOf(QTreeWidgetItem* item);
    /// The cluster ARN of a cluster item, empty for other items.
    static QString clusterArn(const QTreeWidgetItem* item);
    /// The region of a region item or of a cluster under it; empty for a connection item.
    static QString regionOf(const QTreeWidgetItem* item);

    /// Lists `regions` under `connectionItem` (the regions enabled for it, issue 24), in that
    /// order, keeping the items (and clusters) of those already listed; items of other regions go.
    /// Selecting a region, or a cluster under it, connects in that region.
    void setRegions(QTreeWidgetItem* connectionItem, const QStringList& regions);

    /// Shows `clusters` under `connectionItem` and its `region` (its item made when missing), diffing the items so the
    /// user's selection stays; selects the item of `openCluster` unless the user is in another connection.
    void setClusters(QTreeWidgetItem* connectionItem, const QString& region, const QList<Api::Cluster>& clusters,
        const QString& openCluster);
    /// Selects the item of cluster `arn` without emitting selected().
    void showCluster(const QString& arn);
    /// True when the current item is `connectionItem` or under it.
    bool isCurrentIn(const QTreeWidgetItem* connectionItem) const;
    /// The name a connection's session goes by (Api::Connection::profile): the profile's or the
    /// custom connection's name, "Local" (translated) for the embedded endpoint. Its enabled
    /// regions are kept under it (ConnectionRegions).
    static QString connectionName(const QTreeWidgetItem* connectionItem);

Q_SIGNALS:
    /// The user (or the program) selected `item`: its connection, and its cluster when a cluster.
    void selected(QTreeWidgetItem* connectionItem, const QString& clusterArn);

private:
    QTreeWidgetItem* m_localItem = nullptr;
};

} // namespace EcsDesk::Ui
