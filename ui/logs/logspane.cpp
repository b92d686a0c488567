// SPDX-License-Identifier: MIT
#include "ui/logs/logspane.h"

#include "api/ecs/ecsclient.h"
#include "api/logs/logsclient.h"
#include "models/logs/logfollower.h"
#include "models/logs/logsourceresolver.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

namespace {
    /// Paints the lines LogModel marks with HighlightRole (search matches) in the pane's highlight
    /// colour: the model says which lines match, the pane chooses how they look.
    class LogLineDelegate : public QStyledItemDelegate {
    public:
        using QStyledItemDelegate::QStyledItemDelegate;

    protected:
        void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
        {
            QStyledItemDelegate::initStyleOption(option, index);
            if (index.data(Models::LogModel::HighlightRole).toBool())
                option->backgroundBrush = LogsPane::highlightColour(option->palette);
        }
    };
} // namespace

QColor LogsPane::highlightColour(const QPalette& palette)
{
    // A marker yellow that keeps the text readable on light and on dark palettes.
    return palette.color(QPalette::Base).lightness() >= 128 ? QColor(255, 240, 150) : QColor(105, 90, 20);
}

LogsPane::LogsPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("logsPane"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    layout->addLayout(bar);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("logsFilter"));
    m_filter->setAccessibleName(tr("Filter pattern"));
    m_filter->setPlaceholderText(tr("Filter pattern (CloudWatch syntax: ERROR, \"exact phrase\", ?a ?b) — Enter"));
    m_filter->setClearButtonEnabled(true);
    m_follow = new QCheckBox(tr("Follow"), this);
    auto* utc = new QCheckBox(tr("UTC"), this);
    auto* older = new QPushButton(tr("Load older"), this);
    auto* save = new QPushButton(tr("Save…"), this);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_follow);
    bar->addWidget(utc);
    bar->addWidget(older);
    bar->addWidget(save);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("logsMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Log events"));
    m_view->setModel(&m_model);
    m_view->setItemDelegate(new LogLineDelegate(m_view));
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setVisible(false);
    // Uniform rows: the view never measures 100,000 lines.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(Models::LogModel::TimeColumn,
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000  ")));
    m_view->setColumnWidth(Models::LogModel::SourceColumn, 180);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::returnPressed, this, [this] { search(m_filter->text()); });
    connect(m_follow, &QCheckBox::toggled, this, &LogsPane::setFollowing);
    connect(utc, &QCheckBox::toggled, &m_model, &Models::LogModel::setUtc);
    connect(older, &QPushButton::clicked, this, &LogsPane::loadOlder);
    connect(save, &QPushButton::clicked, this, &LogsPane::saveToFile);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && m_model.rowCount() > 0 && m_filter->text().isEmpty())
            loadOlder();
    });
    // Follow: keep the newest line in view while following and at the bottom.
    // A merged batch inserts several runs: scroll once, after the last of them.
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int first) {
        if (!m_follow->isChecked() || first == 0 || m_scrollPending)
            return;
        m_scrollPending = true;
        QTimer::singleShot(0, this, [this] {
            m_scrollPending = false;
            m_view->scrollToBottom();
        });
    });
    auto* copy = new QShortcut(QKeySequence::Copy, m_view);
    connect(copy, &QShortcut::activated, this, &LogsPane::copySelection);
}

LogsPane::~LogsPane() = default;

QString LogsPane::problemText() const { return m_problems.join(QLatin1Char('\n')); }

void LogsPane::showError(const QString& message)
{
    if (!m_problems.contains(message))
        m_problems.append(message);
    updateMessage();
}

void LogsPane::updateMessage()
{
    QStringList lines = m_problems;
    if (m_noEventsYet && m_model.rowCount() == 0 && m_filter->text().isEmpty())
        lines.append(tr("No log events yet"));
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setVisible(!lines.isEmpty());
}

void LogsPane::setContext(const Api::LogsClient* logs, const Api::EcsClient* ecs, const QString& cluster,
    const QString& service, const QStringList& tasks)
{
    m_logs = logs;
    m_ecs = ecs;
    m_followers.clear();
    m_search.reset();
    m_model.clear();
    m_problems.clear();
    m_noEventsYet = false;
    m_message->setVisible(false);
    m_sources.clear();
    if (!ecs || !logs)
        return;
    m_resolver = std::make_unique<Models::LogSourceResolver>(ecs);
    connect(
        m_resolver.get(), &Models::LogSourceResolver::finished, this, [this](const QList<Models::LogSource>& sources) {
            m_sources = sources;
            if (sources.isEmpty())
                showError(tr("No running tasks."));
            else
                startFollowing();
            Q_EMIT sourcesResolved();
        });
    connect(m_resolver.get(), &Models::LogSourceResolver::failed, this, [this](const Api::AwsError& error) {
        showError(tr("Could not find the tasks' logs: %1").arg(error.toString()));
        Q_EMIT sourcesResolved();
    });
    m_resolver->resolve(cluster, service, tasks);
}

void LogsPane::setSources(const Api::LogsClient* logs, const QList<Models::LogSource>& sources)
{
    m_logs = logs;
    m_followers.clear();
    m_search.reset();
    m_model.clear();
    m_problems.clear();
    m_noEventsYet = false;
    updateMessage();
    m_sources = sources;
    startFollowing();
    Q_EMIT sourcesResolved();
}

void LogsPane::startFollowing()
{
    m_followers.clear();
    for (const Models::LogSource& source : std::as_const(m_sources)) {
        if (!source.readable()) {
            showError(source.problem);
            continue;
        }
        const int index = m_model.sourceIndex(source.container + QLatin1Char('/') + source.taskId.left(8));
        auto follower = std::make_unique<Models::LogStreamFollower>(m_logs, source.group, source.stream);
        connect(follower.get(), &Models::LogStreamFollower::appended, this,
            [this, index](const QList<Api::LogEvent>& events) { addEvents(index, events, false); });
        connect(follower.get(), &Models::LogStreamFollower::prepended, this,
            [this, index](const QList<Api::LogEvent>& events) { addEvents(index, events, true); });
        connect(follower.get(), &Models::LogStreamFollower::failed, this, [this, source](const Api::AwsError& error) {
            showError(tr("%1: %2").arg(source.stream, error.toString()));
        });
        auto noEvents = [this] {
            m_noEventsYet = true;
            updateMessage();
        };
        connect(follower.get(), &Models::LogStreamFollower::missing, this, noEvents);
        connect(follower.get(), &Models::LogStreamFollower::polled, this, [noEvents](int events) {
            if (events == 0)
                noEvents();
        });
        follower->start();
        follower->setFollowing(m_follow->isChecked());
        m_followers.push_back(std::move(follower));
    }
    if (m_sources.isEmpty())
        showError(tr("The task definition has no containers."));
}

void LogsPane::addEvents(int source, const QList<Api::LogEvent>& events, bool older)
{
    if (!m_filter->text().isEmpty())
        return; // showing search results
    QList<Models::LogLine> lines;
    lines.reserve(events.size());
    for (const Api::LogEvent& e : events)
        lines.append({ e.timestamp.toMSecsSinceEpoch(), source, e.message });
    // Streams interleave: the batch is merged by time into what is shown, run by run (no re-sort,
    // no reset, so the selection and the scroll position stay).
    m_model.merge(std::move(lines), older);
    if (m_noEventsYet)
        updateMessage();
}

void LogsPane::setFollowing(bool follow)
{
    if (m_follow->isChecked() != follow)
        m_follow->setChecked(follow);
    for (const auto& follower : m_followers)
        follower->setFollowing(follow);
}

void LogsPane::loadOlder()
{
    for (const auto& follower : m_followers)
        follower->loadOlder();
}

void LogsPane::search(const QString& pattern)
{
    if (m_filter->text() != pattern)
        m_filter->setText(pattern);
    m_model.setHighlight(pattern.trimmed().remove(QLatin1Char('"')));
    if (pattern.isEmpty()) {
        m_search.reset();
        m_model.clear();
        startFollowing();
        return;
    }
    for (const auto& follower : m_followers)
        follower->setFollowing(false);
    m_search = std::make_unique<Models::LogSearch>(m_logs);
    QHash<QString, QStringList> streamsByGroup;
    for (const Models::LogSource& source : std::as_const(m_sources))
        if (source.readable())
            streamsByGroup[source.group].append(source.stream);
    m_model.clear();
    if (streamsByGroup.isEmpty()) {
        Q_EMIT searchFinished(0);
        return;
    }
    // One group at a time (FilterLogEvents takes up to 100 streams of one group).
    auto groups = std::make_shared<QStringList>(streamsByGroup.keys());
    auto found = std::make_shared<int>(0);
    auto runNext = std::make_shared<std::function<void()>>();
    *runNext = [this, groups, streamsByGroup, pattern, found, runNext] {
        if (groups->isEmpty()) {
            Q_EMIT searchFinished(*found);
            return;
        }
        const QString group = groups->takeFirst();
        disconnect(m_search.get(), nullptr, this, nullptr);
        connect(m_search.get(), &Models::LogSearch::finished, this,
            [this, found, runNext](const QList<Api::LogEvent>& events) {
                QList<Models::LogLine> lines;
                for (const Api::LogEvent& e : events)
                    lines.append({ e.timestamp.toMSecsSinceEpoch(),
                        m_model.sourceIndex(e.logStreamName.section(QLatin1Char('/'), -2)), e.message });
                *found += int(lines.size());
                m_model.merge(std::move(lines)); // several log groups: keep one time order
                (*runNext)();
            });
        connect(m_search.get(), &Models::LogSearch::failed, this, [this](const Api::AwsError& error) {
            showError(tr("Search failed: %1").arg(error.toString()));
            Q_EMIT searchFinished(-1);
        });
        m_search->search(group, pattern, streamsByGroup.value(group).mid(0, 100));
    };
    (*runNext)();
}

void LogsPane::copySelection() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(m_model.text(rows));
}

void LogsPane::saveToFile()
{
    const QString name = QFileDialog::getSaveFileName(this, tr("Save log"), {}, tr("Log files (*.log *.txt)"));
    if (name.isEmpty())
        return;
    QString error;
    if (!m_model.save(name, &error))
        showError(tr("Could not save %1: %2").arg(name, error));
}

} // namespace EcsDesk::Ui
