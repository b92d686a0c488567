#pragma once

#include <Qt>

namespace EcsDesk::Models {

/// headerData() role of the pane models: a column's untranslated (English) name. `column:value`
/// filter terms accept it as well as the translated header, so "desired:3" works in every language.
inline constexpr int ColumnKeyRole = Qt::UserRole + 100;

/// data() role of the pane models: what an export (CSV) writes for a cell whose display is made
/// for reading rather than for tools, such as a timestamp shown as local time with its age (the
/// export gets ISO 8601 in UTC). Cells without it export their DisplayRole text.
inline constexpr int ExportRole = Qt::UserRole + 101;

} // namespace EcsDesk::Models
