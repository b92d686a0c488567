// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace EcsDesk::Ui {

/// What the enabled states of the window's actions depend on besides each page's own rows.
struct Selection {
    bool connected = false; ///< a connection is open
    QString cluster; ///< the open cluster (ARN, or name until known); empty: none
    bool clusterOpen() const { return connected && !cluster.isEmpty(); }
};

/// The window's actions by id (the id is the QAction's objectName): each declared once with its
/// text, shortcuts, when it is enabled and what it does. Menus, the toolbar, context menus and the
/// command palette are built from lists of ids; updateEnabled() sets every enabled state from the
/// predicates.
class ActionRegistry : public QObject {
    Q_OBJECT
public:
    using Predicate = std::function<bool(const Selection&)>;
    struct Declaration {
        QString id;
        QString text;
        QList<QKeySequence> shortcuts;
        Predicate enabled; ///< null: always enabled
        std::function<void()> trigger;
        /// What the action acts on now ("web"), for the palette's "Set Desired Count of web…".
        std::function<QString()> subject;
        bool inPalette = true; ///< offered as a command of the palette
        /// It changes something in the account (creates, updates, deletes, stops, runs): disabled
        /// in read-only mode whatever its predicate says.
        bool mutating = false;
    };
    /// A command of the palette: an enabled action, named with its subject.
    struct Command {
        QString id;
        QString text;
    };

    /// The actions' shortcuts work anywhere in `window`.
    explicit ActionRegistry(QWidget* window);

    QAction* declare(const Declaration& declaration);
    /// Declares an action that changes something (Declaration::mutating).
    QAction* declareMutating(Declaration declaration);
    /// The action `id`; null (and a warning) when none is declared.
    QAction* action(const QString& id) const;
    /// The actions of `ids`, a null entry for "-" (a separator).
    QList<QAction*> actions(const QStringList& ids) const;
    /// Adds the actions of `ids` to a menu or toolbar, "-" as a separator.
    void addTo(QWidget* menuOrToolBar, const QStringList& ids) const;

    /// Enables each action as its predicate says for `selection`.
    void updateEnabled(const Selection& selection);
    /// Read-only mode (`ecsdesk --read-only`, a read-only connection): every mutating action is
    /// disabled, in menus, toolbar, context menus, shortcuts and the palette.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// True when `id` is declared as mutating.
    bool isMutating(const QString& id) const;
    /// The enabled commands of the palette, in declaration order.
    QList<Command> commands() const;
    /// Triggers `id` when it is enabled; false when it is not (or unknown).
    bool run(const QString& id);

private:
    struct Entry {
        QAction* action = nullptr;
        Declaration declaration;
    };
    bool enabled(const Entry& entry) const;

    QWidget* m_window;
    QList<Entry> m_entries;
    Selection m_selection;
    bool m_readOnly = false;
};

} // namespace EcsDesk::Ui
