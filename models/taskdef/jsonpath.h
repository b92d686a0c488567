// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace EcsDesk::Models {

/// A location inside a JSON document, e.g. `containerDefinitions[1].portMappings[0].hostPort`:
/// a list of object keys and array indexes. Used by the task definition document for edits and
/// change notifications, and by the validator for the place each message is about.
class JsonPath {
public:
    /// One step: an object key, or an array index when `index >= 0`.
    struct Segment {
        QString key;
        int index = -1;
        bool isIndex() const { return index >= 0; }
        friend bool operator==(const Segment&, const Segment&) = default;
    };

    JsonPath() = default;
    /// Parses the dotted text form; returns an empty path (and sets `ok` false) when malformed.
    static JsonPath parse(const QString& text, bool* ok = nullptr);

    JsonPath key(const QString& name) const;
    JsonPath index(int i) const;
    JsonPath parent() const;
    bool isEmpty() const { return m_segments.isEmpty(); }
    qsizetype size() const { return m_segments.size(); }
    const Segment& last() const { return m_segments.last(); }
    const QList<Segment>& segments() const { return m_segments; }
    /// True when this path equals `other` or lies inside it.
    bool startsWith(const JsonPath& other) const;
    /// True when one path lies inside the other: a view bound to one must refresh when the other changes.
    bool overlaps(const JsonPath& other) const { return startsWith(other) || other.startsWith(*this); }

    /// A key as it is appended to a path's text: `.key`, or `["key"]` when the key holds `.`, `[`,
    /// `]` or `"` (e.g. the docker label `com.example.team`). Without the dot at the start of a path.
    static QString keyText(const QString& key, bool first = false);

    /// The text form: keys joined by dots, indexes in brackets, unusual keys as `["k.e.y"]`.
    QString toString() const;

    /// The value at this path inside `root`, or Undefined when it does not exist.
    QJsonValue valueIn(const QJsonValue& root) const;
    /// Sets the value at this path inside `root`. Missing objects on the way are created; an array
    /// index may be one past the end (append). Returns false when a step does not fit the document
    /// (a key into an array, an index out of range).
    bool setIn(QJsonValue& root, const QJsonValue& value) const;
    /// Removes the key or array element at this path. Returns false when it does not exist.
    bool removeFrom(QJsonValue& root) const;
    /// Inserts `value` into the array at this path's parent, before this path's index.
    bool insertIn(QJsonValue& root, const QJsonValue& value) const;

    friend bool operator==(const JsonPath&, const JsonPath&) = default;

private:
    QList<Segment> m_segments;
};

} // namespace EcsDesk::Models
