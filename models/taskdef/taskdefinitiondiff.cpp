#include "models/taskdef/taskdefinitiondiff.h"

#include "models/taskdef/taskdefinitionjson.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

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
        static const QHash<QString, QString> byField {
            { u"containerDefinitions"_s, u"name"_s },
            { u"environment"_s, u"name"_s },
            { u"secrets"_s, u"name"_s },
            { u"secretOptions"_s, u"name"_s },
            { u"ulimits"_s, u"name"_s },
            { u"volumes"_s, u"name"_s },
            { u"properties"_s, u"name"_s },
            { u"tags"_s, u"key"_s },
            { u"dependsOn"_s, u"containerName"_s },
            { u"volumesFrom"_s, u"sourceContainer"_s },
            { u"mountPoints"_s, u"containerPath"_s },
            { u"extraHosts"_s, u"hostname"_s },
            { u"systemControls"_s, u"namespace"_s },
            { u"resourceRequirements"_s, u"type"_s },
            { u"inferenceAccelerators"_s, u"deviceName"_s },
        };
        if (listName == "portMappings"_L1)
            return { ElementKey::PortMapping, QString() };
        const auto it = byField.constFind(listName);
        if (it == byField.constEnd())
            return {};
        return { ElementKey::Field, it.value() };
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

    class DiffRun {
    public:
        QList<TaskDefinitionChange> changes;

        void value(const QString& path, const QString& name, const QJsonValue& a, const QJsonValue& b)
        {
            if (a == b)
                return;
            if (a.isUndefined()) {
                changes.append({ TaskDefinitionChange::Kind::Added, path, a, b });
            } else if (b.isUndefined()) {
                changes.append({ TaskDefinitionChange::Kind::Removed, path, a, b });
            } else if (a.isObject() && b.isObject()) {
                object(path, a.toObject(), b.toObject());
            } else if (a.isArray() && b.isArray()) {
                array(path, name, a.toArray(), b.toArray());
            } else {
                changes.append({ TaskDefinitionChange::Kind::Changed, path, a, b });
            }
        }

        void object(const QString& path, const QJsonObject& a, const QJsonObject& b)
        {
            const QString prefix = path.isEmpty() ? QString() : path + u'.';
            for (auto it = a.begin(); it != a.end(); ++it)
                value(prefix + it.key(), it.key(), it.value(), b.value(it.key()));
            for (auto it = b.begin(); it != b.end(); ++it) {
                if (!a.contains(it.key()))
                    value(prefix + it.key(), it.key(), QJsonValue(QJsonValue::Undefined), it.value());
            }
        }

        // Keys of all elements, or an empty list when one lacks a key or two share one.
        static QStringList keysOf(const ListKey& key, const QJsonArray& array)
        {
            QStringList keys;
            QSet<QString> seen;
            for (const QJsonValue& element : array) {
                const QString k = elementKey(key, element);
                if (k.isEmpty() || seen.contains(k))
                    return {};
                seen.insert(k);
                keys.append(k);
            }
            return keys;
        }

        void array(const QString& path, const QString& name, const QJsonArray& a, const QJsonArray& b)
        {
            const ListKey key = listKey(name);
            if (key.kind != ElementKey::None) {
                const QStringList keysA = keysOf(key, a);
                const QStringList keysB = keysOf(key, b);
                if ((!keysA.isEmpty() || a.isEmpty()) && (!keysB.isEmpty() || b.isEmpty())) {
                    QHash<QString, qsizetype> indexB;
                    for (qsizetype i = 0; i < keysB.size(); ++i)
                        indexB.insert(keysB.at(i), i);
                    for (qsizetype i = 0; i < keysA.size(); ++i) {
                        const qsizetype j = indexB.value(keysA.at(i), -1);
                        value(path + u'[' + keysA.at(i) + u']', QString(), a.at(i),
                            j < 0 ? QJsonValue(QJsonValue::Undefined) : b.at(j));
                    }
                    const QSet<QString> inA(keysA.begin(), keysA.end());
                    for (qsizetype j = 0; j < keysB.size(); ++j) {
                        if (!inA.contains(keysB.at(j)))
                            value(path + u'[' + keysB.at(j) + u']', QString(), QJsonValue(QJsonValue::Undefined),
                                b.at(j));
                    }
                    return;
                }
            }
            // Lists of objects of the same length compare element by element; anything else
            // (command, entryPoint, lists that grew) is one change of the whole list.
            const bool objects = std::all_of(a.begin(), a.end(), [](const QJsonValue& v) { return v.isObject(); })
                && std::all_of(b.begin(), b.end(), [](const QJsonValue& v) { return v.isObject(); });
            if (objects && a.size() == b.size()) {
                for (qsizetype i = 0; i < a.size(); ++i)
                    value(path + u'[' + QString::number(i) + u']', QString(), a.at(i), b.at(i));
                return;
            }
            changes.append({ TaskDefinitionChange::Kind::Changed, path, a, b });
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
    run.object(QString(), TaskDefinitionJson::toRegisterInput(before), TaskDefinitionJson::toRegisterInput(after));
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
