// SPDX-License-Identifier: MIT
#include "ui/serviceeditor/serviceeditordialog.h"

#include "api/core/awstransport.h"
#include "api/core/replyguard.h"
#include "api/ecs/requests.h"
#include "ui/capacity/strategyeditor.h"
#include "ui/editor/revisiondiffview.h"
#include "ui/messagebar.h"
#include "ui/serviceeditor/servicelisteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

using namespace Qt::StringLiterals;
using Section = Models::ServiceForm::Section;

namespace {

    constexpr Section kSections[] = { Section::Deployment, Section::Network, Section::Placement, Section::Capacity,
        Section::LoadBalancing, Section::Advanced };

    QString sectionTitle(Section section)
    {
        switch (section) {
        case Section::Deployment:
            return ServiceEditorDialog::tr("Deployment");
        case Section::Network:
            return ServiceEditorDialog::tr("Network");
        case Section::Placement:
            return ServiceEditorDialog::tr("Placement");
        case Section::Capacity:
            return ServiceEditorDialog::tr("Capacity");
        case Section::LoadBalancing:
            return ServiceEditorDialog::tr("Load Balancing");
        case Section::Advanced:
            return ServiceEditorDialog::tr("Advanced");
        }
        return {};
    }

    QStringList splitList(const QString& text)
    {
        static const QRegularExpression separators(u"[,\\s]+"_s);
        return text.split(separators, Qt::SkipEmptyParts);
    }

} // namespace

ServiceEditorDialog::ServiceEditorDialog(
    Models::ServiceForm form, Send send, const QStringList& taskDefinitions, QWidget* parent)
    : QDialog(parent)
    , m_form(std::move(form))
    , m_send(std::move(send))
    , m_taskDefinitions(taskDefinitions)
    , m_replies(new Api::ReplyGuard(this))
{
    const bool create = m_form.mode() == Models::ServiceForm::Mode::Create;
    setWindowTitle(create ? tr("New Service") : tr("Edit Service %1").arg(m_form.serviceName()));
    setObjectName(u"serviceEditor"_s);

    m_sectionList = new QListWidget(this);
    m_sectionList->setObjectName(u"serviceEditorSections"_s);
    m_sectionList->setAccessibleName(tr("Sections"));
    m_stack = new QStackedWidget(this);
    for (const Section section : kSections) {
        m_sectionList->addItem(sectionTitle(section));
        m_stack->addWidget(buildSection(section));
    }
    // Wide enough for the longest title with its problem count.
    int titleWidth = 0;
    for (const Section section : kSections)
        titleWidth = std::max(titleWidth,
            m_sectionList->fontMetrics().horizontalAdvance(tr("%1 (%2)").arg(sectionTitle(section), u"99"_s)));
    m_sectionList->setFixedWidth(titleWidth + 24);
    connect(m_sectionList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_diff = new RevisionDiffView(this);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setObjectName(u"serviceEditorPreview"_s);
    m_preview->setAccessibleName(tr("Request"));
    m_preview->setFont(QFont(u"monospace"_s));
    m_previewTitle = new QLabel(this);
    auto* previewPage = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_preview);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_diff, tr("&What Will Change"));
    m_tabs->addTab(previewPage, tr("&Request"));

    auto* formSide = new QWidget(this);
    auto* formLayout = new QHBoxLayout(formSide);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_sectionList);
    formLayout->addWidget(m_stack, 1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(formSide);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 640, 460 });

    m_otherProblems = new QLabel(this);
    m_otherProblems->setWordWrap(true);
    m_otherProblems->hide();
    m_messages = new MessageBar(this);
    m_messages->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(create ? tr("&Create") : tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"serviceEditorApply"_s);
    m_reset = buttons->addButton(create ? tr("C&lear") : tr("Reset to &Current"), QDialogButtonBox::ResetRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    // Enter in a field must not send the request: only the button does.
    m_apply->setAutoDefault(false);
    m_apply->setDefault(false);
    connect(m_apply, &QPushButton::clicked, this, &ServiceEditorDialog::apply);
    connect(m_reset, &QPushButton::clicked, this, &ServiceEditorDialog::resetToCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_otherProblems);
    layout->addWidget(buttons);
    resize(1180, 700);

    m_sectionList->setCurrentRow(0);
    loadFields();
    // It opens with the focus in its first field: the name of a new service, else the task definition.
    if (QWidget* first = fieldWidget(create ? u"serviceName"_s : u"taskDefinition"_s))
        first->setFocus();
}

ServiceEditorDialog::~ServiceEditorDialog() = default;

QWidget* ServiceEditorDialog::buildSection(Section section)
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    switch (section) {
    case Section::Deployment:
        buildDeployment(form);
        break;
    case Section::Network:
        buildNetwork(form);
        break;
    case Section::Placement:
        buildPlacement(form);
        break;
    case Section::Capacity:
        buildCapacity(form);
        break;
    case Section::LoadBalancing:
        buildLoadBalancing(form);
        break;
    case Section::Advanced:
        buildAdvanced(form);
        break;
    }
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

void ServiceEditorDialog::buildDeployment(QFormLayout* form)
{
    const bool create = m_form.mode() == Models::ServiceForm::Mode::Create;
    if (create) {
        addText(form, tr("Service &name:"), u"serviceName"_s);
        addChoice(form, tr("Sc&heduling:"), u"schedulingStrategy"_s, { QString(), u"REPLICA"_s, u"DAEMON"_s });
    } else {
        addFixed(form, tr("Service:"), m_form.serviceName());
        addFixed(form, tr("Scheduling:"), m_form.schedulingStrategy());
    }
    // The task definition: the account's ACTIVE revisions, or any family:revision typed.
    auto* taskDefinition = new QComboBox;
    taskDefinition->setEditable(true);
    taskDefinition->addItems(m_taskDefinitions);
    taskDefinition->completer()->setFilterMode(Qt::MatchContains); // a part of the name finds it
    const QString path = u"taskDefinition"_s;
    connect(taskDefinition, &QComboBox::currentTextChanged, this,
        [this, path](const QString& text) { edit(path, text.trimmed()); });
    bind(form, tr("&Task definition:"), path, taskDefinition, [this, taskDefinition, path] {
        const QString value = m_form.value(path).toString();
        if (!value.isEmpty() && taskDefinition->findText(value) < 0)
            taskDefinition->addItem(value);
        taskDefinition->setCurrentText(value);
    });
    if (!m_form.isDaemon())
        addNumber(form, tr("&Desired count:"), u"desiredCount"_s, 0, 99999, create ? 1 : 0);
    // ECS changes the controller of a service (ECS, CODE_DEPLOY, EXTERNAL) with UpdateService too.
    addChoice(form, tr("Deployment c&ontroller:"), u"deploymentController.type"_s,
        { QString(), u"ECS"_s, u"CODE_DEPLOY"_s, u"EXTERNAL"_s });
    addNumber(form, tr("M&inimum healthy percent:"), u"deploymentConfiguration.minimumHealthyPercent"_s, 0, 1000,
        m_form.isDaemon() ? 0 : 100);
    addNumber(form, tr("Ma&ximum percent:"), u"deploymentConfiguration.maximumPercent"_s, 0, 1000,
        m_form.isDaemon() ? 100 : 200);
    addCheck(form, tr("Deployment circuit &breaker"), u"deploymentConfiguration.deploymentCircuitBreaker.enable"_s);
    addCheck(form, tr("Roll back when the circuit breaker trips"),
        u"deploymentConfiguration.deploymentCircuitBreaker.rollback"_s);
    addList(form, tr("CloudWatch &alarms:"), u"deploymentConfiguration.alarms.alarmNames"_s,
        tr("alarm names, separated by commas"));
    addCheck(form, tr("Watch the alarms during deployments"), u"deploymentConfiguration.alarms.enable"_s);
    addCheck(form, tr("Roll back when an alarm goes off"), u"deploymentConfiguration.alarms.rollback"_s);
    if (!create) {
        auto* force = new QCheckBox(tr("&Force a new deployment"));
        connect(force, &QCheckBox::toggled, this, [this](bool checked) {
            if (m_loading)
                return;
            m_form.setForceNewDeployment(checked);
            refresh();
        });
        bind(form, QString(), u"forceNewDeployment"_s, force,
            [this, force] { force->setChecked(m_form.forceNewDeployment()); });
    }
}

void ServiceEditorDialog::buildNetwork(QFormLayout* form)
{
    form->addRow(new QLabel(tr("For task definitions with the awsvpc network mode (Fargate).")));
    addList(form, tr("&Subnets:"), u"networkConfiguration.awsvpcConfiguration.subnets"_s,
        tr("subnet IDs, separated by commas"));
    addList(form, tr("Security &groups:"), u"networkConfiguration.awsvpcConfiguration.securityGroups"_s,
        tr("security group IDs, separated by commas"));
    addChoice(form, tr("Assign &public IP:"), u"networkConfiguration.awsvpcConfiguration.assignPublicIp"_s,
        { QString(), u"ENABLED"_s, u"DISABLED"_s });
}

void ServiceEditorDialog::buildPlacement(QFormLayout* form)
{
    addTable(form, tr("&Constraints:"), u"placementConstraints"_s,
        { { u"type"_s, tr("Type"), {}, u"distinctInstance, memberOf"_s },
            { u"expression"_s, tr("Expression"), {}, tr("a cluster query expression, for memberOf") } });
    addTable(form, tr("&Strategy:"), u"placementStrategy"_s,
        { { u"type"_s, tr("Type"), {}, u"random, spread, binpack"_s },
            { u"field"_s, tr("Field"), {}, tr("instanceId, attribute:ecs.availability-zone, cpu, memory...") } });
}

void ServiceEditorDialog::buildCapacity(QFormLayout* form)
{
    if (m_form.mode() == Models::ServiceForm::Mode::Create)
        addChoice(form, tr("&Launch type:"), u"launchType"_s, { QString(), u"FARGATE"_s, u"EC2"_s, u"EXTERNAL"_s });
    else
        addFixed(form, tr("Launch type:"), m_form.launchType().isEmpty() ? tr("(none)") : m_form.launchType());
    // The strategy editor (issue 18): rows checked as ECS checks them; FARGATE and FARGATE_SPOT
    // offered, an Auto Scaling group provider typed by name.
    const QString strategyPath = u"capacityProviderStrategy"_s;
    auto* strategy = new StrategyEditor;
    strategy->setAvailableProviders({ u"FARGATE"_s, u"FARGATE_SPOT"_s });
    strategy->setProvidersEditable(true);
    connect(strategy, &StrategyEditor::changed, this, [this, strategyPath, strategy] {
        QJsonArray items;
        for (const Api::CapacityProviderStrategyItem& item : strategy->strategy())
            items.append(QJsonObject { { u"capacityProvider"_s, item.capacityProvider }, { u"weight"_s, item.weight },
                { u"base"_s, item.base } });
        edit(strategyPath, items);
    });
    bind(form, tr("Capacity provider strategy:"), strategyPath, strategy, [this, strategy, strategyPath] {
        strategy->setStrategy(
            Api::EcsJson::objects<Api::CapacityProviderStrategyItem>(m_form.value(strategyPath).toArray()));
    });
    addText(form, tr("&Platform version:"), u"platformVersion"_s, tr("LATEST (Fargate only)"));
}

void ServiceEditorDialog::buildLoadBalancing(QFormLayout* form)
{
    addTable(form, tr("&Load balancers:"), u"loadBalancers"_s,
        { { u"targetGroupArn"_s, tr("Target group ARN") },
            { u"loadBalancerName"_s, tr("Classic load balancer"), {}, tr("a Classic Load Balancer's name") },
            { u"containerName"_s, tr("Container") }, { u"containerPort"_s, tr("Port"), u"int"_s } });
    m_attachTargetGroup = new QPushButton(tr("Attach &Target Group…"));
    m_attachTargetGroup->setObjectName(u"attachTargetGroup"_s);
    m_attachTargetGroup->setToolTip(tr("Choose a target group and a container port of the task definition"));
    m_attachTargetGroup->setVisible(false);
    form->addRow(QString(), m_attachTargetGroup);
    connect(m_attachTargetGroup, &QPushButton::clicked, this, [this] {
        if (!m_targetGroupPicker)
            return;
        m_targetGroupPicker(m_form.value(u"taskDefinition"_s).toString(), [this](const QJsonObject& loadBalancer) {
            QJsonArray list = m_form.value(u"loadBalancers"_s).toArray();
            list.append(loadBalancer);
            m_form.setValue(u"loadBalancers"_s, list);
            loadFields();
        });
    });
    if (m_form.mode() == Models::ServiceForm::Mode::Create)
        addText(form, tr("Load balancer r&ole:"), u"role"_s, tr("an IAM role for a Classic Load Balancer"));
    addNumber(form, tr("Health check &grace period (s):"), u"healthCheckGracePeriodSeconds"_s, -1, 2147483647, -1,
        tr("(none)"));
    addTable(form, tr("Service &registries:"), u"serviceRegistries"_s,
        { { u"registryArn"_s, tr("Registry ARN") }, { u"containerName"_s, tr("Container") },
            { u"containerPort"_s, tr("Container port"), u"int"_s }, { u"port"_s, tr("Port"), u"int"_s } });
}

void ServiceEditorDialog::buildAdvanced(QFormLayout* form)
{
    addCheck(form, tr("Enable &ECS Exec (execute command)"), u"enableExecuteCommand"_s);
    addChoice(form, tr("&Propagate tags from:"), u"propagateTags"_s,
        { QString(), u"TASK_DEFINITION"_s, u"SERVICE"_s, u"NONE"_s });
    addCheck(form, tr("Amazon ECS &managed tags"), u"enableECSManagedTags"_s);
    addChoice(form, tr("&Availability Zone rebalancing:"), u"availabilityZoneRebalancing"_s,
        { QString(), u"ENABLED"_s, u"DISABLED"_s });
    if (m_form.mode() == Models::ServiceForm::Mode::Create)
        addTable(form, tr("&Tags:"), u"tags"_s, { { u"key"_s, tr("Key") }, { u"value"_s, tr("Value") } });
    addJson(form, tr("Service &Connect (JSON):"), u"serviceConnectConfiguration"_s,
        u"{ \"enabled\": true, \"namespace\": \"…\", \"services\": [ … ] }"_s);
    addJson(form, tr("&Volumes (JSON):"), u"volumeConfigurations"_s,
        u"[ { \"name\": \"…\", \"managedEBSVolume\": { \"roleArn\": \"…\" } } ]"_s);
    addJson(form, tr("VPC &Lattice (JSON):"), u"vpcLatticeConfigurations"_s,
        u"[ { \"roleArn\": \"…\", \"targetGroupArn\": \"…\", \"portName\": \"…\" } ]"_s);
}

void ServiceEditorDialog::bind(
    QFormLayout* form, const QString& label, const QString& path, QWidget* widget, std::function<void()> load)
{
    widget->setObjectName(path);
    // A screen reader says the field by its label (a list's table has no buddy label of its own).
    if (!label.isEmpty()) {
        const QString name = QString(label).remove(u'&').remove(u':');
        widget->setAccessibleName(name);
        if (auto* table = qobject_cast<ServiceListEditor*>(widget))
            table->table()->setAccessibleName(name);
    }
    if (label.isEmpty())
        form->addRow(widget);
    else
        form->addRow(label, widget);
    auto* error = new QLabel;
    error->setObjectName(path + u"-error"_s);
    error->setWordWrap(true);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    error->setPalette(palette);
    error->hide();
    form->addRow(QString(), error);
    m_bindings.append({ path, widget, error, std::move(load) });
}

void ServiceEditorDialog::addText(
    QFormLayout* form, const QString& label, const QString& path, const QString& placeholder)
{
    auto* line = new QLineEdit;
    line->setPlaceholderText(placeholder);
    connect(line, &QLineEdit::textEdited, this, [this, path](const QString& text) { edit(path, text.trimmed()); });
    bind(form, label, path, line, [this, line, path] { line->setText(m_form.value(path).toString()); });
}

void ServiceEditorDialog::addList(
    QFormLayout* form, const QString& label, const QString& path, const QString& placeholder)
{
    auto* line = new QLineEdit;
    line->setPlaceholderText(placeholder);
    connect(line, &QLineEdit::textEdited, this,
        [this, path](const QString& text) { edit(path, QJsonArray::fromStringList(splitList(text))); });
    bind(form, label, path, line, [this, line, path] {
        QStringList items;
        for (const QJsonValue& item : m_form.value(path).toArray())
            items.append(item.toString());
        line->setText(items.join(u", "_s));
    });
}

void ServiceEditorDialog::addNumber(QFormLayout* form, const QString& label, const QString& path, int minimum,
    int maximum, int shownWhenUnset, const QString& unsetText)
{
    auto* spin = new QSpinBox;
    spin->setRange(minimum, maximum);
    if (!unsetText.isEmpty())
        spin->setSpecialValueText(unsetText); // the minimum: no value
    const bool minimumIsUnset = !unsetText.isEmpty();
    connect(spin, &QSpinBox::valueChanged, this, [this, path, spin, minimumIsUnset](int value) {
        edit(path, minimumIsUnset && value == spin->minimum() ? QJsonValue() : QJsonValue(value));
    });
    bind(form, label, path, spin, [this, spin, path, shownWhenUnset] {
        const QJsonValue value = m_form.value(path);
        spin->setValue(value.isDouble() ? int(value.toInteger()) : shownWhenUnset);
    });
}

void ServiceEditorDialog::addCheck(QFormLayout* form, const QString& text, const QString& path)
{
    auto* check = new QCheckBox(text);
    connect(check, &QCheckBox::toggled, this, [this, path](bool checked) { edit(path, checkValue(path, checked)); });
    bind(form, QString(), path, check, [this, check, path] { check->setChecked(m_form.value(path).toBool()); });
}

void ServiceEditorDialog::addChoice(
    QFormLayout* form, const QString& label, const QString& path, const QStringList& choices)
{
    auto* combo = new QComboBox;
    combo->addItems(choices);
    connect(combo, &QComboBox::currentTextChanged, this, [this, path](const QString& text) { edit(path, text); });
    bind(form, label, path, combo, [this, combo, path] {
        const QString value = m_form.value(path).toString();
        if (combo->findText(value) < 0)
            combo->addItem(value);
        combo->setCurrentText(value);
    });
}

void ServiceEditorDialog::setTargetGroupPicker(PickTargetGroup picker)
{
    m_targetGroupPicker = std::move(picker);
    if (m_attachTargetGroup)
        m_attachTargetGroup->setVisible(bool(m_targetGroupPicker));
}

void ServiceEditorDialog::addTable(
    QFormLayout* form, const QString& label, const QString& path, const QList<QStringList>& columns)
{
    QList<ServiceListEditor::Column> specs;
    for (const QStringList& column : columns)
        specs.append({ column.value(0), column.value(1), column.value(2) == "int"_L1, column.value(3) });
    auto* table = new ServiceListEditor(specs);
    connect(table, &ServiceListEditor::edited, this, [this, path, table] { edit(path, table->array()); });
    bind(form, label, path, table, [this, table, path] { table->setArray(m_form.value(path).toArray()); });
}

void ServiceEditorDialog::addJson(
    QFormLayout* form, const QString& label, const QString& path, const QString& placeholder)
{
    auto* text = new QPlainTextEdit;
    text->setPlaceholderText(placeholder);
    text->setFont(QFont(u"monospace"_s));
    text->setTabChangesFocus(true);
    text->setMinimumHeight(text->fontMetrics().lineSpacing() * 5);
    connect(text, &QPlainTextEdit::textChanged, this, [this, path, text] {
        if (m_loading)
            return;
        m_form.setJsonText(path, text->toPlainText());
        refresh();
    });
    bind(form, label, path, text, [this, text, path] { text->setPlainText(m_form.jsonText(path)); });
}

void ServiceEditorDialog::addFixed(QFormLayout* form, const QString& label, const QString& text)
{
    auto* value = new QLabel(text);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
}

QWidget* ServiceEditorDialog::fieldWidget(const QString& path) const
{
    for (const Binding& binding : m_bindings) {
        if (binding.path == path)
            return binding.widget;
    }
    return nullptr;
}

QString ServiceEditorDialog::fieldError(const QString& path) const
{
    for (const Binding& binding : m_bindings) {
        if (binding.path == path)
            return binding.error->isHidden() ? QString() : binding.error->text();
    }
    return {};
}

QJsonValue ServiceEditorDialog::checkValue(const QString& path, bool checked) const
{
    if (checked)
        return true;
    // Unticking what the service does not have leaves it absent (no change); otherwise false.
    QJsonValue current = m_form.current();
    for (const QString& key : path.split(u'.'))
        current = current.toObject().value(key);
    return current.isUndefined() ? QJsonValue() : QJsonValue(false);
}

void ServiceEditorDialog::edit(const QString& path, const QJsonValue& value)
{
    if (m_loading)
        return;
    m_form.setValue(path, value);
    refresh();
}

void ServiceEditorDialog::loadFields()
{
    m_loading = true;
    for (const Binding& binding : m_bindings)
        binding.load();
    m_loading = false;
    refresh();
}

void ServiceEditorDialog::resetToCurrent()
{
    m_form.reset();
    loadFields();
    m_messages->hide();
}

void ServiceEditorDialog::refresh()
{
    const QList<Rules::Finding> findings = m_form.findings();
    QList<int> errorsPerSection(std::size(kSections), 0);
    QStringList unshown;
    for (const Rules::Finding& finding : findings) {
        if (!finding.isError())
            continue;
        bool shown = false;
        for (const Binding& binding : m_bindings) {
            if (!Models::ServiceForm::messagesAt({ finding }, binding.path).isEmpty()) {
                shown = true;
                break;
            }
        }
        if (!shown)
            unshown.append(finding.translatedMessage());
        ++errorsPerSection[int(Models::ServiceForm::sectionOf(finding.path))];
    }
    for (const Binding& binding : m_bindings) {
        const QStringList messages = Models::ServiceForm::messagesAt(findings, binding.path);
        binding.error->setText(messages.join(u'\n'));
        binding.error->setVisible(!messages.isEmpty());
        binding.widget->setToolTip(messages.join(u'\n'));
    }
    for (int i = 0; i < m_sectionList->count(); ++i) {
        const int errors = errorsPerSection.value(i);
        QListWidgetItem* item = m_sectionList->item(i);
        item->setText(errors ? tr("%1 (%2)").arg(sectionTitle(kSections[i])).arg(errors) : sectionTitle(kSections[i]));
        item->setToolTip(errors ? tr("%n problem(s) to correct", "", errors) : QString());
    }
    m_otherProblems->setText(unshown.join(u'\n'));
    m_otherProblems->setVisible(!unshown.isEmpty());

    m_previewTitle->setText(tr("%1 input, as it will be sent:").arg(m_form.operation()));
    m_preview->setPlainText(QString::fromUtf8(QJsonDocument(m_form.request()).toJson(QJsonDocument::Indented)));
    const bool create = m_form.mode() == Models::ServiceForm::Mode::Create;
    m_diff->showChanges(m_form.diff(), create ? tr("(new service)") : tr("Current service"),
        create ? tr("New service") : tr("After Apply"));
    m_apply->setEnabled(!m_sending && m_form.hasChanges() && !Rules::firstRejection(findings));
    m_reset->setEnabled(!m_sending);
}

void ServiceEditorDialog::apply()
{
    if (m_sending)
        return;
    const QList<Rules::Finding> findings = m_form.findings();
    if (const auto first = Rules::firstRejection(findings)) {
        m_sectionList->setCurrentRow(int(Models::ServiceForm::sectionOf(first->path)));
        m_messages->showMessage(tr("Correct the marked fields first."), MessageBar::Kind::Error);
        return;
    }
    if (!m_form.hasChanges()) {
        m_messages->showMessage(tr("Nothing to change."));
        return;
    }
    const QString operation = m_form.operation();
    const QJsonObject input = m_form.request();
    Api::AwsReply* reply = m_send ? m_send(operation, input) : nullptr;
    if (!reply) {
        m_messages->showMessage(tr("Not connected: %1 was not sent.").arg(operation), MessageBar::Kind::Error);
        return;
    }
    Q_EMIT requestSent(operation, input);
    m_sending = true;
    m_messages->showMessage(tr("Sending %1…").arg(operation));
    refresh();
    // The guard deletes the reply; a closed dialog drops the answer.
    m_replies->watch(reply, this, [this](Api::AwsReply* finished) {
        m_sending = false;
        if (!finished->isOk()) {
            // Everything typed stays: the user corrects it and applies again.
            m_messages->showMessage(Api::replyErrorText(finished), MessageBar::Kind::Error);
            refresh();
            return;
        }
        m_result = Api::ServiceResult::fromJson(finished->json()).service;
        m_messages->hide();
        Q_EMIT applied(m_result);
        accept();
    });
}

} // namespace EcsDesk::Ui
