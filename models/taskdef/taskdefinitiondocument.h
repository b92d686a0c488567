// SPDX-License-Identifier: MIT
#pragma once

#include "models/taskdef/jsonpath.h"
#include "models/taskdef/taskdefinitionjson.h"
#include "models/taskdef/taskdefinitionvalidator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUndoStack>

#include <optional>

namespace EcsDesk::Models {

/// The one document behind the task definition editor: the definition as JSON, every field kept
/// verbatim (including ones newer than this code), edited only through undo commands on its
/// QUndoStack. The form and the JSON pane both bind to it: each edit emits changed(path) with
/// the path of the value that changed, and reset() follows loading another definition.
class TaskDefinitionDocument : public QObject {
    Q_OBJECT
public:
    explicit TaskDefinitionDocument(QObject* parent = nullptr);
    ~TaskDefinitionDocument() override;

    /// Imports text (bare or DescribeTaskDefinition output). On success replaces the document,
    /// clears the undo history and emits reset(); on failure leaves it untouched.
    TaskDefinitionImport load(const QByteArray& text);
    /// Like load(), from a file.
    TaskDefinitionImport loadFile(const QString& fileName);
    /// The JSON pane's edit: replaces the whole definition with the definition in `text` (bare or
    /// wrapped) as one undo step, emitting changed() with the root path. On a syntax error nothing
    /// changes and the result says where the error is.
    TaskDefinitionImport applyText(const QByteArray& text);
    /// Replaces the document with `definition` (as is), clears the undo history, emits reset().
    void setDefinition(const QJsonObject& definition);

    /// The definition as edited.
    const QJsonObject& definition() const { return m_definition; }
    /// The registrable form (read-only fields dropped), indented JSON.
    QByteArray toJson() const;
    /// Runs the validator on the document as it is now (cheap: well under a millisecond for
    /// ordinary definitions, so a form may call it after each changed()).
    QList<ValidationIssue> validate() const;

    QUndoStack* undoStack() { return &m_undoStack; }
    bool isModified() const { return !m_undoStack.isClean(); }

    // Generic edits by path; each pushes one undo command and returns false (pushing nothing)
    // when the path does not fit the document.
    QJsonValue value(const JsonPath& path) const;
    /// Sets (or with an Undefined value removes) the value at `path`. Consecutive sets of the same
    /// path merge into one undo step, so typing in a field undoes as one edit.
    bool setValue(const JsonPath& path, const QJsonValue& value);
    bool removeValue(const JsonPath& path);
    bool insertElement(const JsonPath& arrayPath, int index, const QJsonValue& value);
    bool appendElement(const JsonPath& arrayPath, const QJsonValue& value);
    bool removeElement(const JsonPath& arrayPath, int index);
    bool moveElement(const JsonPath& arrayPath, int from, int to);

    // Typed accessors for code that edits by meaning rather than by path (benchmarks, tests, the
    // form's Fargate size choices). The editor's form binds every field by JsonPath instead (see
    // Ui::TaskDefinitionForm): it also writes text a typed setter cannot hold ("12x" in a number
    // field) so that the validator can explain it.
    QString family() const;
    void setFamily(const QString& family);
    QString networkMode() const;
    void setNetworkMode(const QString& mode);
    QString taskCpu() const; ///< as written ("1024", "1 vCPU"); numbers become text
    void setTaskCpu(const QString& cpu);
    QString taskMemory() const;
    QStringList requiresCompatibilities() const;
    void setRequiresCompatibilities(const QStringList& compatibilities);

    static JsonPath containersPath();
    static JsonPath containerPath(int index);
    int containerCount() const;
    QJsonObject container(int index) const;
    QString containerName(int index) const;
    QStringList containerNames() const;
    int containerIndex(const QString& name) const; ///< -1 when there is none
    /// Appends a container (essential) and returns its index.
    int addContainer(const QString& name, const QString& image);
    /// Inserts a copy after `index` named "<name>-copy" (made unique); returns its index or -1.
    int duplicateContainer(int index);
    bool removeContainer(int index);
    bool moveContainer(int from, int to);
    /// Sets one field of a container (Undefined removes it).
    bool setContainerField(int index, const QString& field, const QJsonValue& value);

    // Typed container fields; an empty optional means "not set" (the field is left out).
    QString containerImage(int index) const;
    bool setContainerImage(int index, const QString& image);
    std::optional<int> containerMemory(int index) const;
    bool setContainerMemory(int index, std::optional<int> mebibytes);
    std::optional<int> containerMemoryReservation(int index) const;
    bool setContainerMemoryReservation(int index, std::optional<int> mebibytes);

    /// Sets an environment variable: replaces the value of an existing entry or appends one.
    bool setEnvironmentVariable(int container, const QString& name, const QString& value);
    bool removeEnvironmentVariable(int container, const QString& name);

Q_SIGNALS:
    /// A value changed. `path` is the edited value, or the array for element insert/remove/move.
    void changed(const EcsDesk::Models::JsonPath& path);
    /// The whole document was replaced.
    void reset();

private:
    friend class JsonEditCommand;
    // Writes `value` (Undefined: removes) at `path` without undo; used by the commands.
    void apply(const JsonPath& path, const QJsonValue& value);
    bool pushEdit(const JsonPath& path, const QJsonValue& after, const QString& text, bool mergeable);
    QString stringAt(const QString& key) const;
    std::optional<int> containerInteger(int index, const QString& field) const;
    bool setContainerInteger(int index, const QString& field, std::optional<int> value);
    void setStringAt(const QString& key, const QString& value);

    QJsonObject m_definition;
    QUndoStack m_undoStack;
};

} // namespace EcsDesk::Models
