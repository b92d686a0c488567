// SPDX-License-Identifier: MIT
// The editor's tables and its differences view in German, where headers are long: every column
// starts wide enough for its header ("Container-Stammverzeichnis", not "-Stammverzeich"), and the
// differences' Path and Before columns for their text.

#include "ui/editor/revisiondiffview.h"
#include "ui/editor/taskdefinitioneditor.h"

#include "translations/translator.h"

#include <QApplication>
#include <QHeaderView>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace EcsDesk;

namespace {

const QByteArray definition = R"({
    "family": "web",
    "networkMode": "bridge",
    "volumes": [{"name": "data", "host": {"sourcePath": "/srv/data"}}],
    "containerDefinitions": [
        {"name": "web", "image": "nginx:1.25", "essential": true, "memory": 256,
         "mountPoints": [{"sourceVolume": "data", "containerPath": "/usr/share/nginx/html"}],
         "portMappings": [{"containerPort": 80, "hostPort": 8080}]}
    ]
})";

/// As main() does: the catalogue is installed before the widgets are built.
struct German {
    German() { I18n::installTranslators(*qApp, QStringLiteral("de")); }
    ~German()
    {
        for (QTranslator* translator : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
};

/// The headers of `header` that are narrower than their text (the stretched last one follows the view).
QStringList cutHeaders(const QHeaderView* header)
{
    QStringList cut;
    const QAbstractItemModel* model = header->model();
    const int last = header->count() - 1;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) || (header->stretchLastSection() && section == last))
            continue;
        const QString text = model->headerData(section, Qt::Horizontal).toString();
        if (header->sectionSize(section) < header->fontMetrics().horizontalAdvance(text))
            cut << QStringLiteral("%1 (%2 px)").arg(text).arg(header->sectionSize(section));
    }
    return cut;
}

} // namespace

TEST(EditorColumns, EveryTableHeaderIsReadableInGerman)
{
    German german;
    QTemporaryDir dir;
    Ui::TaskDefinitionEditorContext context;
    context.recoveryDir = dir.filePath(QStringLiteral("recovery"));
    Ui::TaskDefinitionEditor editor(nullptr, context);
    ASSERT_TRUE(editor.openDocument(definition));
    editor.resize(1280, 800);
    editor.show();
    QApplication::processEvents();
    const QList<QTableView*> tables = editor.findChildren<QTableView*>();
    ASSERT_FALSE(tables.isEmpty());
    for (const QTableView* table : tables) {
        EXPECT_TRUE(cutHeaders(table->horizontalHeader()).isEmpty())
            << table->accessibleName().toStdString() << ": "
            << cutHeaders(table->horizontalHeader()).join(QStringLiteral(", ")).toStdString();
    }
}

TEST(EditorColumns, TheDifferencesShowPathAndBeforeWhole)
{
    German german;
    Ui::RevisionDiffView view;
    view.resize(900, 300);
    view.show();
    Models::TaskDefinitionChange change;
    change.path = QStringLiteral("containerDefinitions[web].environment[DATABASE_CONNECTION_POOL_SIZE].value");
    change.oldValue = QStringLiteral("postgres://reader@db.internal.example.com:5432/orders");
    change.newValue = QStringLiteral("postgres://reader@db-2.internal.example.com:5432/orders");
    view.showChanges({ change }, QStringLiteral("web:41"), QStringLiteral("web:42"));
    QApplication::processEvents();
    auto* tree = view.findChild<QTreeWidget*>();
    ASSERT_NE(tree, nullptr);
    EXPECT_TRUE(cutHeaders(tree->header()).isEmpty())
        << cutHeaders(tree->header()).join(QStringLiteral(", ")).toStdString();
    // Path and Before are as wide as their text, up to a third of the view each (a longer text shows
    // whole in the tooltip); the default 100 px cut both.
    const auto wantedWidth
        = [&](const QString& text) { return std::min(tree->fontMetrics().horizontalAdvance(text), 200); };
    EXPECT_GE(tree->columnWidth(0), wantedWidth(change.path));
    EXPECT_GE(tree->columnWidth(1), wantedWidth(change.oldValue.toString()));
}
