// SPDX-License-Identifier: MIT
#include "ui/editor/revisiondiffview.h"

#include "ui/fulltextdelegate.h"

#include "ui/editor/taskdefinitioneditor.h"

#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTreeWidget>

namespace EcsDesk::Ui {

// The editor's parts translate in the editor's context (TaskDefinitionEditor::tr), where their
// strings have always been and are translated.

namespace {

    /// A changed value as one line: scalars plainly, objects and arrays as compact JSON.
    QString changeText(const QJsonValue& value)
    {
        if (value.isObject())
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        if (value.isArray())
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toDouble());
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return {};
    }

} // namespace

RevisionDiffView::RevisionDiffView(QWidget* parent)
    : QTabWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels(
        { TaskDefinitionEditor::tr("Path"), TaskDefinitionEditor::tr("Before"), TaskDefinitionEditor::tr("After") });
    m_tree->setRootIsDecorated(false);
    makeTextReadable(m_tree); // a cut path or value shows whole in its tooltip
    m_tree->setAccessibleName(TaskDefinitionEditor::tr("Differences side by side"));
    addTab(m_tree, TaskDefinitionEditor::tr("Side by side"));
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_text->setFont(mono);
    m_text->setAccessibleName(TaskDefinitionEditor::tr("Differences as unified text"));
    addTab(m_text, TaskDefinitionEditor::tr("Unified"));
}

void RevisionDiffView::showChanges(
    const QList<Models::TaskDefinitionChange>& changes, const QString& before, const QString& after)
{
    m_changes = changes;
    m_tree->clear();
    m_tree->setHeaderLabels({ TaskDefinitionEditor::tr("Path"), before, after });
    for (const Models::TaskDefinitionChange& change : changes) {
        // An image shows by tag and digest where ECR knows it: a moved tag is a change too.
        const bool image = m_describeImage && change.path.endsWith(QLatin1String(".image"));
        auto cell = [&](const QJsonValue& value) {
            const QString text = changeText(value);
            const QString described = image && value.isString() ? m_describeImage(text) : QString();
            return described.isEmpty() ? text : TaskDefinitionEditor::tr("%1 (%2)").arg(text, described);
        };
        auto* item = new QTreeWidgetItem(m_tree, { change.path, cell(change.oldValue), cell(change.newValue) });
        const QColor colour = change.kind == Models::TaskDefinitionChange::Kind::Added ? QColor(200, 230, 201)
            : change.kind == Models::TaskDefinitionChange::Kind::Removed               ? QColor(255, 205, 210)
                                                                                       : QColor(255, 243, 196);
        for (int column = 0; column < 3; ++column)
            item->setBackground(column, colour);
    }
    fitColumnsToContents(m_tree); // Path and Before wide enough for their text and headers
    m_text->setPlainText(Models::TaskDefinitionDiff::toUnifiedText(changes, before, after));
}

} // namespace EcsDesk::Ui
