#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when a layer includes what the design forbids: models/ has no Widgets, api/ knows no models
# or widgets, local/ never includes ui/ or models/, ui/ never includes local/ (the embedded endpoint
# is run by host/, and ui/ talks to it through an Api::Connection like to any other endpoint).
set -euo pipefail
cd "$(dirname "$0")/../.."
bad=0
check() { # folder, pattern, why
    local hits
    hits=$(grep -rnE "$2" "$1" --include='*.h' --include='*.cpp' || true)
    if [ -n "$hits" ]; then
        echo "layering: $3"
        echo "$hits"
        bad=1
    fi
}
widgets='#include <(QtWidgets/|QWidget|QMainWindow|QDialog|QAbstractButton|QPushButton|QLabel|QTreeView|QTableView|QApplication|QStyledItemDelegate|QUndoView)'
check models "$widgets|#include \"ui/" "models/ must not use Qt Widgets or ui/"
check models '#include <(QtGui/|QColor|QBrush|QFont|QIcon|QPixmap|QImage|QPalette|QPainter|QGuiApplication)' \
    "models/ has no colours, fonts or images: a model gives a role, ui/ maps it to the palette (Qt Gui is linked for QUndoStack only)"
check api "$widgets|#include \"(ui|models|local)/|QAbstractItemModel" "api/ must not use widgets, item models, ui/, models/ or local/"
check rules '#include "(api|models|local|ui|app)/|#include <Qt(Gui|Widgets|Network|Sql)' "rules/ must include nothing of ours and only Qt Core"
check local "$widgets|#include \"(ui|models)/" "local/ must not include ui/ or models/"
check ui "#include \"local/" "ui/ must not include local/ (host/ runs the embedded endpoint)"
check host "$widgets|#include \"(ui|models)/" "host/ must not use widgets, ui/ or models/"
grep -q "Qt6::Widgets" models/CMakeLists.txt api/CMakeLists.txt local/CMakeLists.txt rules/CMakeLists.txt host/CMakeLists.txt && { echo "layering: a core layer links Qt6::Widgets"; bad=1; }
[ "$bad" -eq 0 ] && echo "check-layers: ok"
exit "$bad"
