// SPDX-License-Identifier: MIT
#pragma once

#include "models/taskdef/jsonpath.h"
#include "models/taskdef/taskdefinitionvalidator.h"
#include "ui/editor/jsonarraytablemodel.h"

#include <QPointer>
#include <QTabWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace EcsDesk::Models {
class TaskDefinitionDocument;
}

namespace EcsDesk::Ui {

/// The task definition editor's form: a Task tab (family, launch types, sizes, roles, volumes,
/// ...) and a Containers tab (the container list and one container's fields on sub-tabs). Each
/// field is bound to a path in the TaskDefinitionDocument: edits go through the document (so they
/// are undoable and show in the JSON pane) and refresh() writes the document back into the fields.
/// Validation messages show under the field they concern.
class TaskDefinitionForm : public QTabWidget {
    Q_OBJECT
public:
    explicit TaskDefinitionForm(Models::TaskDefinitionDocument* document, QWidget* parent = nullptr);
    ~TaskDefinitionForm() override;

    /// The region "Use awslogs with defaults" writes (us-east-1 when empty).
    void setDefaultRegion(const QString& region) { m_defaultRegion = region; }

    int currentContainer() const { return m_currentContainer; }
    /// Shows container `index` (the first one when out of range); emits currentContainerChanged().
    void setCurrentContainer(int index);
    /// Selects the container a path such as "containerDefinitions[1].image" points into.
    void selectContainerOf(const QString& path);

    /// Writes the document's values into the fields, the container list and stale tables.
    void refresh();
    /// Marks the fields and table cells that `issues` concern (border, message line, tooltip).
    void showIssues(const QList<Models::ValidationIssue>& issues);

    /// The field (or table) bound to `path`, shown on its tab; nullptr when the form has none.
    QWidget* fieldWidget(const QString& path);
    /// The message shown next to the field bound to `path` ("" when it has none).
    QString fieldMessage(const QString& path);
    /// The container image field (the editor attaches its ECR image picker to it).
    QLineEdit* imageEdit() const { return m_imageEdit; }

Q_SIGNALS:
    /// Another container is shown: the editor refreshes the form, JSON pane and problems.
    void currentContainerChanged(int index);

protected:
    /// Lets Ctrl+Z / Ctrl+Shift+Z in a field reach the window's Undo / Redo (the document's undo
    /// stack) instead of the field's own text undo, which would leave the document behind.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class FieldKind { Text, Integer, StringList, IntegerText, KeyValues };
    struct FieldBinding {
        QWidget* widget = nullptr;
        QLabel* message = nullptr;
        std::function<Models::JsonPath()> path;
        FieldKind kind = FieldKind::Text;
        bool containerScoped = false;
    };
    using PathFunction = std::function<Models::JsonPath()>;

    QWidget* buildTaskPage();
    QWidget* buildContainersTab();
    QWidget* buildContainerPage();
    void addGeneralPage(QTabWidget* tabs);
    void addPortsAndEnvironmentPages(QTabWidget* tabs);
    void addLoggingPage(QTabWidget* tabs);
    void addHealthAndAdvancedPages(QTabWidget* tabs);
    void nameFieldsAfterLabels();
    QWidget* field(QLineEdit* edit, PathFunction path, FieldKind kind, bool containerScoped);
    QWidget* field(QComboBox* combo, PathFunction path, FieldKind kind, bool containerScoped);
    QWidget* check(QCheckBox* box, PathFunction path, bool whenMissing, bool containerScoped);
    QWidget* table(JsonArrayTableModel* model);
    QWidget* taskTable(const QString& key, QList<JsonArrayTableModel::Column> columns);
    QWidget* containerTable(const QString& key, QList<JsonArrayTableModel::Column> columns);
    PathFunction containerPathOf(const QString& relative);
    Models::JsonPath containerField(const QString& relative) const;
    void writeField(const FieldBinding& binding, const QString& text);
    void fillAwslogsDefaults();
    void setCompatibility(const QString& name, bool on);
    void onDocumentChanged(const Models::JsonPath& path);
    void onDocumentReset();
    void refreshContainerList();
    void refreshFargateChoices();
    void refreshBinding(const FieldBinding& binding);
    void markTablesStale();

    QPointer<Models::TaskDefinitionDocument> m_document;
    QString m_defaultRegion;
    int m_currentContainer = -1;
    bool m_refreshing = false;
    QList<FieldBinding> m_bindings;
    QList<JsonArrayTableModel*> m_tables;
    QList<QTableView*> m_tableViews;
    QListWidget* m_containerList = nullptr;
    QWidget* m_containerPage = nullptr;
    QLineEdit* m_imageEdit = nullptr;
    QComboBox* m_cpuCombo = nullptr;
    QComboBox* m_memoryCombo = nullptr;
    QCheckBox* m_compatEc2 = nullptr;
    QCheckBox* m_compatFargate = nullptr;
    QCheckBox* m_compatExternal = nullptr;
};

} // namespace EcsDesk::Ui
