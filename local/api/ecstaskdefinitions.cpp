// SPDX-License-Identifier: MIT
// ECS task definitions: RegisterTaskDefinition, DeregisterTaskDefinition, DescribeTaskDefinition,
// ListTaskDefinitions, ListTaskDefinitionFamilies.
#include "local/api/ecshandler.h"

#include "local/api/ecsdetail.h"
#include "local/clock.h"
#include "local/store/store.h"
#include "rules/ecsrules.h"

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

using namespace EcsDetail;

const QJsonObject& EcsHandler::requireTaskDefinition(const QString& reference) const
{
    const QJsonObject* definition = m_tasks.repository().taskDefinitionDocument(reference);
    if (!definition)
        throw ApiError::client(tr("Unable to describe task definition."));
    return *definition;
}

QJsonObject EcsHandler::registerTaskDefinition(const QJsonObject& in)
{
    if (const auto rejected = Rules::firstRejection(Rules::checkRegisterTaskDefinition(in)))
        throw ApiError { rejected->code, rejected->message, 400 };
    // The rulebook checked names, images, memory, duplicates and the Fargate rules; the input model
    // the types and enums. What is left: the required members, and the defaults ECS fills in.
    const QString family = Input::requiredString(in, "family"_L1);
    const QJsonArray containersIn = Input::array(in, "containerDefinitions"_L1);
    if (containersIn.isEmpty())
        throw ApiError::client(tr("Container list cannot be empty."));
    const QJsonArray tags = Input::array(in, "tags"_L1);
    validateTags(tags);
    const QString networkMode = Input::string(in, "networkMode"_L1);
    const QStringList requiredCompatibilities = Input::stringList(in, "requiresCompatibilities"_L1);

    QJsonArray containers;
    for (const QJsonValue& value : containersIn) {
        QJsonObject container = value.toObject();
        if (!container.contains("cpu"_L1))
            container["cpu"_L1] = 0;
        if (!container.contains("essential"_L1))
            container["essential"_L1] = true;
        for (const char* list : { "portMappings", "environment", "mountPoints", "volumesFrom" }) {
            if (!container.contains(QLatin1String(list)))
                container[QLatin1String(list)] = QJsonArray();
        }
        QJsonArray ports = container.value("portMappings"_L1).toArray();
        for (qsizetype i = 0; i < ports.size(); ++i) {
            QJsonObject port = ports[i].toObject();
            if (!port.contains("protocol"_L1))
                port["protocol"_L1] = "tcp"_L1;
            if ((networkMode == "awsvpc"_L1 || networkMode == "host"_L1) && !port.contains("hostPort"_L1)
                && port.contains("containerPort"_L1))
                port["hostPort"_L1] = port.value("containerPort"_L1);
            ports[i] = port;
        }
        container["portMappings"_L1] = ports;
        containers.append(container);
    }

    int revision = 1;
    const Store::Collection& all = m_context.store->collection(Kind::TaskDefinition);
    forRange(all, family + QLatin1Char(':'), {}, [&](const QString&, const QJsonObject& definition) {
        revision = definition.value("revision"_L1).toInt() + 1;
        return true;
    });

    // Every input field is kept (unknown ones are accepted and ignored, as AWS does); then the
    // read-only fields are set.
    QJsonObject definition = in;
    definition.remove("tags"_L1);
    definition["containerDefinitions"_L1] = containers;
    definition["taskDefinitionArn"_L1]
        = arn("task-definition/"_L1 + family + QLatin1Char(':') + QString::number(revision));
    definition["revision"_L1] = revision;
    definition["status"_L1] = "ACTIVE"_L1;
    if (!definition.contains("volumes"_L1))
        definition["volumes"_L1] = QJsonArray();
    if (!definition.contains("placementConstraints"_L1))
        definition["placementConstraints"_L1] = QJsonArray();
    if (networkMode.isEmpty())
        definition["networkMode"_L1] = "bridge"_L1;
    for (const char* field : { "cpu", "memory" }) {
        if (definition.value(QLatin1String(field)).isDouble())
            definition[QLatin1String(field)] = QString::number(definition.value(QLatin1String(field)).toInt());
    }
    QJsonArray compatibilities { "EC2"_L1 };
    if (networkMode == "awsvpc"_L1 && definition.contains("cpu"_L1) && definition.contains("memory"_L1))
        compatibilities.append("FARGATE"_L1);
    if (requiredCompatibilities.contains("EXTERNAL"_L1))
        compatibilities.append("EXTERNAL"_L1);
    definition["compatibilities"_L1] = compatibilities;
    definition["requiresAttributes"_L1] = QJsonArray();
    definition["registeredAt"_L1] = m_context.clock->epochSeconds();
    definition["registeredBy"_L1] = m_context.principalArn();
    m_context.store->put(Kind::TaskDefinition, Repository::taskDefinitionKey(family, revision), definition);
    setTags(definition.value("taskDefinitionArn"_L1).toString(), tags);
    return { { "taskDefinition"_L1, definition }, { "tags"_L1, tags } };
}

QJsonObject EcsHandler::deregisterTaskDefinition(const QJsonObject& in)
{
    const QString reference = Input::requiredString(in, "taskDefinition"_L1);
    const QString familyRevision
        = reference.startsWith("arn:"_L1) ? reference.mid(reference.indexOf("task-definition/"_L1) + 16) : reference;
    if (!familyRevision.contains(QLatin1Char(':')))
        throw ApiError::client(tr("Invalid revision number. Number: %1").arg(QString()));
    std::optional<TaskDefinitionRecord> definition = m_tasks.repository().taskDefinition(reference);
    if (!definition)
        throw ApiError::client(tr("The specified task definition does not exist."));
    if (definition->isActive()) {
        definition->status = QStringLiteral("INACTIVE");
        definition->json["deregisteredAt"_L1] = m_context.clock->epochSeconds();
        m_tasks.repository().putTaskDefinition(*definition);
    }
    return { { "taskDefinition"_L1, definition->toJson() } };
}

QJsonObject EcsHandler::describeTaskDefinition(const QJsonObject& in)
{
    const QJsonObject& definition = requireTaskDefinition(Input::requiredString(in, "taskDefinition"_L1));
    QJsonObject out { { "taskDefinition"_L1, definition } };
    const QStringList include = Input::stringList(in, "include"_L1);
    for (const QString& item : include)
        Input::requireOneOf(item, "include"_L1, { QStringLiteral("TAGS") });
    if (include.contains("TAGS"_L1))
        out["tags"_L1] = tagsOf(definition.value("taskDefinitionArn"_L1).toString());
    return out;
}

QJsonObject EcsHandler::listTaskDefinitions(const QJsonObject& in)
{
    const QString family = Input::string(in, "familyPrefix"_L1);
    QString status = Input::string(in, "status"_L1);
    if (status.isEmpty())
        status = QStringLiteral("ACTIVE");
    Input::requireOneOf(status, "status"_L1,
        { QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE"), QStringLiteral("DELETE_IN_PROGRESS") });
    QString sort = Input::string(in, "sort"_L1);
    if (sort.isEmpty())
        sort = QStringLiteral("ASC");
    Input::requireOneOf(sort, "sort"_L1, { QStringLiteral("ASC"), QStringLiteral("DESC") });
    const Input::Page page = Input::page(in, 100, 100);

    QStringList keys;
    const QString prefix = family.isEmpty() ? QString() : family + QLatin1Char(':');
    forRange(m_context.store->collection(Kind::TaskDefinition), prefix, {},
        [&](const QString& key, const QJsonObject& definition) {
            if (definition.value("status"_L1).toString() == status)
                keys.append(key);
            return true;
        });
    if (sort == "DESC"_L1)
        std::reverse(keys.begin(), keys.end());
    qsizetype start = 0;
    if (!page.after.isEmpty()) {
        start = keys.indexOf(page.after);
        if (start < 0)
            throw ApiError::invalidParameter(tr("Invalid nextToken."));
        ++start;
    }
    QJsonArray arns;
    qsizetype i = start;
    for (; i < keys.size() && arns.size() < page.maxResults; ++i) {
        arns.append(m_context.store->find(Kind::TaskDefinition, keys[i])->value("taskDefinitionArn"_L1));
    }
    QJsonObject out { { "taskDefinitionArns"_L1, arns } };
    if (i < keys.size())
        out["nextToken"_L1] = Input::encodeToken(keys[i - 1]);
    return out;
}

QByteArray EcsHandler::listTaskDefinitionsRaw(const QJsonObject& in)
{
    // The same checks, order and tokens as listTaskDefinitions().
    const QString family = Input::string(in, "familyPrefix"_L1);
    QString status = Input::string(in, "status"_L1);
    if (status.isEmpty())
        status = QStringLiteral("ACTIVE");
    Input::requireOneOf(status, "status"_L1,
        { QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE"), QStringLiteral("DELETE_IN_PROGRESS") });
    QString sort = Input::string(in, "sort"_L1);
    if (sort.isEmpty())
        sort = QStringLiteral("ASC");
    Input::requireOneOf(sort, "sort"_L1, { QStringLiteral("ASC"), QStringLiteral("DESC") });
    const Input::Page page = Input::page(in, 100, 100);

    if (m_definitionIndexStale) {
        m_definitionIndex.clear();
        for (const auto& [key, definition] : m_context.store->collection(Kind::TaskDefinition)) {
            m_definitionIndex.push_back({ key, definition.value("taskDefinitionArn"_L1).toString().toUtf8(),
                definition.value("status"_L1).toString() });
        }
        m_definitionIndexStale = false;
    }
    const QString prefix = family.isEmpty() ? QString() : family + QLatin1Char(':');
    std::vector<const DefinitionEntry*> matching;
    for (const DefinitionEntry& entry : m_definitionIndex) {
        if (entry.status == status && (prefix.isEmpty() || entry.key.startsWith(prefix)))
            matching.push_back(&entry);
    }
    if (sort == "DESC"_L1)
        std::reverse(matching.begin(), matching.end());
    size_t start = 0;
    if (!page.after.isEmpty()) {
        const auto at = std::find_if(
            matching.begin(), matching.end(), [&](const DefinitionEntry* entry) { return entry->key == page.after; });
        if (at == matching.end())
            throw ApiError::invalidParameter(tr("Invalid nextToken."));
        start = size_t(at - matching.begin()) + 1;
    }
    // ARNs and tokens hold only characters that need no JSON escaping.
    QByteArray out = "{\"taskDefinitionArns\":[";
    out.reserve(qsizetype(std::min<size_t>(matching.size(), size_t(page.maxResults))) * 96 + 128);
    size_t i = start;
    for (; i < matching.size() && i - start < size_t(page.maxResults); ++i) {
        if (i > start)
            out += ',';
        out += '"' + matching[i]->arn + '"';
    }
    out += ']';
    if (i < matching.size())
        out += ",\"nextToken\":\"" + Input::encodeToken(matching[i - 1]->key).toUtf8() + '"';
    out += '}';
    return out;
}

QJsonObject EcsHandler::listTaskDefinitionFamilies(const QJsonObject& in)
{
    const QString prefix = Input::string(in, "familyPrefix"_L1);
    QString status = Input::string(in, "status"_L1);
    if (status.isEmpty())
        status = QStringLiteral("ACTIVE");
    Input::requireOneOf(
        status, "status"_L1, { QStringLiteral("ACTIVE"), QStringLiteral("INACTIVE"), QStringLiteral("ALL") });
    const Input::Page page = Input::page(in, 100, 100);
    // family -> has an ACTIVE revision
    QMap<QString, bool> families;
    forRange(m_context.store->collection(Kind::TaskDefinition), prefix, {},
        [&](const QString&, const QJsonObject& definition) {
            bool& active = families[definition.value("family"_L1).toString()];
            active = active || definition.value("status"_L1).toString() == "ACTIVE"_L1;
            return true;
        });
    QJsonArray out;
    QString next;
    for (auto it = page.after.isEmpty() ? families.cbegin() : families.upperBound(page.after); it != families.cend();
         ++it) {
        if ((status == "ACTIVE"_L1 && !it.value()) || (status == "INACTIVE"_L1 && it.value()))
            continue;
        if (out.size() == page.maxResults) {
            next = Input::encodeToken(out.last().toString());
            break;
        }
        out.append(it.key());
    }
    QJsonObject result { { "families"_L1, out } };
    if (!next.isEmpty())
        result["nextToken"_L1] = next;
    return result;
}

} // namespace EcsDesk::Local
