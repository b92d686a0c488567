// SPDX-License-Identifier: MIT
#include "local/api/querycodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>
#include <QXmlStreamWriter>

namespace EcsDesk::Local::QueryCodec {

namespace {
    const QString xmlns = QStringLiteral("http://monitoring.amazonaws.com/doc/2010-08-01/");

    // Sets `value` at `path` inside `node`, creating objects and (for member.N) arrays on the way.
    QJsonValue insert(QJsonValue node, const QStringList& path, qsizetype at, const QString& value)
    {
        if (at == path.size())
            return value;
        if (path[at] == QLatin1String("member") && at + 1 < path.size()) {
            bool ok = false;
            const int index = path[at + 1].toInt(&ok);
            if (ok && index >= 1 && index <= 10000) {
                QJsonArray array = node.toArray();
                while (array.size() < index)
                    array.append(QJsonValue::Null);
                array[index - 1] = insert(array[index - 1], path, at + 2, value);
                return array;
            }
        }
        QJsonObject object = node.toObject();
        object[path[at]] = insert(object.value(path[at]), path, at + 1, value);
        return object;
    }

    // `timestamp`: the value is epoch seconds to be written as an ISO 8601 date-time.
    void writeValue(QXmlStreamWriter& xml, const QString& name, const QJsonValue& value, bool timestamp = false);

    QString scalarText(const QJsonValue& value, bool timestamp)
    {
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (value.isDouble()) {
            if (timestamp)
                return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble() * 1000), Qt::UTC)
                    .toString(Qt::ISODateWithMs);
            return QString::number(value.toDouble(), 'g', 17);
        }
        return value.toString();
    }

    void writeValue(QXmlStreamWriter& xml, const QString& name, const QJsonValue& value, bool timestamp)
    {
        xml.writeStartElement(name);
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                writeValue(xml, it.key(), it.value());
        } else if (value.isArray()) {
            // List items are <member> elements, as AWS writes them (Timestamps/member too).
            for (const QJsonValue& item : value.toArray())
                writeValue(xml, QStringLiteral("member"), item, name == QLatin1String("Timestamps"));
        } else {
            xml.writeCharacters(scalarText(value,
                timestamp || name.startsWith(QLatin1String("Timestamp")) || name.endsWith(QLatin1String("Timestamp"))));
        }
        xml.writeEndElement();
    }
} // namespace

QJsonObject formToJson(const QByteArray& formBody)
{
    QJsonValue root = QJsonObject();
    // application/x-www-form-urlencoded writes a space as '+' (a literal plus is %2B).
    const QUrlQuery query(QString::fromUtf8(formBody).replace(QLatin1Char('+'), QLatin1String("%20")));
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("Action") || key == QLatin1String("Version"))
            continue;
        root = insert(root, key.split(QLatin1Char('.')), 0, value);
    }
    return root.toObject();
}

QByteArray resultXml(const QString& operation, const QJsonObject& result, const QByteArray& requestId)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(operation + QLatin1String("Response"));
    xml.writeDefaultNamespace(xmlns);
    if (!result.isEmpty())
        writeValue(xml, operation + QLatin1String("Result"), result);
    xml.writeStartElement(QStringLiteral("ResponseMetadata"));
    xml.writeTextElement(QStringLiteral("RequestId"), QString::fromLatin1(requestId));
    xml.writeEndElement();
    xml.writeEndElement();
    return out;
}

QByteArray errorXml(const ApiError& error, const QByteArray& requestId)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(QStringLiteral("ErrorResponse"));
    xml.writeDefaultNamespace(xmlns);
    xml.writeStartElement(QStringLiteral("Error"));
    xml.writeTextElement(
        QStringLiteral("Type"), error.status >= 500 ? QStringLiteral("Receiver") : QStringLiteral("Sender"));
    xml.writeTextElement(QStringLiteral("Code"), error.code);
    xml.writeTextElement(QStringLiteral("Message"), error.message);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("RequestId"), QString::fromLatin1(requestId));
    xml.writeEndElement();
    return out;
}

} // namespace EcsDesk::Local::QueryCodec
