// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace EcsDesk::Models {

/// The AWS Management Console page of an ECS resource (the ECS console v2), in its region and
/// partition: https://REGION.console.aws.amazon.com (aws), https://console.amazonaws.cn (aws-cn),
/// https://console.amazonaws-us-gov.com (aws-us-gov).
namespace ConsoleUrl {
    /// The console host of `partition` ("aws", "aws-cn", "aws-us-gov") for `region`.
    QUrl base(const QString& partition, const QString& region);
    /// The partition of `region` when no ARN says it ("cn-north-1": aws-cn, "us-gov-west-1": aws-us-gov).
    QString partitionOfRegion(const QString& region);
    /// The console page of the cluster, service, task, container instance or task definition `arn`;
    /// `cluster` (name or ARN) serves ARNs of the old format that do not name their cluster. Invalid
    /// when `arn` is not one of those.
    QUrl forArn(const QString& arn, const QString& cluster = {});
} // namespace ConsoleUrl

} // namespace EcsDesk::Models
