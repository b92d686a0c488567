// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace EcsDesk::Api {
class EcsClient;
class ReplyGuard;
} // namespace EcsDesk::Api

namespace EcsDesk::Ui {

/// Cluster Settings: a cluster's Container Insights (enabled, enhanced, disabled) and tags. Reads
/// them with DescribeClusters (SETTINGS, TAGS) when it opens; OK sends what changed (UpdateCluster,
/// TagResource, UntagResource) and closes once every call succeeded, or stays open with AWS's error.
class ClusterSettingsDialog : public QDialog {
    Q_OBJECT
public:
    ClusterSettingsDialog(const Api::EcsClient* ecs, const QString& cluster, QWidget* parent = nullptr);

    QComboBox* containerInsights() const { return m_insights; }
    QTableWidget* tagTable() const { return m_tags; }
    QPushButton* addTagButton() const { return m_addTag; }
    QPushButton* removeTagButton() const { return m_removeTag; }
    QPushButton* okButton() const;
    /// The tags as edited (rows with an empty key left out).
    QList<Api::Tag> tags() const;
    /// The first problem with the input; empty when it can be sent.
    QString validate() const;
    QString statusText() const;
    /// The cluster as read when the dialog opened.
    const Api::Cluster& loaded() const { return m_loaded; }

Q_SIGNALS:
    /// DescribeClusters answered (or failed: statusText() says why).
    void loadFinished();
    /// Every change was sent and accepted; the dialog closes.
    void applied();

private:
    void load();
    void apply();
    void addTagRow(const QString& key, const QString& value);
    void revalidate();
    void finishWrite();

    const Api::EcsClient* m_ecs;
    QString m_cluster;
    Api::Cluster m_loaded;
    Api::ReplyGuard* m_replies;
    QComboBox* m_insights;
    QTableWidget* m_tags;
    QPushButton* m_addTag;
    QPushButton* m_removeTag;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    int m_pending = 0;
    QStringList m_errors;
};

} // namespace EcsDesk::Ui
