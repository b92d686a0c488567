// SPDX-License-Identifier: MIT
#include "models/taskdef/taskdefinitiondocument.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUndoCommand>

namespace EcsDesk::Models {

/// One edit of the document: the value at `path` goes from `before` to `after` (Undefined meaning
/// absent). Array element edits record the whole array, so undo restores it exactly.
class JsonEditCommand : public QUndoCommand {
public:
    static constexpr int MergeableSetId = 0x7d01;

    JsonEditCommand(TaskDefinitionDocument* document, JsonPath path, QJsonValue before, QJsonValue after,
        const QString& text, bool mergeable)
        : QUndoCommand(text)
        , m_document(document)
        , m_path(std::move(path))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeable(mergeable)
    {
    }

    void redo() override { m_document->apply(m_path, m_after); }
    void undo() override { m_document->apply(m_path, m_before); }
    int id() const override { return m_mergeable ? MergeableSetId : -1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* edit = static_cast<const JsonEditCommand*>(other);
        if (edit->m_path != m_path)
            return false;
        m_after = edit->m_after;
        // Typed back to where it started: the merged step does nothing and leaves the stack.
        setObsolete(m_after == m_before);
        return true;
    }

private:
    TaskDefinitionDocument* m_document;
    JsonPath m_path;
    QJsonValue m_before;
    QJsonValue m_after;
    bool m_mergeable;
};

namespace {

    const QString kContainerDefinitions = QStringLiteral("containerDefinitions");
} // namespace

TaskDefinitionDocument::TaskDefinitionDocument(QObject* parent)
    : QObject(parent)
{
}

TaskDefinitionDocument::~TaskDefinitionDocument()
{
    // The commands point back at this document; drop them before the members go.
    m_undoStack.clear();
}

TaskDefinitionImport TaskDefinitionDocument::load(const QByteArray& text)
{
    TaskDefinitionImport result = TaskDefinitionJson::parse(text);
    if (result.ok)
        setDefinition(result.definition);
    return result;
}

TaskDefinitionImport TaskDefinitionDocument::loadFile(const QString& fileName)
{
    TaskDefinitionImport result = TaskDefinitionJson::readFile(fileName);
    if (result.ok)
        setDefinition(result.definition);
    return result;
}

QList<ValidationIssue> TaskDefinitionDocument::validate() const
{
    return TaskDefinitionValidator::validate(m_definition);
}

void TaskDefinitionDocument::setDefinition(const QJsonObject& definition)
{
    m_undoStack.clear();
    m_definition = definition;
    m_undoStack.setClean();
    Q_EMIT reset();
}

QByteArray TaskDefinitionDocument::toJson() const { return TaskDefinitionJson::toJson(m_definition); }

void TaskDefinitionDocument::apply(const JsonPath& path, const QJsonValue& value)
{
    QJsonValue root(m_definition);
    const bool done = value.isUndefined() ? path.removeFrom(root) : path.setIn(root, value);
    if (!done)
        return;
    m_definition = root.toObject();
    Q_EMIT changed(path);
}

bool TaskDefinitionDocument::pushEdit(
    const JsonPath& path, const QJsonValue& after, const QString& text, bool mergeable)
{
    const QJsonValue before = path.valueIn(m_definition);
    if (before == after)
        return true;
    // Check that the edit fits before it becomes an undo step.
    QJsonValue probe(m_definition);
    const bool fits = after.isUndefined() ? path.removeFrom(probe) : path.setIn(probe, after);
    // The root is replaced only by a whole definition (the JSON pane's edit).
    if (!fits || (path.isEmpty() && !after.isObject()))
        return false;
    m_undoStack.push(new JsonEditCommand(this, path, before, after, text, mergeable));
    return true;
}

TaskDefinitionImport TaskDefinitionDocument::applyText(const QByteArray& text)
{
    TaskDefinitionImport result = TaskDefinitionJson::parse(text);
    if (result.ok)
        pushEdit(JsonPath(), result.definition, tr("Edit JSON"), false);
    return result;
}

QStringList TaskDefinitionDocument::containerNames() const
{
    QStringList names;
    const QJsonArray containers = m_definition.value(kContainerDefinitions).toArray();
    for (const QJsonValue& container : containers)
        names.append(container.toObject().value(QLatin1String("name")).toString());
    return names;
}

QJsonValue TaskDefinitionDocument::value(const JsonPath& path) const { return path.valueIn(m_definition); }

bool TaskDefinitionDocument::setValue(const JsonPath& path, const QJsonValue& value)
{
    return pushEdit(path, value, tr("Set %1").arg(path.toString()), true);
}

bool TaskDefinitionDocument::removeValue(const JsonPath& path)
{
    if (path.valueIn(m_definition).isUndefined())
        return false;
    return pushEdit(path, QJsonValue(QJsonValue::Undefined), tr("Remove %1").arg(path.toString()), false);
}

bool TaskDefinitionDocument::insertElement(const JsonPath& arrayPath, int index, const QJsonValue& value)
{
    const QJsonValue current = arrayPath.valueIn(m_definition);
    if (!(current.isArray() || current.isUndefined()))
        return false;
    QJsonArray array = current.toArray();
    if (index < 0 || index > array.size())
        return false;
    array.insert(index, value);
    return pushEdit(arrayPath, array, tr("Add to %1").arg(arrayPath.toString()), false);
}

bool TaskDefinitionDocument::appendElement(const JsonPath& arrayPath, const QJsonValue& value)
{
    return insertElement(arrayPath, int(arrayPath.valueIn(m_definition).toArray().size()), value);
}

bool TaskDefinitionDocument::removeElement(const JsonPath& arrayPath, int index)
{
    const QJsonValue current = arrayPath.valueIn(m_definition);
    QJsonArray array = current.toArray();
    if (!current.isArray() || index < 0 || index >= array.size())
        return false;
    array.removeAt(index);
    return pushEdit(arrayPath, array, tr("Remove from %1").arg(arrayPath.toString()), false);
}

bool TaskDefinitionDocument::moveElement(const JsonPath& arrayPath, int from, int to)
{
    const QJsonValue current = arrayPath.valueIn(m_definition);
    QJsonArray array = current.toArray();
    if (!current.isArray() || from < 0 || from >= array.size() || to < 0 || to >= array.size())
        return false;
    if (from == to)
        return true;
    const QJsonValue moved = array.takeAt(from);
    array.insert(to, moved);
    return pushEdit(arrayPath, array, tr("Reorder %1").arg(arrayPath.toString()), false);
}

QString TaskDefinitionDocument::stringAt(const QString& key) const
{
    const QJsonValue v = m_definition.value(key);
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.toString();
}

void TaskDefinitionDocument::setStringAt(const QString& key, const QString& value)
{
    const JsonPath path = JsonPath().key(key);
    if (value.isEmpty())
        removeValue(path);
    else
        setValue(path, value);
}

QString TaskDefinitionDocument::family() const { return stringAt(QStringLiteral("family")); }
void TaskDefinitionDocument::setFamily(const QString& family) { setStringAt(QStringLiteral("family"), family); }
QString TaskDefinitionDocument::networkMode() const { return stringAt(QStringLiteral("networkMode")); }
void TaskDefinitionDocument::setNetworkMode(const QString& mode) { setStringAt(QStringLiteral("networkMode"), mode); }
QString TaskDefinitionDocument::taskCpu() const { return stringAt(QStringLiteral("cpu")); }
void TaskDefinitionDocument::setTaskCpu(const QString& cpu) { setStringAt(QStringLiteral("cpu"), cpu); }
QString TaskDefinitionDocument::taskMemory() const { return stringAt(QStringLiteral("memory")); }

QStringList TaskDefinitionDocument::requiresCompatibilities() const
{
    QStringList list;
    const QJsonArray array = m_definition.value(QLatin1String("requiresCompatibilities")).toArray();
    for (const QJsonValue& v : array)
        list.append(v.toString());
    return list;
}

void TaskDefinitionDocument::setRequiresCompatibilities(const QStringList& compatibilities)
{
    setValue(JsonPath().key(QStringLiteral("requiresCompatibilities")), QJsonArray::fromStringList(compatibilities));
}

JsonPath TaskDefinitionDocument::containersPath() { return JsonPath().key(kContainerDefinitions); }
JsonPath TaskDefinitionDocument::containerPath(int index) { return containersPath().index(index); }

int TaskDefinitionDocument::containerCount() const
{
    return int(m_definition.value(kContainerDefinitions).toArray().size());
}

QJsonObject TaskDefinitionDocument::container(int index) const
{
    return m_definition.value(kContainerDefinitions).toArray().at(index).toObject();
}

QString TaskDefinitionDocument::containerName(int index) const
{
    return container(index).value(QLatin1String("name")).toString();
}

int TaskDefinitionDocument::containerIndex(const QString& name) const
{
    const QJsonArray containers = m_definition.value(kContainerDefinitions).toArray();
    for (qsizetype i = 0; i < containers.size(); ++i) {
        if (containers.at(i).toObject().value(QLatin1String("name")).toString() == name)
            return int(i);
    }
    return -1;
}

int TaskDefinitionDocument::addContainer(const QString& name, const QString& image)
{
    QJsonObject container { { QStringLiteral("name"), name }, { QStringLiteral("image"), image },
        { QStringLiteral("essential"), true } };
    const int index = containerCount();
    return insertElement(containersPath(), index, container) ? index : -1;
}

int TaskDefinitionDocument::duplicateContainer(int index)
{
    if (index < 0 || index >= containerCount())
        return -1;
    QJsonObject copy = container(index);
    const QString base = copy.value(QLatin1String("name")).toString() + QLatin1String("-copy");
    QString name = base;
    for (int n = 2; containerIndex(name) >= 0; ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    copy.insert(QStringLiteral("name"), name);
    return insertElement(containersPath(), index + 1, copy) ? index + 1 : -1;
}

bool TaskDefinitionDocument::removeContainer(int index) { return removeElement(containersPath(), index); }
bool TaskDefinitionDocument::moveContainer(int from, int to) { return moveElement(containersPath(), from, to); }

bool TaskDefinitionDocument::setContainerField(int index, const QString& field, const QJsonValue& value)
{
    if (index < 0 || index >= containerCount())
        return false;
    const JsonPath path = containerPath(index).key(field);
    return value.isUndefined() ? removeValue(path) : setValue(path, value);
}

QString TaskDefinitionDocument::containerImage(int index) const
{
    return container(index).value(QLatin1String("image")).toString();
}

bool TaskDefinitionDocument::setContainerImage(int index, const QString& image)
{
    return setContainerField(index, QStringLiteral("image"), image);
}

std::optional<int> TaskDefinitionDocument::containerInteger(int index, const QString& field) const
{
    const QJsonValue value = container(index).value(field);
    if (!value.isDouble())
        return std::nullopt;
    return value.toInt();
}

bool TaskDefinitionDocument::setContainerInteger(int index, const QString& field, std::optional<int> value)
{
    if (!value && !container(index).contains(field))
        return index >= 0 && index < containerCount();
    return setContainerField(index, field, value ? QJsonValue(*value) : QJsonValue(QJsonValue::Undefined));
}

std::optional<int> TaskDefinitionDocument::containerMemory(int index) const
{
    return containerInteger(index, QStringLiteral("memory"));
}

bool TaskDefinitionDocument::setContainerMemory(int index, std::optional<int> mebibytes)
{
    return setContainerInteger(index, QStringLiteral("memory"), mebibytes);
}

std::optional<int> TaskDefinitionDocument::containerMemoryReservation(int index) const
{
    return containerInteger(index, QStringLiteral("memoryReservation"));
}

bool TaskDefinitionDocument::setContainerMemoryReservation(int index, std::optional<int> mebibytes)
{
    return setContainerInteger(index, QStringLiteral("memoryReservation"), mebibytes);
}

bool TaskDefinitionDocument::setEnvironmentVariable(int container, const QString& name, const QString& value)
{
    if (container < 0 || container >= containerCount())
        return false;
    const JsonPath environment = containerPath(container).key(QStringLiteral("environment"));
    const QJsonArray entries = environment.valueIn(m_definition).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toObject().value(QLatin1String("name")).toString() == name)
            return setValue(environment.index(int(i)).key(QStringLiteral("value")), value);
    }
    return appendElement(
        environment, QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } });
}

bool TaskDefinitionDocument::removeEnvironmentVariable(int container, const QString& name)
{
    const JsonPath environment = containerPath(container).key(QStringLiteral("environment"));
    const QJsonArray entries = environment.valueIn(m_definition).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toObject().value(QLatin1String("name")).toString() == name)
            return removeElement(environment, int(i));
    }
    return false;
}

} // namespace EcsDesk::Models
