// SPDX-License-Identifier: MIT
#include "models/taskdef/taskdefinitiondiff.h"

#include "models/taskdef/jsonpath.h"
#include "models/taskdef/taskdefinitionjson.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace EcsDesk::Models {

QString TaskDefinitionChange::kindName() const
{
    switch (kind) {
    case Kind::Added:
        return u"added"_s;
    case Kind::Removed:
        return u"removed"_s;
    case Kind::Changed:
        break;
    }
    return u"changed"_s;
}

namespace {

    // How the elements of a list are matched between the two sides; by index when not listed.
    enum class ElementKey { None, Field, PortMapping };

    struct ListKey {
        ElementKey kind = ElementKey::None;
        QString field;
    };

    ListKey listKey(const QString& listName)
    {
        // A short table: a linear scan (length compared first) is cheaper than hashing the name.
        static const std::pair<QLatin1String, QLatin1String> byField[] = {
            { "containerDefinitions"_L1, "name"_L1 },
            { "environment"_L1, "name"_L1 },
            { "secrets"_L1, "name"_L1 },
            { "secretOptions"_L1, "name"_L1 },
            { "ulimits"_L1, "name"_L1 },
            { "volumes"_L1, "name"_L1 },
            { "properties"_L1, "name"_L1 },
            { "tags"_L1, "key"_L1 },
            { "dependsOn"_L1, "containerName"_L1 },
            { "volumesFrom"_L1, "sourceContainer"_L1 },
            { "mountPoints"_L1, "containerPath"_L1 },
            { "extraHosts"_L1, "hostname"_L1 },
            { "systemControls"_L1, "namespace"_L1 },
            { "resourceRequirements"_L1, "type"_L1 },
            { "inferenceAccelerators"_L1, "deviceName"_L1 },
        };
        if (listName.isEmpty())
            return {};
        if (listName == "portMappings"_L1)
            return { ElementKey::PortMapping, QString() };
        for (const auto& [list, field] : byField) {
            if (listName == list)
                return { ElementKey::Field, field };
        }
        return {};
    }

    // The key of one element as it appears in the path ("name=web", "80/tcp"); empty when it has none.
    QString elementKey(const ListKey& key, const QJsonValue& element)
    {
        if (!element.isObject())
            return {};
        const QJsonObject object = element.toObject();
        if (key.kind == ElementKey::PortMapping) {
            const QJsonValue port = object.value("containerPort"_L1);
            if (port.isDouble())
                return QString::number(port.toInteger()) + u'/' + object.value("protocol"_L1).toString(u"tcp"_s);
            const QJsonValue range = object.value("containerPortRange"_L1);
            return range.isString() ? range.toString() + u'/' + object.value("protocol"_L1).toString(u"tcp"_s)
                                    : QString();
        }
        const QJsonValue value = object.value(key.field);
        return value.isString() ? key.field + u'=' + value.toString() : QString();
    }

    // Walks both trees once. The current path is kept as a stack of segments and only joined into
    // text when a change is recorded; list elements are matched through sorted keys (no hashing).
    class DiffRun {
    public:
        QList<TaskDefinitionChange> changes;

        void object(const QJsonObject& a, const QJsonObject& b)
        {
            for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
                const QString key = it.key();
                push(key, false);
                value(key, it.value(), b.value(key));
                pop();
            }
            for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
                const QString key = it.key();
                if (a.contains(key))
                    continue;
                push(key, false);
                value(key, QJsonValue(QJsonValue::Undefined), it.value());
                pop();
            }
        }

    private:
        struct Segment {
            QString text;
            bool bracketed;
        };
        QList<Segment> m_path;

        void push(const QString& text, bool bracketed) { m_path.append({ text, bracketed }); }
        void pop() { m_path.removeLast(); }
        QString path() const
        {
            QString text;
            for (const Segment& segment : m_path) {
                if (segment.bracketed)
                    text += u'[' + segment.text + u']';
                else
                    text += JsonPath::keyText(segment.text, text.isEmpty());
            }
            return text;
        }
        void record(TaskDefinitionChange::Kind kind, const QJsonValue& a, const QJsonValue& b)
        {
            changes.append({ kind, path(), a, b });
        }

        void value(const QString& name, const QJsonValue& a, const QJsonValue& b)
        {
            // Equal values stop here: cheap when the two sides share data (an edited document and
            // its original), and a comparison that stops at the first difference otherwise.
            if (a == b)
                return;
            if (a.isObject() && b.isObject()) {
                object(a.toObject(), b.toObject());
                return;
            }
            if (a.isArray() && b.isArray()) {
                array(name, a.toArray(), b.toArray());
                return;
            }
            if (a == b)
                return;
            if (a.isUndefined())
                record(TaskDefinitionChange::Kind::Added, a, b);
            else if (b.isUndefined())
                record(TaskDefinitionChange::Kind::Removed, a, b);
            else
                record(TaskDefinitionChange::Kind::Changed, a, b);
        }

        using KeyedIndex = QList<std::pair<QString, qsizetype>>;

        // (key, index) of every element sorted by key; false when one lacks a key or two share one.
        static bool keysOf(const ListKey& key, const QJsonArray& array, QStringList* inOrder, KeyedIndex* sorted)
        {
            for (qsizetype i = 0; i < array.size(); ++i) {
                QString k = elementKey(key, array.at(i));
                if (k.isEmpty())
                    return false;
                inOrder->append(k);
                sorted->append({ std::move(k), i });
            }
            std::sort(sorted->begin(), sorted->end());
            for (qsizetype i = 1; i < sorted->size(); ++i) {
                if (sorted->at(i - 1).first == sorted->at(i).first)
                    return false;
            }
            return true;
        }

        static qsizetype find(const KeyedIndex& sorted, const QString& key)
        {
            const auto it = std::lower_bound(sorted.begin(), sorted.end(), key,
                [](const std::pair<QString, qsizetype>& e, const QString& k) { return e.first < k; });
            return it != sorted.end() && it->first == key ? it->second : -1;
        }

        void array(const QString& name, const QJsonArray& a, const QJsonArray& b)
        {
            const ListKey key = listKey(name);
            if (key.kind != ElementKey::None) {
                QStringList keysA;
                QStringList keysB;
                KeyedIndex sortedA;
                KeyedIndex sortedB;
                if (keysOf(key, a, &keysA, &sortedA) && keysOf(key, b, &keysB, &sortedB)) {
                    for (qsizetype i = 0; i < keysA.size(); ++i) {
                        const qsizetype j = find(sortedB, keysA.at(i));
                        push(keysA.at(i), true);
                        value(QString(), a.at(i), j < 0 ? QJsonValue(QJsonValue::Undefined) : b.at(j));
                        pop();
                    }
                    for (qsizetype j = 0; j < keysB.size(); ++j) {
                        if (find(sortedA, keysB.at(j)) >= 0)
                            continue;
                        push(keysB.at(j), true);
                        value(QString(), QJsonValue(QJsonValue::Undefined), b.at(j));
                        pop();
                    }
                    return;
                }
            }
            // Lists of objects of the same length compare element by element; anything else
            // (command, entryPoint, lists that grew) is one change of the whole list.
            const bool objects = std::all_of(a.begin(), a.end(), [](const QJsonValue& v) { return v.isObject(); })
                && std::all_of(b.begin(), b.end(), [](const QJsonValue& v) { return v.isObject(); });
            if (objects && a.size() == b.size()) {
                for (qsizetype i = 0; i < a.size(); ++i) {
                    push(QString::number(i), true);
                    value(QString(), a.at(i), b.at(i));
                    pop();
                }
                return;
            }
            if (a != b)
                record(TaskDefinitionChange::Kind::Changed, a, b);
        }
    };

    QString renderValue(const QJsonValue& value)
    {
        if (value.isObject())
            return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
        if (value.isArray())
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
        // Scalars: wrap in an array to get JSON text, then unwrap.
        const QByteArray text = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }

    void appendLines(QString& out, QChar marker, const QJsonValue& value)
    {
        const QStringList lines = renderValue(value).split(u'\n');
        for (const QString& line : lines)
            out += marker + u' ' + line + u'\n';
    }

} // namespace

QList<TaskDefinitionChange> TaskDefinitionDiff::compare(const QJsonObject& before, const QJsonObject& after)
{
    DiffRun run;
    run.object(TaskDefinitionJson::toRegisterInput(before), TaskDefinitionJson::toRegisterInput(after));
    return run.changes;
}

QString TaskDefinitionDiff::toUnifiedText(
    const QList<TaskDefinitionChange>& changes, const QString& beforeLabel, const QString& afterLabel)
{
    QString out;
    out += u"--- "_s + beforeLabel + u'\n';
    out += u"+++ "_s + afterLabel + u'\n';
    for (const TaskDefinitionChange& change : changes) {
        out += u"@@ "_s + change.path + u' ';
        switch (change.kind) {
        case TaskDefinitionChange::Kind::Added:
            out += tr("(added)");
            break;
        case TaskDefinitionChange::Kind::Removed:
            out += tr("(removed)");
            break;
        case TaskDefinitionChange::Kind::Changed:
            out += tr("(changed)");
            break;
        }
        out += u" @@\n"_s;
        if (!change.oldValue.isUndefined())
            appendLines(out, u'-', change.oldValue);
        if (!change.newValue.isUndefined())
            appendLines(out, u'+', change.newValue);
    }
    return out;
}

QJsonArray TaskDefinitionDiff::toJson(const QList<TaskDefinitionChange>& changes)
{
    QJsonArray array;
    for (const TaskDefinitionChange& change : changes) {
        QJsonObject object { { u"kind"_s, change.kindName() }, { u"path"_s, change.path } };
        if (!change.oldValue.isUndefined())
            object.insert(u"old"_s, change.oldValue);
        if (!change.newValue.isUndefined())
            object.insert(u"new"_s, change.newValue);
        array.append(object);
    }
    return array;
}

} // namespace EcsDesk::Models
