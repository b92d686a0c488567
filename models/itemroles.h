#pragma once

#include <Qt>

namespace EcsDesk::Models {

/// headerData() role of the pane models: a column's untranslated (English) name. `column:value`
/// filter terms accept it as well as the translated header, so "desired:3" works in every language.
inline constexpr int ColumnKeyRole = Qt::UserRole + 100;

} // namespace EcsDesk::Models
