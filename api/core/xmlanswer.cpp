// SPDX-License-Identifier: MIT
#include "api/core/xmlanswer.h"

#include <QXmlStreamReader>

namespace EcsDesk::Api {

std::optional<XmlNode> XmlNode::parse(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    XmlNode root;
    QList<XmlNode*> stack { &root };
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            XmlNode* parent = stack.last();
            parent->children.append(XmlNode { reader.name().toString(), {}, {} });
            stack.append(&parent->children.last());
        } else if (token == QXmlStreamReader::EndElement) {
            if (stack.size() > 1)
                stack.removeLast();
        } else if (token == QXmlStreamReader::Characters) {
            stack.last()->text += reader.text();
        }
    }
    if (reader.hasError() || root.children.isEmpty())
        return std::nullopt;
    XmlNode document = root.children.first();
    return document;
}

const XmlNode* XmlNode::child(QStringView childName) const
{
    for (const XmlNode& node : children)
        if (node.name == childName)
            return &node;
    return nullptr;
}

QList<const XmlNode*> XmlNode::childrenNamed(QStringView childName) const
{
    QList<const XmlNode*> result;
    for (const XmlNode& node : children)
        if (node.name == childName)
            result.append(&node);
    return result;
}

const XmlNode* XmlNode::find(QStringView descendant) const
{
    for (const XmlNode& node : children) {
        if (node.name == descendant)
            return &node;
        if (const XmlNode* found = node.find(descendant))
            return found;
    }
    return nullptr;
}

QString XmlNode::findText(QStringView descendant) const
{
    const XmlNode* node = find(descendant);
    return node ? node->text.trimmed() : QString();
}

} // namespace EcsDesk::Api
