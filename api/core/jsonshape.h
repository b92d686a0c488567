// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace EcsDesk::Api {

/// The types of the fields a decoder reads from an answer, checked before it reads them: a
/// server that answers {"clusterArns": 5} gets a typed error naming the field, not an empty list
/// taken for success. Fields that are absent or null pass (AWS leaves out empty ones); fields
/// not named are not checked. Arrays check every element; objects and arrays of objects check
/// their nested shape.
class JsonShape {
public:
    enum class Type {
        String,
        Text, ///< a string, or a number where the model says string (moto sends a container's cpu as 256)
        Number,
        Boolean,
        Timestamp, ///< epoch seconds (a number) or an ISO 8601 string
        Object, ///< any object (nested shape optional)
        StringArray,
        ObjectArray, ///< an array of objects (nested shape optional)
        Array, ///< an array of anything
    };

    JsonShape& string(QLatin1String key) { return add(key, Type::String); }
    JsonShape& text(QLatin1String key) { return add(key, Type::Text); }
    JsonShape& number(QLatin1String key) { return add(key, Type::Number); }
    JsonShape& boolean(QLatin1String key) { return add(key, Type::Boolean); }
    JsonShape& timestamp(QLatin1String key) { return add(key, Type::Timestamp); }
    JsonShape& stringArray(QLatin1String key) { return add(key, Type::StringArray); }
    JsonShape& array(QLatin1String key) { return add(key, Type::Array); }
    JsonShape& object(QLatin1String key, const JsonShape& shape = {}) { return add(key, Type::Object, shape); }
    JsonShape& objectArray(QLatin1String key, const JsonShape& element = {})
    {
        return add(key, Type::ObjectArray, element);
    }

    /// Where an answer departs from the shape: "clusterArns" (or "tasks[3].containers") holds
    /// `found` ("a number") where `expected` ("an array of strings") belongs.
    struct Mismatch {
        QString path;
        QString found;
        QString expected;
    };
    std::optional<Mismatch> mismatch(const QJsonObject& answer) const;

private:
    JsonShape& add(QLatin1String key, Type type, const JsonShape& nested = {});
    std::optional<Mismatch> check(const QJsonObject& object, const QString& prefix) const;

    struct Field {
        QLatin1String key;
        Type type;
        std::shared_ptr<const JsonShape> nested; ///< null: no fields to check inside
    };
    QList<Field> m_fields;
};

} // namespace EcsDesk::Api
