// SPDX-License-Identifier: MIT
// Fuzz target: the awsJson request decoding of the local endpoint (local/dispatcher.cpp) and the
// input validator that checks every field against the service model (local/validation/). The
// input's first line is the X-Amz-Target (e.g. AmazonEC2ContainerServiceV20141113.RunTask), the
// rest the request body, decoded as the dispatcher does.

#include "fuzzsupport.h"

#include "local/validation/inputvalidator.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace EcsDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto [target, body] = Fuzz::firstLine(Fuzz::bytes(data, size));
    const qsizetype dot = target.indexOf('.');
    const QByteArray prefix = dot < 0 ? target : target.left(dot);
    const QString operation = QString::fromLatin1(dot < 0 ? QByteArray() : target.mid(dot + 1));

    QJsonParseError parseError;
    const QJsonDocument document
        = body.trimmed().isEmpty() ? QJsonDocument(QJsonObject()) : QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0; // SerializationException
    const QJsonObject input = document.object();
    const Local::InputValidator& validator = Local::InputValidator::instance();
    Fuzz::check(validator.hasService("AmazonEC2ContainerServiceV20141113"), "the service models are loaded");
    const auto error = validator.validate(prefix, operation, input, false);
    if (error) {
        Fuzz::check(error->status == 400, "an input error is a 400");
        Fuzz::check(!error->code.isEmpty() && !error->message.isEmpty(), "an input error has a code and message");
    }
    return 0;
}
