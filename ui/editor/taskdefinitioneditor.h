// SPDX-License-Identifier: MIT
#pragma once

#include "models/taskdef/editorrecoverystore.h"
#include "models/taskdef/jsonpath.h"
#include "models/taskdef/taskdefinitiondiff.h"
#include "models/taskdef/taskdefinitionvalidator.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QTimer;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;
class QsciScintilla;

namespace EcsDesk::Api {
class EcsClient;
class ReplyGuard;
} // namespace EcsDesk::Api
namespace EcsDesk::Models {
class RegisterSequence;
class TaskDefinitionDocument;
struct RegisteredRevision;
struct StartedDeployment;
} // namespace EcsDesk::Models

namespace EcsDesk::Ui {

class EcrImagePicker;
class JsonPane;
class RevisionDiffView;
class TaskDefinitionForm;

/// Where the editor registers and deploys, and where it keeps its crash-recovery copy.
struct TaskDefinitionEditorContext {
    QString cluster; ///< the cluster of the service to deploy to (may be empty)
    QString service; ///< "register and deploy" target (may be empty: chosen in the editor)
    QString recoveryDir; ///< empty: <AppDataLocation>/editor-recovery
};

/// The task definition editor window: composes a TaskDefinitionForm and a JsonPane on one
/// TaskDefinitionDocument, with a problems list, undo history and a RevisionDiffView (against the
/// source revision or between two registered revisions) in docks. Registering and deploying run
/// through a RegisterSequence; unsaved edits are autosaved to an EditorRecoveryStore.
class TaskDefinitionEditor : public QMainWindow {
    Q_OBJECT
public:
    explicit TaskDefinitionEditor(
        Api::EcsClient* client = nullptr, TaskDefinitionEditorContext context = {}, QWidget* parent = nullptr);
    ~TaskDefinitionEditor() override;

    /// Opens `json` (bare or DescribeTaskDefinition output). `sourceRevisionArn` names the
    /// registered revision it came from (the diff's default "before"). False with the error shown
    /// in the banner when the text cannot be read.
    bool openDocument(const QByteArray& json, const QString& sourceRevisionArn = {});
    /// Starts a new definition with one container.
    void newDocument();

    Models::TaskDefinitionDocument* document() const { return m_document; }
    QsciScintilla* jsonPane() const;
    QString sourceRevisionArn() const { return m_sourceArn; }
    QList<Models::ValidationIssue> issues() const { return m_issues; }
    /// The problems list (one item per validation issue).
    QTreeWidget* problemsView() const { return m_problems; }
    /// The JSON pane's syntax error ("" when the text parses), e.g. "line 3, column 7: ...".
    QString jsonError() const;
    int jsonErrorLine() const; ///< 1-based, 0 when none
    int jsonErrorColumn() const; ///< 1-based, 0 when none

    /// The form widget bound to `path` (e.g. "family", "containerDefinitions[0].image"): selects
    /// the container and shows the page it is on; nullptr when the form has no field for it.
    QWidget* fieldWidget(const QString& path);
    /// The message shown next to a field ("" when it has none).
    QString fieldMessage(const QString& path);
    int currentContainer() const;
    /// The image field's ECR helper (completion, tag and findings warnings, newest image); nullptr
    /// without a client.
    EcrImagePicker* imagePicker() const { return m_imagePicker; }
    void setCurrentContainer(int index);

    /// Applies pending JSON-pane text and form refreshes now instead of after the debounce.
    void flushPendingSync();

    QAction* registerAction() const { return m_registerAction; }
    QAction* registerAndDeployAction() const { return m_deployAction; }
    void setDeployTarget(const QString& cluster, const QString& service);
    /// Registers the document as a new revision (and with `deploy` updates the target service to
    /// it). False without sending anything when there is no client or the validator finds errors.
    bool registerRevision(bool deploy = false);
    /// The cluster "register and deploy" deploys to: the ARN the editor was opened with while the
    /// field still shows its name, else the text typed.
    QString deployCluster() const;

    /// Shows the structural difference between the editor and its source revision.
    void compareWithSource();
    /// Fetches two revisions ("family:3" or ARNs) through the client and shows their difference.
    void compareRevisions(const QString& before, const QString& after);
    QList<Models::TaskDefinitionChange> shownChanges() const;

    bool importFile(const QString& fileName);
    bool exportFile(const QString& fileName);

    QString recoveryFile() const { return m_recoveryFile; }
    /// Writes the recovery copy now (normally a few seconds after an edit).
    void autosaveNow();
    /// Recovery copies left behind by editors that did not close cleanly.
    static QStringList recoveryFiles(const QString& recoveryDir = {});
    /// Loads a recovery copy as the (modified) document and takes it over.
    bool restoreRecovery(const QString& fileName);
    /// Asks whether to restore each leftover recovery copy (the app calls this at start-up).
    static void offerRecovery(
        const std::function<TaskDefinitionEditor*()>& createEditor, const QString& recoveryDir, QWidget* parent);

Q_SIGNALS:
    /// A revision was registered: its ARN and the TaskDefinition as ECS returned it.
    void registered(const QString& taskDefinitionArn, const QJsonObject& taskDefinition);
    void registerFailed(const QString& message);
    /// UpdateService answered: the service with its new deployment.
    void deploymentStarted(const QJsonObject& service);
    void deployFailed(const QString& message);
    /// A revision comparison finished (or failed, with `error`).
    void comparisonReady(const QString& error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void addUndoActions(QToolBar* toolbar);
    void addFileAndCompareActions(QToolBar* toolbar);
    void addRegisterActions(QToolBar* toolbar);
    void addDocks();

    void onDocumentChanged();
    void onDocumentReset();
    void refreshForm();
    void onJsonErrorChanged(const QString& message);
    void revalidate();
    void activateProblem(QTreeWidgetItem* item);
    void showChanges(const QList<Models::TaskDefinitionChange>& changes, const QString& before, const QString& after);
    void onRegistered(const Models::RegisteredRevision& revision);
    void onRegisterFailed(const QString& message);
    void onDeploymentStarted(const Models::StartedDeployment& deployment);
    void onDeployFailed(const QString& service, const QString& message);
    void setBanner(const QString& text, bool error);
    void updateTitle();
    void removeRecovery();
    bool confirmDiscard();

    Models::TaskDefinitionDocument* m_document = nullptr;
    Api::EcsClient* m_client = nullptr;
    TaskDefinitionEditorContext m_context;
    Models::EditorRecoveryStore m_recovery;
    Models::RegisterSequence* m_sequence = nullptr;
    Api::ReplyGuard* m_replies = nullptr; ///< ListServices for completions, DescribeTaskDefinition for diffs
    int m_registerStackIndex = -1; ///< the undo index when registering started
    QString m_sourceArn;
    QJsonObject m_sourceDefinition;
    QList<Models::ValidationIssue> m_issues;

    QLabel* m_banner = nullptr;
    TaskDefinitionForm* m_form = nullptr;
    EcrImagePicker* m_imagePicker = nullptr;
    JsonPane* m_json = nullptr;
    RevisionDiffView* m_diffView = nullptr;
    QTreeWidget* m_problems = nullptr;
    QLineEdit* m_deployCluster = nullptr;
    QLineEdit* m_deployService = nullptr;
    QString m_deployClusterArn; ///< the cluster ARN behind the name shown in m_deployCluster
    QLabel* m_deployStatus = nullptr;
    QAction* m_registerAction = nullptr;
    QAction* m_deployAction = nullptr;
    QTimer* m_formTimer = nullptr;
    QTimer* m_autosaveTimer = nullptr;
    QString m_recoveryFile;
};

} // namespace EcsDesk::Ui
