#pragma once

#include "models/taskdef/jsonpath.h"
#include "models/taskdef/taskdefinitiondiff.h"
#include "models/taskdef/taskdefinitionvalidator.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QsciScintilla;

namespace EcsDesk::Api {
class EcsClient;
}
namespace EcsDesk::Models {
class TaskDefinitionDocument;
}

namespace EcsDesk::Ui {

class JsonArrayTableModel;

/// Where the editor registers and deploys, and where it keeps its crash-recovery copy.
struct TaskDefinitionEditorContext {
    QString cluster; ///< the cluster of the service to deploy to (may be empty)
    QString service; ///< "register and deploy" target (may be empty: chosen in the editor)
    QString recoveryDir; ///< empty: <AppDataLocation>/editor-recovery
};

/// The task definition editor window: a form and a live JSON pane on one
/// TaskDefinitionDocument, per-field validation with a problems list, undo history, structural
/// diff against the source revision or between two registered revisions, and register / register
/// and deploy through an EcsClient. Unsaved edits are autosaved to a recovery copy.
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
    QsciScintilla* jsonPane() const { return m_json; }
    QString sourceRevisionArn() const { return m_sourceArn; }
    QList<Models::ValidationIssue> issues() const { return m_issues; }
    /// The problems list (one item per validation issue).
    QTreeWidget* problemsView() const { return m_problems; }
    /// The JSON pane's syntax error ("" when the text parses), e.g. "line 3, column 7: ...".
    QString jsonError() const { return m_jsonError; }
    int jsonErrorLine() const { return m_jsonErrorLine; } ///< 1-based, 0 when none
    int jsonErrorColumn() const { return m_jsonErrorColumn; } ///< 1-based, 0 when none

    /// The form widget bound to `path` (e.g. "family", "containerDefinitions[0].image"): selects
    /// the container and shows the page it is on; nullptr when the form has no field for it.
    QWidget* fieldWidget(const QString& path);
    /// The message shown next to a field ("" when it has none).
    QString fieldMessage(const QString& path);
    int currentContainer() const { return m_currentContainer; }
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
    QList<Models::TaskDefinitionChange> shownChanges() const { return m_changes; }

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
    /// Lets Ctrl+Z / Ctrl+Shift+Z in a form field reach the document's undo stack instead of the
    /// field's own text undo (which would leave the document behind).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class FieldKind { Text, Integer, StringList, IntegerText, KeyValues };
    struct FieldBinding {
        QWidget* widget = nullptr;
        QLabel* message = nullptr;
        std::function<Models::JsonPath()> path;
        FieldKind kind = FieldKind::Text;
        bool containerScoped = false;
    };

    void buildUi();
    QWidget* buildTaskPage();
    QWidget* buildContainerPage();
    QWidget* field(QLineEdit* edit, std::function<Models::JsonPath()> path, FieldKind kind, bool containerScoped);
    QWidget* field(QComboBox* combo, std::function<Models::JsonPath()> path, FieldKind kind, bool containerScoped);
    QWidget* check(QCheckBox* box, std::function<Models::JsonPath()> path, bool whenMissing, bool containerScoped);
    QWidget* table(JsonArrayTableModel* model);
    Models::JsonPath containerField(const QString& relative) const;
    void writeField(const FieldBinding& binding, const QString& text);
    void fillAwslogsDefaults();
    void setCompatibility(const QString& name, bool on);

    void onDocumentChanged(const Models::JsonPath& path);
    void onDocumentReset();
    void scheduleFormRefresh();
    void refreshForm();
    void refreshContainerList();
    void refreshFargateChoices();
    void refreshJsonPane();
    void onJsonTextEdited();
    void applyJsonText();
    void showJsonError(const QString& message, int line, int column);
    void clearJsonError();
    void revalidate();
    void activateProblem(QTreeWidgetItem* item);
    int jsonLineOf(const QString& path) const;
    void showChanges(const QList<Models::TaskDefinitionChange>& changes, const QString& before, const QString& after);
    void setBanner(const QString& text, bool error);
    void updateTitle();
    void removeRecovery();
    bool confirmDiscard();

    Models::TaskDefinitionDocument* m_document = nullptr;
    Api::EcsClient* m_client = nullptr;
    TaskDefinitionEditorContext m_context;
    QString m_sourceArn;
    QJsonObject m_sourceDefinition;
    int m_currentContainer = -1;
    bool m_refreshing = false;
    bool m_applyingJson = false;
    bool m_jsonDirty = false;
    bool m_jsonStale = false;

    QList<FieldBinding> m_bindings;
    QList<JsonArrayTableModel*> m_tables;
    QList<QTableView*> m_tableViews;
    QList<Models::ValidationIssue> m_issues;
    QList<Models::TaskDefinitionChange> m_changes;

    QLabel* m_banner = nullptr;
    QTabWidget* m_formTabs = nullptr;
    QListWidget* m_containerList = nullptr;
    QWidget* m_containerPage = nullptr;
    QComboBox* m_cpuCombo = nullptr;
    QComboBox* m_memoryCombo = nullptr;
    QCheckBox* m_compatEc2 = nullptr;
    QCheckBox* m_compatFargate = nullptr;
    QCheckBox* m_compatExternal = nullptr;
    QsciScintilla* m_json = nullptr;
    QTreeWidget* m_problems = nullptr;
    QTreeWidget* m_diffTree = nullptr;
    QPlainTextEdit* m_diffText = nullptr;
    QLineEdit* m_deployCluster = nullptr;
    QLineEdit* m_deployService = nullptr;
    QString m_deployClusterArn; ///< the cluster ARN behind the name shown in m_deployCluster
    QLabel* m_deployStatus = nullptr;
    QAction* m_registerAction = nullptr;
    QAction* m_deployAction = nullptr;
    QTimer* m_jsonTimer = nullptr;
    QTimer* m_formTimer = nullptr;
    QTimer* m_autosaveTimer = nullptr;
    QString m_jsonError;
    int m_jsonErrorLine = 0;
    int m_jsonErrorColumn = 0;
    QString m_recoveryFile;
    QString m_paneText; ///< the JSON pane's text as last set or applied
};

} // namespace EcsDesk::Ui
