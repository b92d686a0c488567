// SPDX-License-Identifier: MIT
// Runs under tests/scripts/with-keyring.sh: a private D-Bus session with an unlocked
// gnome-keyring. Proves the harness gives tests the real Secret Service through QtKeychain.

#include "common/testutil.h"

#include <qt6keychain/keychain.h>

#include <gtest/gtest.h>

namespace {

struct JobResult {
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QString text;
};

JobResult run(QKeychain::Job* job)
{
    JobResult result;
    bool done = false;
    QObject::connect(job, &QKeychain::Job::finished, [&](QKeychain::Job* finished) {
        result.error = finished->error();
        result.errorString = finished->errorString();
        if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished))
            result.text = read->textData();
        done = true;
    });
    job->start();
    EXPECT_TRUE(EcsDesk::Testing::waitFor([&] { return done; }, 20000));
    return result;
}

} // namespace

TEST(Keyring, SecretRoundTripThroughRealSecretService)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        FAIL() << "no D-Bus session: run this test through tests/scripts/with-keyring.sh";

    const QString service = QStringLiteral("ecsdesk-tests");
    auto* write = new QKeychain::WritePasswordJob(service);
    write->setKey(QStringLiteral("harness"));
    write->setTextData(QStringLiteral("s3cr3t/with+chars"));
    write->setInsecureFallback(false);
    const JobResult written = run(write);
    ASSERT_EQ(written.error, QKeychain::NoError) << written.errorString.toStdString();

    auto* read = new QKeychain::ReadPasswordJob(service);
    read->setKey(QStringLiteral("harness"));
    const JobResult readBack = run(read);
    ASSERT_EQ(readBack.error, QKeychain::NoError) << readBack.errorString.toStdString();
    EXPECT_EQ(readBack.text, QStringLiteral("s3cr3t/with+chars"));

    auto* remove = new QKeychain::DeletePasswordJob(service);
    remove->setKey(QStringLiteral("harness"));
    EXPECT_EQ(run(remove).error, QKeychain::NoError);

    auto* gone = new QKeychain::ReadPasswordJob(service);
    gone->setKey(QStringLiteral("harness"));
    EXPECT_EQ(run(gone).error, QKeychain::EntryNotFound);
}
