// SPDX-License-Identifier: MIT
#pragma once

#include "local/apierror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1String>

namespace EcsDesk::Local::QueryCodec {

/// How one service writes the AWS query protocol: chosen by the SigV4 credential scope's service
/// name. CloudWatch, ELBv2 and EC2 Auto Scaling wrap results in <OpResult> and write list items as
/// <member>; EC2 writes the result members directly under <OpResponse>, list items as <item>, and
/// errors as <Response><Errors><Error>…</Errors><RequestID>…</RequestID></Response>.
struct Dialect {
    QLatin1String signingName; ///< the credential scope's service ("monitoring")
    QLatin1String xmlns;
    QLatin1String apiVersion;
    QLatin1String listMember; ///< "member" or "item"
    bool resultWrapper = true; ///< <OpResponse><OpResult>…; false: members directly in <OpResponse>
    bool ec2Errors = false; ///< EC2's <Response><Errors> error form
    bool emptyResult = false; ///< an empty result is still written (<OpResult/>: ELBv2's empty outputs)
};

/// The table: monitoring (CloudWatch), elasticloadbalancing (ELBv2), autoscaling (EC2 Auto
/// Scaling) and ec2. nullptr for a service the query protocol does not know.
const Dialect* dialectFor(QByteArrayView signingName);
/// CloudWatch's dialect (the default of the overloads without one).
const Dialect& cloudWatch();

/// The AWS query protocol's form: fields such as `MetricData.member.1.Dimensions.member.2.Name`
/// become nested JSON (values stay strings). With EC2's dialect a bare index (`Filter.1.Name`)
/// is a list position too.
QJsonObject formToJson(const QByteArray& formBody, const Dialect& dialect = cloudWatch());

/// `<OpResponse xmlns="…"><OpResult>...` with lists as the dialect's list elements and
/// Timestamp(s) written as ISO 8601.
QByteArray resultXml(const QString& operation, const QJsonObject& result, const QByteArray& requestId,
    const Dialect& dialect = cloudWatch());
QByteArray errorXml(const ApiError& error, const QByteArray& requestId, const Dialect& dialect = cloudWatch());

} // namespace EcsDesk::Local::QueryCodec
