// SPDX-License-Identifier: MIT
#include "models/taskdef/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace EcsDesk::Models {

namespace {

    enum class Edit { Set, Remove, Insert };

    // Applies an edit at segments[pos..] inside `node`, rebuilding the containers on the way back
    // (QJsonObject / QJsonArray are values, so each level is written back into its parent).
    bool applyAt(
        QJsonValue& node, const QList<JsonPath::Segment>& segments, qsizetype pos, Edit edit, const QJsonValue& value)
    {
        const JsonPath::Segment& segment = segments.at(pos);
        const bool lastStep = pos == segments.size() - 1;
        if (segment.isIndex()) {
            if (!node.isArray())
                return false;
            QJsonArray array = node.toArray();
            const qsizetype i = segment.index;
            if (lastStep) {
                switch (edit) {
                case Edit::Set:
                    if (i == array.size())
                        array.append(value);
                    else if (i < array.size())
                        array.replace(i, value);
                    else
                        return false;
                    break;
                case Edit::Remove:
                    if (i >= array.size())
                        return false;
                    array.removeAt(i);
                    break;
                case Edit::Insert:
                    if (i > array.size())
                        return false;
                    array.insert(i, value);
                    break;
                }
            } else {
                if (i >= array.size())
                    return false;
                QJsonValue child = array.at(i);
                if (!applyAt(child, segments, pos + 1, edit, value))
                    return false;
                array.replace(i, child);
            }
            node = array;
            return true;
        }
        if (!node.isObject() && !(node.isUndefined() || node.isNull()))
            return false;
        QJsonObject object = node.toObject();
        if (lastStep) {
            switch (edit) {
            case Edit::Set:
                object.insert(segment.key, value);
                break;
            case Edit::Remove:
                if (!object.contains(segment.key))
                    return false;
                object.remove(segment.key);
                break;
            case Edit::Insert:
                return false;
            }
        } else {
            QJsonValue child = object.value(segment.key);
            if (child.isUndefined()) {
                if (edit != Edit::Set)
                    return false;
                // Create the missing container the next step needs (index 0 appends to a new array).
                const auto& next = segments.at(pos + 1);
                if (next.isIndex() && next.index != 0)
                    return false;
                child = next.isIndex() ? QJsonValue(QJsonArray()) : QJsonValue(QJsonObject());
            }
            if (!applyAt(child, segments, pos + 1, edit, value))
                return false;
            object.insert(segment.key, child);
        }
        node = object;
        return true;
    }

    bool isIdentifierChar(QChar c) { return c != QLatin1Char('.') && c != QLatin1Char('['); }

    bool needsQuoting(const QString& key)
    {
        if (key.isEmpty())
            return true;
        for (QChar c : key) {
            if (c == QLatin1Char('.') || c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('"')
                || c == QLatin1Char('\\'))
                return true;
        }
        return false;
    }

} // namespace

JsonPath JsonPath::parse(const QString& text, bool* ok)
{
    JsonPath path;
    bool good = true;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && good) {
        if (text.at(i) == QLatin1Char('[') && i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
            // A quoted key: ["com.example.team"], with \" and \\ escapes.
            QString key;
            qsizetype j = i + 2;
            bool closed = false;
            for (; j < n; ++j) {
                const QChar c = text.at(j);
                if (c == QLatin1Char('\\') && j + 1 < n) {
                    key += text.at(++j);
                } else if (c == QLatin1Char('"')) {
                    closed = true;
                    break;
                } else {
                    key += c;
                }
            }
            if (!closed || j + 1 >= n || text.at(j + 1) != QLatin1Char(']')) {
                good = false;
                break;
            }
            path.m_segments.append({ key, -1 });
            i = j + 2;
            if (i < n && text.at(i) == QLatin1Char('.'))
                ++i;
            continue;
        }
        if (text.at(i) == QLatin1Char('[')) {
            const qsizetype close = text.indexOf(QLatin1Char(']'), i);
            bool numberOk = false;
            const int index = close < 0 ? -1 : QStringView(text).mid(i + 1, close - i - 1).toInt(&numberOk);
            if (!numberOk || index < 0) {
                good = false;
                break;
            }
            path.m_segments.append({ QString(), index });
            i = close + 1;
            if (i < n && text.at(i) == QLatin1Char('.'))
                ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && isIdentifierChar(text.at(end)))
            ++end;
        if (end == i) {
            good = false;
            break;
        }
        path.m_segments.append({ text.mid(i, end - i), -1 });
        i = end;
        if (i < n && text.at(i) == QLatin1Char('.')) {
            ++i;
            if (i == n)
                good = false;
        }
    }
    if (ok)
        *ok = good;
    return good ? path : JsonPath();
}

JsonPath JsonPath::key(const QString& name) const
{
    JsonPath path = *this;
    path.m_segments.append({ name, -1 });
    return path;
}

JsonPath JsonPath::index(int i) const
{
    JsonPath path = *this;
    path.m_segments.append({ QString(), i });
    return path;
}

JsonPath JsonPath::parent() const
{
    JsonPath path = *this;
    if (!path.m_segments.isEmpty())
        path.m_segments.removeLast();
    return path;
}

bool JsonPath::startsWith(const JsonPath& other) const
{
    if (other.m_segments.size() > m_segments.size())
        return false;
    for (qsizetype i = 0; i < other.m_segments.size(); ++i) {
        if (!(other.m_segments.at(i) == m_segments.at(i)))
            return false;
    }
    return true;
}

QString JsonPath::keyText(const QString& key, bool first)
{
    if (!needsQuoting(key))
        return first ? key : QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1String("[\"") + escaped + QLatin1String("\"]");
}

QString JsonPath::toString() const
{
    QString text;
    for (const Segment& segment : m_segments) {
        if (segment.isIndex())
            text += QLatin1Char('[') + QString::number(segment.index) + QLatin1Char(']');
        else
            text += keyText(segment.key, text.isEmpty());
    }
    return text;
}

QJsonValue JsonPath::valueIn(const QJsonValue& root) const
{
    QJsonValue node = root;
    for (const Segment& segment : m_segments) {
        if (segment.isIndex()) {
            if (!node.isArray())
                return QJsonValue(QJsonValue::Undefined);
            const QJsonArray array = node.toArray();
            if (segment.index >= array.size())
                return QJsonValue(QJsonValue::Undefined);
            node = array.at(segment.index);
        } else {
            if (!node.isObject())
                return QJsonValue(QJsonValue::Undefined);
            node = node.toObject().value(segment.key);
        }
    }
    return node;
}

bool JsonPath::setIn(QJsonValue& root, const QJsonValue& value) const
{
    if (m_segments.isEmpty()) {
        root = value;
        return true;
    }
    QJsonValue copy = root;
    if (!applyAt(copy, m_segments, 0, Edit::Set, value))
        return false;
    root = copy;
    return true;
}

bool JsonPath::removeFrom(QJsonValue& root) const
{
    if (m_segments.isEmpty())
        return false;
    QJsonValue copy = root;
    if (!applyAt(copy, m_segments, 0, Edit::Remove, QJsonValue()))
        return false;
    root = copy;
    return true;
}

bool JsonPath::insertIn(QJsonValue& root, const QJsonValue& value) const
{
    if (m_segments.isEmpty() || !m_segments.last().isIndex())
        return false;
    QJsonValue copy = root;
    if (!applyAt(copy, m_segments, 0, Edit::Insert, value))
        return false;
    root = copy;
    return true;
}

} // namespace EcsDesk::Models
