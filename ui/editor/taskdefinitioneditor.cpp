#include "ui/editor/taskdefinitioneditor.h"

#include "api/core/awserror.h"
#include "api/core/awstransport.h"
#include "api/ecs/ecsclient.h"
#include "models/taskdef/taskdefinitiondocument.h"
#include "models/taskdef/taskdefinitionjson.h"
#include "ui/editor/jsonarraytablemodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QColor>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>

namespace EcsDesk::Ui {

using Models::JsonPath;
using Models::TaskDefinitionDocument;
using Models::TaskDefinitionJson;
using Models::TaskDefinitionValidator;
using Models::ValidationIssue;

namespace {

    constexpr int jsonDebounceMs = 300;
    constexpr int autosaveDelayMs = 2000;
    constexpr int errorMarker = 0;
    constexpr int errorIndicator = 0;

    JsonPath rel(const QString& text) { return JsonPath::parse(text); }

    /// Shows a field value as text: strings as they are, numbers plainly, string lists joined by
    /// commas (or as a JSON array when an element holds a comma), objects as `k=v, k=v`.
    QString valueText(const QJsonValue& value)
    {
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toDouble());
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (value.isArray()) {
            QStringList parts;
            bool plain = true;
            for (const QJsonValue& element : value.toArray()) {
                if (!element.isString() || element.toString().contains(QLatin1Char(',')))
                    plain = false;
                parts.append(element.toString());
            }
            if (plain)
                return parts.join(QStringLiteral(", "));
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        }
        if (value.isObject()) {
            QStringList parts;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                parts.append(it.key() + QLatin1Char('=') + valueText(it.value()));
            return parts.join(QStringLiteral(", "));
        }
        return {};
    }

    bool isInside(const QString& path, const QString& prefix)
    {
        return path == prefix || path.startsWith(prefix + QLatin1Char('.'))
            || path.startsWith(prefix + QLatin1Char('['));
    }

    /// Shows every tab page on the way from `widget` up to the window.
    void revealWidget(QWidget* widget)
    {
        for (QWidget* w = widget; w; w = w->parentWidget()) {
            auto* stack = qobject_cast<QStackedWidget*>(w->parentWidget());
            if (auto* tabs = stack ? qobject_cast<QTabWidget*>(stack->parentWidget()) : nullptr)
                tabs->setCurrentWidget(w);
        }
    }

    /// A field's inline message: one line whose space is always reserved (so that fields do not
    /// move when a message appears), elided when it does not fit.
    class FieldMessageLabel : public QLabel {
    public:
        explicit FieldMessageLabel(QWidget* parent)
            : QLabel(parent)
        {
            setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
            setFixedHeight(fontMetrics().height());
        }

    protected:
        void changeEvent(QEvent* event) override
        {
            if (event->type() == QEvent::FontChange)
                setFixedHeight(fontMetrics().height());
            QLabel::changeEvent(event);
        }
        void paintEvent(QPaintEvent*) override
        {
            QPainter painter(this);
            painter.setPen(palette().color(QPalette::WindowText));
            const QRect area = contentsRect();
            painter.drawText(
                area, Qt::AlignLeft | Qt::AlignVCenter, fontMetrics().elidedText(text(), Qt::ElideRight, area.width()));
        }
    };

    QString defaultRecoveryDir()
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/editor-recovery");
    }

} // namespace

TaskDefinitionEditor::TaskDefinitionEditor(Api::EcsClient* client, TaskDefinitionEditorContext context, QWidget* parent)
    : QMainWindow(parent)
    , m_document(new TaskDefinitionDocument(this))
    , m_client(client)
    , m_context(std::move(context))
{
    if (m_context.recoveryDir.isEmpty())
        m_context.recoveryDir = defaultRecoveryDir();
    m_jsonTimer = new QTimer(this);
    m_jsonTimer->setSingleShot(true);
    m_jsonTimer->setInterval(jsonDebounceMs);
    connect(m_jsonTimer, &QTimer::timeout, this, &TaskDefinitionEditor::applyJsonText);
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
    onDocumentReset();
    setDeployTarget(m_context.cluster, m_context.service);
}

TaskDefinitionEditor::~TaskDefinitionEditor()
{
    // The widgets are destroyed after this: nothing may write to the document or call back here.
    m_refreshing = true;
    m_document->disconnect(this);
    m_document->undoStack()->disconnect(this);
    delete m_document;
    m_document = nullptr;
}

// ---------------------------------------------------------------------------------------------
// Building the window

void TaskDefinitionEditor::buildUi()
{
    resize(1400, 900);
    auto* toolbar = addToolBar(tr("Editor"));
    toolbar->setObjectName(QStringLiteral("editorToolbar"));
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
        Api::AwsReply* reply = m_client->listServices(cluster);
        connect(reply, &Api::AwsReply::finished, this, [reply, serviceNames] {
            reply->deleteLater();
            QStringList names;
            for (const QJsonValue& arn : reply->json().value(QStringLiteral("serviceArns")).toArray())
                names.append(arn.toString().section(QLatin1Char('/'), -1));
            serviceNames->setStringList(names);
        });
    });
    connect(m_deployCluster, &QLineEdit::textChanged, this, &TaskDefinitionEditor::revalidate);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    m_banner = new QLabel(central);
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    auto* splitter = new QSplitter(Qt::Horizontal, central);
    m_formTabs = new QTabWidget(splitter);
    auto scroll = [](QWidget* page) {
        auto* area = new QScrollArea;
        area->setWidgetResizable(true);
        area->setWidget(page);
        return area;
    };
    m_formTabs->addTab(scroll(buildTaskPage()), tr("Task"));

    auto* containers = new QWidget;
    auto* containersLayout = new QHBoxLayout(containers);
    auto* listBox = new QWidget(containers);
    listBox->setMaximumWidth(260);
    auto* listColumn = new QVBoxLayout(listBox);
    listColumn->setContentsMargins(0, 0, 0, 0);
    m_containerList = new QListWidget(containers);
    m_containerList->setMaximumWidth(220);
    listColumn->addWidget(m_containerList);
    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, auto slot) {
        auto* b = new QPushButton(text, containers);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("Add"), [this] {
        const int index
            = m_document->addContainer(QStringLiteral("container-%1").arg(m_document->containerCount() + 1), {});
        setCurrentContainer(index);
    });
    button(tr("Copy"), [this] { setCurrentContainer(m_document->duplicateContainer(m_currentContainer)); });
    button(tr("Remove"), [this] {
        const int index = m_currentContainer;
        if (m_document->removeContainer(index))
            setCurrentContainer(std::min(index, m_document->containerCount() - 1));
    });
    listColumn->addLayout(buttons);
    buttons = new QHBoxLayout;
    QPushButton* up = button(tr("▲"), [this] {
        if (m_document->moveContainer(m_currentContainer, m_currentContainer - 1))
            setCurrentContainer(m_currentContainer - 1);
    });
    QPushButton* down = button(tr("▼"), [this] {
        if (m_document->moveContainer(m_currentContainer, m_currentContainer + 1))
            setCurrentContainer(m_currentContainer + 1);
    });
    // The arrows say what they do to screen readers and in their tooltips.
    up->setAccessibleName(tr("Move container up"));
    up->setToolTip(up->accessibleName());
    down->setAccessibleName(tr("Move container down"));
    down->setToolTip(down->accessibleName());
    listColumn->addLayout(buttons);
    containersLayout->addWidget(listBox);
    m_containerPage = buildContainerPage();
    containersLayout->addWidget(m_containerPage, 1);
    connect(m_containerList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_refreshing && row >= 0)
            setCurrentContainer(row);
    });
    m_formTabs->addTab(containers, tr("Containers"));

    m_json = new QsciScintilla(splitter);
    m_json->setObjectName(QStringLiteral("jsonPane"));
    m_json->setUtf8(true);
    auto* lexer = new QsciLexerJSON(m_json);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    lexer->setDefaultFont(mono);
    lexer->setFont(mono);
    m_json->setLexer(lexer);
    m_json->setMarginType(0, QsciScintilla::NumberMargin);
    m_json->setMarginWidth(0, QStringLiteral("00000"));
    m_json->setMarginType(1, QsciScintilla::SymbolMargin);
    m_json->setMarginWidth(1, 14);
    m_json->setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    m_json->setAutoIndent(true);
    m_json->setIndentationWidth(4);
    m_json->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_json->markerDefine(QsciScintilla::RightTriangle, errorMarker);
    m_json->setMarkerBackgroundColor(QColor(211, 47, 47), errorMarker);
    m_json->indicatorDefine(QsciScintilla::SquiggleIndicator, errorIndicator);
    m_json->setIndicatorForegroundColor(QColor(211, 47, 47), errorIndicator);
    connect(m_json, &QsciScintilla::textChanged, this, &TaskDefinitionEditor::onJsonTextEdited);
    splitter->addWidget(m_formTabs);
    splitter->addWidget(m_json);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 800, 600 });
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setHeaderLabels({ tr("Severity"), tr("Where"), tr("Problem") });
    m_problems->setRootIsDecorated(false);
    m_problems->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_problems, &QTreeWidget::itemActivated, this, &TaskDefinitionEditor::activateProblem);
    auto* problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problemsDock"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);

    auto* diffTabs = new QTabWidget(this);
    m_diffTree = new QTreeWidget(diffTabs);
    m_diffTree->setHeaderLabels({ tr("Path"), tr("Before"), tr("After") });
    m_diffTree->setRootIsDecorated(false);
    diffTabs->addTab(m_diffTree, tr("Side by side"));
    m_diffText = new QPlainTextEdit(diffTabs);
    m_diffText->setReadOnly(true);
    m_diffText->setFont(mono);
    diffTabs->addTab(m_diffText, tr("Unified"));
    auto* diffDock = new QDockWidget(tr("Differences"), this);
    diffDock->setObjectName(QStringLiteral("diffDock"));
    diffDock->setWidget(diffTabs);
    addDockWidget(Qt::BottomDockWidgetArea, diffDock);

    auto* history = new QUndoView(m_document->undoStack(), this);
    history->setEmptyLabel(tr("<opened>"));
    auto* historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(history);
    addDockWidget(Qt::BottomDockWidgetArea, historyDock);
    tabifyDockWidget(problemsDock, diffDock);
    tabifyDockWidget(diffDock, historyDock);
    problemsDock->raise();
    resizeDocks({ problemsDock }, { 170 }, Qt::Vertical);

    m_deployStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_deployStatus);

    // Screen readers name each form field and table after its label (the label's buddy is the
    // box that also holds the field's message line), and the other views after what they show.
    const QList<QLabel*> labels = findChildren<QLabel*>();
    for (QLabel* label : labels) {
        QWidget* buddy = label->buddy();
        if (!buddy)
            continue;
        const QString name = label->text().remove(QLatin1Char('&'));
        for (const FieldBinding& binding : std::as_const(m_bindings)) {
            if ((binding.widget == buddy || buddy->isAncestorOf(binding.widget))
                && !qobject_cast<QCheckBox*>(binding.widget))
                binding.widget->setAccessibleName(name);
        }
        for (QTableView* view : std::as_const(m_tableViews)) {
            if (buddy->isAncestorOf(view))
                view->setAccessibleName(name);
        }
    }
    m_deployCluster->setAccessibleName(tr("Cluster to deploy to"));
    m_deployService->setAccessibleName(tr("Service to deploy to"));
    m_containerList->setAccessibleName(tr("Containers"));
    m_json->setAccessibleName(tr("JSON"));
    m_problems->setAccessibleName(tr("Problems"));
    m_diffTree->setAccessibleName(tr("Differences side by side"));
    m_diffText->setAccessibleName(tr("Differences as unified text"));
    history->setAccessibleName(tr("History"));
}

QWidget* TaskDefinitionEditor::buildTaskPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    auto at = [](const QString& key) { return [path = rel(key)] { return path; }; };

    form->addRow(tr("Family"), field(new QLineEdit, at(QStringLiteral("family")), FieldKind::Text, false));

    auto* compat = new QWidget;
    auto* compatLayout = new QHBoxLayout(compat);
    compatLayout->setContentsMargins(0, 0, 0, 0);
    m_compatEc2 = new QCheckBox(QStringLiteral("EC2"), compat);
    m_compatFargate = new QCheckBox(QStringLiteral("FARGATE"), compat);
    m_compatExternal = new QCheckBox(QStringLiteral("EXTERNAL"), compat);
    for (QCheckBox* box : { m_compatEc2, m_compatFargate, m_compatExternal }) {
        compatLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this, box](bool on) { setCompatibility(box->text(), on); });
    }
    compatLayout->addStretch();
    form->addRow(tr("Launch types"), compat);

    auto* network = new QComboBox;
    network->addItems({ QString(), QStringLiteral("awsvpc"), QStringLiteral("bridge"), QStringLiteral("host"),
        QStringLiteral("none") });
    form->addRow(tr("Network mode"), field(network, at(QStringLiteral("networkMode")), FieldKind::Text, false));
    m_cpuCombo = new QComboBox;
    m_cpuCombo->setEditable(true);
    form->addRow(tr("Task CPU (units)"), field(m_cpuCombo, at(QStringLiteral("cpu")), FieldKind::IntegerText, false));
    m_memoryCombo = new QComboBox;
    m_memoryCombo->setEditable(true);
    form->addRow(
        tr("Task memory (MiB)"), field(m_memoryCombo, at(QStringLiteral("memory")), FieldKind::IntegerText, false));
    form->addRow(tr("Task role ARN"), field(new QLineEdit, at(QStringLiteral("taskRoleArn")), FieldKind::Text, false));
    form->addRow(
        tr("Execution role ARN"), field(new QLineEdit, at(QStringLiteral("executionRoleArn")), FieldKind::Text, false));
    auto* os = new QComboBox;
    os->addItems({ QString(), QStringLiteral("LINUX"), QStringLiteral("WINDOWS_SERVER_2019_FULL"),
        QStringLiteral("WINDOWS_SERVER_2019_CORE"), QStringLiteral("WINDOWS_SERVER_2022_FULL"),
        QStringLiteral("WINDOWS_SERVER_2022_CORE") });
    form->addRow(tr("Operating system"),
        field(os, at(QStringLiteral("runtimePlatform.operatingSystemFamily")), FieldKind::Text, false));
    auto* arch = new QComboBox;
    arch->addItems({ QString(), QStringLiteral("X86_64"), QStringLiteral("ARM64") });
    form->addRow(tr("CPU architecture"),
        field(arch, at(QStringLiteral("runtimePlatform.cpuArchitecture")), FieldKind::Text, false));
    form->addRow(tr("Ephemeral storage (GiB)"),
        field(new QLineEdit, at(QStringLiteral("ephemeralStorage.sizeInGiB")), FieldKind::Integer, false));

    using Column = JsonArrayTableModel::Column;
    using Kind = JsonArrayTableModel::Kind;
    auto tableAt = [this](const QString& key, QList<Column> columns) {
        return table(new JsonArrayTableModel(
            m_document, [path = rel(key)] { return path; }, std::move(columns), this));
    };
    form->addRow(tr("Volumes"),
        tableAt(QStringLiteral("volumes"),
            { { tr("Name"), rel(QStringLiteral("name")) }, { tr("Host path"), rel(QStringLiteral("host.sourcePath")) },
                { tr("EFS file system"), rel(QStringLiteral("efsVolumeConfiguration.fileSystemId")) },
                { tr("EFS root"), rel(QStringLiteral("efsVolumeConfiguration.rootDirectory")) },
                { tr("EFS encryption"), rel(QStringLiteral("efsVolumeConfiguration.transitEncryption")) },
                { tr("Docker scope"), rel(QStringLiteral("dockerVolumeConfiguration.scope")) },
                { tr("Docker driver"), rel(QStringLiteral("dockerVolumeConfiguration.driver")) },
                { tr("Autoprovision"), rel(QStringLiteral("dockerVolumeConfiguration.autoprovision")),
                    Kind::Boolean } }));
    form->addRow(tr("Placement constraints"),
        tableAt(QStringLiteral("placementConstraints"),
            { { tr("Type"), rel(QStringLiteral("type")) }, { tr("Expression"), rel(QStringLiteral("expression")) } }));
    form->addRow(tr("Tags"),
        tableAt(QStringLiteral("tags"),
            { { tr("Key"), rel(QStringLiteral("key")) }, { tr("Value"), rel(QStringLiteral("value")) } }));
    form->addRow(
        tr("Proxy type"), field(new QLineEdit, at(QStringLiteral("proxyConfiguration.type")), FieldKind::Text, false));
    form->addRow(tr("Proxy container"),
        field(new QLineEdit, at(QStringLiteral("proxyConfiguration.containerName")), FieldKind::Text, false));
    form->addRow(tr("Proxy properties"),
        tableAt(QStringLiteral("proxyConfiguration.properties"),
            { { tr("Name"), rel(QStringLiteral("name")) }, { tr("Value"), rel(QStringLiteral("value")) } }));
    return page;
}

QWidget* TaskDefinitionEditor::buildContainerPage()
{
    auto* tabs = new QTabWidget;
    auto c = [this](const QString& key) { return [this, key] { return containerField(key); }; };
    using Column = JsonArrayTableModel::Column;
    using Kind = JsonArrayTableModel::Kind;
    auto tableAt = [this](const QString& key, QList<Column> columns) {
        return table(new JsonArrayTableModel(
            m_document, [this, key] { return containerField(key); }, std::move(columns), this));
    };
    auto newPage = [tabs](const QString& title) {
        auto* page = new QWidget;
        auto* area = new QScrollArea;
        area->setWidgetResizable(true);
        area->setWidget(page);
        tabs->addTab(area, title);
        return new QFormLayout(page);
    };

    QFormLayout* general = newPage(tr("General"));
    general->addRow(tr("Name"), field(new QLineEdit, c(QStringLiteral("name")), FieldKind::Text, true));
    general->addRow(tr("Image"), field(new QLineEdit, c(QStringLiteral("image")), FieldKind::Text, true));
    general->addRow(tr("Essential"),
        check(
            new QCheckBox(tr("Stop the task when this container stops")), c(QStringLiteral("essential")), true, true));
    general->addRow(tr("CPU (units)"), field(new QLineEdit, c(QStringLiteral("cpu")), FieldKind::Integer, true));
    general->addRow(
        tr("Memory hard limit (MiB)"), field(new QLineEdit, c(QStringLiteral("memory")), FieldKind::Integer, true));
    general->addRow(tr("Memory reservation (MiB)"),
        field(new QLineEdit, c(QStringLiteral("memoryReservation")), FieldKind::Integer, true));
    general->addRow(tr("Command"), field(new QLineEdit, c(QStringLiteral("command")), FieldKind::StringList, true));
    general->addRow(
        tr("Entry point"), field(new QLineEdit, c(QStringLiteral("entryPoint")), FieldKind::StringList, true));
    general->addRow(
        tr("Working directory"), field(new QLineEdit, c(QStringLiteral("workingDirectory")), FieldKind::Text, true));
    general->addRow(tr("User"), field(new QLineEdit, c(QStringLiteral("user")), FieldKind::Text, true));
    general->addRow(
        tr("Docker labels"), field(new QLineEdit, c(QStringLiteral("dockerLabels")), FieldKind::KeyValues, true));

    QFormLayout* ports = newPage(tr("Ports"));
    QWidget* portMappings = tableAt(QStringLiteral("portMappings"),
        { { tr("Container port"), rel(QStringLiteral("containerPort")), Kind::Integer },
            { tr("Host port"), rel(QStringLiteral("hostPort")), Kind::Integer },
            { tr("Protocol"), rel(QStringLiteral("protocol")) }, { tr("Name"), rel(QStringLiteral("name")) },
            { tr("App protocol"), rel(QStringLiteral("appProtocol")) } });
    portMappings->findChild<QTableView*>()->setAccessibleName(tr("Port mappings"));
    ports->addRow(portMappings);

    QFormLayout* environment = newPage(tr("Environment"));
    environment->addRow(tr("Variables"),
        tableAt(QStringLiteral("environment"),
            { { tr("Name"), rel(QStringLiteral("name")) }, { tr("Value"), rel(QStringLiteral("value")) } }));
    environment->addRow(tr("Secrets"),
        tableAt(QStringLiteral("secrets"),
            { { tr("Name"), rel(QStringLiteral("name")) },
                { tr("Value from (ARN)"), rel(QStringLiteral("valueFrom")) } }));
    environment->addRow(tr("Files"),
        tableAt(QStringLiteral("environmentFiles"),
            { { tr("S3 object ARN"), rel(QStringLiteral("value")) }, { tr("Type"), rel(QStringLiteral("type")) } }));

    QFormLayout* storage = newPage(tr("Storage"));
    storage->addRow(tr("Mount points"),
        tableAt(QStringLiteral("mountPoints"),
            { { tr("Volume"), rel(QStringLiteral("sourceVolume")) },
                { tr("Container path"), rel(QStringLiteral("containerPath")) },
                { tr("Read only"), rel(QStringLiteral("readOnly")), Kind::Boolean } }));
    storage->addRow(tr("Volumes from"),
        tableAt(QStringLiteral("volumesFrom"),
            { { tr("Container"), rel(QStringLiteral("sourceContainer")) },
                { tr("Read only"), rel(QStringLiteral("readOnly")), Kind::Boolean } }));

    QFormLayout* logging = newPage(tr("Logging"));
    auto* driver = new QComboBox;
    driver->setEditable(true);
    driver->addItems({ QString(), QStringLiteral("awslogs"), QStringLiteral("awsfirelens"), QStringLiteral("json-file"),
        QStringLiteral("fluentd"), QStringLiteral("splunk"), QStringLiteral("syslog"), QStringLiteral("none") });
    logging->addRow(
        tr("Log driver"), field(driver, c(QStringLiteral("logConfiguration.logDriver")), FieldKind::Text, true));
    auto* awslogsDefaults = new QPushButton(tr("Use awslogs with defaults"));
    connect(awslogsDefaults, &QPushButton::clicked, this, &TaskDefinitionEditor::fillAwslogsDefaults);
    logging->addRow(QString(), awslogsDefaults);
    logging->addRow(tr("Log group"),
        field(new QLineEdit, c(QStringLiteral("logConfiguration.options.awslogs-group")), FieldKind::Text, true));
    logging->addRow(tr("Region"),
        field(new QLineEdit, c(QStringLiteral("logConfiguration.options.awslogs-region")), FieldKind::Text, true));
    logging->addRow(tr("Stream prefix"),
        field(
            new QLineEdit, c(QStringLiteral("logConfiguration.options.awslogs-stream-prefix")), FieldKind::Text, true));
    auto* createGroup = new QComboBox;
    createGroup->addItems({ QString(), QStringLiteral("true"), QStringLiteral("false") });
    logging->addRow(tr("Create group"),
        field(createGroup, c(QStringLiteral("logConfiguration.options.awslogs-create-group")), FieldKind::Text, true));
    auto* firelens = new QComboBox;
    firelens->addItems({ QString(), QStringLiteral("fluentbit"), QStringLiteral("fluentd") });
    logging->addRow(
        tr("FireLens router"), field(firelens, c(QStringLiteral("firelensConfiguration.type")), FieldKind::Text, true));
    logging->addRow(tr("FireLens options"),
        field(new QLineEdit, c(QStringLiteral("firelensConfiguration.options")), FieldKind::KeyValues, true));

    QFormLayout* health = newPage(tr("Health check"));
    health->addRow(
        tr("Command"), field(new QLineEdit, c(QStringLiteral("healthCheck.command")), FieldKind::StringList, true));
    health->addRow(
        tr("Interval (s)"), field(new QLineEdit, c(QStringLiteral("healthCheck.interval")), FieldKind::Integer, true));
    health->addRow(
        tr("Timeout (s)"), field(new QLineEdit, c(QStringLiteral("healthCheck.timeout")), FieldKind::Integer, true));
    health->addRow(
        tr("Retries"), field(new QLineEdit, c(QStringLiteral("healthCheck.retries")), FieldKind::Integer, true));
    health->addRow(tr("Start period (s)"),
        field(new QLineEdit, c(QStringLiteral("healthCheck.startPeriod")), FieldKind::Integer, true));

    QFormLayout* advanced = newPage(tr("Advanced"));
    advanced->addRow(tr("Depends on"),
        tableAt(QStringLiteral("dependsOn"),
            { { tr("Container"), rel(QStringLiteral("containerName")) },
                { tr("Condition"), rel(QStringLiteral("condition")) } }));
    advanced->addRow(tr("Ulimits"),
        tableAt(QStringLiteral("ulimits"),
            { { tr("Name"), rel(QStringLiteral("name")) },
                { tr("Soft limit"), rel(QStringLiteral("softLimit")), Kind::Integer },
                { tr("Hard limit"), rel(QStringLiteral("hardLimit")), Kind::Integer } }));
    advanced->addRow(tr("Add capabilities"),
        field(new QLineEdit, c(QStringLiteral("linuxParameters.capabilities.add")), FieldKind::StringList, true));
    advanced->addRow(tr("Drop capabilities"),
        field(new QLineEdit, c(QStringLiteral("linuxParameters.capabilities.drop")), FieldKind::StringList, true));
    advanced->addRow(tr("Init process"),
        check(new QCheckBox(tr("Run an init process (reaps zombies)")),
            c(QStringLiteral("linuxParameters.initProcessEnabled")), false, true));
    return tabs;
}

QWidget* TaskDefinitionEditor::field(
    QLineEdit* edit, std::function<JsonPath()> path, FieldKind kind, bool containerScoped)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(edit);
    // The red or amber border of a field with a problem must not change its height either.
    edit->setFixedHeight(edit->sizeHint().height());
    auto* message = new FieldMessageLabel(box);
    layout->addWidget(message);
    FieldBinding binding { edit, message, std::move(path), kind, containerScoped };
    m_bindings.append(binding);
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textEdited, this, [this, binding](const QString& text) { writeField(binding, text); });
    return box;
}

QWidget* TaskDefinitionEditor::field(
    QComboBox* combo, std::function<JsonPath()> path, FieldKind kind, bool containerScoped)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(combo);
    combo->setFixedHeight(combo->sizeHint().height());
    auto* message = new FieldMessageLabel(box);
    layout->addWidget(message);
    FieldBinding binding { combo, message, std::move(path), kind, containerScoped };
    m_bindings.append(binding);
    if (combo->lineEdit())
        combo->lineEdit()->installEventFilter(this);
    connect(combo, &QComboBox::currentTextChanged, this, [this, binding](const QString& text) {
        if (!m_refreshing)
            writeField(binding, text);
    });
    return box;
}

QWidget* TaskDefinitionEditor::check(
    QCheckBox* box, std::function<JsonPath()> path, bool whenMissing, bool containerScoped)
{
    FieldBinding binding { box, nullptr, std::move(path), FieldKind::Text, containerScoped };
    box->setProperty("whenMissing", whenMissing);
    m_bindings.append(binding);
    connect(box, &QCheckBox::toggled, this, [this, binding](bool on) {
        if (!m_refreshing)
            m_document->setValue(binding.path(), on);
    });
    return box;
}

QWidget* TaskDefinitionEditor::table(JsonArrayTableModel* model)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* view = new QTableView(box);
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->setMinimumHeight(110);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(view);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add"), box);
    auto* remove = new QPushButton(tr("Remove"), box);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [model, view] {
        if (model->addRow())
            view->edit(model->index(model->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [model, view] {
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            model->removeRow(current.row());
    });
    m_tables.append(model);
    m_tableViews.append(view);
    return box;
}

JsonPath TaskDefinitionEditor::containerField(const QString& relative) const
{
    return joinPath(TaskDefinitionDocument::containerPath(std::max(m_currentContainer, 0)), rel(relative));
}

void TaskDefinitionEditor::writeField(const FieldBinding& binding, const QString& text)
{
    if (m_refreshing || (binding.containerScoped && m_currentContainer < 0))
        return;
    const JsonPath path = binding.path();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        m_document->setValue(path, QJsonValue(QJsonValue::Undefined));
        return;
    }
    switch (binding.kind) {
    case FieldKind::Text:
        m_document->setValue(path, text);
        return;
    case FieldKind::IntegerText:
        m_document->setValue(path, trimmed);
        return;
    case FieldKind::Integer: {
        bool ok = false;
        const int number = trimmed.toInt(&ok);
        // Not a number: written as text so that the validator explains what is wrong.
        m_document->setValue(path, ok ? QJsonValue(number) : QJsonValue(trimmed));
        return;
    }
    case FieldKind::StringList: {
        QJsonArray list;
        if (trimmed.startsWith(QLatin1Char('['))) {
            const QJsonDocument parsed = QJsonDocument::fromJson(trimmed.toUtf8());
            if (parsed.isArray()) {
                m_document->setValue(path, parsed.array());
                return;
            }
        }
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            list.append(part.trimmed());
        m_document->setValue(path, list);
        return;
    }
    case FieldKind::KeyValues: {
        QJsonObject object;
        for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq > 0)
                object.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
        }
        m_document->setValue(path, object);
        return;
    }
    }
}

void TaskDefinitionEditor::setCompatibility(const QString& name, bool on)
{
    if (m_refreshing)
        return;
    QStringList list = m_document->requiresCompatibilities();
    list.removeAll(name);
    if (on)
        list.append(name);
    m_document->setRequiresCompatibilities(list);
}

void TaskDefinitionEditor::fillAwslogsDefaults()
{
    if (m_currentContainer < 0)
        return;
    const QString family = m_document->family().isEmpty() ? QStringLiteral("task") : m_document->family();
    QString region = m_client ? QString::fromLatin1(m_client->config().region) : QString();
    if (region.isEmpty())
        region = QStringLiteral("us-east-1");
    QJsonObject options = m_document->value(containerField(QStringLiteral("logConfiguration.options"))).toObject();
    options.insert(QStringLiteral("awslogs-group"), QString(QStringLiteral("/ecs/") + family));
    options.insert(QStringLiteral("awslogs-region"), region);
    options.insert(QStringLiteral("awslogs-stream-prefix"), QStringLiteral("ecs"));
    options.insert(QStringLiteral("awslogs-create-group"), QStringLiteral("true"));
    m_document->undoStack()->beginMacro(tr("Use awslogs"));
    m_document->setValue(containerField(QStringLiteral("logConfiguration.logDriver")), QStringLiteral("awslogs"));
    m_document->setValue(containerField(QStringLiteral("logConfiguration.options")), options);
    m_document->undoStack()->endMacro();
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
    if (sourceRevisionArn.isEmpty() && result.wasWrapped) {
        const QJsonObject wrapped
            = QJsonDocument::fromJson(json).object().value(QStringLiteral("taskDefinition")).toObject();
        m_sourceArn = wrapped.value(QStringLiteral("taskDefinitionArn")).toString();
    }
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

void TaskDefinitionEditor::onDocumentChanged(const JsonPath& path)
{
    if (!m_applyingJson)
        m_jsonStale = true;
    // A change of the container list can move the current container.
    if (path.isEmpty() || path == TaskDefinitionDocument::containersPath()) {
        const int count = m_document->containerCount();
        if (m_currentContainer >= count)
            m_currentContainer = count - 1;
        if (m_currentContainer < 0 && count > 0)
            m_currentContainer = 0;
    }
    for (JsonArrayTableModel* model : std::as_const(m_tables)) {
        if (model->arrayPath().overlaps(path))
            model->setProperty("stale", true);
    }
    scheduleFormRefresh();
    m_autosaveTimer->start();
}

void TaskDefinitionEditor::onDocumentReset()
{
    m_currentContainer = m_document->containerCount() > 0 ? 0 : -1;
    m_jsonStale = true;
    for (JsonArrayTableModel* model : std::as_const(m_tables))
        model->setProperty("stale", true);
    clearJsonError();
    m_jsonTimer->stop();
    m_jsonDirty = false;
    refreshForm();
    updateTitle();
}

void TaskDefinitionEditor::scheduleFormRefresh()
{
    if (!m_formTimer->isActive())
        m_formTimer->start();
}

void TaskDefinitionEditor::flushPendingSync()
{
    if (m_jsonTimer->isActive()) {
        m_jsonTimer->stop();
        applyJsonText();
    }
    if (m_formTimer->isActive()) {
        m_formTimer->stop();
        refreshForm();
    }
}

void TaskDefinitionEditor::setCurrentContainer(int index)
{
    if (index < 0 || index >= m_document->containerCount())
        index = m_document->containerCount() > 0 ? 0 : -1;
    if (index == m_currentContainer && m_containerList->currentRow() == index)
        return;
    m_currentContainer = index;
    for (JsonArrayTableModel* model : std::as_const(m_tables))
        model->setProperty("stale", true);
    refreshForm();
}

void TaskDefinitionEditor::refreshForm()
{
    m_formTimer->stop();
    m_refreshing = true;
    refreshContainerList();
    m_containerPage->setEnabled(m_currentContainer >= 0);
    const QStringList compat = m_document->requiresCompatibilities();
    m_compatEc2->setChecked(compat.contains(QStringLiteral("EC2")));
    m_compatFargate->setChecked(compat.contains(QStringLiteral("FARGATE")));
    m_compatExternal->setChecked(compat.contains(QStringLiteral("EXTERNAL")));
    refreshFargateChoices();
    for (const FieldBinding& binding : std::as_const(m_bindings)) {
        const QJsonValue value
            = binding.containerScoped && m_currentContainer < 0 ? QJsonValue() : m_document->value(binding.path());
        if (auto* edit = qobject_cast<QLineEdit*>(binding.widget)) {
            const QString text = valueText(value);
            if (edit->text() != text)
                edit->setText(text);
        } else if (auto* combo = qobject_cast<QComboBox*>(binding.widget)) {
            const QString text = valueText(value);
            if (combo->currentText() != text) {
                if (combo->isEditable())
                    combo->setEditText(text);
                else {
                    if (combo->findText(text) < 0)
                        combo->addItem(text);
                    combo->setCurrentText(text);
                }
            }
        } else if (auto* box = qobject_cast<QCheckBox*>(binding.widget)) {
            box->setChecked(value.isBool() ? value.toBool() : box->property("whenMissing").toBool());
        }
    }
    for (JsonArrayTableModel* model : std::as_const(m_tables)) {
        if (model->property("stale").toBool()) {
            model->setProperty("stale", false);
            model->refresh();
        }
    }
    m_refreshing = false;
    if (m_jsonStale)
        refreshJsonPane();
    revalidate();
}

void TaskDefinitionEditor::refreshContainerList()
{
    const QStringList names = m_document->containerNames();
    bool same = m_containerList->count() == names.size();
    for (int i = 0; same && i < names.size(); ++i)
        same = m_containerList->item(i)->text() == names.at(i);
    if (!same) {
        m_containerList->clear();
        m_containerList->addItems(names);
    }
    if (m_containerList->currentRow() != m_currentContainer)
        m_containerList->setCurrentRow(m_currentContainer);
}

void TaskDefinitionEditor::refreshFargateChoices()
{
    const bool fargate = m_document->requiresCompatibilities().contains(QStringLiteral("FARGATE"));
    const QString cpuText = m_document->taskCpu();
    const QString memoryText = m_document->taskMemory();
    QStringList cpuChoices;
    QStringList memoryChoices;
    if (fargate) {
        for (int cpu : { 256, 512, 1024, 2048, 4096, 8192, 16384 })
            cpuChoices.append(QString::number(cpu));
        const std::optional<int> cpu = TaskDefinitionValidator::parseCpuUnits(cpuText);
        for (int memory : TaskDefinitionValidator::fargateMemoryChoices(cpu.value_or(0)))
            memoryChoices.append(QString::number(memory));
    }
    auto fill = [](QComboBox* combo, const QStringList& items, const QString& text) {
        QStringList current;
        for (int i = 0; i < combo->count(); ++i)
            current.append(combo->itemText(i));
        if (current != items) {
            combo->clear();
            combo->addItems(items);
        }
        if (combo->currentText() != text)
            combo->setEditText(text);
    };
    fill(m_cpuCombo, cpuChoices, cpuText);
    fill(m_memoryCombo, memoryChoices, memoryText);
}

void TaskDefinitionEditor::refreshJsonPane()
{
    if (!m_jsonError.isEmpty()) {
        // The pane holds text the user is fixing: never overwrite it (it would be lost).
        m_jsonStale = true;
        return;
    }
    m_jsonStale = false;
    const QString text = QString::fromUtf8(m_document->toJson());
    if (!m_jsonDirty && text == m_paneText)
        return;
    m_paneText = text;
    int line = 0;
    int index = 0;
    m_json->getCursorPosition(&line, &index);
    const int firstLine = m_json->firstVisibleLine();
    m_refreshing = true;
    m_json->setText(text);
    m_refreshing = false;
    m_json->setCursorPosition(std::min(line, std::max(0, m_json->lines() - 1)), index);
    m_json->setFirstVisibleLine(firstLine);
    m_jsonDirty = false;
    m_jsonTimer->stop();
    clearJsonError();
}

void TaskDefinitionEditor::onJsonTextEdited()
{
    if (m_refreshing)
        return;
    m_jsonDirty = true;
    m_jsonTimer->start();
}

void TaskDefinitionEditor::applyJsonText()
{
    if (!m_jsonDirty)
        return;
    m_jsonDirty = false;
    const QString paneText = m_json->text();
    if (paneText == m_paneText) { // typed and undone before the debounce ran out
        clearJsonError();
        return;
    }
    m_paneText = paneText;
    const QByteArray text = paneText.toUtf8();
    m_applyingJson = true;
    const Models::TaskDefinitionImport result = m_document->applyText(text);
    m_applyingJson = false;
    if (!result.ok) {
        showJsonError(result.describeError(), result.line, result.column);
        return;
    }
    clearJsonError();
    flushPendingSync();
}

void TaskDefinitionEditor::showJsonError(const QString& message, int line, int column)
{
    clearJsonError();
    m_jsonError = message;
    m_jsonErrorLine = line;
    m_jsonErrorColumn = column;
    if (line > 0) {
        m_json->markerAdd(line - 1, errorMarker);
        const int start = std::max(0, column - 1);
        const int lineLength = m_json->text(line - 1).size();
        const int end = std::max(start + 1, std::min(lineLength, start + 1));
        m_json->fillIndicatorRange(line - 1, start, line - 1, end, errorIndicator);
        m_json->fillIndicatorRange(line - 1, 0, line - 1, std::max(1, lineLength - 1), errorIndicator);
    }
    setBanner(tr("The JSON has an error (the form shows the last valid state and is locked until the JSON is "
                 "fixed): %1")
                  .arg(message),
        true);
    m_formTabs->setEnabled(false);
}

void TaskDefinitionEditor::clearJsonError()
{
    if (m_jsonError.isEmpty())
        return;
    m_jsonError.clear();
    m_jsonErrorLine = 0;
    m_jsonErrorColumn = 0;
    m_formTabs->setEnabled(true);
    m_json->markerDeleteAll(errorMarker);
    m_json->clearIndicatorRange(
        0, 0, std::max(0, m_json->lines() - 1), m_json->text(std::max(0, m_json->lines() - 1)).size(), errorIndicator);
    setBanner({}, false);
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
    for (const FieldBinding& binding : std::as_const(m_bindings)) {
        QStringList messages;
        bool error = false;
        if (!(binding.containerScoped && m_currentContainer < 0)) {
            const QString path = binding.path().toString();
            for (const ValidationIssue& issue : std::as_const(m_issues)) {
                if (isInside(issue.path, path)) {
                    messages.append(issue.message);
                    error = error || issue.isError();
                }
            }
        }
        const QString style = messages.isEmpty() ? QString()
            : error                              ? QStringLiteral("border: 1px solid #d32f2f;")
                                                 : QStringLiteral("border: 1px solid #f9a825;");
        if (binding.widget->styleSheet() != style && !qobject_cast<QCheckBox*>(binding.widget))
            binding.widget->setStyleSheet(style);
        binding.widget->setToolTip(messages.join(QLatin1Char('\n')));
        if (binding.message) {
            // One line, always there (its space reserved), so that fields never jump; the whole
            // text is in the tooltip when it does not fit.
            const QString text = messages.join(QStringLiteral("; "));
            if (binding.message->text() != text) {
                binding.message->setText(text);
                binding.message->setToolTip(messages.join(QLatin1Char('\n')));
                QPalette palette = binding.message->palette();
                palette.setColor(QPalette::WindowText, error ? QColor(0xc6, 0x28, 0x28) : QColor(0xad, 0x78, 0x00));
                binding.message->setPalette(palette);
            }
        }
    }
    for (JsonArrayTableModel* model : std::as_const(m_tables))
        model->setIssues(m_issues);
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

QWidget* TaskDefinitionEditor::fieldWidget(const QString& pathText)
{
    bool ok = false;
    const JsonPath path = JsonPath::parse(pathText, &ok);
    if (!ok)
        return nullptr;
    if (path.size() >= 2 && path.segments().at(0).key == QLatin1String("containerDefinitions")
        && path.segments().at(1).isIndex())
        setCurrentContainer(path.segments().at(1).index);
    flushPendingSync();
    QWidget* best = nullptr;
    qsizetype bestLength = -1;
    for (const FieldBinding& binding : std::as_const(m_bindings)) {
        if (binding.containerScoped && m_currentContainer < 0)
            continue;
        const QString bound = binding.path().toString();
        if (isInside(pathText, bound) && bound.size() > bestLength) {
            best = binding.widget;
            bestLength = bound.size();
        }
    }
    for (int i = 0; i < m_tables.size(); ++i) {
        const QString bound = m_tables.at(i)->arrayPath().toString();
        if (isInside(pathText, bound) && bound.size() > bestLength) {
            best = m_tableViews.at(i);
            bestLength = bound.size();
            const JsonPath arrayPath = m_tables.at(i)->arrayPath();
            if (path.size() > arrayPath.size() && path.segments().at(arrayPath.size()).isIndex())
                m_tableViews.at(i)->selectRow(path.segments().at(arrayPath.size()).index);
        }
    }
    if (best)
        revealWidget(best);
    return best;
}

QString TaskDefinitionEditor::fieldMessage(const QString& path)
{
    QWidget* widget = fieldWidget(path);
    for (const FieldBinding& binding : std::as_const(m_bindings)) {
        if (binding.widget == widget)
            return binding.message ? binding.message->text() : binding.widget->toolTip();
    }
    return {};
}

int TaskDefinitionEditor::jsonLineOf(const QString& pathText) const
{
    const JsonPath path = JsonPath::parse(pathText);
    const QString text = m_json->text();
    qsizetype position = 0;
    JsonPath walked;
    for (const JsonPath::Segment& segment : path.segments()) {
        if (segment.isIndex()) {
            walked = walked.index(segment.index);
            const QString name = m_document->value(walked).toObject().value(QStringLiteral("name")).toString();
            if (!name.isEmpty()) {
                const qsizetype found = text.indexOf(QStringLiteral("\"name\": \"%1\"").arg(name), position);
                if (found >= 0)
                    position = found;
            }
            continue;
        }
        walked = walked.key(segment.key);
        const qsizetype found = text.indexOf(QString(QLatin1Char('"') + segment.key + QStringLiteral("\":")), position);
        if (found < 0)
            break;
        position = found;
    }
    return int(text.left(position).count(QLatin1Char('\n')));
}

void TaskDefinitionEditor::activateProblem(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString path = item->data(0, Qt::UserRole).toString();
    if (QWidget* widget = fieldWidget(path))
        widget->setFocus();
    const int line = jsonLineOf(path);
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
    const QJsonObject input = TaskDefinitionJson::toRegisterInput(m_document->definition());
    Api::AwsReply* reply = m_client->registerTaskDefinition(input);
    m_registerAction->setEnabled(false);
    m_deployAction->setEnabled(false);
    m_deployStatus->setText(tr("Registering…"));
    const int stackIndex = m_document->undoStack()->index();
    connect(reply, &Api::AwsReply::finished, this, [this, reply, deploy, cluster, service, stackIndex] {
        reply->deleteLater();
        revalidate();
        if (!reply->isOk()) {
            const QString message = reply->error() ? reply->error()->message : tr("unknown error");
            setBanner(tr("Registering failed: %1").arg(message), true);
            m_deployStatus->setText(tr("Registering failed"));
            Q_EMIT registerFailed(message);
            return;
        }
        const QJsonObject taskDefinition = reply->json().value(QStringLiteral("taskDefinition")).toObject();
        const QString arn = taskDefinition.value(QStringLiteral("taskDefinitionArn")).toString();
        m_sourceArn = arn;
        m_sourceDefinition = TaskDefinitionJson::toRegisterInput(taskDefinition);
        if (m_document->undoStack()->index() == stackIndex) {
            m_document->undoStack()->setClean();
            removeRecovery();
        }
        setBanner({}, false);
        m_deployStatus->setText(tr("Registered %1").arg(arn));
        Q_EMIT registered(arn, taskDefinition);
        if (!deploy)
            return;
        Api::AwsReply* update
            = m_client->updateService(cluster, service, QJsonObject { { QStringLiteral("taskDefinition"), arn } });
        m_deployStatus->setText(tr("Registered %1; updating %2…").arg(arn, service));
        connect(update, &Api::AwsReply::finished, this, [this, update, service] {
            update->deleteLater();
            if (!update->isOk()) {
                const QString message = update->error() ? update->error()->message : tr("unknown error");
                setBanner(tr("Deploying to %1 failed: %2").arg(service, message), true);
                m_deployStatus->setText(tr("Deploy failed"));
                Q_EMIT deployFailed(message);
                return;
            }
            const QJsonObject serviceObject = update->json().value(QStringLiteral("service")).toObject();
            const QJsonObject deployment
                = serviceObject.value(QStringLiteral("deployments")).toArray().at(0).toObject();
            m_deployStatus->setText(tr("Deployment %1 started on %2 (%3)")
                                        .arg(deployment.value(QStringLiteral("id")).toString(), service,
                                            deployment.value(QStringLiteral("rolloutState"))
                                                .toString(deployment.value(QStringLiteral("status")).toString())));
            Q_EMIT deploymentStarted(serviceObject);
        });
    });
    return true;
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
    for (int i = 0; i < 2; ++i) {
        Api::AwsReply* reply = m_client->describeTaskDefinition(names.at(i));
        connect(reply, &Api::AwsReply::finished, this, [this, reply, pending, i, names] {
            reply->deleteLater();
            if (!reply->isOk())
                pending->error = tr("%1: %2").arg(names.at(i), reply->error() ? reply->error()->message : QString());
            else
                pending->definitions[i] = TaskDefinitionJson::toRegisterInput(
                    reply->json().value(QStringLiteral("taskDefinition")).toObject());
            if (--pending->left > 0)
                return;
            if (!pending->error.isEmpty()) {
                setBanner(tr("Comparing failed: %1").arg(pending->error), true);
                Q_EMIT comparisonReady(pending->error);
                return;
            }
            showChanges(Models::TaskDefinitionDiff::compare(pending->definitions[0], pending->definitions[1]),
                names.at(0), names.at(1));
            Q_EMIT comparisonReady({});
        });
    }
}

void TaskDefinitionEditor::showChanges(
    const QList<Models::TaskDefinitionChange>& changes, const QString& before, const QString& after)
{
    m_changes = changes;
    m_diffTree->clear();
    m_diffTree->setHeaderLabels({ tr("Path"), before, after });
    auto text = [](const QJsonValue& value) {
        if (value.isUndefined())
            return QString();
        if (value.isObject() || value.isArray())
            return QString::fromUtf8(value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                                      : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        return valueText(value);
    };
    for (const Models::TaskDefinitionChange& change : changes) {
        auto* item = new QTreeWidgetItem(m_diffTree, { change.path, text(change.oldValue), text(change.newValue) });
        const QColor colour = change.kind == Models::TaskDefinitionChange::Kind::Added ? QColor(200, 230, 201)
            : change.kind == Models::TaskDefinitionChange::Kind::Removed               ? QColor(255, 205, 210)
                                                                                       : QColor(255, 243, 196);
        for (int column = 0; column < 3; ++column)
            item->setBackground(column, colour);
    }
    m_diffText->setPlainText(Models::TaskDefinitionDiff::toUnifiedText(changes, before, after));
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
    if (m_recoveryFile.isEmpty()) {
        if (!QDir().mkpath(m_context.recoveryDir))
            return;
        m_recoveryFile = m_context.recoveryDir + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces)
            + QStringLiteral(".json");
    }
    const QJsonObject copy { { QStringLiteral("sourceRevisionArn"), m_sourceArn },
        { QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("source"), m_sourceDefinition }, { QStringLiteral("definition"), m_document->definition() } };
    QSaveFile file(m_recoveryFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(QJsonDocument(copy).toJson());
        file.commit();
    }
}

QStringList TaskDefinitionEditor::recoveryFiles(const QString& recoveryDir)
{
    const QDir dir(recoveryDir.isEmpty() ? defaultRecoveryDir() : recoveryDir);
    QStringList files;
    for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Time))
        files.append(dir.filePath(name));
    return files;
}

bool TaskDefinitionEditor::restoreRecovery(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject copy = QJsonDocument::fromJson(file.readAll()).object();
    if (!copy.value(QStringLiteral("definition")).isObject())
        return false;
    m_document->setDefinition(copy.value(QStringLiteral("source")).toObject());
    m_sourceArn = copy.value(QStringLiteral("sourceRevisionArn")).toString();
    m_sourceDefinition = copy.value(QStringLiteral("source")).toObject();
    // The recovered edits as one undoable step on top of the source, so the editor shows them as unsaved.
    m_applyingJson = false;
    m_document->applyText(QJsonDocument(copy.value(QStringLiteral("definition")).toObject()).toJson());
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
            QFile::remove(file);
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
    if (!m_recoveryFile.isEmpty())
        QFile::remove(m_recoveryFile);
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

bool TaskDefinitionEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const QKeySequence pressed(key->keyCombination());
        if (pressed == QKeySequence(QKeySequence::Undo) || pressed == QKeySequence(QKeySequence::Redo)
            || pressed == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)) {
            event->ignore(); // not overridden: the window's Undo / Redo actions take it
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
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
