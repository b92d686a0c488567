// SPDX-License-Identifier: MIT
// The service editor offscreen against the local endpoint: several fields edited in the form
// reach the service in one UpdateService call (DescribeServices shows them), a refused request
// leaves the dialog open with the endpoint's error and every edit kept, a field's problem shows
// under it and keeps Apply disabled, and New Service creates the service with one CreateService.

#include "api/ecs/ecsclient.h"
#include "common/localendpointsupport.h"
#include "common/testutil.h"
#include "ui/editor/revisiondiffview.h"
#include "ui/messagebar.h"
#include "ui/serviceeditor/serviceeditordialog.h"
#include "ui/serviceeditor/servicelisteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

QJsonObject definition(const QString& image)
{
    return { { u"family"_s, u"web"_s },
        { u"containerDefinitions"_s,
            QJsonArray { QJsonObject {
                { u"name"_s, u"web"_s }, { u"image"_s, image }, { u"memory"_s, 128 }, { u"essential"_s, true } } } } };
}

QJsonObject describe(const Api::EcsClient& ecs, const QString& service)
{
    const QJsonObject answer = call(ecs.describeServices(u"prod"_s, { service }));
    return answer.value(u"services"_s).toArray().first().toObject();
}

template <class Widget> Widget* field(Ui::ServiceEditorDialog& dialog, const QString& path)
{
    auto* widget = qobject_cast<Widget*>(dialog.fieldWidget(path));
    EXPECT_NE(widget, nullptr) << path.toStdString();
    return widget;
}

/// The dialog's Send over `ecs`, counting the calls by operation.
Ui::ServiceEditorDialog::Send sender(const Api::EcsClient& ecs, QStringList* sent)
{
    return [&ecs, sent](const QString& operation, const QJsonObject& input) {
        sent->append(operation);
        return ecs.call(operation, input);
    };
}

class ServiceEditorTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(local.isStarted()) << local.error().toStdString();
        call(ecs.createCluster(u"prod"_s));
        call(ecs.registerTaskDefinition(definition(u"nginx:1"_s)));
        call(ecs.registerTaskDefinition(definition(u"nginx:2"_s)));
        call(ecs.createService(u"prod"_s,
            { { u"serviceName"_s, u"web"_s }, { u"taskDefinition"_s, u"web:1"_s }, { u"desiredCount"_s, 1 } }));
    }

    TestEndpoint local;
    Api::EcsClient ecs { local.config() };
    const QStringList choices { u"web:2"_s, u"web:1"_s };
};

} // namespace

TEST_F(ServiceEditorTest, SeveralFieldsChangeInOneUpdateServiceCall)
{
    QStringList sent;
    Ui::ServiceEditorDialog dialog(
        Models::ServiceForm::forUpdate(describe(ecs, u"web"_s)), sender(ecs, &sent), choices);
    dialog.show();
    EXPECT_FALSE(dialog.applyButton()->isEnabled()); // nothing changed yet
    EXPECT_EQ(dialog.focusWidget(), dialog.fieldWidget(u"taskDefinition"_s));

    field<QComboBox>(dialog, u"taskDefinition"_s)->setCurrentText(u"web:2"_s);
    field<QSpinBox>(dialog, u"desiredCount"_s)->setValue(3);
    field<QSpinBox>(dialog, u"deploymentConfiguration.maximumPercent"_s)->setValue(150);
    field<QCheckBox>(dialog, u"deploymentConfiguration.deploymentCircuitBreaker.enable"_s)->setChecked(true);
    field<QCheckBox>(dialog, u"deploymentConfiguration.deploymentCircuitBreaker.rollback"_s)->setChecked(true);
    field<QSpinBox>(dialog, u"healthCheckGracePeriodSeconds"_s)->setValue(45);
    field<QCheckBox>(dialog, u"enableExecuteCommand"_s)->setChecked(true);
    auto* constraints = field<Ui::ServiceListEditor>(dialog, u"placementConstraints"_s);
    constraints->addRow();
    constraints->table()->item(0, 0)->setText(u"distinctInstance"_s);

    // The preview is the request as it will be sent; the diff lists what changes.
    const QString preview = dialog.preview()->toPlainText();
    EXPECT_TRUE(preview.contains(u"\"desiredCount\": 3"_s)) << preview.toStdString();
    EXPECT_TRUE(preview.contains(u"\"service\": \"web\""_s)) << preview.toStdString();
    EXPECT_FALSE(preview.contains(u"minimumHealthyPercent\": 50"_s));
    QStringList changed;
    for (const Models::TaskDefinitionChange& change : dialog.diffView()->changes())
        changed.append(change.path);
    EXPECT_TRUE(changed.contains(u"taskDefinition"_s)) << changed.join(u", "_s).toStdString();
    EXPECT_TRUE(changed.contains(u"desiredCount"_s));
    EXPECT_TRUE(changed.contains(u"deploymentConfiguration.maximumPercent"_s));
    EXPECT_TRUE(changed.contains(u"placementConstraints"_s) || changed.contains(u"placementConstraints[0]"_s))
        << changed.join(u", "_s).toStdString();

    ASSERT_TRUE(dialog.applyButton()->isEnabled()) << dialog.fieldError(u"desiredCount"_s).toStdString();
    QSignalSpy applied(&dialog, &Ui::ServiceEditorDialog::applied);
    dialog.applyButton()->click();
    ASSERT_TRUE(waitFor([&] { return !applied.isEmpty(); }, 30000)) << dialog.messageBar()->text().toStdString();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(sent, QStringList { u"UpdateService"_s }); // one call for every change

    const QJsonObject service = describe(ecs, u"web"_s);
    EXPECT_EQ(service.value(u"desiredCount"_s).toInt(), 3);
    EXPECT_TRUE(service.value(u"taskDefinition"_s).toString().endsWith(u"task-definition/web:2"_s));
    const QJsonObject configuration = service.value(u"deploymentConfiguration"_s).toObject();
    EXPECT_EQ(configuration.value(u"maximumPercent"_s).toInt(), 150);
    EXPECT_EQ(configuration.value(u"minimumHealthyPercent"_s).toInt(), 100);
    const QJsonObject breaker = configuration.value(u"deploymentCircuitBreaker"_s).toObject();
    EXPECT_TRUE(breaker.value(u"enable"_s).toBool());
    EXPECT_TRUE(breaker.value(u"rollback"_s).toBool());
    EXPECT_EQ(service.value(u"healthCheckGracePeriodSeconds"_s).toInt(), 45);
    EXPECT_TRUE(service.value(u"enableExecuteCommand"_s).toBool());
    EXPECT_EQ(service.value(u"placementConstraints"_s).toArray(),
        (QJsonArray { QJsonObject { { u"type"_s, u"distinctInstance"_s } } }));
    EXPECT_EQ(dialog.appliedService().desiredCount, 3); // the answer, typed
}

TEST_F(ServiceEditorTest, ARefusedRequestKeepsTheDialogOpenWithEveryEdit)
{
    QStringList sent;
    Ui::ServiceEditorDialog dialog(
        Models::ServiceForm::forUpdate(describe(ecs, u"web"_s)), sender(ecs, &sent), choices);
    dialog.show();
    field<QSpinBox>(dialog, u"desiredCount"_s)->setValue(4);
    field<QComboBox>(dialog, u"taskDefinition"_s)->setCurrentText(u"missing:9"_s);
    dialog.applyButton()->click();
    ASSERT_TRUE(waitFor([&] { return !dialog.isSending(); }, 30000));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.messageBar()->kind(), Ui::MessageBar::Kind::Error);
    EXPECT_FALSE(dialog.messageBar()->text().isEmpty());
    EXPECT_TRUE(dialog.messageBar()->text().contains(u"Exception"_s) || dialog.messageBar()->text().contains(u"task"_s))
        << dialog.messageBar()->text().toStdString();
    EXPECT_EQ(field<QSpinBox>(dialog, u"desiredCount"_s)->value(), 4);
    EXPECT_EQ(dialog.form().changes().value(u"desiredCount"_s).toInt(), 4);
    EXPECT_EQ(describe(ecs, u"web"_s).value(u"desiredCount"_s).toInt(), 1); // nothing applied

    // Corrected, the same dialog applies it.
    field<QComboBox>(dialog, u"taskDefinition"_s)->setCurrentText(u"web:2"_s);
    QSignalSpy applied(&dialog, &Ui::ServiceEditorDialog::applied);
    dialog.applyButton()->click();
    ASSERT_TRUE(waitFor([&] { return !applied.isEmpty(); }, 30000)) << dialog.messageBar()->text().toStdString();
    EXPECT_EQ(sent, (QStringList { u"UpdateService"_s, u"UpdateService"_s }));
    EXPECT_EQ(describe(ecs, u"web"_s).value(u"desiredCount"_s).toInt(), 4);
}

TEST_F(ServiceEditorTest, AProblemShowsUnderItsFieldAndResetGoesBack)
{
    QStringList sent;
    Ui::ServiceEditorDialog dialog(
        Models::ServiceForm::forUpdate(describe(ecs, u"web"_s)), sender(ecs, &sent), choices);
    dialog.show();
    field<QSpinBox>(dialog, u"deploymentConfiguration.minimumHealthyPercent"_s)->setValue(120);
    EXPECT_EQ(dialog.fieldError(u"deploymentConfiguration.minimumHealthyPercent"_s),
        u"minimumHealthyPercent must be between 0 and 100."_s);
    EXPECT_FALSE(dialog.applyButton()->isEnabled());
    field<QComboBox>(dialog, u"networkConfiguration.awsvpcConfiguration.assignPublicIp"_s)
        ->setCurrentText(u"ENABLED"_s);
    EXPECT_EQ(
        dialog.fieldError(u"networkConfiguration.awsvpcConfiguration.subnets"_s), u"Enter at least one subnet."_s);
    dialog.apply(); // refused in the form: nothing sent
    EXPECT_TRUE(sent.isEmpty());

    dialog.resetButton()->click();
    EXPECT_EQ(field<QSpinBox>(dialog, u"deploymentConfiguration.minimumHealthyPercent"_s)->value(), 100);
    EXPECT_TRUE(dialog.fieldError(u"deploymentConfiguration.minimumHealthyPercent"_s).isEmpty());
    EXPECT_FALSE(dialog.form().hasChanges());
    EXPECT_FALSE(dialog.applyButton()->isEnabled());
}

TEST_F(ServiceEditorTest, NewServiceUsesTheSameFormAndOneCreateServiceCall)
{
    QStringList sent;
    Ui::ServiceEditorDialog dialog(Models::ServiceForm::forCreate(u"prod"_s), sender(ecs, &sent), choices);
    dialog.show();
    EXPECT_FALSE(dialog.fieldError(u"serviceName"_s).isEmpty());
    EXPECT_FALSE(dialog.applyButton()->isEnabled());
    auto* name = field<QLineEdit>(dialog, u"serviceName"_s);
    EXPECT_EQ(dialog.focusWidget(), name); // typing names the service
    QTest::keyClicks(name, u"api"_s);
    field<QComboBox>(dialog, u"taskDefinition"_s)->setCurrentText(u"web:1"_s);
    field<QSpinBox>(dialog, u"desiredCount"_s)->setValue(2);
    field<QComboBox>(dialog, u"propagateTags"_s)->setCurrentText(u"SERVICE"_s);
    auto* tags = field<Ui::ServiceListEditor>(dialog, u"tags"_s);
    tags->addRow();
    tags->table()->item(0, 0)->setText(u"team"_s);
    tags->table()->item(0, 1)->setText(u"web"_s);
    ASSERT_TRUE(dialog.applyButton()->isEnabled()) << dialog.fieldError(u"serviceName"_s).toStdString();

    QSignalSpy applied(&dialog, &Ui::ServiceEditorDialog::applied);
    dialog.applyButton()->click();
    ASSERT_TRUE(waitFor([&] { return !applied.isEmpty(); }, 30000)) << dialog.messageBar()->text().toStdString();
    EXPECT_EQ(sent, QStringList { u"CreateService"_s });
    const QJsonObject service = describe(ecs, u"api"_s);
    EXPECT_EQ(service.value(u"status"_s).toString(), u"ACTIVE"_s);
    EXPECT_EQ(service.value(u"desiredCount"_s).toInt(), 2);
    EXPECT_EQ(service.value(u"propagateTags"_s).toString(), u"SERVICE"_s);
    EXPECT_TRUE(service.value(u"taskDefinition"_s).toString().endsWith(u"task-definition/web:1"_s));
}

TEST_F(ServiceEditorTest, TheJsonFieldsAndTheDeploymentControllerAreInTheForm)
{
    QStringList sent;
    Ui::ServiceEditorDialog dialog(
        Models::ServiceForm::forUpdate(describe(ecs, u"web"_s)), sender(ecs, &sent), choices);
    dialog.show();
    EXPECT_NE(field<QComboBox>(dialog, u"deploymentController.type"_s), nullptr);
    auto* balancers = field<Ui::ServiceListEditor>(dialog, u"loadBalancers"_s);
    ASSERT_NE(balancers, nullptr);
    EXPECT_EQ(balancers->table()->columnCount(), 4); // target group, Classic load balancer, container, port

    auto* connect = field<QPlainTextEdit>(dialog, u"serviceConnectConfiguration"_s);
    auto* lattice = field<QPlainTextEdit>(dialog, u"vpcLatticeConfigurations"_s);
    ASSERT_TRUE(connect && lattice && field<QPlainTextEdit>(dialog, u"volumeConfigurations"_s));
    connect->setPlainText(u"[]"_s);
    EXPECT_EQ(dialog.fieldError(u"serviceConnectConfiguration"_s), u"Enter a JSON object ({ … })."_s);
    EXPECT_FALSE(dialog.applyButton()->isEnabled());
    EXPECT_EQ(connect->toPlainText(), u"[]"_s); // the text stays as typed
    connect->setPlainText(u"{\"enabled\": true, \"namespace\": \"apps\"}"_s);
    lattice->setPlainText(u"[{\"roleArn\": \"r\", \"targetGroupArn\": \"tg\", \"portName\": \"http\"}]"_s);
    EXPECT_TRUE(dialog.fieldError(u"serviceConnectConfiguration"_s).isEmpty());
    EXPECT_TRUE(dialog.applyButton()->isEnabled());
    const QString preview = dialog.preview()->toPlainText();
    EXPECT_TRUE(preview.contains(u"\"serviceConnectConfiguration\""_s)) << preview.toStdString();
    EXPECT_TRUE(preview.contains(u"\"vpcLatticeConfigurations\""_s)) << preview.toStdString();
    EXPECT_FALSE(preview.contains(u"\"volumeConfigurations\""_s)) << preview.toStdString(); // unchanged
    EXPECT_EQ(dialog.form().diff().size(), 2);

    dialog.resetButton()->click();
    EXPECT_TRUE(connect->toPlainText().isEmpty());
    EXPECT_FALSE(dialog.form().hasChanges());

    // Applied: the service has them (DescribeServices).
    lattice->setPlainText(u"[{\"roleArn\": \"r\", \"targetGroupArn\": \"tg\", \"portName\": \"http\"}]"_s);
    QSignalSpy applied(&dialog, &Ui::ServiceEditorDialog::applied);
    dialog.applyButton()->click();
    ASSERT_TRUE(waitFor([&] { return !applied.isEmpty(); }, 30000)) << dialog.messageBar()->text().toStdString();
    EXPECT_EQ(sent, QStringList { u"UpdateService"_s });
    const QJsonArray stored = describe(ecs, u"web"_s).value(u"vpcLatticeConfigurations"_s).toArray();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().toObject().value(u"portName"_s).toString(), u"http"_s);
}
