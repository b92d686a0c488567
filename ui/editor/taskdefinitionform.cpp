// SPDX-License-Identifier: MIT
#include "ui/editor/taskdefinitionform.h"

#include "ui/fulltextdelegate.h"

#include "ui/editor/taskdefinitioneditor.h"

#include "models/taskdef/taskdefinitiondocument.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPalette>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace EcsDesk::Ui {

// The editor's parts translate in the editor's context (TaskDefinitionEditor::tr), where their
// strings have always been and are translated.

using Models::JsonPath;
using Models::TaskDefinitionDocument;
using Models::TaskDefinitionValidator;
using Models::ValidationIssue;
using Column = JsonArrayTableModel::Column;
using Kind = JsonArrayTableModel::Kind;

namespace {

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

    /// A page in a scroll area, so long pages scroll instead of squeezing their fields.
    QScrollArea* scrolled(QWidget* page)
    {
        auto* area = new QScrollArea;
        area->setWidgetResizable(true);
        area->setWidget(page);
        return area;
    }

    /// Adds a scrolled page titled `title` to `tabs` and returns its form layout.
    QFormLayout* addPage(QTabWidget* tabs, const QString& title)
    {
        auto* page = new QWidget;
        tabs->addTab(scrolled(page), title);
        return new QFormLayout(page);
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

} // namespace

TaskDefinitionForm::TaskDefinitionForm(TaskDefinitionDocument* document, QWidget* parent)
    : QTabWidget(parent)
    , m_document(document)
{
    addTab(scrolled(buildTaskPage()), TaskDefinitionEditor::tr("Task"));
    addTab(buildContainersTab(), TaskDefinitionEditor::tr("Containers"));
    nameFieldsAfterLabels();
    connect(document, &TaskDefinitionDocument::changed, this, &TaskDefinitionForm::onDocumentChanged);
    connect(document, &TaskDefinitionDocument::reset, this, &TaskDefinitionForm::onDocumentReset);
    onDocumentReset();
}

TaskDefinitionForm::~TaskDefinitionForm()
{
    // The fields are destroyed after this: none of them may write to the document or call back.
    m_refreshing = true;
    for (const FieldBinding& binding : std::as_const(m_bindings))
        binding.widget->disconnect(this);
    m_containerList->disconnect(this);
    for (QCheckBox* box : { m_compatEc2, m_compatFargate, m_compatExternal })
        box->disconnect(this);
}

// ---------------------------------------------------------------------------------------------
// Building the pages

QWidget* TaskDefinitionForm::buildTaskPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    auto at = [](const QString& key) { return [path = rel(key)] { return path; }; };

    form->addRow(
        TaskDefinitionEditor::tr("Family"), field(new QLineEdit, at(QStringLiteral("family")), FieldKind::Text, false));

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
    form->addRow(TaskDefinitionEditor::tr("Launch types"), compat);

    auto* network = new QComboBox;
    network->addItems({ QString(), QStringLiteral("awsvpc"), QStringLiteral("bridge"), QStringLiteral("host"),
        QStringLiteral("none") });
    form->addRow(TaskDefinitionEditor::tr("Network mode"),
        field(network, at(QStringLiteral("networkMode")), FieldKind::Text, false));
    m_cpuCombo = new QComboBox;
    m_cpuCombo->setEditable(true);
    form->addRow(TaskDefinitionEditor::tr("Task CPU (units)"),
        field(m_cpuCombo, at(QStringLiteral("cpu")), FieldKind::IntegerText, false));
    m_memoryCombo = new QComboBox;
    m_memoryCombo->setEditable(true);
    form->addRow(TaskDefinitionEditor::tr("Task memory (MiB)"),
        field(m_memoryCombo, at(QStringLiteral("memory")), FieldKind::IntegerText, false));
    form->addRow(TaskDefinitionEditor::tr("Task role ARN"),
        field(new QLineEdit, at(QStringLiteral("taskRoleArn")), FieldKind::Text, false));
    form->addRow(TaskDefinitionEditor::tr("Execution role ARN"),
        field(new QLineEdit, at(QStringLiteral("executionRoleArn")), FieldKind::Text, false));
    auto* os = new QComboBox;
    os->addItems({ QString(), QStringLiteral("LINUX"), QStringLiteral("WINDOWS_SERVER_2019_FULL"),
        QStringLiteral("WINDOWS_SERVER_2019_CORE"), QStringLiteral("WINDOWS_SERVER_2022_FULL"),
        QStringLiteral("WINDOWS_SERVER_2022_CORE") });
    form->addRow(TaskDefinitionEditor::tr("Operating system"),
        field(os, at(QStringLiteral("runtimePlatform.operatingSystemFamily")), FieldKind::Text, false));
    auto* arch = new QComboBox;
    arch->addItems({ QString(), QStringLiteral("X86_64"), QStringLiteral("ARM64") });
    form->addRow(TaskDefinitionEditor::tr("CPU architecture"),
        field(arch, at(QStringLiteral("runtimePlatform.cpuArchitecture")), FieldKind::Text, false));
    form->addRow(TaskDefinitionEditor::tr("Ephemeral storage (GiB)"),
        field(new QLineEdit, at(QStringLiteral("ephemeralStorage.sizeInGiB")), FieldKind::Integer, false));

    form->addRow(TaskDefinitionEditor::tr("Volumes"),
        taskTable(QStringLiteral("volumes"),
            { { TaskDefinitionEditor::tr("Name"), rel(QStringLiteral("name")) },
                { TaskDefinitionEditor::tr("Host path"), rel(QStringLiteral("host.sourcePath")) },
                { TaskDefinitionEditor::tr("EFS file system"),
                    rel(QStringLiteral("efsVolumeConfiguration.fileSystemId")) },
                { TaskDefinitionEditor::tr("EFS root"), rel(QStringLiteral("efsVolumeConfiguration.rootDirectory")) },
                { TaskDefinitionEditor::tr("EFS encryption"),
                    rel(QStringLiteral("efsVolumeConfiguration.transitEncryption")) },
                { TaskDefinitionEditor::tr("Docker scope"), rel(QStringLiteral("dockerVolumeConfiguration.scope")) },
                { TaskDefinitionEditor::tr("Docker driver"), rel(QStringLiteral("dockerVolumeConfiguration.driver")) },
                { TaskDefinitionEditor::tr("Autoprovision"),
                    rel(QStringLiteral("dockerVolumeConfiguration.autoprovision")), Kind::Boolean } }));
    form->addRow(TaskDefinitionEditor::tr("Placement constraints"),
        taskTable(QStringLiteral("placementConstraints"),
            { { TaskDefinitionEditor::tr("Type"), rel(QStringLiteral("type")) },
                { TaskDefinitionEditor::tr("Expression"), rel(QStringLiteral("expression")) } }));
    form->addRow(TaskDefinitionEditor::tr("Tags"),
        taskTable(QStringLiteral("tags"),
            { { TaskDefinitionEditor::tr("Key"), rel(QStringLiteral("key")) },
                { TaskDefinitionEditor::tr("Value"), rel(QStringLiteral("value")) } }));
    form->addRow(TaskDefinitionEditor::tr("Proxy type"),
        field(new QLineEdit, at(QStringLiteral("proxyConfiguration.type")), FieldKind::Text, false));
    form->addRow(TaskDefinitionEditor::tr("Proxy container"),
        field(new QLineEdit, at(QStringLiteral("proxyConfiguration.containerName")), FieldKind::Text, false));
    form->addRow(TaskDefinitionEditor::tr("Proxy properties"),
        taskTable(QStringLiteral("proxyConfiguration.properties"),
            { { TaskDefinitionEditor::tr("Name"), rel(QStringLiteral("name")) },
                { TaskDefinitionEditor::tr("Value"), rel(QStringLiteral("value")) } }));
    return page;
}

QWidget* TaskDefinitionForm::buildContainersTab()
{
    auto* containers = new QWidget;
    auto* containersLayout = new QHBoxLayout(containers);
    auto* listBox = new QWidget(containers);
    listBox->setMaximumWidth(260);
    auto* listColumn = new QVBoxLayout(listBox);
    listColumn->setContentsMargins(0, 0, 0, 0);
    m_containerList = new QListWidget(containers);
    m_containerList->setMaximumWidth(220);
    m_containerList->setAccessibleName(TaskDefinitionEditor::tr("Containers"));
    listColumn->addWidget(m_containerList);
    auto* buttons = new QHBoxLayout;
    auto button = [&](const QString& text, auto slot) {
        auto* b = new QPushButton(text, containers);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(TaskDefinitionEditor::tr("Add"), [this] {
        const int index
            = m_document->addContainer(QStringLiteral("container-%1").arg(m_document->containerCount() + 1), {});
        setCurrentContainer(index);
    });
    button(TaskDefinitionEditor::tr("Copy"),
        [this] { setCurrentContainer(m_document->duplicateContainer(m_currentContainer)); });
    button(TaskDefinitionEditor::tr("Remove"), [this] {
        const int index = m_currentContainer;
        if (m_document->removeContainer(index))
            setCurrentContainer(std::min(index, m_document->containerCount() - 1));
    });
    listColumn->addLayout(buttons);
    buttons = new QHBoxLayout;
    QPushButton* up = button(TaskDefinitionEditor::tr("▲"), [this] {
        if (m_document->moveContainer(m_currentContainer, m_currentContainer - 1))
            setCurrentContainer(m_currentContainer - 1);
    });
    QPushButton* down = button(TaskDefinitionEditor::tr("▼"), [this] {
        if (m_document->moveContainer(m_currentContainer, m_currentContainer + 1))
            setCurrentContainer(m_currentContainer + 1);
    });
    // The arrows say what they do to screen readers and in their tooltips.
    up->setAccessibleName(TaskDefinitionEditor::tr("Move container up"));
    up->setToolTip(up->accessibleName());
    down->setAccessibleName(TaskDefinitionEditor::tr("Move container down"));
    down->setToolTip(down->accessibleName());
    listColumn->addLayout(buttons);
    containersLayout->addWidget(listBox);
    m_containerPage = buildContainerPage();
    containersLayout->addWidget(m_containerPage, 1);
    connect(m_containerList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_refreshing && row >= 0)
            setCurrentContainer(row);
    });
    return containers;
}

QWidget* TaskDefinitionForm::buildContainerPage()
{
    auto* tabs = new QTabWidget;
    addGeneralPage(tabs);
    addPortsAndEnvironmentPages(tabs);
    addLoggingPage(tabs);
    addHealthAndAdvancedPages(tabs);
    return tabs;
}

void TaskDefinitionForm::addGeneralPage(QTabWidget* tabs)
{
    auto c = [this](const QString& key) { return containerPathOf(key); };
    QFormLayout* general = addPage(tabs, TaskDefinitionEditor::tr("General"));
    general->addRow(
        TaskDefinitionEditor::tr("Name"), field(new QLineEdit, c(QStringLiteral("name")), FieldKind::Text, true));
    m_imageEdit = new QLineEdit;
    general->addRow(
        TaskDefinitionEditor::tr("Image"), field(m_imageEdit, c(QStringLiteral("image")), FieldKind::Text, true));
    general->addRow(TaskDefinitionEditor::tr("Essential"),
        check(new QCheckBox(TaskDefinitionEditor::tr("Stop the task when this container stops")),
            c(QStringLiteral("essential")), true, true));
    general->addRow(TaskDefinitionEditor::tr("CPU (units)"),
        field(new QLineEdit, c(QStringLiteral("cpu")), FieldKind::Integer, true));
    general->addRow(TaskDefinitionEditor::tr("Memory hard limit (MiB)"),
        field(new QLineEdit, c(QStringLiteral("memory")), FieldKind::Integer, true));
    general->addRow(TaskDefinitionEditor::tr("Memory reservation (MiB)"),
        field(new QLineEdit, c(QStringLiteral("memoryReservation")), FieldKind::Integer, true));
    general->addRow(TaskDefinitionEditor::tr("Command"),
        field(new QLineEdit, c(QStringLiteral("command")), FieldKind::StringList, true));
    general->addRow(TaskDefinitionEditor::tr("Entry point"),
        field(new QLineEdit, c(QStringLiteral("entryPoint")), FieldKind::StringList, true));
    general->addRow(TaskDefinitionEditor::tr("Working directory"),
        field(new QLineEdit, c(QStringLiteral("workingDirectory")), FieldKind::Text, true));
    general->addRow(
        TaskDefinitionEditor::tr("User"), field(new QLineEdit, c(QStringLiteral("user")), FieldKind::Text, true));
    general->addRow(TaskDefinitionEditor::tr("Docker labels"),
        field(new QLineEdit, c(QStringLiteral("dockerLabels")), FieldKind::KeyValues, true));
}

void TaskDefinitionForm::addPortsAndEnvironmentPages(QTabWidget* tabs)
{
    QFormLayout* ports = addPage(tabs, TaskDefinitionEditor::tr("Ports"));
    QWidget* portMappings = containerTable(QStringLiteral("portMappings"),
        { { TaskDefinitionEditor::tr("Container port"), rel(QStringLiteral("containerPort")), Kind::Integer },
            { TaskDefinitionEditor::tr("Host port"), rel(QStringLiteral("hostPort")), Kind::Integer },
            { TaskDefinitionEditor::tr("Protocol"), rel(QStringLiteral("protocol")) },
            { TaskDefinitionEditor::tr("Name"), rel(QStringLiteral("name")) },
            { TaskDefinitionEditor::tr("App protocol"), rel(QStringLiteral("appProtocol")) } });
    portMappings->findChild<QTableView*>()->setAccessibleName(TaskDefinitionEditor::tr("Port mappings"));
    ports->addRow(portMappings);

    QFormLayout* environment = addPage(tabs, TaskDefinitionEditor::tr("Environment"));
    environment->addRow(TaskDefinitionEditor::tr("Variables"),
        containerTable(QStringLiteral("environment"),
            { { TaskDefinitionEditor::tr("Name"), rel(QStringLiteral("name")) },
                { TaskDefinitionEditor::tr("Value"), rel(QStringLiteral("value")) } }));
    environment->addRow(TaskDefinitionEditor::tr("Secrets"),
        containerTable(QStringLiteral("secrets"),
            { { TaskDefinitionEditor::tr("Name"), rel(QStringLiteral("name")) },
                { TaskDefinitionEditor::tr("Value from (ARN)"), rel(QStringLiteral("valueFrom")) } }));
    environment->addRow(TaskDefinitionEditor::tr("Files"),
        containerTable(QStringLiteral("environmentFiles"),
            { { TaskDefinitionEditor::tr("S3 object ARN"), rel(QStringLiteral("value")) },
                { TaskDefinitionEditor::tr("Type"), rel(QStringLiteral("type")) } }));

    QFormLayout* storage = addPage(tabs, TaskDefinitionEditor::tr("Storage"));
    storage->addRow(TaskDefinitionEditor::tr("Mount points"),
        containerTable(QStringLiteral("mountPoints"),
            { { TaskDefinitionEditor::tr("Volume"), rel(QStringLiteral("sourceVolume")) },
                { TaskDefinitionEditor::tr("Container path"), rel(QStringLiteral("containerPath")) },
                { TaskDefinitionEditor::tr("Read only"), rel(QStringLiteral("readOnly")), Kind::Boolean } }));
    storage->addRow(TaskDefinitionEditor::tr("Volumes from"),
        containerTable(QStringLiteral("volumesFrom"),
            { { TaskDefinitionEditor::tr("Container"), rel(QStringLiteral("sourceContainer")) },
                { TaskDefinitionEditor::tr("Read only"), rel(QStringLiteral("readOnly")), Kind::Boolean } }));
}

void TaskDefinitionForm::addLoggingPage(QTabWidget* tabs)
{
    auto c = [this](const QString& key) { return containerPathOf(key); };
    QFormLayout* logging = addPage(tabs, TaskDefinitionEditor::tr("Logging"));
    auto* driver = new QComboBox;
    driver->setEditable(true);
    driver->addItems({ QString(), QStringLiteral("awslogs"), QStringLiteral("awsfirelens"), QStringLiteral("json-file"),
        QStringLiteral("fluentd"), QStringLiteral("splunk"), QStringLiteral("syslog"), QStringLiteral("none") });
    logging->addRow(TaskDefinitionEditor::tr("Log driver"),
        field(driver, c(QStringLiteral("logConfiguration.logDriver")), FieldKind::Text, true));
    auto* awslogsDefaults = new QPushButton(TaskDefinitionEditor::tr("Use awslogs with defaults"));
    connect(awslogsDefaults, &QPushButton::clicked, this, &TaskDefinitionForm::fillAwslogsDefaults);
    logging->addRow(QString(), awslogsDefaults);
    logging->addRow(TaskDefinitionEditor::tr("Log group"),
        field(new QLineEdit, c(QStringLiteral("logConfiguration.options.awslogs-group")), FieldKind::Text, true));
    logging->addRow(TaskDefinitionEditor::tr("Region"),
        field(new QLineEdit, c(QStringLiteral("logConfiguration.options.awslogs-region")), FieldKind::Text, true));
    logging->addRow(TaskDefinitionEditor::tr("Stream prefix"),
        field(
            new QLineEdit, c(QStringLiteral("logConfiguration.options.awslogs-stream-prefix")), FieldKind::Text, true));
    auto* createGroup = new QComboBox;
    createGroup->addItems({ QString(), QStringLiteral("true"), QStringLiteral("false") });
    logging->addRow(TaskDefinitionEditor::tr("Create group"),
        field(createGroup, c(QStringLiteral("logConfiguration.options.awslogs-create-group")), FieldKind::Text, true));
    auto* firelens = new QComboBox;
    firelens->addItems({ QString(), QStringLiteral("fluentbit"), QStringLiteral("fluentd") });
    logging->addRow(TaskDefinitionEditor::tr("FireLens router"),
        field(firelens, c(QStringLiteral("firelensConfiguration.type")), FieldKind::Text, true));
    logging->addRow(TaskDefinitionEditor::tr("FireLens options"),
        field(new QLineEdit, c(QStringLiteral("firelensConfiguration.options")), FieldKind::KeyValues, true));
}

void TaskDefinitionForm::addHealthAndAdvancedPages(QTabWidget* tabs)
{
    auto c = [this](const QString& key) { return containerPathOf(key); };
    QFormLayout* health = addPage(tabs, TaskDefinitionEditor::tr("Health check"));
    health->addRow(TaskDefinitionEditor::tr("Command"),
        field(new QLineEdit, c(QStringLiteral("healthCheck.command")), FieldKind::StringList, true));
    health->addRow(TaskDefinitionEditor::tr("Interval (s)"),
        field(new QLineEdit, c(QStringLiteral("healthCheck.interval")), FieldKind::Integer, true));
    health->addRow(TaskDefinitionEditor::tr("Timeout (s)"),
        field(new QLineEdit, c(QStringLiteral("healthCheck.timeout")), FieldKind::Integer, true));
    health->addRow(TaskDefinitionEditor::tr("Retries"),
        field(new QLineEdit, c(QStringLiteral("healthCheck.retries")), FieldKind::Integer, true));
    health->addRow(TaskDefinitionEditor::tr("Start period (s)"),
        field(new QLineEdit, c(QStringLiteral("healthCheck.startPeriod")), FieldKind::Integer, true));

    QFormLayout* advanced = addPage(tabs, TaskDefinitionEditor::tr("Advanced"));
    advanced->addRow(TaskDefinitionEditor::tr("Depends on"),
        containerTable(QStringLiteral("dependsOn"),
            { { TaskDefinitionEditor::tr("Container"), rel(QStringLiteral("containerName")) },
                { TaskDefinitionEditor::tr("Condition"), rel(QStringLiteral("condition")) } }));
    advanced->addRow(TaskDefinitionEditor::tr("Ulimits"),
        containerTable(QStringLiteral("ulimits"),
            { { TaskDefinitionEditor::tr("Name"), rel(QStringLiteral("name")) },
                { TaskDefinitionEditor::tr("Soft limit"), rel(QStringLiteral("softLimit")), Kind::Integer },
                { TaskDefinitionEditor::tr("Hard limit"), rel(QStringLiteral("hardLimit")), Kind::Integer } }));
    advanced->addRow(TaskDefinitionEditor::tr("Add capabilities"),
        field(new QLineEdit, c(QStringLiteral("linuxParameters.capabilities.add")), FieldKind::StringList, true));
    advanced->addRow(TaskDefinitionEditor::tr("Drop capabilities"),
        field(new QLineEdit, c(QStringLiteral("linuxParameters.capabilities.drop")), FieldKind::StringList, true));
    advanced->addRow(TaskDefinitionEditor::tr("Init process"),
        check(new QCheckBox(TaskDefinitionEditor::tr("Run an init process (reaps zombies)")),
            c(QStringLiteral("linuxParameters.initProcessEnabled")), false, true));
}

void TaskDefinitionForm::nameFieldsAfterLabels()
{
    // Screen readers name each field and table after its label (the label's buddy is the box that
    // also holds the field's message line).
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
}

QWidget* TaskDefinitionForm::field(QLineEdit* edit, PathFunction path, FieldKind kind, bool containerScoped)
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

QWidget* TaskDefinitionForm::field(QComboBox* combo, PathFunction path, FieldKind kind, bool containerScoped)
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

QWidget* TaskDefinitionForm::check(QCheckBox* box, PathFunction path, bool whenMissing, bool containerScoped)
{
    FieldBinding binding { box, nullptr, std::move(path), FieldKind::Text, containerScoped };
    box->setProperty("whenMissing", whenMissing);
    m_bindings.append(binding);
    connect(box, &QCheckBox::toggled, this, [this, binding](bool on) {
        if (!m_refreshing && m_document)
            m_document->setValue(binding.path(), on);
    });
    return box;
}

QWidget* TaskDefinitionForm::table(JsonArrayTableModel* model)
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
    // Headers are read whole in every language ("Container-Stammverzeichnis", not "-Stammverzeich"):
    // columns start as wide as their header or content, a cut cell shows whole in its tooltip.
    makeTextReadable(view);
    view->resizeColumnsToContents();
    layout->addWidget(view);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(TaskDefinitionEditor::tr("Add"), box);
    auto* remove = new QPushButton(TaskDefinitionEditor::tr("Remove"), box);
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

QWidget* TaskDefinitionForm::taskTable(const QString& key, QList<Column> columns)
{
    return table(new JsonArrayTableModel(
        m_document, [path = rel(key)] { return path; }, std::move(columns), this));
}

QWidget* TaskDefinitionForm::containerTable(const QString& key, QList<Column> columns)
{
    return table(new JsonArrayTableModel(m_document, containerPathOf(key), std::move(columns), this));
}

TaskDefinitionForm::PathFunction TaskDefinitionForm::containerPathOf(const QString& relative)
{
    return [this, relative] { return containerField(relative); };
}

JsonPath TaskDefinitionForm::containerField(const QString& relative) const
{
    return joinPath(TaskDefinitionDocument::containerPath(std::max(m_currentContainer, 0)), rel(relative));
}

// ---------------------------------------------------------------------------------------------
// Edits

void TaskDefinitionForm::writeField(const FieldBinding& binding, const QString& text)
{
    if (m_refreshing || !m_document || (binding.containerScoped && m_currentContainer < 0))
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

void TaskDefinitionForm::setCompatibility(const QString& name, bool on)
{
    if (m_refreshing || !m_document)
        return;
    QStringList list = m_document->requiresCompatibilities();
    list.removeAll(name);
    if (on)
        list.append(name);
    m_document->setRequiresCompatibilities(list);
}

void TaskDefinitionForm::fillAwslogsDefaults()
{
    if (m_currentContainer < 0 || !m_document)
        return;
    const QString family = m_document->family().isEmpty() ? QStringLiteral("task") : m_document->family();
    const QString region = m_defaultRegion.isEmpty() ? QStringLiteral("us-east-1") : m_defaultRegion;
    QJsonObject options = m_document->value(containerField(QStringLiteral("logConfiguration.options"))).toObject();
    options.insert(QStringLiteral("awslogs-group"), QString(QStringLiteral("/ecs/") + family));
    options.insert(QStringLiteral("awslogs-region"), region);
    options.insert(QStringLiteral("awslogs-stream-prefix"), QStringLiteral("ecs"));
    options.insert(QStringLiteral("awslogs-create-group"), QStringLiteral("true"));
    m_document->undoStack()->beginMacro(TaskDefinitionEditor::tr("Use awslogs"));
    m_document->setValue(containerField(QStringLiteral("logConfiguration.logDriver")), QStringLiteral("awslogs"));
    m_document->setValue(containerField(QStringLiteral("logConfiguration.options")), options);
    m_document->undoStack()->endMacro();
}

// ---------------------------------------------------------------------------------------------
// Document -> form

void TaskDefinitionForm::onDocumentChanged(const JsonPath& path)
{
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
}

void TaskDefinitionForm::onDocumentReset()
{
    m_currentContainer = m_document->containerCount() > 0 ? 0 : -1;
    markTablesStale();
}

void TaskDefinitionForm::markTablesStale()
{
    for (JsonArrayTableModel* model : std::as_const(m_tables))
        model->setProperty("stale", true);
}

void TaskDefinitionForm::setCurrentContainer(int index)
{
    if (!m_document)
        return;
    if (index < 0 || index >= m_document->containerCount())
        index = m_document->containerCount() > 0 ? 0 : -1;
    if (index == m_currentContainer && m_containerList->currentRow() == index)
        return;
    m_currentContainer = index;
    markTablesStale();
    Q_EMIT currentContainerChanged(index);
}

void TaskDefinitionForm::selectContainerOf(const QString& pathText)
{
    bool ok = false;
    const JsonPath path = JsonPath::parse(pathText, &ok);
    if (ok && path.size() >= 2 && path.segments().at(0).key == QLatin1String("containerDefinitions")
        && path.segments().at(1).isIndex())
        setCurrentContainer(path.segments().at(1).index);
}

void TaskDefinitionForm::refresh()
{
    if (!m_document)
        return;
    m_refreshing = true;
    refreshContainerList();
    m_containerPage->setEnabled(m_currentContainer >= 0);
    const QStringList compat = m_document->requiresCompatibilities();
    m_compatEc2->setChecked(compat.contains(QStringLiteral("EC2")));
    m_compatFargate->setChecked(compat.contains(QStringLiteral("FARGATE")));
    m_compatExternal->setChecked(compat.contains(QStringLiteral("EXTERNAL")));
    refreshFargateChoices();
    for (const FieldBinding& binding : std::as_const(m_bindings))
        refreshBinding(binding);
    for (JsonArrayTableModel* model : std::as_const(m_tables)) {
        if (model->property("stale").toBool()) {
            model->setProperty("stale", false);
            model->refresh();
        }
    }
    m_refreshing = false;
}

void TaskDefinitionForm::refreshBinding(const FieldBinding& binding)
{
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

void TaskDefinitionForm::refreshContainerList()
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

void TaskDefinitionForm::refreshFargateChoices()
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

// ---------------------------------------------------------------------------------------------
// Validation messages and finding fields

void TaskDefinitionForm::showIssues(const QList<ValidationIssue>& issues)
{
    for (const FieldBinding& binding : std::as_const(m_bindings)) {
        QStringList messages;
        bool error = false;
        if (!(binding.containerScoped && m_currentContainer < 0)) {
            const QString path = binding.path().toString();
            for (const ValidationIssue& issue : issues) {
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
        model->setIssues(issues);
}

QWidget* TaskDefinitionForm::fieldWidget(const QString& pathText)
{
    bool ok = false;
    const JsonPath path = JsonPath::parse(pathText, &ok);
    if (!ok)
        return nullptr;
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

QString TaskDefinitionForm::fieldMessage(const QString& path)
{
    QWidget* widget = fieldWidget(path);
    for (const FieldBinding& binding : std::as_const(m_bindings)) {
        if (binding.widget == widget)
            return binding.message ? binding.message->text() : binding.widget->toolTip();
    }
    return {};
}

bool TaskDefinitionForm::eventFilter(QObject* watched, QEvent* event)
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
    return QTabWidget::eventFilter(watched, event);
}

} // namespace EcsDesk::Ui
