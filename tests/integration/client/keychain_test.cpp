// SPDX-License-Identifier: MIT
// Keys typed into the app go to the OS keychain and come back from it: a real gnome-keyring in a
// private D-Bus session (tests/scripts/with-keyring.sh).

#include "api/auth/keychaincredentialstore.h"
#include "clienttestutil.h"

#include <QDir>
#include <QDirIterator>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

TEST(KeychainCredentialStore, RoundTripThroughRealSecretService)
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        FAIL() << "no D-Bus session: run this test through tests/scripts/with-keyring.sh";
    Api::KeychainCredentialStore store(QStringLiteral("ecsdesk-client-tests"));
    const Api::Credentials keys { QStringLiteral("AKIDKEYCHAIN"), QStringLiteral("s3cr3t/with+chars=="),
        QStringLiteral("token"), {} };

    std::optional<std::optional<Api::AwsError>> written;
    store.store(QStringLiteral("prod"), keys, [&](const std::optional<Api::AwsError>& e) { written = e; });
    ASSERT_TRUE(waitFor([&] { return written.has_value(); }, 20000));
    ASSERT_FALSE(written->has_value()) << describe(*written);

    std::optional<Api::Outcome<Api::Credentials>> read;
    store.load(QStringLiteral("prod"), [&](const Api::Outcome<Api::Credentials>& o) { read = o; });
    ASSERT_TRUE(waitFor([&] { return read.has_value(); }, 20000));
    ASSERT_TRUE(read->ok()) << describe(read->error);
    EXPECT_EQ(read->value.accessKeyId, keys.accessKeyId);
    EXPECT_EQ(read->value.secretAccessKey, keys.secretAccessKey);
    EXPECT_EQ(read->value.sessionToken, keys.sessionToken);

    // The provider the app signs with reads the same entry.
    auto provider = store.provider(QStringLiteral("prod"));
    std::optional<Api::Outcome<Api::Credentials>> viaProvider;
    provider->fetch([&](const Api::Outcome<Api::Credentials>& o) { viaProvider = o; });
    ASSERT_TRUE(waitFor([&] { return viaProvider.has_value(); }, 20000));
    EXPECT_EQ(viaProvider->value.secretAccessKey, keys.secretAccessKey);

    // The secret is nowhere in plaintext under HOME (no insecure fallback file).
    const QString home = QDir::homePath();
    QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        EXPECT_FALSE(file.readAll().contains("s3cr3t/with+chars==")) << file.fileName().toStdString();
    }

    std::optional<std::optional<Api::AwsError>> removed;
    store.remove(QStringLiteral("prod"), [&](const std::optional<Api::AwsError>& e) { removed = e; });
    ASSERT_TRUE(waitFor([&] { return removed.has_value(); }, 20000));
    EXPECT_FALSE(removed->has_value());

    std::optional<Api::Outcome<Api::Credentials>> gone;
    store.load(QStringLiteral("prod"), [&](const Api::Outcome<Api::Credentials>& o) { gone = o; });
    ASSERT_TRUE(waitFor([&] { return gone.has_value(); }, 20000));
    ASSERT_FALSE(gone->ok());
    EXPECT_EQ(gone->error->code, QStringLiteral("NotInKeychain"));
    EXPECT_EQ(gone->error->kind, Api::AwsError::Kind::Credentials);
}
