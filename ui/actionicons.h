// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

namespace EcsDesk::Ui {

/// The icon set of the app's actions, in one place: each action (by its objectName) has an SVG
/// icon from resources/icons/, drawn in one style (16 px grid, 1.5 px strokes, a neutral grey plus
/// one accent colour that says what the action does: green creates or starts, red deletes or
/// stops, blue changes, amber deploys or drains). ActionRegistry::declare() gives each declared
/// action its icon.
namespace ActionIcons {

    /// The icon for the action called `actionName`, or a null icon when it has none.
    QIcon forAction(const QString& actionName);

} // namespace ActionIcons

} // namespace EcsDesk::Ui
