#include "models/panefilterproxymodel.h"

#include "models/itemroles.h"

#include <algorithm>

namespace EcsDesk::Models {

namespace {
    QString normalized(QString header)
    {
        header.remove(QLatin1Char(' '));
        return header.toLower();
    }
} // namespace

PaneFilterProxyModel::PaneFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true); // a matching revision keeps its family visible
}

void PaneFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms.clear();
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        Term term;
        term.text = word;
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        if (colon > 0 && sourceModel()) {
            const QString name = normalized(word.left(colon));
            for (int column = 0; column < sourceModel()->columnCount(); ++column) {
                const QString shown = sourceModel()->headerData(column, Qt::Horizontal).toString();
                const QString key = sourceModel()->headerData(column, Qt::Horizontal, ColumnKeyRole).toString();
                if (normalized(shown) == name || (!key.isEmpty() && normalized(key) == name)) {
                    term.column = column;
                    term.text = word.mid(colon + 1);
                    break;
                }
            }
        }
        m_terms.append(term);
    }
    invalidateFilter();
}

void PaneFilterProxyModel::setRequiredRole(int role, bool enabled)
{
    m_requiredRole = enabled ? role : -1;
    invalidateFilter();
}

bool PaneFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() != QMetaType::QString || b.typeId() != QMetaType::QString || isSortLocaleAware())
        return QSortFilterProxyModel::lessThan(left, right);
    const QString& x = *static_cast<const QString*>(a.constData());
    const QString& y = *static_cast<const QString*>(b.constData());
    // Characters equal as they are are equal folded too: only what follows them decides.
    const qsizetype shared = std::mismatch(x.cbegin(), x.cend(), y.cbegin(), y.cend()).first - x.cbegin();
    return QStringView(x).mid(shared).compare(QStringView(y).mid(shared), sortCaseSensitivity()) < 0;
}

bool PaneFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (m_requiredRole >= 0 && !model->index(sourceRow, 0, sourceParent).data(m_requiredRole).toBool())
        return false;
    const int columns = model->columnCount(sourceParent);
    for (const Term& term : m_terms) {
        bool matched = false;
        if (term.column >= 0) {
            matched = model->index(sourceRow, term.column, sourceParent)
                          .data(m_textRole)
                          .toString()
                          .contains(term.text, Qt::CaseInsensitive);
        } else {
            for (int column = 0; column < columns && !matched; ++column)
                matched = model->index(sourceRow, column, sourceParent)
                              .data(m_textRole)
                              .toString()
                              .contains(term.text, Qt::CaseInsensitive);
        }
        if (!matched)
            return false;
    }
    return true;
}

} // namespace EcsDesk::Models
