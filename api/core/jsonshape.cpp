// SPDX-License-Identifier: MIT
#include "api/core/jsonshape.h"

#include <QJsonArray>

namespace EcsDesk::Api {

namespace {
    QString typeOf(const QJsonValue& value)
    {
        switch (value.type()) {
        case QJsonValue::String:
            return QStringLiteral("a string");
        case QJsonValue::Double:
            return QStringLiteral("a number");
        case QJsonValue::Bool:
            return QStringLiteral("a boolean");
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Undefined:
            break;
        }
        return QStringLiteral("nothing");
    }

    QString expectedName(JsonShape::Type type)
    {
        switch (type) {
        case JsonShape::Type::String:
            return QStringLiteral("a string");
        case JsonShape::Type::Text:
            return QStringLiteral("a string or a number");
        case JsonShape::Type::Number:
            return QStringLiteral("a number");
        case JsonShape::Type::Boolean:
            return QStringLiteral("a boolean");
        case JsonShape::Type::Timestamp:
            return QStringLiteral("a timestamp");
        case JsonShape::Type::Object:
            return QStringLiteral("an object");
        case JsonShape::Type::StringArray:
            return QStringLiteral("an array of strings");
        case JsonShape::Type::ObjectArray:
            return QStringLiteral("an array of objects");
        case JsonShape::Type::Array:
            return QStringLiteral("an array");
        }
        return QString();
    }

    bool fits(const QJsonValue& value, JsonShape::Type type)
    {
        switch (type) {
        case JsonShape::Type::String:
            return value.isString();
        case JsonShape::Type::Text:
            return value.isString() || value.isDouble();
        case JsonShape::Type::Number:
            return value.isDouble();
        case JsonShape::Type::Boolean:
            return value.isBool();
        case JsonShape::Type::Timestamp:
            return value.isDouble() || value.isString();
        case JsonShape::Type::Object:
            return value.isObject();
        case JsonShape::Type::StringArray:
        case JsonShape::Type::ObjectArray:
        case JsonShape::Type::Array:
            return value.isArray();
        }
        return false;
    }
} // namespace

JsonShape& JsonShape::add(QLatin1String key, Type type, const JsonShape& nested)
{
    m_fields.append(
        Field { key, type, nested.m_fields.isEmpty() ? nullptr : std::make_shared<const JsonShape>(nested) });
    return *this;
}

std::optional<JsonShape::Mismatch> JsonShape::mismatch(const QJsonObject& answer) const
{
    return check(answer, QString());
}

std::optional<JsonShape::Mismatch> JsonShape::check(const QJsonObject& object, const QString& prefix) const
{
    for (const Field& field : m_fields) {
        const QJsonValue value = object.value(field.key);
        if (value.isUndefined() || value.isNull())
            continue;
        const QString path = prefix + field.key;
        if (!fits(value, field.type))
            return Mismatch { path, typeOf(value), expectedName(field.type) };
        if (field.type == Type::Object && field.nested) {
            if (auto inner = field.nested->check(value.toObject(), path + QLatin1Char('.')))
                return inner;
            continue;
        }
        if (field.type != Type::StringArray && field.type != Type::ObjectArray)
            continue;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            const QString itemPath = path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (field.type == Type::StringArray && !item.isString())
                return Mismatch { itemPath, typeOf(item), expectedName(Type::String) };
            if (field.type == Type::ObjectArray) {
                if (!item.isObject())
                    return Mismatch { itemPath, typeOf(item), expectedName(Type::Object) };
                if (field.nested) {
                    if (auto inner = field.nested->check(item.toObject(), itemPath + QLatin1Char('.')))
                        return inner;
                }
            }
        }
    }
    return std::nullopt;
}

} // namespace EcsDesk::Api
