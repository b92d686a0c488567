// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemroles.h"

#include <QJsonObject>
#include <QModelIndex>

namespace EcsDesk::Models {

/// The contract of a pane model beyond QAbstractItemModel: the roles of models/itemroles.h
/// (SortRole, ArnRole, FilterRole, ColumnKeyRole, ExportRole) and the server's JSON of a row, which
/// a pane copies (Copy JSON) and exports (Export JSON). A pane model derives from a Qt item model
/// first and from this interface second; Ui::PaneWidget takes any such model.
class PaneModel {
public:
    virtual ~PaneModel() = default;
    /// The server's object behind the row of `index` (a cluster, service, task, ...) as ECS sent
    /// it; empty for an invalid index or a row without one (a task definition family).
    virtual QJsonObject rawJson(const QModelIndex& index) const = 0;
};

} // namespace EcsDesk::Models
