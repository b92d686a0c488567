// SPDX-License-Identifier: MIT
// The main() of every test binary: the right Qt application object, then GoogleTest.
// Built twice: as a QCoreApplication (unit and integration tests) and, with ECSDESK_TEST_GUI,
// as a QApplication on the offscreen platform unless a display platform was asked for.

#include <gtest/gtest.h>

#ifdef ECSDESK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
#ifdef ECSDESK_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // Tests never read or write the user's settings.
    TestApplication::setOrganizationName(QStringLiteral("ECS Desk Tests"));
    TestApplication::setApplicationName(QStringLiteral("ecsdesk-tests"));
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
