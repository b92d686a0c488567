// SPDX-License-Identifier: MIT
#pragma once

#include "api/ecs/types.h"
#include "models/serviceform.h"

#include <QDialog>
#include <QJsonObject>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QFormLayout;

namespace EcsDesk::Api {
class AwsReply;
class ReplyGuard;
} // namespace EcsDesk::Api

namespace EcsDesk::Ui {

class MessageBar;
class RevisionDiffView;

/// Edit Service… and New Service…: every UpdateService field in sections (deployment, network,
/// placement, capacity, load balancing, advanced), each field's problems under it, the request as
/// it will be sent (live JSON) and what it changes (the diff against the current service). Apply
/// sends one UpdateService (or CreateService) call with every change; the dialog closes when it
/// succeeds and stays open with AWS's error, nothing lost, when it fails. Reset goes back to the
/// current service. The fields' own Ctrl+Z undoes typing.
class ServiceEditorDialog : public QDialog {
    Q_OBJECT
public:
    /// Sends `input` as `operation` ("UpdateService", "CreateService"); nullptr when it cannot
    /// (the connection is gone). The dialog deletes the reply.
    using Send = std::function<Api::AwsReply*(const QString& operation, const QJsonObject& input)>;

    ServiceEditorDialog(
        Models::ServiceForm form, Send send, const QStringList& taskDefinitions, QWidget* parent = nullptr);
    ~ServiceEditorDialog() override;

    /// Attach Target Group… (issue 23): asks for a target group and a container port of
    /// `taskDefinition` and calls `add` with the loadBalancers entry chosen. Without one the button
    /// is hidden.
    using PickTargetGroup
        = std::function<void(const QString& taskDefinition, std::function<void(const QJsonObject& loadBalancer)> add)>;
    void setTargetGroupPicker(PickTargetGroup picker);
    QPushButton* attachTargetGroupButton() const { return m_attachTargetGroup; }

    const Models::ServiceForm& form() const { return m_form; }
    /// The service AWS answered with after Apply succeeded.
    const Api::Service& appliedService() const { return m_result; }

    /// The widget editing the field at `path` (e.g. "deploymentConfiguration.maximumPercent"),
    /// nullptr when the form has none (for this mode).
    QWidget* fieldWidget(const QString& path) const;
    /// The problem text shown under the field at `path`; empty when none.
    QString fieldError(const QString& path) const;
    QPlainTextEdit* preview() const { return m_preview; }
    RevisionDiffView* diffView() const { return m_diff; }
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* resetButton() const { return m_reset; }
    MessageBar* messageBar() const { return m_messages; }
    QListWidget* sectionList() const { return m_sectionList; }
    bool isSending() const { return m_sending; }

    /// Sends the request (what the Apply button does) when the form is valid and changes something.
    void apply();
    /// Back to the current service (Update) or an empty form (Create).
    void resetToCurrent();

Q_SIGNALS:
    /// A request went out: one per Apply.
    void requestSent(const QString& operation, const QJsonObject& input);
    /// AWS accepted it; the dialog then closes (accepted).
    void applied(const Api::Service& service);

private:
    struct Binding {
        QString path;
        QWidget* widget = nullptr;
        QLabel* error = nullptr;
        std::function<void()> load;
    };

    QWidget* buildSection(Models::ServiceForm::Section section);
    void buildDeployment(QFormLayout* form);
    void buildNetwork(QFormLayout* form);
    void buildPlacement(QFormLayout* form);
    void buildCapacity(QFormLayout* form);
    void buildLoadBalancing(QFormLayout* form);
    void buildAdvanced(QFormLayout* form);

    void bind(
        QFormLayout* form, const QString& label, const QString& path, QWidget* widget, std::function<void()> load);
    void addText(QFormLayout* form, const QString& label, const QString& path, const QString& placeholder = {});
    void addList(QFormLayout* form, const QString& label, const QString& path, const QString& placeholder);
    void addNumber(QFormLayout* form, const QString& label, const QString& path, int minimum, int maximum,
        int shownWhenUnset, const QString& unsetText = {});
    void addCheck(QFormLayout* form, const QString& text, const QString& path);
    void addChoice(QFormLayout* form, const QString& label, const QString& path, const QStringList& choices);
    void addTable(QFormLayout* form, const QString& label, const QString& path, const QList<QStringList>& columns);
    /// A JSON text field (Service Connect, volumes, VPC Lattice): checked as the field's JSON type.
    void addJson(QFormLayout* form, const QString& label, const QString& path, const QString& placeholder);
    void addFixed(QFormLayout* form, const QString& label, const QString& text);

    /// A user edit: into the form, then everything shown from it.
    void edit(const QString& path, const QJsonValue& value);
    /// A check box's value: false is written only where the service has the field.
    QJsonValue checkValue(const QString& path, bool checked) const;
    void loadFields();
    void refresh();

    Models::ServiceForm m_form;
    Send m_send;
    QStringList m_taskDefinitions;
    QList<Binding> m_bindings;
    bool m_loading = false;
    bool m_sending = false;
    Api::Service m_result;

    QListWidget* m_sectionList = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_previewTitle = nullptr;
    RevisionDiffView* m_diff = nullptr;
    QLabel* m_otherProblems = nullptr;
    MessageBar* m_messages = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_attachTargetGroup = nullptr;
    PickTargetGroup m_targetGroupPicker;
    Api::ReplyGuard* m_replies = nullptr;
};

} // namespace EcsDesk::Ui
