// SPDX-License-Identifier: MIT
// Edit Service… through the window on its embedded endpoint: the Services pane's action opens the
// service editor on the selected service, several fields edited there reach the service in one
// UpdateService call and the pane reports it; in read-only mode the action is disabled.

#include "integration/app/apptestsupport.h"

#include "api/ecs/ecsclient.h"
#include "models/clustermodel.h"
#include "models/servicemodel.h"
#include "ui/actionregistry.h"
#include "ui/appsettings.h"
#include "ui/messagebar.h"
#include "ui/pages/servicepage.h"
#include "ui/panewidget.h"
#include "ui/serviceeditor/serviceeditordialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace Qt::StringLiterals;
using EcsDesk::Testing::waitFor;

namespace {

QJsonObject answer(Api::AwsReply* reply)
{
    EXPECT_TRUE(waitFor([reply] { return reply->isFinished(); }, 20000));
    reply->deleteLater();
    EXPECT_TRUE(reply->isOk()) << (reply->error() ? reply->error()->toString().toStdString() : std::string());
    return reply->json();
}

QJsonObject definition(const QString& image)
{
    return { { u"family"_s, u"web"_s },
        { u"containerDefinitions"_s,
            QJsonArray { QJsonObject {
                { u"name"_s, u"web"_s }, { u"image"_s, image }, { u"memory"_s, 128 }, { u"essential"_s, true } } } } };
}

class ServiceEditorWindow : public ::testing::Test {
protected:
    void SetUp() override
    {
        Ui::AppSettings::instance().saveWindow({}, {}, {});
        window = std::make_unique<Ui::MainWindow>(Testing::testWindowOptions(m_dir.path()));
        window->show();
        ASSERT_TRUE(window->localEndpoint() && window->localEndpoint()->isRunning());
        ecs = std::make_unique<Api::EcsClient>(Testing::endpointConfig(*window->localEndpoint(), &m_transport));
        answer(ecs->createCluster(u"shop"_s));
        answer(ecs->registerTaskDefinition(definition(u"nginx:1"_s)));
        answer(ecs->registerTaskDefinition(definition(u"nginx:2"_s)));
        answer(ecs->createService(u"shop"_s,
            { { u"serviceName"_s, u"web"_s }, { u"taskDefinition"_s, u"web:1"_s }, { u"desiredCount"_s, 1 } }));
        window->refresh();
        ASSERT_TRUE(waitFor([&] { return window->clusterModel()->rowCount() == 1; }, 20000));
        window->selectCluster(u"shop"_s);
        ASSERT_TRUE(waitFor([&] { return !window->currentCluster().isEmpty() && !window->isLoading(); }, 20000));
        page = window->findChild<Ui::ServicePage*>();
        ASSERT_NE(page, nullptr);
        ASSERT_TRUE(waitFor([&] { return page->model()->rowCount() == 1; }, 20000));
        page->pane()->view()->setCurrentIndex(page->pane()->fromSource(page->model()->index(0, 0)));
    }
    void TearDown() override
    {
        window.reset();
        ecs.reset();
    }

    QJsonObject describeWeb()
    {
        return answer(ecs->describeServices(u"shop"_s, { u"web"_s })).value(u"services"_s).toArray().first().toObject();
    }

    QTemporaryDir m_dir;
    Api::AwsTransport m_transport;
    std::unique_ptr<Ui::MainWindow> window;
    std::unique_ptr<Api::EcsClient> ecs;
    Ui::ServicePage* page = nullptr;
};

} // namespace

TEST_F(ServiceEditorWindow, EditServiceChangesSeveralFieldsInOneUpdateServiceCall)
{
    QAction* edit = window->action(u"editService"_s);
    ASSERT_NE(edit, nullptr);
    ASSERT_TRUE(waitFor([edit] { return edit->isEnabled(); }, 20000));

    // The dialog opens once the task definitions are listed: a timer edits it and applies.
    QStringList sent;
    QString currentTaskDefinition;
    bool driven = false;
    bool applyEnabled = false;
    QString request;
    QString failure;
    QPointer<Ui::ServiceEditorDialog> openDialog;
    QTimer driver;
    driver.setInterval(20);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        auto* dialog = window->findChild<Ui::ServiceEditorDialog*>();
        if (!dialog || !dialog->isVisible() || driven)
            return;
        driven = true;
        QObject::connect(dialog, &Ui::ServiceEditorDialog::requestSent,
            [&sent](const QString& operation, const QJsonObject&) { sent.append(operation); });
        auto* taskDefinition = qobject_cast<QComboBox*>(dialog->fieldWidget(u"taskDefinition"_s));
        currentTaskDefinition = taskDefinition->currentText();
        taskDefinition->setCurrentText(u"web:2"_s);
        qobject_cast<QSpinBox*>(dialog->fieldWidget(u"desiredCount"_s))->setValue(2);
        qobject_cast<QSpinBox*>(dialog->fieldWidget(u"deploymentConfiguration.minimumHealthyPercent"_s))->setValue(50);
        qobject_cast<QCheckBox*>(dialog->fieldWidget(u"deploymentConfiguration.deploymentCircuitBreaker.enable"_s))
            ->setChecked(true);
        qobject_cast<QCheckBox*>(dialog->fieldWidget(u"enableExecuteCommand"_s))->setChecked(true);
        applyEnabled = dialog->applyButton()->isEnabled();
        request = QString::fromUtf8(QJsonDocument(dialog->form().request()).toJson(QJsonDocument::Compact));
        openDialog = dialog;
        dialog->applyButton()->click();
    });
    driver.start();
    edit->trigger();
    const bool closed = waitFor([&] { return driven && (!openDialog || !openDialog->isVisible()); }, 30000);
    driver.stop();
    if (!closed && openDialog) {
        // Leave no modal loop running behind the test.
        failure = openDialog->messageBar()->text();
        openDialog->reject();
    }
    ASSERT_TRUE(closed) << "driven " << driven << ", Apply enabled " << applyEnabled << ", request "
                        << request.toStdString() << ", message " << failure.toStdString();

    EXPECT_EQ(currentTaskDefinition, u"web:1"_s); // the form opened on the selected service
    EXPECT_EQ(sent, QStringList { u"UpdateService"_s });
    const QJsonObject service = describeWeb();
    EXPECT_EQ(service.value(u"desiredCount"_s).toInt(), 2);
    EXPECT_TRUE(service.value(u"taskDefinition"_s).toString().endsWith(u"task-definition/web:2"_s));
    const QJsonObject configuration = service.value(u"deploymentConfiguration"_s).toObject();
    EXPECT_EQ(configuration.value(u"minimumHealthyPercent"_s).toInt(), 50);
    EXPECT_EQ(configuration.value(u"maximumPercent"_s).toInt(), 200);
    EXPECT_TRUE(configuration.value(u"deploymentCircuitBreaker"_s).toObject().value(u"enable"_s).toBool());
    EXPECT_TRUE(service.value(u"enableExecuteCommand"_s).toBool());
    ASSERT_TRUE(waitFor([&] { return page->pane()->messageBar()->text() == u"Service web updated."_s; }, 20000))
        << page->pane()->messageBar()->text().toStdString();
}

TEST_F(ServiceEditorWindow, ReadOnlyDisablesEditService)
{
    QAction* edit = window->action(u"editService"_s);
    ASSERT_TRUE(waitFor([edit] { return edit->isEnabled(); }, 20000));
    EXPECT_TRUE(window->actions()->isMutating(u"editService"_s));
    Ui::MainWindow::StartOptions start;
    start.readOnly = true;
    window->start(start);
    EXPECT_FALSE(edit->isEnabled());
}
