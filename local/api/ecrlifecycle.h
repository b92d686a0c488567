// SPDX-License-Identifier: MIT
#pragma once

#include "local/apierror.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace EcsDesk::Local::EcrLifecycle {

/// One rule of an ECR lifecycle policy, as PutLifecyclePolicy accepts it.
struct Rule {
    int priority = 0;
    QString tagStatus; ///< tagged, untagged or any
    QStringList tagPrefixes;
    QStringList tagPatterns; ///< tagPatternList: '*' matches any run of characters
    QString countType; ///< imageCountMoreThan or sinceImagePushed
    qint64 countNumber = 0;
};

/// What a rule looks at of an image.
struct Image {
    QString digest;
    QStringList tags;
    double pushedAt = 0; ///< epoch seconds
};

/// An image a policy expires, and the rule that does it.
struct Expiry {
    QString digest;
    int rulePriority = 0;
};

/// Parses and checks a policy text; throws ApiError (InvalidParameterException with ECR's
/// "Lifecycle policy validation failure" wording) when ECR would refuse it.
std::vector<Rule> parse(const QString& text);

/// Evaluates the rules as ECR does: in priority order (lowest number first); an image selected by
/// a rule's tag criteria belongs to that rule and no later one; imageCountMoreThan keeps the newest
/// N of a rule's images, sinceImagePushed expires those pushed more than N days before `now`.
std::vector<Expiry> evaluate(const std::vector<Rule>& rules, const QList<Image>& images, double now);

} // namespace EcsDesk::Local::EcrLifecycle
