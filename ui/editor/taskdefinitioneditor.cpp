// SPDX-License-Identifier: MIT
#include "ui/editor/taskdefinitioneditor.h"

#include "ui/fulltextdelegate.h"

#include "api/core/awserror.h"
#include "api/core/awstransport.h"
#include "api/core/replyguard.h"
#include "api/ecs/ecsclient.h"
#include "api/ecs/requests.h"
#include "models/taskdef/registersequence.h"
#include "models/taskdef/taskdefinitiondocument.h"
#include "models/taskdef/taskdefinitionjson.h"
#include "ui/editor/ecrimagepicker.h"
#include "ui/editor/jsonpane.h"
#include "ui/editor/revisiondiffview.h"
#include "ui/editor/taskdefinitionform.h"

#include <QAbstractButton>
#include <QAction>
#include <QCloseEvent>
#include <QColor>
#include <QCompleter>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QStringListModel>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>

namespace EcsDesk::Ui {

using Models::JsonPath;
using Models::TaskDefinitionDocument;
using Models::TaskDefinitionJson;
using Models::TaskDefinitionValidator;
using Models::ValidationIssue;

namespace {
    constexpr int autosaveDelayMs = 2000;
} // namespace

TaskDefinitionEditor::TaskDefinitionEditor(Api::EcsClient* client, TaskDefinitionEditorContext context, QWidget* parent)
    : QMainWindow(parent)
    , m_document(new TaskDefinitionDocument(this))
    , m_client(client)
    , m_context(std::move(context))
    , m_recovery(m_context.recoveryDir)
    , m_sequence(new Models::RegisterSequence(client, this))
    , m_replies(new Api::ReplyGuard(this))
{
    m_context.recoveryDir = m_recovery.directory();
    m_formTimer = new QTimer(this);
    m_formTimer->setSingleShot(true);
    m_formTimer->setInterval(0);
    connect(m_formTimer, &QTimer::timeout, this, &TaskDefinitionEditor::refreshForm);
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(autosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &TaskDefinitionEditor::autosaveNow);

    buildUi();
    connect(m_document, &TaskDefinitionDocument::changed, this, &TaskDefinitionEditor::onDocumentChanged);
    connect(m_document, &TaskDefinitionDocument::reset, this, &TaskDefinitionEditor::onDocumentReset);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &TaskDefinitionEditor::updateTitle);
    connect(m_sequence, &Models::RegisterSequence::registered, this, &TaskDefinitionEditor::onRegistered);
    connect(m_sequence, &Models::RegisterSequence::registerFailed, this, &TaskDefinitionEditor::onRegisterFailed);
    connect(m_sequence, &Models::RegisterSequence::deploying, this, [this](const QString& service, const QString& arn) {
        m_deployStatus->setText(tr("Registered %1; updating %2…").arg(arn, service));
    });
    connect(m_sequence, &Models::RegisterSequence::deploymentStarted, this, &TaskDefinitionEditor::onDeploymentStarted);
    connect(m_sequence, &Models::RegisterSequence::deployFailed, this, &TaskDefinitionEditor::onDeployFailed);
    onDocumentReset();
    setDeployTarget(m_context.cluster, m_context.service);
}

TaskDefinitionEditor::~TaskDefinitionEditor()
{
    // The widgets are destroyed after this: nothing may write to the document or call back here.
    m_document->disconnect(this);
    m_document->undoStack()->disconnect(this);
    delete m_document;
    m_document = nullptr;
}

QsciScintilla* TaskDefinitionEditor::jsonPane() const { return m_json; }

QString TaskDefinitionEditor::jsonError() const { return m_json->error(); }

int TaskDefinitionEditor::jsonErrorLine() const { return m_json->errorLine(); }

int TaskDefinitionEditor::jsonErrorColumn() const { return m_json->errorColumn(); }

QList<Models::TaskDefinitionChange> TaskDefinitionEditor::shownChanges() const { return m_diffView->changes(); }

int TaskDefinitionEditor::currentContainer() const { return m_form->currentContainer(); }

// ---------------------------------------------------------------------------------------------
// Building the window

void TaskDefinitionEditor::buildUi()
{
    resize(1400, 900);
    auto* toolbar = addToolBar(tr("Editor"));
    toolbar->setObjectName(QStringLiteral("editorToolbar"));
    addUndoActions(toolbar);
    addFileAndCompareActions(toolbar);
    addRegisterActions(toolbar);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    m_banner = new QLabel(central);
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    m_form = new TaskDefinitionForm(m_document, splitter);
    if (m_client) {
        m_form->setDefaultRegion(QString::fromLatin1(m_client->config().region));
        // ECR of the same connection (its endpoint override, if any, serves every service).
        m_imagePicker = new EcrImagePicker(m_form->imageEdit(), this);
        m_imagePicker->setClient(Api::EcrClient(m_client->config()));
    }
    connect(m_form, &TaskDefinitionForm::currentContainerChanged, this, &TaskDefinitionEditor::refreshForm);
    m_json = new JsonPane(m_document, splitter);
    connect(m_json, &JsonPane::errorChanged, this, &TaskDefinitionEditor::onJsonErrorChanged);
    connect(m_json, &JsonPane::applied, this, &TaskDefinitionEditor::flushPendingSync);
    splitter->addWidget(m_form);
    splitter->addWidget(m_json);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 800, 600 });
    layout->addWidget(splitter, 1);
    setCentralWidget(central);
    addDocks();

    m_deployStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_deployStatus);
}

void TaskDefinitionEditor::addUndoActions(QToolBar* toolbar)
{
    QUndoStack* stack = m_document->undoStack();
    // Undo and Redo keep their short text so the toolbar never shifts; what they would undo or
    // redo is said in the tooltip ("Undo Edit family").
    auto* undo = new QAction(tr("Undo"), this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(stack->canUndo());
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    auto undoTip = [undo](const QString& command) {
        undo->setToolTip(command.isEmpty() ? tr("Undo") : tr("Undo %1").arg(command));
    };
    connect(stack, &QUndoStack::undoTextChanged, undo, undoTip);
    undoTip(stack->undoText());
    auto* redo = new QAction(tr("Redo"), this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setEnabled(stack->canRedo());
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    auto redoTip = [redo](const QString& command) {
        redo->setToolTip(command.isEmpty() ? tr("Redo") : tr("Redo %1").arg(command));
    };
    connect(stack, &QUndoStack::redoTextChanged, redo, redoTip);
    redoTip(stack->redoText());
    // Ctrl+Shift+Z everywhere, plus the platform's own redo keys (on X11 they already include it:
    // the same key twice would make the shortcut ambiguous).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    // Ctrl+W (the platform's Close keys) closes the editor, asking about unsaved edits as closing
    // the window does.
    auto* closeAction = new QAction(tr("Close"), this);
    closeAction->setObjectName(QStringLiteral("closeAction"));
    closeAction->setShortcuts(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);
}

void TaskDefinitionEditor::addFileAndCompareActions(QToolBar* toolbar)
{
    toolbar->addSeparator();
    toolbar->addAction(tr("Import…"), this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Import task definition"), {}, tr("JSON files (*.json);;All files (*)"));
        if (!file.isEmpty() && confirmDiscard())
            importFile(file);
    });
    toolbar->addAction(tr("Export…"), this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export task definition"),
            m_document->family() + QStringLiteral(".json"), tr("JSON files (*.json)"));
        if (!file.isEmpty())
            exportFile(file);
    });
    toolbar->addSeparator();
    toolbar->addAction(tr("Compare with source"), this, &TaskDefinitionEditor::compareWithSource);
    toolbar->addAction(tr("Compare revisions…"), this, [this] {
        bool ok = false;
        const QString family = m_document->family();
        const QString before = QInputDialog::getText(this, tr("Compare revisions"),
            tr("Before (family:revision or ARN):"), QLineEdit::Normal, family + QStringLiteral(":1"), &ok);
        if (!ok)
            return;
        const QString after = QInputDialog::getText(
            this, tr("Compare revisions"), tr("After (family:revision or ARN):"), QLineEdit::Normal, family, &ok);
        if (ok)
            compareRevisions(before, after);
    });
}

void TaskDefinitionEditor::addRegisterActions(QToolBar* toolbar)
{
    toolbar->addSeparator();
    m_registerAction = toolbar->addAction(tr("Register"), this, [this] { registerRevision(false); });
    m_registerAction->setObjectName(QStringLiteral("registerAction"));
    m_registerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_deployAction = toolbar->addAction(tr("Register and deploy"), this, [this] { registerRevision(true); });
    m_deployAction->setObjectName(QStringLiteral("registerAndDeployAction"));
    toolbar->addWidget(new QLabel(tr(" Cluster: "), toolbar));
    m_deployCluster = new QLineEdit(toolbar);
    m_deployCluster->setObjectName(QStringLiteral("deployCluster"));
    m_deployCluster->setMaximumWidth(160);
    m_deployCluster->setAccessibleName(tr("Cluster to deploy to"));
    // Typing another cluster forgets the ARN the editor was opened with.
    connect(m_deployCluster, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!m_deployClusterArn.isEmpty() && text.trimmed() != m_deployClusterArn.section(QLatin1Char('/'), -1)) {
            m_deployClusterArn.clear();
            m_deployCluster->setToolTip(tr("The cluster of the service to deploy to"));
        }
    });
    toolbar->addWidget(m_deployCluster);
    toolbar->addWidget(new QLabel(tr(" Service: "), toolbar));
    m_deployService = new QLineEdit(toolbar);
    m_deployService->setObjectName(QStringLiteral("deployService"));
    m_deployService->setMaximumWidth(160);
    m_deployService->setAccessibleName(tr("Service to deploy to"));
    toolbar->addWidget(m_deployService);
    connect(m_deployService, &QLineEdit::textChanged, this, &TaskDefinitionEditor::revalidate);
    // The cluster's services (first page of ListServices) as completions for the Service field.
    auto* serviceNames = new QStringListModel(this);
    auto* completer = new QCompleter(serviceNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_deployService->setCompleter(completer);
    m_deployService->setPlaceholderText(tr("service name"));
    m_deployCluster->setPlaceholderText(tr("cluster"));
    connect(m_deployCluster, &QLineEdit::editingFinished, this, [this, serviceNames] {
        const QString cluster = deployCluster();
        if (!m_client || cluster.isEmpty())
            return;
        m_replies->watch(m_client->listServices(cluster), this, [serviceNames](Api::AwsReply* reply) {
            QStringList names;
            for (const QString& arn : Api::ListServicesResult::fromJson(reply->json()).serviceArns)
                names.append(arn.section(QLatin1Char('/'), -1));
            serviceNames->setStringList(names);
        });
    });
    connect(m_deployCluster, &QLineEdit::textChanged, this, &TaskDefinitionEditor::revalidate);
}

void TaskDefinitionEditor::addDocks()
{
    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setHeaderLabels({ tr("Severity"), tr("Where"), tr("Problem") });
    m_problems->setRootIsDecorated(false);
    makeTextReadable(m_problems);
    m_problems->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_problems, &QTreeWidget::itemActivated, this, &TaskDefinitionEditor::activateProblem);
    auto* problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);

    m_diffView = new RevisionDiffView(this);
    if (m_imagePicker)
        m_diffView->setImageDescriber([this](const QString& image) { return m_imagePicker->index().describe(image); });
    auto* diffDock = new QDockWidget(tr("Differences"), this);
    diffDock->setObjectName(QStringLiteral("diffDock"));
    diffDock->setWidget(m_diffView);
    addDockWidget(Qt::BottomDockWidgetArea, diffDock);

    auto* history = new QUndoView(m_document->undoStack(), this);
    history->setEmptyLabel(tr("<opened>"));
    history->setAccessibleName(tr("History"));
    auto* historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(history);
    addDockWidget(Qt::BottomDockWidgetArea, historyDock);
    tabifyDockWidget(problemsDock, diffDock);
    tabifyDockWidget(diffDock, historyDock);
    problemsDock->raise();
    resizeDocks({ problemsDock }, { 170 }, Qt::Vertical);
}

// ---------------------------------------------------------------------------------------------
// Document <-> form and JSON pane

bool TaskDefinitionEditor::openDocument(const QByteArray& json, const QString& sourceRevisionArn)
{
    const Models::TaskDefinitionImport result = m_document->load(json);
    if (!result.ok) {
        setBanner(result.describeError(), true);
        return false;
    }
    m_sourceArn = sourceRevisionArn;
    if (sourceRevisionArn.isEmpty() && result.wasWrapped) // a saved DescribeTaskDefinition answer
        m_sourceArn = Api::TaskDefinitionResult::fromJson(QJsonDocument::fromJson(json).object()).taskDefinition.arn;
    m_sourceDefinition = TaskDefinitionJson::toRegisterInput(result.definition);
    if (!result.structureIssues.isEmpty())
        setBanner(tr("Parts of this definition have the wrong shape; see the problems list."), true);
    else
        setBanner({}, false);
    return true;
}

void TaskDefinitionEditor::newDocument()
{
    QJsonObject container { { QStringLiteral("name"), QStringLiteral("app") },
        { QStringLiteral("image"), QStringLiteral("public.ecr.aws/nginx/nginx:latest") },
        { QStringLiteral("essential"), true } };
    m_document->setDefinition(QJsonObject { { QStringLiteral("family"), QStringLiteral("new-task") },
        { QStringLiteral("containerDefinitions"), QJsonArray { container } } });
    m_sourceArn.clear();
    m_sourceDefinition = {};
    setBanner({}, false);
}

void TaskDefinitionEditor::onDocumentChanged()
{
    if (!m_formTimer->isActive())
        m_formTimer->start();
    m_autosaveTimer->start();
}

void TaskDefinitionEditor::onDocumentReset()
{
    m_json->resetToDocument();
    refreshForm();
    updateTitle();
}

void TaskDefinitionEditor::flushPendingSync()
{
    m_json->flush();
    if (m_formTimer->isActive())
        refreshForm();
}

void TaskDefinitionEditor::setCurrentContainer(int index) { m_form->setCurrentContainer(index); }

void TaskDefinitionEditor::refreshForm()
{
    m_formTimer->stop();
    m_form->refresh();
    m_json->refreshIfStale();
    revalidate();
}

void TaskDefinitionEditor::onJsonErrorChanged(const QString& message)
{
    if (message.isEmpty()) {
        m_form->setEnabled(true);
        setBanner({}, false);
        return;
    }
    setBanner(tr("The JSON has an error (the form shows the last valid state and is locked until the JSON is "
                 "fixed): %1")
                  .arg(message),
        true);
    m_form->setEnabled(false);
}

// ---------------------------------------------------------------------------------------------
// Validation and problems

void TaskDefinitionEditor::revalidate()
{
    m_issues = m_document->validate();
    const bool errors = TaskDefinitionValidator::hasErrors(m_issues);
    m_problems->clear();
    for (const ValidationIssue& issue : std::as_const(m_issues)) {
        auto* item = new QTreeWidgetItem(m_problems,
            { issue.isError() ? tr("Error") : tr("Warning"), issue.path.isEmpty() ? tr("(definition)") : issue.path,
                issue.message });
        item->setData(0, Qt::UserRole, issue.path);
        item->setForeground(0, issue.isError() ? QColor(198, 40, 40) : QColor(173, 120, 0));
    }
    m_form->showIssues(m_issues);
    const bool canRegister = m_client && !errors;
    m_registerAction->setEnabled(canRegister);
    m_deployAction->setEnabled(
        canRegister && !m_deployCluster->text().trimmed().isEmpty() && !m_deployService->text().trimmed().isEmpty());
    const int errorCount
        = int(std::count_if(m_issues.begin(), m_issues.end(), [](const auto& i) { return i.isError(); }));
    statusBar()->showMessage(errors ? tr("%n error(s) block registering", nullptr, errorCount)
            : m_issues.isEmpty()    ? tr("No problems")
                                    : tr("%n warning(s)", nullptr, int(m_issues.size())));
}

QWidget* TaskDefinitionEditor::fieldWidget(const QString& path)
{
    m_form->selectContainerOf(path);
    flushPendingSync();
    return m_form->fieldWidget(path);
}

QString TaskDefinitionEditor::fieldMessage(const QString& path)
{
    m_form->selectContainerOf(path);
    flushPendingSync();
    return m_form->fieldMessage(path);
}

void TaskDefinitionEditor::activateProblem(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString path = item->data(0, Qt::UserRole).toString();
    if (QWidget* widget = fieldWidget(path))
        widget->setFocus();
    const int line = m_json->lineOf(path);
    m_json->setCursorPosition(line, 0);
    m_json->ensureLineVisible(line);
}

// ---------------------------------------------------------------------------------------------
// Register and deploy

void TaskDefinitionEditor::setDeployTarget(const QString& cluster, const QString& service)
{
    // An ARN shows as the cluster's name; the ARN stays in the tooltip and is what deploys.
    const bool arn = cluster.startsWith(QLatin1String("arn:"));
    m_deployClusterArn = arn ? cluster : QString();
    m_deployCluster->setText(arn ? cluster.section(QLatin1Char('/'), -1) : cluster);
    m_deployCluster->setToolTip(arn ? cluster : tr("The cluster of the service to deploy to"));
    m_deployService->setText(service);
}

QString TaskDefinitionEditor::deployCluster() const
{
    const QString text = m_deployCluster->text().trimmed();
    if (!m_deployClusterArn.isEmpty() && text == m_deployClusterArn.section(QLatin1Char('/'), -1))
        return m_deployClusterArn;
    return text;
}

bool TaskDefinitionEditor::registerRevision(bool deploy)
{
    flushPendingSync();
    if (!m_client) {
        setBanner(tr("Not connected: registering needs a connection."), true);
        return false;
    }
    if (TaskDefinitionValidator::hasErrors(m_document->validate())) {
        setBanner(tr("Fix the errors in the problems list before registering."), true);
        return false;
    }
    const QString cluster = deployCluster();
    const QString service = m_deployService->text().trimmed();
    if (deploy && (cluster.isEmpty() || service.isEmpty())) {
        setBanner(tr("Choose the cluster and service to deploy to."), true);
        return false;
    }
    if (!m_sequence->start(m_document->definition(), deploy ? cluster : QString(), deploy ? service : QString())) {
        setBanner(tr("Still registering the previous revision."), true);
        return false;
    }
    m_registerAction->setEnabled(false);
    m_deployAction->setEnabled(false);
    m_deployStatus->setText(tr("Registering…"));
    m_registerStackIndex = m_document->undoStack()->index();
    return true;
}

void TaskDefinitionEditor::onRegistered(const Models::RegisteredRevision& revision)
{
    revalidate();
    m_sourceArn = revision.arn;
    m_sourceDefinition = TaskDefinitionJson::toRegisterInput(revision.taskDefinition);
    if (m_document->undoStack()->index() == m_registerStackIndex) {
        m_document->undoStack()->setClean();
        removeRecovery();
    }
    setBanner({}, false);
    m_deployStatus->setText(tr("Registered %1").arg(revision.arn));
    Q_EMIT registered(revision.arn, revision.taskDefinition);
}

void TaskDefinitionEditor::onRegisterFailed(const QString& message)
{
    revalidate();
    setBanner(tr("Registering failed: %1").arg(message), true);
    m_deployStatus->setText(tr("Registering failed"));
    Q_EMIT registerFailed(message);
}

void TaskDefinitionEditor::onDeploymentStarted(const Models::StartedDeployment& deployment)
{
    m_deployStatus->setText(
        tr("Deployment %1 started on %2 (%3)").arg(deployment.deploymentId, deployment.service, deployment.state));
    Q_EMIT deploymentStarted(deployment.serviceObject);
}

void TaskDefinitionEditor::onDeployFailed(const QString& service, const QString& message)
{
    setBanner(tr("Deploying to %1 failed: %2").arg(service, message), true);
    m_deployStatus->setText(tr("Deploy failed"));
    Q_EMIT deployFailed(message);
}

// ---------------------------------------------------------------------------------------------
// Diff

void TaskDefinitionEditor::compareWithSource()
{
    flushPendingSync();
    const QString before = m_sourceArn.isEmpty() ? tr("(opened)") : m_sourceArn;
    showChanges(Models::TaskDefinitionDiff::compare(
                    m_sourceDefinition, TaskDefinitionJson::toRegisterInput(m_document->definition())),
        before, tr("editor"));
}

void TaskDefinitionEditor::compareRevisions(const QString& before, const QString& after)
{
    if (!m_client) {
        Q_EMIT comparisonReady(tr("Not connected."));
        return;
    }
    struct Pending {
        QJsonObject definitions[2];
        int left = 2;
        QString error;
    };
    auto pending = std::make_shared<Pending>();
    const QStringList names { before, after };
    // Once both answers are in: the difference, or the first error.
    auto bothIn = [this, pending, names] {
        if (--pending->left > 0)
            return;
        if (!pending->error.isEmpty()) {
            setBanner(tr("Comparing failed: %1").arg(pending->error), true);
            Q_EMIT comparisonReady(pending->error);
            return;
        }
        showChanges(Models::TaskDefinitionDiff::compare(pending->definitions[0], pending->definitions[1]), names.at(0),
            names.at(1));
        Q_EMIT comparisonReady({});
    };
    for (int i = 0; i < 2; ++i) {
        m_replies->watch(
            m_client->describeTaskDefinition(names.at(i)), this,
            [pending, i, bothIn](Api::AwsReply* reply) {
                pending->definitions[i] = TaskDefinitionJson::toRegisterInput(
                    Api::TaskDefinitionResult::fromJson(reply->json()).taskDefinition.raw);
                bothIn();
            },
            [pending, i, names, bothIn](const QString& error) {
                if (pending->error.isEmpty())
                    pending->error = tr("%1: %2").arg(names.at(i), error);
                bothIn();
            });
    }
}

void TaskDefinitionEditor::showChanges(
    const QList<Models::TaskDefinitionChange>& changes, const QString& before, const QString& after)
{
    m_diffView->showChanges(changes, before, after);
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("diffDock")))
        dock->raise();
}

// ---------------------------------------------------------------------------------------------
// Files, recovery and closing

bool TaskDefinitionEditor::importFile(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        setBanner(tr("Cannot read %1: %2").arg(fileName, file.errorString()), true);
        return false;
    }
    return openDocument(file.readAll());
}

bool TaskDefinitionEditor::exportFile(const QString& fileName)
{
    flushPendingSync();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_document->toJson()) < 0 || !file.commit()) {
        setBanner(tr("Cannot write %1: %2").arg(fileName, file.errorString()), true);
        return false;
    }
    m_document->undoStack()->setClean();
    removeRecovery();
    statusBar()->showMessage(tr("Exported to %1").arg(fileName));
    return true;
}

void TaskDefinitionEditor::autosaveNow()
{
    m_autosaveTimer->stop();
    if (!m_document->isModified())
        return;
    const QString written
        = m_recovery.write({ m_sourceArn, m_sourceDefinition, m_document->definition(), {} }, m_recoveryFile);
    if (!written.isEmpty())
        m_recoveryFile = written;
}

QStringList TaskDefinitionEditor::recoveryFiles(const QString& recoveryDir)
{
    return Models::EditorRecoveryStore(recoveryDir).list();
}

bool TaskDefinitionEditor::restoreRecovery(const QString& fileName)
{
    const std::optional<Models::RecoveryDraft> draft = Models::EditorRecoveryStore::read(fileName);
    if (!draft)
        return false;
    m_document->setDefinition(draft->source);
    m_sourceArn = draft->sourceRevisionArn;
    m_sourceDefinition = draft->source;
    // The recovered edits as one undoable step on top of the source, so the editor shows them as unsaved.
    m_document->applyText(QJsonDocument(draft->definition).toJson());
    m_recoveryFile = fileName;
    flushPendingSync();
    return true;
}

void TaskDefinitionEditor::offerRecovery(
    const std::function<TaskDefinitionEditor*()>& createEditor, const QString& recoveryDir, QWidget* parent)
{
    for (const QString& file : recoveryFiles(recoveryDir)) {
        const auto answer = QMessageBox::question(parent, tr("Recover task definition"),
            tr("A task definition you were editing was not saved (%1). Restore it?")
                .arg(QFileInfo(file).lastModified().toString()),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Discard, QMessageBox::Yes);
        if (answer == QMessageBox::Discard) {
            Models::EditorRecoveryStore::remove(file);
        } else if (answer == QMessageBox::Yes) {
            TaskDefinitionEditor* editor = createEditor();
            if (!editor)
                return;
            if (editor->restoreRecovery(file))
                editor->show();
            else
                delete editor;
        }
    }
}

void TaskDefinitionEditor::removeRecovery()
{
    m_autosaveTimer->stop();
    Models::EditorRecoveryStore::remove(m_recoveryFile);
    m_recoveryFile.clear();
}

bool TaskDefinitionEditor::confirmDiscard()
{
    flushPendingSync();
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
        tr("The task definition %1 has changes that are neither registered nor exported.").arg(m_document->family()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.button(QMessageBox::Save)->setText(tr("Export…"));
    const int answer = box.exec();
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export task definition"),
            m_document->family() + QStringLiteral(".json"), tr("JSON files (*.json)"));
        return !file.isEmpty() && exportFile(file);
    }
    return true;
}

void TaskDefinitionEditor::closeEvent(QCloseEvent* event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    removeRecovery();
    event->accept();
}

void TaskDefinitionEditor::setBanner(const QString& text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("background: #ffebee; color: #b71c1c; padding: 4px;")
                                  : QStringLiteral("background: #e8f5e9; padding: 4px;"));
    m_banner->setVisible(!text.isEmpty());
}

void TaskDefinitionEditor::updateTitle()
{
    const QString family = m_document->family().isEmpty() ? tr("untitled") : m_document->family();
    setWindowTitle(tr("%1[*] — Task definition editor").arg(family));
    setWindowModified(m_document->isModified());
}

} // namespace EcsDesk::Ui
