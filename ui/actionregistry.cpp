// SPDX-License-Identifier: MIT
#include "ui/actionregistry.h"

#include "ui/actionicons.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>
#include <QWidget>

namespace EcsDesk::Ui {

ActionRegistry::ActionRegistry(QWidget* window)
    : QObject(window)
    , m_window(window)
{
}

QAction* ActionRegistry::declare(const Declaration& declaration)
{
    auto* action = new QAction(declaration.text, m_window);
    action->setObjectName(declaration.id);
    action->setIcon(ActionIcons::forAction(declaration.id));
    action->setShortcuts(declaration.shortcuts);
    if (declaration.trigger)
        connect(action, &QAction::triggered, this, declaration.trigger);
    m_window->addAction(action); // its shortcut works wherever the focus is in the window
    m_entries.append({ action, declaration });
    return action;
}

QAction* ActionRegistry::declareMutating(Declaration declaration)
{
    declaration.mutating = true;
    return declare(declaration);
}

QAction* ActionRegistry::action(const QString& id) const
{
    for (const Entry& entry : m_entries) {
        if (entry.declaration.id == id)
            return entry.action;
    }
    qWarning("ActionRegistry: no action %s", qUtf8Printable(id));
    return nullptr;
}

QList<QAction*> ActionRegistry::actions(const QStringList& ids) const
{
    QList<QAction*> list;
    for (const QString& id : ids)
        list.append(id == QLatin1String("-") ? nullptr : action(id));
    return list;
}

void ActionRegistry::addTo(QWidget* widget, const QStringList& ids) const
{
    for (QAction* a : actions(ids)) {
        if (a) {
            widget->addAction(a);
        } else if (auto* menu = qobject_cast<QMenu*>(widget)) {
            menu->addSeparator();
        } else if (auto* toolBar = qobject_cast<QToolBar*>(widget)) {
            toolBar->addSeparator();
        }
    }
}

void ActionRegistry::updateEnabled(const Selection& selection)
{
    m_selection = selection;
    for (const Entry& entry : std::as_const(m_entries))
        entry.action->setEnabled(enabled(entry));
}

void ActionRegistry::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    updateEnabled(m_selection);
}

bool ActionRegistry::isMutating(const QString& id) const
{
    for (const Entry& entry : m_entries) {
        if (entry.declaration.id == id)
            return entry.declaration.mutating;
    }
    return false;
}

bool ActionRegistry::enabled(const Entry& entry) const
{
    if (m_readOnly && entry.declaration.mutating)
        return false;
    return !entry.declaration.enabled || entry.declaration.enabled(m_selection);
}

QList<ActionRegistry::Command> ActionRegistry::commands() const
{
    QList<Command> commands;
    for (const Entry& entry : m_entries) {
        if (!entry.declaration.inPalette || !entry.action->isEnabled())
            continue;
        QString name = entry.action->text().remove(QLatin1Char('&'));
        const bool asks = name.endsWith(QChar(0x2026)); // "…": it opens a dialog
        if (asks)
            name.chop(1);
        const QString subject = entry.declaration.subject ? entry.declaration.subject() : QString();
        if (!subject.isEmpty())
            name = tr("%1 of %2", "command palette: action of the selected item").arg(name, subject);
        if (asks)
            name += QChar(0x2026);
        commands.append({ entry.declaration.id, name });
    }
    return commands;
}

bool ActionRegistry::run(const QString& id)
{
    QAction* a = action(id);
    if (!a)
        return false;
    // The state may have changed since the palette opened.
    for (const Entry& entry : std::as_const(m_entries)) {
        if (entry.action == a)
            a->setEnabled(enabled(entry));
    }
    if (!a->isEnabled())
        return false;
    a->trigger();
    return true;
}

} // namespace EcsDesk::Ui
