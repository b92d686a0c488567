// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace EcsDesk::Local {

/// An AWS error answer: the `__type` code, the message and the HTTP status. Handlers throw it;
/// the dispatcher rolls the request's writes back and answers it in the protocol's form.
struct ApiError {
    QString code;
    QString message;
    int status = 400;

    static ApiError invalidParameter(const QString& message)
    {
        return { QStringLiteral("InvalidParameterException"), message, 400 };
    }
    static ApiError client(const QString& message) { return { QStringLiteral("ClientException"), message, 400 }; }
};

} // namespace EcsDesk::Local
