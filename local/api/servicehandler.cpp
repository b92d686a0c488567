// SPDX-License-Identifier: MIT
#include "local/api/servicehandler.h"

#include <cmath>
#include <QCoreApplication>

namespace EcsDesk::Local::Input {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("EcsDesk::Local::Input", text); }

    ApiError typeError(QLatin1String key, const char* expected)
    {
        return { QStringLiteral("SerializationException"),
            tr("Cannot deserialize field '%1': expected %2.").arg(key, QLatin1String(expected)), 400 };
    }
} // namespace

QString string(const QJsonObject& in, QLatin1String key)
{
    const QJsonValue value = in.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw typeError(key, "a string");
    return value.toString();
}

QString requiredString(const QJsonObject& in, QLatin1String key)
{
    const QString value = string(in, key);
    if (value.isEmpty())
        throw ApiError::invalidParameter(tr("%1 can not be blank.").arg(key));
    return value;
}

std::optional<qint64> integer(const QJsonObject& in, QLatin1String key)
{
    const QJsonValue value = in.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    // Range first: converting a double outside qint64 (1e300) is undefined behaviour.
    const double number = value.toDouble();
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (!value.isDouble() || !(number >= -limit && number < limit) || std::trunc(number) != number)
        throw typeError(key, "an integer");
    return static_cast<qint64>(number);
}

std::optional<double> number(const QJsonObject& in, QLatin1String key)
{
    const QJsonValue value = in.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble())
        throw typeError(key, "a number");
    return value.toDouble();
}

std::optional<bool> boolean(const QJsonObject& in, QLatin1String key)
{
    const QJsonValue value = in.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isBool())
        throw typeError(key, "a boolean");
    return value.toBool();
}

QJsonArray array(const QJsonObject& in, QLatin1String key)
{
    const QJsonValue value = in.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        throw typeError(key, "a list");
    return value.toArray();
}

QJsonObject object(const QJsonObject& in, QLatin1String key)
{
    const QJsonValue value = in.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        throw typeError(key, "a structure");
    return value.toObject();
}

QStringList stringList(const QJsonObject& in, QLatin1String key)
{
    QStringList out;
    for (const QJsonValue& item : array(in, key)) {
        if (!item.isString())
            throw typeError(key, "a list of strings");
        out.append(item.toString());
    }
    return out;
}

void requireOneOf(const QString& value, QLatin1String field, const QStringList& allowed)
{
    if (!allowed.contains(value)) {
        throw ApiError::invalidParameter(
            tr("%1 should be one of [%2], got '%3'.").arg(field, allowed.join(QLatin1Char(',')), value));
    }
}

Page page(const QJsonObject& in, int defaultMax, int limit, QLatin1String maxField, QLatin1String tokenField)
{
    Page page;
    page.maxResults = defaultMax;
    if (const auto max = integer(in, maxField)) {
        if (*max < 1 || *max > limit)
            throw ApiError::invalidParameter(tr("%1 must be between 1 and %2.").arg(maxField).arg(limit));
        page.maxResults = static_cast<int>(*max);
    }
    const QString token = string(in, tokenField);
    if (!token.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding);
        if (!decoded || !decoded.decoded.startsWith("v1:"))
            throw ApiError::invalidParameter(tr("Invalid %1.").arg(tokenField));
        page.after = QString::fromUtf8(decoded.decoded.mid(3));
    }
    return page;
}

QString encodeToken(const QString& key)
{
    return QString::fromLatin1(QByteArray(QByteArray("v1:") + key.toUtf8()).toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace EcsDesk::Local::Input
