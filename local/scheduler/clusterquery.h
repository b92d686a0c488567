// SPDX-License-Identifier: MIT
#pragma once

#include "local/scheduler/placementtypes.h"

#include <QString>

#include <memory>

namespace EcsDesk::Local {

namespace ClusterQueryDetail {
    struct Node;
}

/// A parsed ECS cluster query language expression (the `memberOf` constraint and the
/// ListContainerInstances filter), e.g. `attribute:ecs.instance-type =~ t2.* and not(task:group ==
/// service:db)`. Parsed once into an evaluable tree; evaluating it allocates nothing.
class ClusterQuery {
public:
    /// Parses `expression`. On failure returns an empty query and sets `error` to a message a
    /// caller can pass through as an InvalidParameterException.
    static std::optional<ClusterQuery> parse(const QString& expression, QString* error);

    /// True when the instance satisfies the expression.
    bool matches(const ContainerInstance& instance) const;

    /// True when the result can change as tasks are placed (runningTasksCount, task:group).
    bool dependsOnTasks() const { return m_dependsOnTasks; }

    const QString& expression() const { return m_expression; }

private:
    std::shared_ptr<const ClusterQueryDetail::Node> m_root;
    QString m_expression;
    bool m_dependsOnTasks = false;
};

/// Glob match for the `=~` operator: `*` matches any run of characters, `?` one character.
bool clusterQueryWildcardMatch(QStringView pattern, QStringView text);

/// Compares dotted versions numerically part by part (1.9.0 < 1.10.0); <0, 0 or >0.
int compareAgentVersions(QStringView a, QStringView b);

} // namespace EcsDesk::Local
