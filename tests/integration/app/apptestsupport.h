// SPDX-License-Identifier: MIT
#pragma once

// Shared by the app's end-to-end tests: a window on its own embedded endpoint with an empty
// account, and a separate client to that endpoint for setting up and checking state.

#include "api/core/awstransport.h"
#include "api/ecs/ecsclient.h"
#include "common/localendpointsupport.h"
#include "common/testutil.h"
#include "local/localendpoint.h"
#include "ui/mainwindow.h"

#include <gtest/gtest.h>

namespace EcsDesk::Testing {

/// Window options for a test: the Local endpoint in `dataDir`, no demo seed, no profiles.
inline Ui::MainWindow::Options testWindowOptions(const QString& dataDir)
{
    Ui::MainWindow::Options options;
    options.localDataDir = dataDir;
    options.localSeed = QStringLiteral("none");
    options.listProfiles = false;
    options.offerEditorRecovery = false;
    return options;
}

} // namespace EcsDesk::Testing
