// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace EcsDesk::Api {

/// A small, forgiving reader for query-protocol XML answers (STS, CloudWatch): an element tree
/// with text, enough to walk `<GetMetricDataResult><MetricDataResults><member>...`.
struct XmlNode {
    QString name;
    QString text;
    QList<XmlNode> children;

    /// Parses a document; returns std::nullopt when it is not well-formed XML.
    static std::optional<XmlNode> parse(const QByteArray& xml);

    const XmlNode* child(QStringView name) const;
    QList<const XmlNode*> childrenNamed(QStringView name) const;
    /// The first descendant named `name` (depth first), or nullptr.
    const XmlNode* find(QStringView name) const;
    /// Text of the first descendant named `name`, empty when absent.
    QString findText(QStringView name) const;
};

} // namespace EcsDesk::Api
