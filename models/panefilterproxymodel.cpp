// SPDX-License-Identifier: MIT
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

    /// The words of a header ("Family / revision" -> family, revision), lower case.
    QStringList words(const QString& header)
    {
        QStringList out;
        QString word;
        for (const QChar c : header.toLower()) {
            if (c.isLetterOrNumber()) {
                word.append(c);
            } else if (!word.isEmpty()) {
                out.append(word);
                word.clear();
            }
        }
        if (!word.isEmpty())
            out.append(word);
        return out;
    }

    /// Short names people type for a column, by the column's English name (ColumnKeyRole).
    struct Alias {
        QLatin1String alias;
        QLatin1String column;
    };
    constexpr Alias aliases[] = {
        { QLatin1String("status"), QLatin1String("laststatus") },
        { QLatin1String("state"), QLatin1String("laststatus") },
        { QLatin1String("state"), QLatin1String("status") },
        { QLatin1String("id"), QLatin1String("task") },
        { QLatin1String("td"), QLatin1String("taskdefinition") },
        { QLatin1String("taskdef"), QLatin1String("taskdefinition") },
        { QLatin1String("family"), QLatin1String("family/revision") },
        { QLatin1String("az"), QLatin1String("zone") },
        { QLatin1String("mem"), QLatin1String("memory") },
        { QLatin1String("instances"), QLatin1String("containerinstances") },
    };
} // namespace

PaneFilterProxyModel::PaneFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true); // a matching revision keeps its family visible
}

QStringList PaneFilterProxyModel::columnNames() const
{
    QStringList names;
    if (!sourceModel())
        return names;
    for (int column = 0; column < sourceModel()->columnCount(); ++column)
        names.append(sourceModel()->headerData(column, Qt::Horizontal).toString());
    return names;
}

int PaneFilterProxyModel::columnForName(const QString& typed, QList<int>* candidates) const
{
    if (candidates)
        candidates->clear();
    if (!sourceModel())
        return -1;
    const QString name = normalized(typed);
    if (name.isEmpty())
        return -1;
    const int columns = sourceModel()->columnCount();
    // Both names of each column: as shown (maybe translated) and English.
    QList<QStringList> names(columns);
    for (int column = 0; column < columns; ++column) {
        names[column].append(sourceModel()->headerData(column, Qt::Horizontal).toString());
        const QString key = sourceModel()->headerData(column, Qt::Horizontal, ColumnKeyRole).toString();
        if (!key.isEmpty() && key != names[column].first())
            names[column].append(key);
    }
    const auto find = [&](auto&& fits) {
        QList<int> found;
        for (int column = 0; column < columns; ++column) {
            for (const QString& header : std::as_const(names[column])) {
                if (fits(header)) {
                    found.append(column);
                    break;
                }
            }
        }
        return found;
    };
    // The whole name, then an alias, then a prefix of the name, then a prefix of one of its words.
    QList<int> found = find([&](const QString& header) { return normalized(header) == name; });
    if (found.isEmpty()) {
        for (const Alias& alias : aliases) {
            if (alias.alias != name)
                continue;
            found = find([&](const QString& header) { return normalized(header) == alias.column; });
            if (!found.isEmpty())
                break;
        }
    }
    if (found.isEmpty())
        found = find([&](const QString& header) { return normalized(header).startsWith(name); });
    if (found.isEmpty()) {
        found = find([&](const QString& header) {
            const QStringList parts = words(header);
            return std::any_of(
                parts.cbegin(), parts.cend(), [&](const QString& word) { return word.startsWith(name); });
        });
    }
    if (found.size() == 1)
        return found.first();
    if (candidates)
        *candidates = found;
    return -1;
}

void PaneFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms.clear();
    m_problems.clear();
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        Term term;
        term.text = word;
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        if (colon > 0 && sourceModel()) {
            QList<int> candidates;
            const int column = columnForName(word.left(colon), &candidates);
            if (column >= 0) {
                term.column = column;
                term.text = word.mid(colon + 1);
                if (term.text.startsWith(QLatin1Char('='))) {
                    term.exact = true;
                    term.text.remove(0, 1);
                }
            } else {
                m_problems.append({ word.left(colon), candidates }); // searched as text, e.g. an ARN
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
            const QString cell = model->index(sourceRow, term.column, sourceParent).data(m_textRole).toString();
            matched = term.exact ? cell.compare(term.text, Qt::CaseInsensitive) == 0
                                 : cell.contains(term.text, Qt::CaseInsensitive);
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
