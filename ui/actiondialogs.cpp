// SPDX-License-Identifier: MIT
#include "ui/actiondialogs.h"

#include "ui/capacity/strategyeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

namespace {
    /// An editable task definition choice ("family:revision") searchable by any part of its text.
    void offerTaskDefinitions(QComboBox* box, const QStringList& taskDefinitions)
    {
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->addItems(taskDefinitions);
        auto* completer = new QCompleter(box->model(), box);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        box->setCompleter(completer);
        box->lineEdit()->setPlaceholderText(
            QCoreApplication::translate("EcsDesk::Ui::ActionDialog", "family:revision (type to search)"));
    }
    void selectIn(QComboBox* box, const QString& taskDefinition)
    {
        const int index = box->findText(taskDefinition);
        if (index >= 0)
            box->setCurrentIndex(index);
        else
            box->setCurrentText(taskDefinition);
    }

    const QRegularExpression& ecsName()
    {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,255}$"));
        return re;
    }
    QStringList commaList(const QLineEdit* edit)
    {
        QStringList items = edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString& item : items)
            item = item.trimmed();
        items.removeAll(QString());
        return items;
    }
    QComboBox* launchTypes(QWidget* parent)
    {
        auto* box = new QComboBox(parent);
        box->addItems({ QStringLiteral("EC2"), QStringLiteral("FARGATE"), QStringLiteral("EXTERNAL") });
        return box;
    }
    QComboBox* strategies(QWidget* parent)
    {
        auto* box = new QComboBox(parent);
        box->addItem(QObject::tr("None"), QString());
        box->addItem(QObject::tr("Spread across zones"), QStringLiteral("spread:attribute:ecs.availability-zone"));
        box->addItem(QObject::tr("Binpack on memory"), QStringLiteral("binpack:memory"));
        box->addItem(QObject::tr("Random"), QStringLiteral("random:"));
        return box;
    }
    QList<Api::PlacementStrategy> strategyOf(const QComboBox* box)
    {
        const QString value = box->currentData().toString();
        if (value.isEmpty())
            return {};
        const qsizetype colon = value.indexOf(QLatin1Char(':'));
        return { Api::PlacementStrategy { value.left(colon), value.mid(colon + 1) } };
    }
    QList<Api::PlacementConstraint> constraintOf(const QLineEdit* edit)
    {
        const QString expression = edit->text().trimmed();
        if (expression.isEmpty())
            return {};
        if (expression == QLatin1String("distinctInstance"))
            return { Api::PlacementConstraint { expression, {} } };
        return { Api::PlacementConstraint { QStringLiteral("memberOf"), expression } };
    }
    std::optional<Api::AwsVpcConfiguration> networkOf(const QLineEdit* subnets, const QLineEdit* groups)
    {
        if (commaList(subnets).isEmpty())
            return std::nullopt;
        return Api::AwsVpcConfiguration { commaList(subnets), commaList(groups), {} };
    }
} // namespace

QString nameList(const QStringList& names, int shown)
{
    QStringList lines = names.mid(0, shown);
    if (names.size() > shown)
        lines.append(QCoreApplication::translate("ActionDialog", "and %n more", "", int(names.size() - shown)));
    return lines.join(QLatin1Char('\n'));
}

namespace {
    /// The input fields of `layout` in the order they are laid out.
    void collectFields(const QLayout* layout, QList<QWidget*>* fields)
    {
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem* item = layout->itemAt(i);
            if (item->layout()) {
                collectFields(item->layout(), fields);
            } else if (QWidget* widget = item->widget()) {
                if ((widget->focusPolicy() & Qt::TabFocus) && widget->isEnabled())
                    fields->append(widget);
                else if (widget->layout())
                    collectFields(widget->layout(), fields);
            }
        }
    }
} // namespace

ActionDialog::ActionDialog(QWidget* parent)
    : QDialog(parent)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setWordWrap(true);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(200, 40, 40));
    m_error->setPalette(pal);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isAcceptable())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ActionDialog::finishLayout(QLayout* form)
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    revalidate();
    // The buttons were made first (here, before the subclass's fields), so the focus chain would
    // open the dialog on OK: the fields come first, the focus starts in the first one.
    QList<QWidget*> fields;
    collectFields(form, &fields);
    fields.append(m_buttons);
    for (qsizetype i = 1; i < fields.size(); ++i)
        setTabOrder(fields.at(i - 1), fields.at(i));
    if (fields.size() > 1) {
        fields.first()->setFocus();
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(fields.first()))
            spin->selectAll();
        else if (auto* edit = qobject_cast<QLineEdit*>(fields.first()))
            edit->selectAll();
    }
}

void ActionDialog::revalidate()
{
    const QString problem = validate();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString ActionDialog::errorText() const { return m_error->text(); }

bool ActionDialog::isAcceptable() const { return validate().isEmpty(); }

CreateClusterDialog::CreateClusterDialog(QWidget* parent)
    : ActionDialog(parent)
    , m_name(new QLineEdit(this))
    , m_fargate(new QCheckBox(QStringLiteral("FARGATE"), this))
    , m_fargateSpot(new QCheckBox(QStringLiteral("FARGATE_SPOT"), this))
    , m_groupProviders(new QLineEdit(this))
    , m_strategy(new StrategyEditor(this))
    , m_insights(new QComboBox(this))
    , m_tags(new QLineEdit(this))
{
    setWindowTitle(tr("New Cluster"));
    m_groupProviders->setObjectName(QStringLiteral("clusterGroupProviders"));
    m_groupProviders->setPlaceholderText(tr("names of Auto Scaling group capacity providers, comma-separated"));
    m_groupProviders->setToolTip(
        tr("Capacity providers of the account backed by an Auto Scaling group (CreateCapacityProvider)"));
    m_name->setObjectName(QStringLiteral("clusterName"));
    m_fargate->setObjectName(QStringLiteral("clusterFargate"));
    m_fargateSpot->setObjectName(QStringLiteral("clusterFargateSpot"));
    m_insights->setObjectName(QStringLiteral("clusterContainerInsights"));
    m_insights->addItem(tr("Account default"), QString());
    m_insights->addItem(tr("Enabled"), QStringLiteral("enabled"));
    m_insights->addItem(tr("Enhanced observability"), QStringLiteral("enhanced"));
    m_insights->addItem(tr("Disabled"), QStringLiteral("disabled"));
    m_tags->setObjectName(QStringLiteral("clusterTags"));
    m_tags->setPlaceholderText(tr("team=web, stage=prod"));
    auto* providers = new QHBoxLayout;
    providers->addWidget(m_fargate);
    providers->addWidget(m_fargateSpot);
    providers->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Capacity providers:"), providers);
    form->addRow(tr("Auto Scaling &group providers:"), m_groupProviders);
    form->addRow(tr("Default strategy:"), m_strategy);
    form->addRow(tr("Container &Insights:"), m_insights);
    form->addRow(tr("&Tags:"), m_tags);
    connect(m_name, &QLineEdit::textChanged, this, &CreateClusterDialog::revalidate);
    connect(m_tags, &QLineEdit::textChanged, this, &CreateClusterDialog::revalidate);
    connect(m_groupProviders, &QLineEdit::textChanged, this, &CreateClusterDialog::providersChanged);
    connect(m_strategy, &StrategyEditor::changed, this, &CreateClusterDialog::revalidate);
    for (QCheckBox* box : { m_fargate, m_fargateSpot })
        connect(box, &QCheckBox::toggled, this, &CreateClusterDialog::providersChanged);
    providersChanged();
    finishLayout(form);
}

QString CreateClusterDialog::clusterName() const { return m_name->text().trimmed(); }
void CreateClusterDialog::setClusterName(const QString& name) { m_name->setText(name); }

void CreateClusterDialog::providersChanged()
{
    m_strategy->setAvailableProviders(capacityProviders());
    m_strategy->addButton()->setEnabled(!capacityProviders().isEmpty());
    revalidate();
}

QStringList CreateClusterDialog::capacityProviders() const
{
    QStringList providers;
    for (QCheckBox* box : { m_fargate, m_fargateSpot }) {
        if (box->isChecked())
            providers.append(box->text());
    }
    for (const QString& name : m_groupProviders->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty() && !providers.contains(name.trimmed()))
            providers.append(name.trimmed());
    }
    return providers;
}

Api::CapacityProviderStrategy CreateClusterDialog::defaultStrategy() const { return m_strategy->strategy(); }

QString CreateClusterDialog::containerInsights() const { return m_insights->currentData().toString(); }

QList<Api::Tag> CreateClusterDialog::tags() const
{
    QList<Api::Tag> tags;
    for (const QString& item : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        tags.append({ item.left(equals).trimmed(), equals < 0 ? QString() : item.mid(equals + 1).trimmed() });
    }
    return tags;
}

Api::CreateClusterRequest CreateClusterDialog::request() const
{
    Api::CreateClusterRequest request;
    request.clusterName = clusterName();
    request.capacityProviders = capacityProviders();
    request.defaultCapacityProviderStrategy = defaultStrategy();
    request.containerInsights = containerInsights();
    request.tags = tags();
    return request;
}

QString CreateClusterDialog::validate() const
{
    if (clusterName().isEmpty())
        return tr("Enter a cluster name.");
    if (!ecsName().match(clusterName()).hasMatch())
        return tr("A cluster name has up to 255 letters, digits, hyphens and underscores.");
    for (const QString& name : capacityProviders()) {
        if (!ecsName().match(name).hasMatch())
            return tr("A capacity provider name has up to 255 letters, digits, hyphens and underscores: %1").arg(name);
    }
    const QStringList strategyProblems = m_strategy->problems().all();
    if (!strategyProblems.isEmpty())
        return strategyProblems.first();
    QStringList keys;
    for (const QString& item : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString key = item.left(equals).trimmed();
        if (equals < 0 || key.isEmpty())
            return tr("Write each tag as key=value, separated by commas.");
        if (key.size() > 128 || item.mid(equals + 1).trimmed().size() > 256)
            return tr("A tag key has up to 128 characters and its value up to 256.");
        if (key.startsWith(QLatin1String("aws:"), Qt::CaseInsensitive))
            return tr("Tag keys starting with aws: are reserved for AWS.");
        if (keys.contains(key))
            return tr("The tag key %1 appears more than once.").arg(key);
        keys.append(key);
    }
    return {};
}

DesiredCountDialog::DesiredCountDialog(const QString& service, int current, QWidget* parent)
    : ActionDialog(parent)
    , m_count(new QSpinBox(this))
{
    setWindowTitle(tr("Set Desired Count"));
    m_count->setObjectName(QStringLiteral("desiredCount"));
    m_count->setRange(0, 100000);
    m_count->setValue(current);
    auto* form = new QFormLayout;
    form->addRow(tr("Service:"), new QLabel(service, this));
    form->addRow(tr("&Desired tasks:"), m_count);
    finishLayout(form);
}

int DesiredCountDialog::desiredCount() const { return m_count->value(); }
void DesiredCountDialog::setDesiredCount(int count) { m_count->setValue(count); }

StopTaskDialog::StopTaskDialog(const QStringList& taskIds, QWidget* parent)
    : ActionDialog(parent)
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Stop Tasks"));
    m_reason->setObjectName(QStringLiteral("stopReason"));
    m_reason->setText(tr("Stopped from ECS Desk"));
    auto* form = new QFormLayout;
    auto* question
        = new QLabel(tr("Stop %n task(s)? Their containers are sent SIGTERM, then SIGKILL.", "", int(taskIds.size()))
                + QLatin1Char('\n') + nameList(taskIds),
            this);
    question->setObjectName(QStringLiteral("stopQuestion"));
    question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(question);
    form->addRow(tr("&Reason:"), m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, &StopTaskDialog::revalidate);
    finishLayout(form);
}

QString StopTaskDialog::reason() const { return m_reason->text().trimmed(); }
void StopTaskDialog::setReason(const QString& reason) { m_reason->setText(reason); }

QString StopTaskDialog::validate() const
{
    if (reason().size() > 255)
        return tr("The reason is %n character(s) long; ECS keeps at most 255.", nullptr, int(reason().size()));
    return {};
}

bool parseEnvironment(const QString& text, QList<Api::KeyValuePair>* out, int* badLine)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *badLine = i + 1;
            return false;
        }
        out->append(Api::KeyValuePair { line.left(equals).trimmed(), line.mid(equals + 1) });
    }
    return true;
}

RunTaskDialog::RunTaskDialog(const QStringList& taskDefinitions, QWidget* parent)
    : ActionDialog(parent)
    , m_taskDefinition(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_capacity(new StrategyEditor(this))
    , m_launchType(launchTypes(this))
    , m_container(new QLineEdit(this))
    , m_command(new QLineEdit(this))
    , m_environment(new QPlainTextEdit(this))
    , m_subnets(new QLineEdit(this))
    , m_securityGroups(new QLineEdit(this))
    , m_strategy(strategies(this))
    , m_constraint(new QLineEdit(this))
{
    setWindowTitle(tr("Run Task"));
    offerTaskDefinitions(m_taskDefinition, taskDefinitions);
    m_count->setRange(1, 10); // RunTask's limit
    m_container->setPlaceholderText(tr("container name (for the overrides)"));
    m_command->setPlaceholderText(tr("command, space separated"));
    m_environment->setPlaceholderText(tr("KEY=VALUE, one per line"));
    m_subnets->setPlaceholderText(tr("subnet-1, subnet-2 (awsvpc / Fargate)"));
    m_securityGroups->setPlaceholderText(tr("sg-1, sg-2"));
    m_constraint->setPlaceholderText(tr("distinctInstance or a memberOf expression"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Task definition:"), m_taskDefinition);
    form->addRow(tr("&Count:"), m_count);
    form->addRow(tr("&Launch type:"), m_launchType);
    // FARGATE and FARGATE_SPOT offered; a cluster's Auto Scaling group provider is typed by name.
    m_capacity->setAvailableProviders({ QStringLiteral("FARGATE"), QStringLiteral("FARGATE_SPOT") });
    m_capacity->setProvidersEditable(true);
    m_capacity->setObjectName(QStringLiteral("runTaskCapacityStrategy"));
    form->addRow(tr("Capacity provider strategy:"), m_capacity);
    form->addRow(tr("C&ontainer:"), m_container);
    form->addRow(tr("Co&mmand:"), m_command);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("S&ubnets:"), m_subnets);
    form->addRow(tr("Security &groups:"), m_securityGroups);
    form->addRow(tr("Placement &strategy:"), m_strategy);
    form->addRow(tr("Placement co&nstraint:"), m_constraint);
    connect(m_taskDefinition, &QComboBox::currentTextChanged, this, &RunTaskDialog::revalidate);
    connect(m_launchType, &QComboBox::currentTextChanged, this, &RunTaskDialog::revalidate);
    connect(m_container, &QLineEdit::textChanged, this, &RunTaskDialog::revalidate);
    connect(m_command, &QLineEdit::textChanged, this, &RunTaskDialog::revalidate);
    connect(m_environment, &QPlainTextEdit::textChanged, this, &RunTaskDialog::revalidate);
    connect(m_subnets, &QLineEdit::textChanged, this, &RunTaskDialog::revalidate);
    connect(m_capacity, &StrategyEditor::changed, this, [this] {
        m_launchType->setEnabled(m_capacity->rowCount() == 0); // ECS takes one or the other
        revalidate();
    });
    finishLayout(form);
}

void RunTaskDialog::selectTaskDefinition(const QString& taskDefinition) { selectIn(m_taskDefinition, taskDefinition); }

QString RunTaskDialog::validate() const
{
    if (m_taskDefinition->currentText().trimmed().isEmpty())
        return tr("Choose a task definition.");
    QList<Api::KeyValuePair> environment;
    int badLine = 0;
    if (!parseEnvironment(m_environment->toPlainText(), &environment, &badLine))
        return tr("Environment line %1 is not KEY=VALUE.").arg(badLine);
    const bool overrides = !m_command->text().trimmed().isEmpty() || !environment.isEmpty();
    if (overrides && m_container->text().trimmed().isEmpty())
        return tr("Name the container the command and environment overrides apply to.");
    const Api::CapacityProviderStrategy capacity = m_capacity->strategy();
    if (!capacity.isEmpty()) {
        const QStringList problems = m_capacity->problems().all();
        if (!problems.isEmpty())
            return problems.first();
    }
    const bool fargate = capacity.isEmpty() ? m_launchType->currentText() == QLatin1String("FARGATE")
                                            : Api::CapacityProvider::isFargateName(capacity.first().capacityProvider);
    if (fargate && commaList(m_subnets).isEmpty())
        return tr("Fargate tasks need at least one subnet.");
    return {};
}

Api::RunTaskRequest RunTaskDialog::request() const
{
    Api::RunTaskRequest request;
    request.taskDefinition = m_taskDefinition->currentText().trimmed();
    request.count = m_count->value();
    request.capacityProviderStrategy = m_capacity->strategy();
    if (request.capacityProviderStrategy.isEmpty())
        request.launchType = m_launchType->currentText();
    QList<Api::KeyValuePair> environment;
    int badLine = 0;
    parseEnvironment(m_environment->toPlainText(), &environment, &badLine);
    const QStringList command = m_command->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!command.isEmpty() || !environment.isEmpty())
        request.containerOverrides = { Api::ContainerOverride { m_container->text().trimmed(), command, environment } };
    request.networkConfiguration = networkOf(m_subnets, m_securityGroups);
    request.placementStrategy = strategyOf(m_strategy);
    request.placementConstraints = constraintOf(m_constraint);
    return request;
}

CreateServiceDialog::CreateServiceDialog(const QStringList& taskDefinitions, QWidget* parent)
    : ActionDialog(parent)
    , m_name(new QLineEdit(this))
    , m_taskDefinition(new QComboBox(this))
    , m_launchType(launchTypes(this))
    , m_desired(new QSpinBox(this))
    , m_minimum(new QSpinBox(this))
    , m_maximum(new QSpinBox(this))
    , m_subnets(new QLineEdit(this))
    , m_securityGroups(new QLineEdit(this))
    , m_strategy(strategies(this))
    , m_constraint(new QLineEdit(this))
{
    setWindowTitle(tr("New Service"));
    offerTaskDefinitions(m_taskDefinition, taskDefinitions);
    m_desired->setRange(0, 100000);
    m_desired->setValue(1);
    m_minimum->setRange(0, 100);
    m_minimum->setValue(100);
    m_minimum->setSuffix(QStringLiteral(" %"));
    m_maximum->setRange(100, 200);
    m_maximum->setValue(200);
    m_maximum->setSuffix(QStringLiteral(" %"));
    m_subnets->setPlaceholderText(tr("subnet-1, subnet-2 (awsvpc / Fargate)"));
    m_securityGroups->setPlaceholderText(tr("sg-1, sg-2"));
    m_constraint->setPlaceholderText(tr("distinctInstance or a memberOf expression"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Task definition:"), m_taskDefinition);
    form->addRow(tr("&Launch type:"), m_launchType);
    form->addRow(tr("&Desired count:"), m_desired);
    form->addRow(tr("M&inimum healthy:"), m_minimum);
    form->addRow(tr("M&aximum:"), m_maximum);
    form->addRow(tr("S&ubnets:"), m_subnets);
    form->addRow(tr("Security &groups:"), m_securityGroups);
    form->addRow(tr("Placement &strategy:"), m_strategy);
    form->addRow(tr("Placement co&nstraint:"), m_constraint);
    connect(m_name, &QLineEdit::textChanged, this, &CreateServiceDialog::revalidate);
    connect(m_taskDefinition, &QComboBox::currentTextChanged, this, &CreateServiceDialog::revalidate);
    connect(m_launchType, &QComboBox::currentTextChanged, this, &CreateServiceDialog::revalidate);
    connect(m_subnets, &QLineEdit::textChanged, this, &CreateServiceDialog::revalidate);
    finishLayout(form);
}

void CreateServiceDialog::selectTaskDefinition(const QString& taskDefinition)
{
    selectIn(m_taskDefinition, taskDefinition);
}

QString CreateServiceDialog::validate() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter a service name.");
    if (!ecsName().match(m_name->text().trimmed()).hasMatch())
        return tr("A service name has up to 255 letters, digits, hyphens and underscores.");
    if (m_taskDefinition->currentText().trimmed().isEmpty())
        return tr("Choose a task definition.");
    if (m_launchType->currentText() == QLatin1String("FARGATE") && commaList(m_subnets).isEmpty())
        return tr("Fargate services need at least one subnet.");
    return {};
}

Api::CreateServiceRequest CreateServiceDialog::request() const
{
    Api::CreateServiceRequest request;
    request.serviceName = m_name->text().trimmed();
    request.taskDefinition = m_taskDefinition->currentText().trimmed();
    request.launchType = m_launchType->currentText();
    request.desiredCount = m_desired->value();
    request.deploymentConfiguration = Api::DeploymentConfiguration { m_minimum->value(), m_maximum->value() };
    request.networkConfiguration = networkOf(m_subnets, m_securityGroups);
    request.placementStrategy = strategyOf(m_strategy);
    request.placementConstraints = constraintOf(m_constraint);
    return request;
}

} // namespace EcsDesk::Ui
