// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

namespace EcsDesk::Models {

// The roles every pane model (clusters, services, tasks, container instances, task definitions)
// answers, in one place so a pane widget, a proxy or a test reads them the same way from any of
// them. A model's own roles start at FirstModelRole.

/// data() role: the value a column sorts by (numbers, QDateTime), where DisplayRole is made for reading.
inline constexpr int SortRole = Qt::UserRole;
/// data() role of column 0: the row's ARN (Copy ARN, selection by ARN).
inline constexpr int ArnRole = Qt::UserRole + 1;
/// data() role: the text a filter term matches (what the cell shows, plus hidden words such as the
/// full ARN).
inline constexpr int FilterRole = Qt::UserRole + 2;
/// The first role a model may declare for itself (TaskModel::StoppedRole, ...).
inline constexpr int FirstModelRole = Qt::UserRole + 16;

/// headerData() role of the pane models: a column's untranslated (English) name. `column:value`
/// filter terms accept it as well as the translated header, so "desired:3" works in every language.
inline constexpr int ColumnKeyRole = Qt::UserRole + 100;

/// data() role of the pane models: what an export (CSV) writes for a cell whose display is made
/// for reading rather than for tools, such as a timestamp shown as local time with its age (the
/// export gets ISO 8601 in UTC). Cells without it export their DisplayRole text.
inline constexpr int ExportRole = Qt::UserRole + 101;

} // namespace EcsDesk::Models
