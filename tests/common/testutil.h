// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QString>
#include <QTest>

#include <gtest/gtest.h>

namespace EcsDesk::Testing {

/// Spins the event loop until `predicate` holds or `timeoutMs` passes; returns the predicate.
template <typename Predicate> bool waitFor(Predicate predicate, int timeoutMs = 10000)
{
    return QTest::qWaitFor(predicate, timeoutMs);
}

/// The project's source directory, for scripts and data the tests read.
inline QString sourceDir() { return QStringLiteral(ECSDESK_SOURCE_DIR); }

/// `../shared/fixtures` beside the project, or an empty string when it is absent (a plain clone).
inline QString sharedFixturesDir()
{
    const QDir dir(sourceDir() + QLatin1String("/../shared/fixtures"));
    return dir.exists() ? dir.canonicalPath() : QString();
}

/// True under CI (the CI variable set), where optional peers such as moto_server must be present.
inline bool runningInCi() { return !qEnvironmentVariableIsEmpty("CI"); }

} // namespace EcsDesk::Testing

/// Skips the test when `../shared/fixtures` is missing, except under CI where that is a failure.
#define ECSDESK_REQUIRE_FIXTURES(dirVariable)                                                                          \
    const QString dirVariable = ::EcsDesk::Testing::sharedFixturesDir();                                               \
    if (dirVariable.isEmpty()) {                                                                                       \
        if (::EcsDesk::Testing::runningInCi())                                                                         \
            FAIL() << "../shared/fixtures is missing";                                                                 \
        GTEST_SKIP() << "../shared/fixtures is absent (a plain clone): skipping";                                      \
    }
