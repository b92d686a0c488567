// SPDX-License-Identifier: MIT
// Screen readers (AT-SPI on Linux, through Qt's accessibility bridge) say a control by its
// accessible name. The test walks the main window (on a local endpoint with a small account, a
// cluster open and a service selected), every dialog it opens and the task definition editor, and
// fails on an interactive control (button, check box, field, list, table, tabs...) without a name.

#include "accessibility/uisurfaces.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QTabBar>

#include <gtest/gtest.h>

using namespace EcsDesk;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::PageTabList:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Dial:
        return true;
    default:
        return false;
    }
}

/// Parts of Qt's own composite widgets, named (or made unreachable) by their owner: the line edit
/// inside a spin box or editable combo box, the clear button of a line edit, the scroll buttons of
/// a tab bar, the list of a combo box's popup, a dock widget's title buttons.
bool isPartOfQtWidget(const QWidget* widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true;
    for (const QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QComboBox*>(w)
            || qobject_cast<const QTabBar*>(w) || qobject_cast<const QLineEdit*>(w))
            return true;
        if (w->isWindow())
            break;
    }
    const QByteArray className = widget->metaObject()->className();
    return className == "QDockWidgetTitleButton" || className == "QComboBoxPrivateContainer"
        || className == "QTableCornerButton" || className == "QComboBoxListView";
}

QString roleName(QAccessible::Role role)
{
    static const QHash<int, QString> names { { QAccessible::PushButton, QStringLiteral("push button") },
        { QAccessible::CheckBox, QStringLiteral("check box") },
        { QAccessible::RadioButton, QStringLiteral("radio button") },
        { QAccessible::ComboBox, QStringLiteral("combo box") },
        { QAccessible::EditableText, QStringLiteral("text field") },
        { QAccessible::SpinBox, QStringLiteral("spin box") }, { QAccessible::Table, QStringLiteral("table") },
        { QAccessible::Tree, QStringLiteral("tree") }, { QAccessible::List, QStringLiteral("list") },
        { QAccessible::PageTabList, QStringLiteral("tabs") }, { QAccessible::Slider, QStringLiteral("slider") },
        { QAccessible::ButtonMenu, QStringLiteral("menu button") },
        { QAccessible::ButtonDropDown, QStringLiteral("drop-down button") } };
    return names.value(role, QStringLiteral("role %1").arg(int(role)));
}

/// Adds each nameless interactive control of `top` to `nameless`; returns how many it checked.
int checkNames(QWidget* top, const QString& name, QStringList* nameless)
{
    int checked = 0;
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    widgets.prepend(top);
    for (QWidget* widget : std::as_const(widgets)) {
        // Parts of Qt's widgets, and controls hidden on purpose (a message bar's action button
        // while it has nothing to do); those on other tab pages are checked.
        if (isPartOfQtWidget(widget) || (widget->isHidden() && widget->testAttribute(Qt::WA_WState_ExplicitShowHide)))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || !isInteractive(accessible->role()))
            continue;
        ++checked;
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            nameless->append(QStringLiteral("%1 (%2, %3)")
                                 .arg(Testing::widgetPath(widget, top, name), roleName(accessible->role()),
                                     QString::fromLatin1(widget->metaObject()->className())));
    }
    return checked;
}

} // namespace

TEST(Accessibility, EveryInteractiveControlHasAName)
{
    Testing::UiSurfaces surfaces;
    ASSERT_GE(surfaces.surfaces().size(), 9);
    QStringList nameless;
    int checked = 0;
    for (const Testing::UiSurfaces::Surface& surface : surfaces.surfaces()) {
        ASSERT_TRUE(surface.widget) << surface.name.toStdString();
        checked += checkNames(surface.widget, surface.name, &nameless);
    }
    surfaces.visitTransientDialogs(
        [&](const QString& name, QWidget* dialog) { checked += checkNames(dialog, name, &nameless); });
    EXPECT_GT(checked, 100);
    EXPECT_TRUE(nameless.isEmpty()) << nameless.size() << " interactive controls without an accessible name:\n  "
                                    << nameless.join(QStringLiteral("\n  ")).toStdString();
}
