// SPDX-License-Identifier: MIT
#include "ui/panewidget.h"

#include "api/ecs/clustersnapshot.h"
#include "models/itemroles.h"
#include "models/panefilterproxymodel.h"
#include "ui/appsettings.h"
#include "ui/fulltextdelegate.h"
#include "ui/messagebar.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace EcsDesk::Ui {

PaneWidget::PaneWidget(
    const QString& name, QAbstractItemModel* model, const Models::PaneModel* paneModel, QWidget* parent)
    : QWidget(parent)
    , m_name(name)
    , m_model(model)
    , m_paneModel(paneModel)
    , m_proxy(new Models::PaneFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_filterTimer(new QTimer(this))
    , m_messageBar(new MessageBar(this))
    , m_filterRow(new QWidget(this))
    , m_filterHint(new QLabel(this))
    , m_count(new QLabel(this))
    , m_countTimer(new QTimer(this))
{
    setObjectName(name + QLatin1String("Pane"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(Models::SortRole);
    m_proxy->setTextRole(Models::FilterRole);

    m_view->setObjectName(name + QLatin1String("View"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    makeTextReadable(m_view);
    connect(m_view, &QWidget::customContextMenuRequested, this, &PaneWidget::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { Q_EMIT currentRowChanged(toSource(current).row()); });

    // The user's column widths and order from the last session; without them the columns fit their
    // contents when the first rows arrive (updateCount()).
    const QByteArray headerState = AppSettings::instance().paneHeaderState(m_name, m_model->columnCount());
    if (!headerState.isEmpty()) {
        m_fittingColumns = true;
        if (m_view->header()->restoreState(headerState)) {
            m_columnsFitted = true;
            m_view->sortByColumn(m_view->header()->sortIndicatorSection(), m_view->header()->sortIndicatorOrder());
        }
        m_fittingColumns = false;
    }
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int section) {
        const QHeaderView* header = m_view->header();
        if (!header->stretchLastSection() || section != header->count() - 1) // the stretched one follows the view
            saveHeaderState();
    });
    connect(m_view->header(), &QHeaderView::sectionMoved, this, &PaneWidget::saveHeaderState);

    m_filter->setObjectName(name + QLatin1String("Filter"));
    m_filter->setPlaceholderText(tr("Filter (text or column:value)"));
    m_filter->setClearButtonEnabled(true);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(300);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &PaneWidget::applyFilter);

    m_filterHint->setObjectName(name + QLatin1String("FilterHint"));
    m_filterHint->setWordWrap(true);
    m_filterHint->hide();
    m_count->setObjectName(name + QLatin1String("Count"));
    m_count->setEnabled(false); // secondary text
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0); // once per burst of model changes
    connect(m_countTimer, &QTimer::timeout, this, &PaneWidget::updateCount);
    for (const QAbstractItemModel* counted : { static_cast<QAbstractItemModel*>(m_proxy), m_model }) {
        connect(counted, &QAbstractItemModel::rowsInserted, m_countTimer, qOverload<>(&QTimer::start));
        connect(counted, &QAbstractItemModel::rowsRemoved, m_countTimer, qOverload<>(&QTimer::start));
        connect(counted, &QAbstractItemModel::modelReset, m_countTimer, qOverload<>(&QTimer::start));
        connect(counted, &QAbstractItemModel::layoutChanged, m_countTimer, qOverload<>(&QTimer::start));
    }
    updateCount();

    // Ages ("3 min ago") are worked out when a cell is painted: repaint the rows on show now and then
    // so they do not go stale, without touching the model (no re-filtering of 100,000 rows).
    auto* ageTimer = new QTimer(this);
    ageTimer->setObjectName(QStringLiteral("ageTimer"));
    ageTimer->setInterval(30 * 1000);
    connect(ageTimer, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));
    ageTimer->start();

    auto* filterLayout = new QHBoxLayout(m_filterRow);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    filterLayout->addWidget(m_filter, 1);
    filterLayout->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);
    layout->addWidget(m_filterRow);
    layout->addWidget(m_filterHint);
    layout->addWidget(m_view, 1);
    // The message bar is laid over the bottom of the table, not in the layout: showing it moves no row.
    m_messageBar->installEventFilter(this);
    m_view->installEventFilter(this);
}

bool PaneWidget::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_view && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        || (watched == m_messageBar && (event->type() == QEvent::Show || event->type() == QEvent::LayoutRequest)))
        placeMessageBar();
    return QWidget::eventFilter(watched, event);
}

void PaneWidget::placeMessageBar()
{
    if (m_messageBar->isHidden())
        return;
    const QRect table = m_view->geometry();
    const int width = table.width();
    const int height = std::min(table.height(),
        m_messageBar->hasHeightForWidth() ? m_messageBar->heightForWidth(width) : m_messageBar->sizeHint().height());
    m_messageBar->setGeometry(table.left(), table.bottom() + 1 - height, width, height);
    m_messageBar->raise();
}

void PaneWidget::applyFilter()
{
    m_proxy->setFilterText(m_filter->text());
    QStringList hints;
    const QStringList columns = m_proxy->columnNames();
    for (const Models::PaneFilterProxyModel::TermProblem& problem : m_proxy->problems()) {
        if (problem.candidates.isEmpty()) {
            hints.append(
                tr("\"%1\" is not a column; searched as text. Columns: %2.").arg(problem.name, columns.join(tr(", "))));
        } else {
            QStringList meant;
            for (int column : problem.candidates)
                meant.append(columns.value(column));
            hints.append(tr("\"%1\" could be %2; searched as text. Type more of the column name.")
                             .arg(problem.name, meant.join(tr(" or "))));
        }
    }
    m_filterHint->setText(hints.join(QLatin1Char('\n')));
    m_filterHint->setVisible(!hints.isEmpty());
    updateCount();
}

namespace {
    /// Rows without children (tasks, revisions; a grouping's or a family's own row does not count).
    int leafRows(const QAbstractItemModel* model, const QModelIndex& parent = {})
    {
        int count = 0;
        const int rows = model->rowCount(parent);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            count += model->hasChildren(index) ? leafRows(model, index) : 1;
        }
        return count;
    }
} // namespace

void PaneWidget::updateCount()
{
    m_countTimer->stop();
    const int shown = leafRows(m_proxy);
    const int total = m_proxy->sourceModel() ? leafRows(m_proxy->sourceModel()) : 0;
    m_count->setText(shown == total && m_proxy->filterText().trimmed().isEmpty()
            ? tr("%n row(s)", "", total)
            : tr("%1 of %2").arg(QLocale().toString(shown), QLocale().toString(total)));
    if (!m_columnsFitted && total > 0) {
        m_columnsFitted = true;
        m_fittingColumns = true;
        fitColumnsToContents(m_view);
        m_fittingColumns = false;
    }
}

void PaneWidget::saveHeaderState()
{
    if (m_fittingColumns || !m_columnsFitted)
        return;
    AppSettings::instance().savePaneHeaderState(m_name, m_model->columnCount(), m_view->header()->saveState());
}

void PaneWidget::addFilterRowWidget(QWidget* widget)
{
    auto* layout = static_cast<QHBoxLayout*>(m_filterRow->layout());
    layout->insertWidget(layout->indexOf(m_count), widget); // the count stays last
}

void PaneWidget::setGrouping(QAbstractProxyModel* grouping)
{
    if (grouping == m_grouping)
        return;
    for (const QMetaObject::Connection& connection : std::as_const(m_groupingConnections))
        disconnect(connection);
    m_groupingConnections.clear();
    m_grouping = grouping;
    const Qt::SortOrder order = m_view->header()->sortIndicatorOrder();
    const int column = m_view->header()->sortIndicatorSection();
    m_proxy->setSourceModel(grouping ? static_cast<QAbstractItemModel*>(grouping) : m_model);
    m_view->sortByColumn(column, order);
    m_view->setRootIsDecorated(grouping != nullptr);
    if (!grouping)
        return;
    // Group rows span the columns and start expanded; a group the user collapsed stays so across
    // refreshes (the view keeps that per row; only a reset, another cluster, forgets it).
    const auto decorate = [this](int first, int last) {
        for (int row = first; row <= last; ++row) {
            m_view->setFirstColumnSpanned(row, {}, true);
            m_view->expand(m_proxy->index(row, 0));
        }
    };
    decorate(0, m_proxy->rowCount() - 1);
    m_groupingConnections = {
        connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [decorate](const QModelIndex& parent, int first, int last) {
                if (!parent.isValid())
                    decorate(first, last);
            }),
        connect(
            m_proxy, &QAbstractItemModel::modelReset, this, [this, decorate] { decorate(0, m_proxy->rowCount() - 1); }),
    };
}

QModelIndex PaneWidget::toSource(const QModelIndex& proxyIndex) const
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    return m_grouping ? m_grouping->mapToSource(index) : index;
}

QModelIndex PaneWidget::fromSource(const QModelIndex& sourceIndex) const
{
    return m_proxy->mapFromSource(m_grouping ? m_grouping->mapFromSource(sourceIndex) : sourceIndex);
}

int PaneWidget::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? toSource(current).row() : -1;
}

QModelIndex PaneWidget::currentSourceIndex() const { return toSource(m_view->currentIndex()); }

QModelIndexList PaneWidget::selectedSourceIndexes() const
{
    QModelIndexList indexes;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        const QModelIndex source = toSource(index);
        if (source.isValid())
            indexes.append(source);
    }
    if (indexes.isEmpty() && currentSourceIndex().isValid())
        indexes.append(currentSourceIndex());
    return indexes;
}

QList<int> PaneWidget::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        const QModelIndex source = toSource(index);
        if (source.isValid())
            rows.append(source.row());
    }
    if (rows.isEmpty() && currentSourceRow() >= 0)
        rows.append(currentSourceRow());
    return rows;
}

QString PaneWidget::currentArn() const
{
    const QModelIndex current = currentSourceIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(Models::ArnRole).toString() : QString();
}

bool PaneWidget::selectArn(const QString& arn)
{
    const QModelIndexList found
        = m_model->match(m_model->index(0, 0), Models::ArnRole, arn, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    const QModelIndex index = fromSource(found.first());
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void PaneWidget::collectCsv(const QModelIndex& proxyParent, QStringList* lines) const
{
    QStringList fields;
    for (int row = 0; row < m_proxy->rowCount(proxyParent); ++row) {
        fields.clear();
        if (m_grouping && !toSource(m_proxy->index(row, 0, proxyParent)).isValid()) {
            collectCsv(m_proxy->index(row, 0, proxyParent), lines); // a group: its tasks are the rows
            continue;
        }
        for (int column = 0; column < m_proxy->columnCount(proxyParent); ++column) {
            // A cell shown for reading (a timestamp with its age) exports its ISO form.
            const QModelIndex cell = m_proxy->index(row, column, proxyParent);
            const QVariant exported = cell.data(Models::ExportRole);
            fields.append(Api::SnapshotExport::csvField((exported.isValid() ? exported : cell.data()).toString()));
        }
        fields.append(
            Api::SnapshotExport::csvField(m_proxy->index(row, 0, proxyParent).data(Models::ArnRole).toString()));
        lines->append(fields.join(QLatin1Char(',')));
        collectCsv(m_proxy->index(row, 0, proxyParent), lines);
    }
}

QByteArray PaneWidget::exportCsv() const
{
    QStringList lines;
    QStringList fields;
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        fields.append(Api::SnapshotExport::csvField(m_proxy->headerData(column, Qt::Horizontal).toString()));
    fields.append(QStringLiteral("arn"));
    lines.append(fields.join(QLatin1Char(',')));
    collectCsv({}, &lines);
    return lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n";
}

void PaneWidget::collectRows(const QModelIndex& proxyParent, QJsonArray* out) const
{
    for (int row = 0; row < m_proxy->rowCount(proxyParent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, proxyParent);
        const QJsonObject raw = m_paneModel->rawJson(toSource(index));
        if (!raw.isEmpty())
            out->append(raw);
        collectRows(index, out);
    }
}

void PaneWidget::exportToFile(ExportFormat format, QWidget* dialogParent)
{
    const bool json = format == ExportFormat::Json;
    const QString path = QFileDialog::getSaveFileName(
        dialogParent, tr("Export Pane"), {}, json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json ? exportJson() : exportCsv()) < 0) {
        messageBar()->showMessage(tr("Could not write %1: %2").arg(path, file.errorString()), MessageBar::Kind::Error);
        return;
    }
    messageBar()->showSuccess(tr("Exported %n row(s) to %1.", "", proxy()->rowCount()).arg(path));
}

QByteArray PaneWidget::exportJson() const
{
    QJsonArray rows;
    collectRows({}, &rows);
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

void PaneWidget::copyArn() const
{
    QStringList arns;
    for (const QModelIndex& index : selectedSourceIndexes())
        arns.append(index.siblingAtColumn(0).data(Models::ArnRole).toString());
    QApplication::clipboard()->setText(arns.join(QLatin1Char('\n')));
}

void PaneWidget::copyJson() const
{
    const QModelIndexList rows = selectedSourceIndexes();
    if (rows.size() == 1) {
        QApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(m_paneModel->rawJson(rows.first())).toJson(QJsonDocument::Indented)));
        return;
    }
    QJsonArray all;
    for (const QModelIndex& index : rows)
        all.append(m_paneModel->rawJson(index));
    QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)));
}

void PaneWidget::showContextMenu(const QPoint& pos)
{
    if (!m_view->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    for (QAction* action : std::as_const(m_contextActions))
        menu.addAction(action);
    if (!m_contextActions.isEmpty())
        menu.addSeparator();
    menu.addAction(tr("Copy &ARN"), this, &PaneWidget::copyArn);
    menu.addAction(tr("Copy &JSON"), this, &PaneWidget::copyJson);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace EcsDesk::Ui
