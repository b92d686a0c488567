// SPDX-License-Identifier: MIT
// The connection dialog offscreen: invalid input is named and blocks OK; "Test connection" calls
// ListClusters on a real local endpoint, succeeding with its keys and failing with wrong ones.

#include "common/testutil.h"
#include "local/localendpoint.h"
#include "ui/connectiondialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk;
using Ui::ConnectionDialog;

namespace {
bool okEnabled(const QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
}
} // namespace

TEST(ConnectionDialog, NamesInvalidInput)
{
    ConnectionDialog dialog;
    EXPECT_FALSE(okEnabled(dialog));
    dialog.nameEdit()->setText(QStringLiteral("staging"));
    dialog.accessKeyEdit()->setText(QStringLiteral("AKIDEXAMPLE"));
    dialog.secretKeyEdit()->setText(QStringLiteral("secret"));
    EXPECT_TRUE(okEnabled(dialog));
    dialog.endpointEdit()->setText(QStringLiteral("ftp://example.com"));
    EXPECT_FALSE(okEnabled(dialog));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("http")));
    dialog.endpointEdit()->setText(QStringLiteral("http://127.0.0.1:4566/"));
    EXPECT_TRUE(okEnabled(dialog));
    dialog.regionEdit()->setText(QStringLiteral("Frankfurt"));
    EXPECT_FALSE(okEnabled(dialog));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Frankfurt")));
    dialog.regionEdit()->setText(QStringLiteral("eu-central-1"));
    dialog.secretKeyEdit()->clear();
    EXPECT_FALSE(okEnabled(dialog));
    EXPECT_FALSE(dialog.testButton()->isEnabled());
    dialog.secretKeyEdit()->setText(QStringLiteral("secret"));
    const Ui::CustomConnection c = dialog.connection();
    EXPECT_EQ(c.name, QStringLiteral("staging"));
    EXPECT_EQ(c.region, QStringLiteral("eu-central-1"));
    EXPECT_EQ(c.endpointUrl, QUrl(QStringLiteral("http://127.0.0.1:4566/")));
}

TEST(ConnectionDialog, TestsAgainstARealEndpoint)
{
    QTemporaryDir dir;
    Local::LocalEndpoint endpoint;
    Local::LocalEndpointOptions options;
    options.dataDir = dir.path();
    QString error;
    ASSERT_TRUE(endpoint.start(options, &error)) << error.toStdString();

    ConnectionDialog dialog;
    dialog.nameEdit()->setText(QStringLiteral("local"));
    dialog.endpointEdit()->setText(endpoint.url().toString());
    dialog.regionEdit()->setText(endpoint.region());
    dialog.accessKeyEdit()->setText(endpoint.credentials().accessKeyId);
    dialog.secretKeyEdit()->setText(endpoint.credentials().secretAccessKey);
    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    dialog.testButton()->click();
    ASSERT_TRUE(Testing::waitFor([&] { return finished.count() == 1; }));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << dialog.testResult().toStdString();
    EXPECT_TRUE(dialog.testResult().startsWith(QStringLiteral("Connected")));

    dialog.secretKeyEdit()->setText(QStringLiteral("wrong"));
    dialog.testButton()->click();
    ASSERT_TRUE(Testing::waitFor([&] { return finished.count() == 2; }));
    EXPECT_FALSE(finished.at(1).at(0).toBool());
    EXPECT_TRUE(dialog.testResult().startsWith(QStringLiteral("Failed")));
}
