// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

namespace EcsDesk::Api {
struct TaskDefinition;
}

namespace EcsDesk::Ui {

class PageArea;
class PageHost;
class TaskDefinitionEditor;

/// Opens task definition editors on the window's connection: each editor gets its own client
/// (it keeps working when the window switches connection), the open cluster and the selected
/// service as its deploy target; a registered revision's family is listed from then on, and a
/// registration or deployment refreshes the window. After a crash it offers the unsaved drafts back.
class TaskDefinitionEditorHost : public QObject {
    Q_OBJECT
public:
    TaskDefinitionEditorHost(const PageHost* host, const PageArea* pages, QWidget* window);

    /// Opens an editor on a new revision of `definition`, or on a new definition when null; null
    /// when not connected.
    TaskDefinitionEditor* open(const Api::TaskDefinition* definition);
    /// Once, the first time there is a connection: offers the drafts of a crashed run back.
    void offerRecoveryOnce();
    void setOfferRecovery(bool offer) { m_offerRecovery = offer; }

Q_SIGNALS:
    /// A revision was registered or a deployment started: the panes should show it.
    void refreshWanted();

private:
    TaskDefinitionEditor* create();

    const PageHost* m_host;
    const PageArea* m_pages;
    QWidget* m_window;
    bool m_offerRecovery = true;
};

} // namespace EcsDesk::Ui
