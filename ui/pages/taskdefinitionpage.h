// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/clustersnapshot.h"
#include "ui/pages/resourcepage.h"

#include <QSet>

class QWidget;

namespace EcsDesk::Models {
class TaskDefinitionTreeModel;
}

namespace EcsDesk::Ui {

/// The Task Definitions pane: the revisions the open cluster uses and the other revisions of
/// their families (and of families registered from the app), by family; the deregistered ones
/// when asked. New Task Definition, Edit as New Revision (the editor) and Deregister Revision.
class TaskDefinitionPage : public ResourcePage {
    Q_OBJECT
public:
    TaskDefinitionPage(PageHost* host, QWidget* parent);

    QString name() const override { return QStringLiteral("taskDefinitions"); }
    QString title() const override;
    Models::TaskDefinitionTreeModel* model() const { return m_model; }
    /// The selected revision; null when none (or a family) is selected.
    const Api::TaskDefinition* selectedDefinition() const;
    /// The selected revision as "family:revision", or the selected family's name; empty when none.
    QString selectedTaskDefinition() const override;
    /// The revisions the cluster's services and tasks use (from its snapshot); `reset`: another cluster.
    void setUsed(const QList<Api::TaskDefinition>& definitions, bool reset);
    /// The revisions listed for families() (fresher status than the snapshot's).
    void setListed(const QList<Api::TaskDefinition>& definitions);
    /// A family registered from the app: its revisions are listed too.
    void addRegisteredFamily(const QString& family) { m_registeredFamilies.insert(family); }
    /// The families whose revisions to list.
    QSet<QString> families() const;
    bool showsInactive() const { return m_showInactive; }
    /// The revisions the open cluster uses, "family:revision", sorted.
    QStringList knownTaskDefinitions() const;
    /// Forgets the registered families too (another connection).
    void reset();

    QStringList aliases() const override
    {
        return { QStringLiteral("taskdefinitions"), QStringLiteral("definitions") };
    }
    void declareActions(ActionRegistry& registry) override;
    QStringList contextActionIds() const override;
    PageMenu menu() const override;
    void showDetails(DetailsPane* details) const override;
    void clear() override;
    /// Forgets the registered families and lists the new session's revisions.
    void setSession(ClusterSession* session) override;
    /// The revisions the snapshot's services and tasks use, then every revision of their families.
    void applySnapshot(const Api::ClusterSnapshot& snapshot, bool reset) override;

Q_SIGNALS:
    /// The families' revisions should be listed again (the INACTIVE ones only when shown).
    void revisionsWanted();

private:
    void apply(bool reset);
    /// Lists the revisions of families() (the INACTIVE ones only when shown).
    void loadRevisions();
    void deregister();

    Models::TaskDefinitionTreeModel* m_model;
    QList<Api::TaskDefinition> m_used; ///< those the open cluster uses
    QList<Api::TaskDefinition> m_listed; ///< the revisions of their families
    QSet<QString> m_registeredFamilies; ///< families registered from the app in this connection
    bool m_showInactive = false;
};

} // namespace EcsDesk::Ui
