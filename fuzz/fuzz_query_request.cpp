// SPDX-License-Identifier: MIT
// Fuzz target: the query-protocol decoding (local/api/querycodec.cpp, CloudWatch's form bodies such
// as Action=PutMetricData&MetricData.member.1.MetricName=...), the input validator in its query mode
// (local/validation/), and the XML writer the answer goes through, which must stay well-formed.

#include "fuzzsupport.h"

#include "local/api/querycodec.h"
#include "local/validation/inputvalidator.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QXmlStreamReader>

using namespace EcsDesk;

namespace {

void checkWellFormed(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        std::fprintf(stderr, "%s\n%s\n", qPrintable(reader.errorString()), xml.constData());
    Fuzz::check(!reader.hasError(), "the XML answer is well-formed");
}

void collectStrings(const QJsonValue& value, QJsonArray* into)
{
    if (value.isString()) {
        into->append(value);
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectStrings(item, into);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            into->append(it.key());
            collectStrings(it.value(), into);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray requestId = QByteArrayLiteral("00000000-0000-0000-0000-000000000000");
    const QByteArray body = Fuzz::bytes(data, size);
    const QUrlQuery form(QString::fromUtf8(body));
    const QString operation = form.queryItemValue(QStringLiteral("Action"), QUrl::FullyDecoded);
    const QJsonObject input = Local::QueryCodec::formToJson(body);
    const auto error = Local::InputValidator::instance().validate(
        QByteArrayLiteral("GraniteServiceVersion20100801"), operation, input, true);
    if (error) {
        Fuzz::check(error->status == 400, "an input error is a 400");
        Fuzz::check(!error->code.isEmpty(), "an input error has a code");
        checkWellFormed(Local::QueryCodec::errorXml(*error, requestId));
    }
    // The answer's writer: element names are the handlers' own, but values sent come back in
    // answers (metric names, dimension values, alarm descriptions) and an unknown Action is named in
    // the error. Every string of the input goes through both.
    QJsonArray values;
    collectStrings(input, &values);
    checkWellFormed(Local::QueryCodec::resultXml(
        QStringLiteral("ListMetrics"), QJsonObject { { QStringLiteral("Values"), values } }, requestId));
    checkWellFormed(Local::QueryCodec::errorXml(
        { QStringLiteral("InvalidAction"), QStringLiteral("The action %1 is not valid.").arg(operation), 400 },
        requestId));
    return 0;
}
