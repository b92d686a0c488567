// SPDX-License-Identifier: MIT
#include "ui/capacity/capacitypane.h"

#include "api/cloudwatch/cloudwatchclient.h"
#include "api/core/awstransport.h"
#include "api/core/replyguard.h"
#include "api/ecs/ecsclient.h"
#include "api/ecs/requests.h"
#include "models/capacity/capacitystrategy.h"
#include "models/metrics/metricseriesmodel.h"
#include "ui/capacity/strategyeditor.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace EcsDesk::Ui {

namespace {
    const QString reservationNamespace = QStringLiteral("AWS/ECS/ManagedScaling");
    const QString reservationMetric = QStringLiteral("CapacityProviderReservation");
    constexpr int chartHours = 3;
    constexpr int chartPeriod = 60;

    QString providerType(const Api::CapacityProvider& provider)
    {
        if (provider.name == QLatin1String("FARGATE"))
            return CapacityPane::tr("Fargate");
        if (provider.name == QLatin1String("FARGATE_SPOT"))
            return CapacityPane::tr("Fargate Spot");
        return CapacityPane::tr("Auto Scaling group");
    }
} // namespace

CapacityPane::CapacityPane(QWidget* parent)
    : QWidget(parent)
    , m_replies(new Api::ReplyGuard(this))
    , m_reservation(new Models::MetricSeriesModel(this))
    , m_summary(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_editor(new StrategyEditor(this))
    , m_choices(new QListWidget(this))
    , m_applyStrategy(new QPushButton(tr("&Apply Strategy"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
    , m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setInterval(30000);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible() && m_ecs && m_pending == 0 && !m_applying)
            reload();
    });
    m_summary->setObjectName(QStringLiteral("capacitySummary"));
    m_summary->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("capacityStatus"));
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("capacityProviders"));
    m_table->setAccessibleName(tr("Capacity providers"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({ tr("Provider"), tr("Type"), tr("Status"), tr("Group"), tr("Desired"), tr("Minimum"),
        tr("Maximum"), tr("In service"), tr("Managed scaling"), tr("Termination protection") });
    m_table->header()->setStretchLastSection(true);
    m_applyStrategy->setObjectName(QStringLiteral("applyStrategy"));
    m_refresh->setObjectName(QStringLiteral("capacityRefresh"));

    m_chart->setTitle(tr("Capacity provider reservation (%)"));
    m_chart->setMargins(QMargins(4, 4, 8, 2));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(7);
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setRange(0, 100);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_chartView->setObjectName(QStringLiteral("reservationChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(160);

    m_choices->setObjectName(QStringLiteral("clusterProviderChoices"));
    m_choices->setAccessibleName(tr("Capacity providers of the cluster"));
    m_choices->setFlow(QListView::LeftToRight);
    m_choices->setWrapping(true);
    m_choices->setMaximumHeight(m_choices->fontMetrics().height() * 3 + 8);
    auto* strategyBox = new QGroupBox(tr("Capacity providers and default strategy"), this);
    auto* strategyLayout = new QVBoxLayout(strategyBox);
    strategyLayout->addWidget(m_choices);
    strategyLayout->addWidget(m_editor);
    auto* strategyButtons = new QHBoxLayout;
    strategyButtons->addStretch();
    strategyButtons->addWidget(m_applyStrategy);
    strategyLayout->addLayout(strategyButtons);

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh);

    auto* upper = new QWidget(this);
    auto* upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_table, 1);
    upperLayout->addWidget(strategyBox);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(m_chartView);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &CapacityPane::reload);
    connect(m_applyStrategy, &QPushButton::clicked, this, &CapacityPane::applyStrategy);
    connect(m_editor, &StrategyEditor::changed, this, &CapacityPane::updateEnabled);
    connect(m_choices, &QListWidget::itemChanged, this, [this] {
        m_editor->setAvailableProviders(chosenProviders());
        updateEnabled();
    });
    connect(m_reservation, &QAbstractItemModel::modelReset, this, &CapacityPane::drawChart);
    display();
}

CapacityPane::~CapacityPane() = default;

void CapacityPane::setContext(const Api::EcsClient* ecs, const Api::AutoScalingGroupsClient* groups,
    const Api::CloudWatchClient* cloudWatch, const QString& cluster)
{
    m_ecs = ecs;
    m_groupsClient = groups;
    m_cloudWatch = cloudWatch;
    m_cluster = cluster;
    m_applying = false;
    load(true, false);
    if (ecs)
        m_refreshTimer->start();
    else
        m_refreshTimer->stop();
}

void CapacityPane::setRefreshInterval(int milliseconds) { m_refreshTimer->setInterval(milliseconds); }

bool CapacityPane::hasUnsavedEdits() const
{
    return !m_shown.arn.isEmpty()
        && (m_editor->strategy() != m_shown.defaultCapacityProviderStrategy
            || (m_choices->count() > 0 && chosenProviders() != m_shown.capacityProviders));
}

void CapacityPane::reload() { load(m_shown.arn.isEmpty(), hasUnsavedEdits()); }

void CapacityPane::load(bool clear, bool keepEdits)
{
    m_replies->invalidate();
    m_keepEdits = keepEdits;
    m_accountProviders.clear();
    m_errors.clear();
    m_pending = 0;
    if (clear) {
        m_shown = {};
        m_providers.clear();
        m_groups.clear();
        m_reservation->setSeries({}, chartPeriod);
        const QSignalBlocker blocker(m_choices);
        m_choices->clear();
    }
    display();
    if (!m_ecs || m_cluster.isEmpty())
        return;
    if (clear)
        m_status->setText(tr("Loading…"));
    ++m_pending;
    m_replies->watch(
        m_ecs->describeClusters({ m_cluster }, { QStringLiteral("SETTINGS") }), this,
        [this](Api::AwsReply* reply) {
            const QJsonArray clusters = reply->json().value(QLatin1String("clusters")).toArray();
            if (clusters.isEmpty()) {
                m_shown = {};
                m_providers.clear();
                addError(tr("The cluster %1 was not found.").arg(m_cluster));
            } else {
                m_shown = Api::Cluster::fromJson(clusters.first().toObject());
                if (!m_keepEdits) {
                    m_editor->setAvailableProviders(m_shown.capacityProviders);
                    m_editor->setStrategy(m_shown.defaultCapacityProviderStrategy);
                }
                loadProviders();
                loadAccountProviders({});
            }
            display();
            finishOne();
        },
        [this](const QString& error) {
            addError(error);
            finishOne();
        });
}

void CapacityPane::loadProviders()
{
    if (m_shown.capacityProviders.isEmpty()) {
        m_providers.clear();
        return;
    }
    ++m_pending;
    m_replies->watch(
        m_ecs->describeCapacityProvidersTyped(m_shown.capacityProviders), this,
        [this](Api::AwsReply* reply) {
            const auto page = reply->takeDecoded<Api::CapacityProvidersPage>();
            m_providers = page.providers;
            // In the cluster's order.
            std::stable_sort(m_providers.begin(), m_providers.end(),
                [this](const Api::CapacityProvider& a, const Api::CapacityProvider& b) {
                    return m_shown.capacityProviders.indexOf(a.name) < m_shown.capacityProviders.indexOf(b.name);
                });
            for (const Api::Failure& failure : page.failures)
                addError(tr("%1: %2").arg(failure.arn, failure.reason));
            loadGroups();
            loadReservation();
            display();
            finishOne();
        },
        [this](const QString& error) {
            addError(error);
            finishOne();
        });
}

void CapacityPane::loadAccountProviders(const QString& nextToken)
{
    ++m_pending;
    m_replies->watch(
        m_ecs->describeCapacityProvidersTyped({}, nextToken), this,
        [this](Api::AwsReply* reply) {
            const auto page = reply->takeDecoded<Api::CapacityProvidersPage>();
            for (const Api::CapacityProvider& provider : page.providers) {
                if (provider.status != QLatin1String("INACTIVE") && !m_accountProviders.contains(provider.name))
                    m_accountProviders.append(provider.name);
            }
            if (!page.nextToken.isEmpty())
                loadAccountProviders(page.nextToken);
            else
                showChoices();
            finishOne();
        },
        [this](const QString& error) {
            addError(tr("The account's capacity providers: %1").arg(error));
            showChoices();
            finishOne();
        });
}

void CapacityPane::showChoices()
{
    const QStringList checked = m_keepEdits ? chosenProviders() : m_shown.capacityProviders;
    const QSignalBlocker blocker(m_choices);
    m_choices->clear();
    QStringList names = m_shown.capacityProviders;
    for (const QString& name : std::as_const(m_accountProviders)) {
        if (!names.contains(name))
            names.append(name);
    }
    for (const QString& name : std::as_const(names)) {
        auto* item = new QListWidgetItem(name, m_choices);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    updateEnabled();
}

QStringList CapacityPane::chosenProviders() const
{
    QStringList chosen;
    for (int row = 0; row < m_choices->count(); ++row) {
        if (m_choices->item(row)->checkState() == Qt::Checked)
            chosen.append(m_choices->item(row)->text());
    }
    return chosen;
}

void CapacityPane::loadGroups()
{
    QStringList names;
    for (const Api::CapacityProvider& provider : std::as_const(m_providers)) {
        if (!provider.autoScalingGroupArn.isEmpty())
            names.append(provider.autoScalingGroupName());
    }
    if (names.isEmpty() || !m_groupsClient)
        return;
    for (qsizetype i = 0; i < names.size(); i += Api::AutoScalingGroupsClient::maxGroupNames) {
        ++m_pending;
        m_replies->watch(
            m_groupsClient->describeAutoScalingGroups(names.mid(i, Api::AutoScalingGroupsClient::maxGroupNames)), this,
            [this](Api::AwsReply* reply) {
                const auto page = Api::AutoScalingGroupsClient::parseDescribeAutoScalingGroups(reply->body());
                if (!page.ok()) {
                    addError(page.error->message);
                } else {
                    for (const Api::AutoScalingGroup& group : page.value.groups)
                        m_groups.insert(group.name, group);
                }
                display();
                finishOne();
            },
            [this](const QString& error) {
                addError(tr("Auto Scaling groups: %1").arg(error));
                finishOne();
            });
    }
}

void CapacityPane::loadReservation()
{
    if (!m_cloudWatch)
        return;
    QList<Api::MetricDataQuery> queries;
    for (const Api::CapacityProvider& provider : std::as_const(m_providers)) {
        if (provider.autoScalingGroupArn.isEmpty())
            continue;
        Api::MetricDataQuery query;
        query.id = QStringLiteral("r%1").arg(queries.size());
        query.metricNamespace = reservationNamespace;
        query.metricName = reservationMetric;
        query.dimensions = { { QStringLiteral("ClusterName"), m_shown.name },
            { QStringLiteral("CapacityProviderName"), provider.name } };
        query.period = chartPeriod;
        query.stat = QStringLiteral("Average");
        query.label = provider.name;
        queries.append(query);
    }
    if (queries.isEmpty())
        return;
    const QDateTime end = QDateTime::currentDateTimeUtc();
    ++m_pending;
    m_replies->watch(
        m_cloudWatch->getMetricData(queries, end.addSecs(-3600 * chartHours), end), this,
        [this, queries](Api::AwsReply* reply) {
            const auto data = Api::CloudWatchClient::parseMetricData(reply->body());
            if (!data.ok()) {
                addError(data.error->message);
            } else {
                QList<Models::MetricSeries> series;
                for (const Api::MetricDataResult& result : data.value.results) {
                    Models::MetricSeries one;
                    one.id = result.id;
                    one.label = result.label;
                    for (const Api::MetricDataQuery& query : queries) {
                        if (query.id == result.id)
                            one.label = query.label;
                    }
                    // GetMetricData answers newest first unless asked otherwise: sort by time.
                    QList<std::pair<qint64, double>> points;
                    for (qsizetype i = 0; i < result.timestamps.size() && i < result.values.size(); ++i)
                        points.append({ result.timestamps[i].toMSecsSinceEpoch(), result.values[i] });
                    std::sort(points.begin(), points.end());
                    for (const auto& [at, value] : points) {
                        one.timestamps.append(at);
                        one.values.append(value);
                    }
                    series.append(one);
                }
                m_reservation->setSeries(series, chartPeriod);
            }
            finishOne();
        },
        [this](const QString& error) {
            addError(tr("Capacity provider reservation: %1").arg(error));
            finishOne();
        });
}

void CapacityPane::display()
{
    m_table->clear();
    QList<QTreeWidgetItem*> items;
    for (const Api::CapacityProvider& provider : std::as_const(m_providers)) {
        QStringList cells(ProviderColumnCount);
        QStringList instances; // the group's instances, one a line, for the In service tooltip
        cells[NameColumn] = provider.name;
        cells[TypeColumn] = providerType(provider);
        cells[StatusColumn] = provider.updateStatus.isEmpty()
            ? provider.status
            : tr("%1 (%2)").arg(provider.status, provider.updateStatus);
        if (!provider.autoScalingGroupArn.isEmpty()) {
            const QString groupName = provider.autoScalingGroupName();
            cells[GroupColumn] = groupName;
            const auto group = m_groups.constFind(groupName);
            if (group != m_groups.cend()) {
                cells[DesiredColumn] = QString::number(group->desiredCapacity);
                cells[MinimumColumn] = QString::number(group->minSize);
                cells[MaximumColumn] = QString::number(group->maxSize);
                cells[InServiceColumn] = tr("%1 of %2").arg(group->inServiceCount()).arg(group->instances.size());
                for (const Api::AutoScalingInstance& instance : group->instances) {
                    instances.append(tr("%1 (%2, %3): %4")
                                         .arg(instance.instanceId, instance.instanceType, instance.availabilityZone,
                                             instance.lifecycleState));
                }
            }
            cells[ManagedScalingColumn] = provider.managedScaling.status == QLatin1String("ENABLED")
                ? tr("Enabled, target %1%").arg(provider.managedScaling.targetCapacity)
                : tr("Disabled");
            cells[TerminationProtectionColumn]
                = provider.managedTerminationProtection == QLatin1String("ENABLED") ? tr("Enabled") : tr("Disabled");
        }
        auto* item = new QTreeWidgetItem(cells);
        item->setToolTip(NameColumn, provider.arn);
        item->setToolTip(GroupColumn, provider.autoScalingGroupArn);
        item->setToolTip(InServiceColumn, instances.join(QLatin1Char('\n')));
        for (int column : { DesiredColumn, MinimumColumn, MaximumColumn, InServiceColumn })
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    m_table->addTopLevelItems(items);
    for (int column = 0; column < ProviderColumnCount - 1; ++column)
        m_table->resizeColumnToContents(column);

    if (m_shown.arn.isEmpty()) {
        m_summary->clear();
    } else if (m_shown.capacityProviders.isEmpty()) {
        m_summary->setText(
            tr("The cluster %1 has no capacity providers: its tasks use a launch type.").arg(m_shown.name));
    } else {
        const QString strategy = Models::CapacityStrategy::describe(m_shown.defaultCapacityProviderStrategy);
        m_summary->setText(
            strategy.isEmpty() ? tr("Default strategy: none.") : tr("Default strategy: %1.").arg(strategy));
    }
    const bool anyGroup = std::any_of(m_providers.begin(), m_providers.end(),
        [](const Api::CapacityProvider& p) { return !p.autoScalingGroupArn.isEmpty(); });
    m_chartView->setVisible(anyGroup);
    updateEnabled();
}

void CapacityPane::drawChart()
{
    m_chart->removeAllSeries();
    qint64 first = 0, last = 0;
    for (int column = 0; column < m_reservation->columnCount(); ++column) {
        const Models::MetricSeries& series = m_reservation->series().at(column);
        auto* line = new QLineSeries;
        line->setName(series.label);
        const QList<QList<QPointF>> runs = m_reservation->segments(column);
        for (const QList<QPointF>& run : runs) {
            for (const QPointF& point : run)
                line->append(point);
        }
        if (!series.timestamps.isEmpty()) {
            first = first == 0 ? series.timestamps.first() : std::min(first, series.timestamps.first());
            last = std::max(last, series.timestamps.last());
        }
        m_chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_valueAxis);
    }
    const QDateTime end = QDateTime::currentDateTime();
    m_timeAxis->setRange(end.addSecs(-3600 * chartHours), end);
    double top = 100;
    for (const Models::MetricSeries& series : m_reservation->series()) {
        for (double value : series.values)
            top = std::max(top, value);
    }
    m_valueAxis->setRange(0, std::ceil(top / 25) * 25);
}

void CapacityPane::applyStrategy()
{
    if (!m_ecs || m_shown.arn.isEmpty() || !m_editor->isValid())
        return;
    Api::PutClusterCapacityProvidersRequest request;
    request.cluster = m_shown.arn;
    request.capacityProviders = chosenProviders();
    request.defaultCapacityProviderStrategy = m_editor->strategy();
    m_applyStrategy->setEnabled(false);
    m_applying = true;
    m_status->setText(tr("Applying the capacity providers and the default strategy…"));
    m_replies->watch(
        m_ecs->putClusterCapacityProviders(request), this,
        [this](Api::AwsReply*) {
            m_applying = false;
            load(false, false);
        },
        [this](const QString& error) {
            m_applying = false;
            m_status->setText(tr("The capacity providers and strategy were not applied: %1").arg(error));
            updateEnabled();
        });
}

void CapacityPane::updateEnabled()
{
    const bool changed = m_editor->strategy() != m_shown.defaultCapacityProviderStrategy
        || (m_choices->count() > 0 && chosenProviders() != m_shown.capacityProviders);
    m_applyStrategy->setEnabled(!m_readOnly && m_ecs && !m_shown.arn.isEmpty() && changed && m_editor->isValid());
    m_editor->setEnabled(!m_shown.arn.isEmpty());
    m_choices->setEnabled(!m_shown.arn.isEmpty() && !m_readOnly);
    m_refresh->setEnabled(m_ecs != nullptr);
}

void CapacityPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
    updateEnabled();
}

QString CapacityPane::statusText() const { return m_status->text(); }

void CapacityPane::addError(const QString& text)
{
    if (!m_errors.contains(text))
        m_errors.append(text);
}

void CapacityPane::finishOne()
{
    if (--m_pending > 0)
        return;
    m_status->setText(m_errors.join(QLatin1Char('\n')));
    Q_EMIT refreshed();
}

} // namespace EcsDesk::Ui
