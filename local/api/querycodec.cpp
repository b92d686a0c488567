// SPDX-License-Identifier: MIT
#include "local/api/querycodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>
#include <QXmlStreamWriter>

namespace EcsDesk::Local::QueryCodec {

namespace {
    const Dialect dialects[] = {
        { QLatin1String("monitoring"), QLatin1String("http://monitoring.amazonaws.com/doc/2010-08-01/"),
            QLatin1String("2010-08-01"), QLatin1String("member"), true, false, false },
        { QLatin1String("elasticloadbalancing"),
            QLatin1String("http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/"), QLatin1String("2015-12-01"),
            QLatin1String("member"), true, false, true },
        { QLatin1String("autoscaling"), QLatin1String("http://autoscaling.amazonaws.com/doc/2011-01-01/"),
            QLatin1String("2011-01-01"), QLatin1String("member"), true, false, false },
        { QLatin1String("ec2"), QLatin1String("http://ec2.amazonaws.com/doc/2016-11-15/"), QLatin1String("2016-11-15"),
            QLatin1String("item"), false, true, false },
    };

    // Sets `value` at `path` inside `node`, creating objects and (for member.N, or N in EC2's
    // form) arrays on the way.
    QJsonValue insert(QJsonValue node, const QStringList& path, qsizetype at, const QString& value, bool bareIndexes)
    {
        if (at == path.size())
            return value;
        const bool member = path[at] == QLatin1String("member") && at + 1 < path.size();
        if (member || bareIndexes) {
            bool ok = false;
            const int index = path[member ? at + 1 : at].toInt(&ok);
            if (ok && index >= 1 && index <= 10000) {
                QJsonArray array = node.toArray();
                while (array.size() < index)
                    array.append(QJsonValue::Null);
                const qsizetype next = member ? at + 2 : at + 1;
                array[index - 1] = insert(array[index - 1], path, next, value, bareIndexes);
                return array;
            }
        }
        QJsonObject object = node.toObject();
        object[path[at]] = insert(object.value(path[at]), path, at + 1, value, bareIndexes);
        return object;
    }

    // `timestamp`: the value is epoch seconds to be written as an ISO 8601 date-time.
    void writeValue(QXmlStreamWriter& xml, const QString& name, const QJsonValue& value, const QString& listMember,
        bool timestamp = false);

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

    void writeMembers(QXmlStreamWriter& xml, const QJsonObject& object, const QString& listMember)
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            writeValue(xml, it.key(), it.value(), listMember);
    }

    void writeValue(
        QXmlStreamWriter& xml, const QString& name, const QJsonValue& value, const QString& listMember, bool timestamp)
    {
        xml.writeStartElement(name);
        if (value.isObject()) {
            writeMembers(xml, value.toObject(), listMember);
        } else if (value.isArray()) {
            // List items are <member> (<item> for EC2) elements, as AWS writes them (Timestamps/member too).
            for (const QJsonValue& item : value.toArray())
                writeValue(xml, listMember, item, listMember, name == QLatin1String("Timestamps"));
        } else {
            xml.writeCharacters(scalarText(value,
                timestamp || name.startsWith(QLatin1String("Timestamp")) || name.endsWith(QLatin1String("Timestamp"))));
        }
        xml.writeEndElement();
    }
} // namespace

const Dialect* dialectFor(QByteArrayView signingName)
{
    for (const Dialect& dialect : dialects) {
        if (QLatin1String(signingName.data(), signingName.size()) == dialect.signingName)
            return &dialect;
    }
    return nullptr;
}

const Dialect& cloudWatch() { return dialects[0]; }

QJsonObject formToJson(const QByteArray& formBody, const Dialect& dialect)
{
    const bool bareIndexes = dialect.listMember == QLatin1String("item");
    QJsonValue root = QJsonObject();
    // application/x-www-form-urlencoded writes a space as '+' (a literal plus is %2B).
    const QUrlQuery query(QString::fromUtf8(formBody).replace(QLatin1Char('+'), QLatin1String("%20")));
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("Action") || key == QLatin1String("Version"))
            continue;
        root = insert(root, key.split(QLatin1Char('.')), 0, value, bareIndexes);
    }
    return root.toObject();
}

QByteArray resultXml(
    const QString& operation, const QJsonObject& result, const QByteArray& requestId, const Dialect& dialect)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    const QString listMember = dialect.listMember;
    xml.writeStartElement(operation + QLatin1String("Response"));
    xml.writeDefaultNamespace(dialect.xmlns);
    if (!dialect.resultWrapper) {
        xml.writeTextElement(QStringLiteral("requestId"), QString::fromLatin1(requestId));
        writeMembers(xml, result, listMember);
        xml.writeEndElement();
        return out;
    }
    if (!result.isEmpty() || dialect.emptyResult)
        writeValue(xml, operation + QLatin1String("Result"), result, listMember);
    xml.writeStartElement(QStringLiteral("ResponseMetadata"));
    xml.writeTextElement(QStringLiteral("RequestId"), QString::fromLatin1(requestId));
    xml.writeEndElement();
    xml.writeEndElement();
    return out;
}

QByteArray errorXml(const ApiError& error, const QByteArray& requestId, const Dialect& dialect)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    if (dialect.ec2Errors) {
        xml.writeStartElement(QStringLiteral("Response"));
        xml.writeStartElement(QStringLiteral("Errors"));
        xml.writeStartElement(QStringLiteral("Error"));
        xml.writeTextElement(QStringLiteral("Code"), error.code);
        xml.writeTextElement(QStringLiteral("Message"), error.message);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeTextElement(QStringLiteral("RequestID"), QString::fromLatin1(requestId));
        xml.writeEndElement();
        return out;
    }
    xml.writeStartElement(QStringLiteral("ErrorResponse"));
    xml.writeDefaultNamespace(dialect.xmlns);
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
