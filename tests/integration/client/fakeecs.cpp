// SPDX-License-Identifier: MIT
#include "fakeecs.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace EcsDesk::Testing {

namespace {
    const QString account = QStringLiteral("arn:aws:ecs:us-east-1:123456789012:");
    const double epoch = 1795300000.0;

    StubResponse invalid(const QString& message)
    {
        return StubResponse::awsError(QStringLiteral("InvalidParameterException"), message, 400);
    }
} // namespace

FakeEcs::FakeEcs(Shape shape)
    : m_shape(shape)
{
    m_clusterArn = account + QLatin1String("cluster/") + clusterName();
    for (int f = 0; f < shape.families; ++f) {
        const QString family = QStringLiteral("fam-%1").arg(f, 4, 10, QLatin1Char('0'));
        m_families.append(family);
        const QString arn = account + QLatin1String("task-definition/") + family + QLatin1String(":1");
        QJsonObject td { { QStringLiteral("taskDefinitionArn"), arn }, { QStringLiteral("family"), family },
            { QStringLiteral("revision"), 1 }, { QStringLiteral("status"), QStringLiteral("ACTIVE") },
            { QStringLiteral("networkMode"), QStringLiteral("bridge") }, { QStringLiteral("registeredAt"), epoch },
            { QStringLiteral("containerDefinitions"),
                QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("app") },
                    { QStringLiteral("image"), QStringLiteral("registry.example.com/app:1.2.3") },
                    { QStringLiteral("cpu"), 128 }, { QStringLiteral("memory"), 256 },
                    { QStringLiteral("essential"), true },
                    { QStringLiteral("portMappings"),
                        QJsonArray {
                            QJsonObject { { QStringLiteral("containerPort"), 8080 }, { QStringLiteral("hostPort"), 0 },
                                { QStringLiteral("protocol"), QStringLiteral("tcp") } } } },
                    { QStringLiteral("environment"),
                        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("MODE") },
                            { QStringLiteral("value"), QStringLiteral("production") } } } } } } } };
        m_taskDefinitions.insert(arn, td);
        m_taskDefinitions.insert(family, td);
    }
    for (int i = 0; i < shape.containerInstances; ++i) {
        const QString arn = account + QLatin1String("container-instance/bench/")
            + QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0'));
        m_instanceArns.append(arn);
        m_instances.insert(arn,
            QJsonObject { { QStringLiteral("containerInstanceArn"), arn },
                { QStringLiteral("ec2InstanceId"), QStringLiteral("i-%1").arg(i, 17, 16, QLatin1Char('0')) },
                { QStringLiteral("status"), QStringLiteral("ACTIVE") }, { QStringLiteral("agentConnected"), true },
                { QStringLiteral("registeredAt"), epoch },
                { QStringLiteral("registeredResources"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("CPU") },
                                     { QStringLiteral("type"), QStringLiteral("INTEGER") },
                                     { QStringLiteral("integerValue"), 4096 } },
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("MEMORY") },
                            { QStringLiteral("type"), QStringLiteral("INTEGER") },
                            { QStringLiteral("integerValue"), 15000 } } } },
                { QStringLiteral("attributes"),
                    QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("ecs.availability-zone") },
                        { QStringLiteral("value"),
                            QStringLiteral("us-east-1%1").arg(QLatin1Char(char('a' + i % 3))) } } } } });
    }
    std::sort(m_instanceArns.begin(), m_instanceArns.end());

    int taskNumber = 0;
    auto addTask = [&](const QString& family, const QString& group, const QString& status) {
        const QString arn
            = account + QLatin1String("task/bench/") + QStringLiteral("%1").arg(taskNumber, 32, 16, QLatin1Char('0'));
        const QString tdArn = m_taskDefinitions.contains(family)
            ? m_taskDefinitions.value(family).value(QLatin1String("taskDefinitionArn")).toString()
            : account + QLatin1String("task-definition/") + family + QLatin1String(":1");
        const bool stopped = status == QLatin1String("STOPPED");
        QJsonObject binding;
        binding.insert(QStringLiteral("bindIP"), QStringLiteral("0.0.0.0"));
        binding.insert(QStringLiteral("containerPort"), 8080);
        binding.insert(QStringLiteral("hostPort"), 32768 + taskNumber % 1000);
        binding.insert(QStringLiteral("protocol"), QStringLiteral("tcp"));
        QJsonObject container;
        container.insert(QStringLiteral("containerArn"), QString(arn + QLatin1String("/app")));
        container.insert(QStringLiteral("name"), QStringLiteral("app"));
        container.insert(QStringLiteral("image"), QStringLiteral("registry.example.com/app:1.2.3"));
        container.insert(QStringLiteral("lastStatus"), status);
        container.insert(QStringLiteral("networkBindings"), QJsonArray { binding });
        QJsonObject task;
        task.insert(QStringLiteral("taskArn"), arn);
        task.insert(QStringLiteral("clusterArn"), m_clusterArn);
        task.insert(QStringLiteral("taskDefinitionArn"), tdArn);
        task.insert(QStringLiteral("group"), group);
        task.insert(QStringLiteral("lastStatus"), status);
        task.insert(QStringLiteral("desiredStatus"), status);
        task.insert(QStringLiteral("launchType"), QStringLiteral("EC2"));
        task.insert(QStringLiteral("createdAt"), epoch + taskNumber);
        task.insert(QStringLiteral("startedAt"), epoch + taskNumber + 5);
        task.insert(QStringLiteral("cpu"), QStringLiteral("128"));
        task.insert(QStringLiteral("memory"), QStringLiteral("256"));
        task.insert(QStringLiteral("availabilityZone"),
            QStringLiteral("us-east-1%1").arg(QLatin1Char(char('a' + taskNumber % 3))));
        task.insert(QStringLiteral("containers"), QJsonArray { container });
        if (!m_instanceArns.isEmpty())
            task.insert(QStringLiteral("containerInstanceArn"), m_instanceArns[taskNumber % m_instanceArns.size()]);
        if (stopped) {
            task.insert(QStringLiteral("stopCode"), QStringLiteral("EssentialContainerExited"));
            task.insert(QStringLiteral("stoppedReason"), QStringLiteral("Essential container in task exited"));
            task.insert(QStringLiteral("stoppedAt"), epoch + taskNumber + 60);
        }
        m_tasks.insert(arn, task);
        m_taskIndex[family + QLatin1Char('|') + status].append(arn);
        m_taskIndex[QLatin1Char('|') + status].append(arn);
        ++taskNumber;
    };

    for (int s = 0; s < shape.services; ++s) {
        const QString name = QStringLiteral("svc-%1").arg(s, 4, 10, QLatin1Char('0'));
        const QString arn = account + QLatin1String("service/bench/") + name;
        const QString family = m_families[s % m_families.size()];
        const QString tdArn = m_taskDefinitions.value(family).value(QLatin1String("taskDefinitionArn")).toString();
        QJsonArray events;
        for (int e = 0; e < 3; ++e)
            events.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("%1-%2").arg(name).arg(e) },
                { QStringLiteral("createdAt"), epoch + e },
                { QStringLiteral("message"), QStringLiteral("(service %1) has reached a steady state.").arg(name) } });
        const QJsonObject service { { QStringLiteral("serviceArn"), arn }, { QStringLiteral("serviceName"), name },
            { QStringLiteral("clusterArn"), m_clusterArn }, { QStringLiteral("status"), QStringLiteral("ACTIVE") },
            { QStringLiteral("desiredCount"), shape.runningPerService },
            { QStringLiteral("runningCount"), shape.runningPerService }, { QStringLiteral("pendingCount"), 0 },
            { QStringLiteral("launchType"), QStringLiteral("EC2") }, { QStringLiteral("taskDefinition"), tdArn },
            { QStringLiteral("schedulingStrategy"), QStringLiteral("REPLICA") },
            { QStringLiteral("deployments"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("ecs-svc/%1").arg(s) },
                    { QStringLiteral("status"), QStringLiteral("PRIMARY") },
                    { QStringLiteral("taskDefinition"), tdArn },
                    { QStringLiteral("desiredCount"), shape.runningPerService },
                    { QStringLiteral("runningCount"), shape.runningPerService },
                    { QStringLiteral("rolloutState"), QStringLiteral("COMPLETED") },
                    { QStringLiteral("createdAt"), epoch } } } },
            { QStringLiteral("events"), events }, { QStringLiteral("createdAt"), epoch } };
        m_serviceArns.append(arn);
        m_services.insert(arn, service);
        m_services.insert(name, service);
        for (int t = 0; t < shape.runningPerService; ++t)
            addTask(family, QLatin1String("service:") + name, QStringLiteral("RUNNING"));
        for (int t = 0; t < shape.stoppedPerService; ++t)
            addTask(family, QLatin1String("service:") + name, QStringLiteral("STOPPED"));
    }
    for (int t = 0; t < shape.danglingTasks; ++t)
        addTask(QStringLiteral("deleted-family"), QStringLiteral("family:deleted-family"), QStringLiteral("STOPPED"));
    for (int t = 0; t < shape.standaloneTasks; ++t)
        addTask(m_families.first(), QLatin1String("family:") + m_families.first(), QStringLiteral("RUNNING"));
    std::sort(m_serviceArns.begin(), m_serviceArns.end());
    for (auto it = m_taskIndex.begin(); it != m_taskIndex.end(); ++it)
        std::sort(it->begin(), it->end());

    auto serialize = [](const QHash<QString, QJsonObject>& objects, QHash<QString, QByteArray>& bytes) {
        for (auto it = objects.begin(); it != objects.end(); ++it)
            bytes.insert(it.key(), QJsonDocument(*it).toJson(QJsonDocument::Compact));
    };
    serialize(m_services, m_serviceBytes);
    serialize(m_tasks, m_taskBytes);
    serialize(m_instances, m_instanceBytes);

    const int running = int(m_taskIndex.value(QStringLiteral("|RUNNING")).size());
    m_cluster = QJsonObject { { QStringLiteral("clusterArn"), m_clusterArn },
        { QStringLiteral("clusterName"), clusterName() }, { QStringLiteral("status"), QStringLiteral("ACTIVE") },
        { QStringLiteral("runningTasksCount"), running }, { QStringLiteral("pendingTasksCount"), 0 },
        { QStringLiteral("activeServicesCount"), shape.services },
        { QStringLiteral("registeredContainerInstancesCount"), shape.containerInstances } };
}

int FakeEcs::roundTripLowerBound() const
{
    auto pages = [](qsizetype items) { return std::max<qsizetype>(1, (items + 99) / 100); };
    // Services: every ListServices page (100 at most) in sequence, then one DescribeServices.
    const qsizetype serviceChain = pages(m_serviceArns.size()) + 1;
    const qsizetype instanceChain = pages(m_instanceArns.size()) + 1;
    // Tasks, partitioned by (family, desired status): the family pages, the longest partition's
    // pages, then one DescribeTasks.
    qsizetype longestPartition = 1;
    for (const QString& family : m_families)
        for (const char* status : { "RUNNING", "STOPPED" })
            longestPartition = std::max(
                longestPartition, pages(m_taskIndex.value(family + QLatin1Char('|') + QLatin1String(status)).size()));
    const qsizetype taskChain = pages(m_families.size()) + longestPartition + 1;
    // A task definition is named only by a describe answer: list, describe, then describe it.
    return int(std::max({ serviceChain, instanceChain, taskChain, qsizetype(3) }));
}

StubResponse FakeEcs::page(const QStringList& all, const QJsonObject& input, int defaultMax, const char* key) const
{
    const int maxResults = input.value(QLatin1String("maxResults")).toInt(defaultMax);
    if (maxResults < 1 || maxResults > 100)
        return invalid(QStringLiteral("maxResults must be between 1 and 100."));
    bool ok = true;
    const QString token = input.value(QLatin1String("nextToken")).toString();
    const qsizetype offset = token.isEmpty() ? 0 : token.toLongLong(&ok);
    if (!ok || offset < 0 || offset > all.size())
        return invalid(QStringLiteral("Invalid nextToken."));
    QJsonObject answer { { QLatin1String(key), QJsonArray::fromStringList(all.mid(offset, maxResults)) } };
    if (offset + maxResults < all.size())
        answer.insert(QStringLiteral("nextToken"), QString::number(offset + maxResults));
    return StubResponse::json(answer);
}

StubResponse FakeEcs::handle(const StubRequest& request) const
{
    const QString op = request.operation();
    ++m_calls[op];
    const QJsonObject input = request.json();
    const QString cluster = input.value(QLatin1String("cluster")).toString();
    if (!cluster.isEmpty() && cluster != clusterName() && cluster != m_clusterArn
        && op != QLatin1String("DescribeClusters"))
        return StubResponse::awsError(QStringLiteral("ClusterNotFoundException"), QStringLiteral("Cluster not found."));

    auto describe = [&](const char* inputKey, int limit, const QHash<QString, QByteArray>& objects,
                        const char* outputKey) {
        const QJsonArray wanted = input.value(QLatin1String(inputKey)).toArray();
        if (wanted.isEmpty() || wanted.size() > limit)
            return invalid(
                QStringLiteral("%1 must contain between 1 and %2 items.").arg(QLatin1String(inputKey)).arg(limit));
        QByteArray found;
        QJsonArray failures;
        for (const QJsonValue& arn : wanted) {
            const auto it = objects.constFind(arn.toString());
            if (it == objects.constEnd()) {
                failures.append(QJsonObject {
                    { QStringLiteral("arn"), arn }, { QStringLiteral("reason"), QStringLiteral("MISSING") } });
                continue;
            }
            if (!found.isEmpty())
                found += ',';
            found += *it;
        }
        StubResponse response = StubResponse::json({});
        response.body = "{\"" + QByteArray(outputKey) + "\":[" + found
            + "],\"failures\":" + QJsonDocument(failures).toJson(QJsonDocument::Compact) + '}';
        return response;
    };

    if (op == QLatin1String("DescribeClusters")) {
        const QJsonArray wanted = input.value(QLatin1String("clusters")).toArray();
        QJsonArray found;
        QJsonArray failures;
        for (const QJsonValue& c : wanted) {
            if (c.toString() == clusterName() || c.toString() == m_clusterArn)
                found.append(m_cluster);
            else
                failures.append(QJsonObject {
                    { QStringLiteral("arn"), c }, { QStringLiteral("reason"), QStringLiteral("MISSING") } });
        }
        return StubResponse::json(
            QJsonObject { { QStringLiteral("clusters"), found }, { QStringLiteral("failures"), failures } });
    }
    if (op == QLatin1String("ListServices"))
        return page(m_serviceArns, input, 10, "serviceArns");
    if (op == QLatin1String("DescribeServices"))
        return describe("services", 10, m_serviceBytes, "services");
    if (op == QLatin1String("ListContainerInstances"))
        return page(m_instanceArns, input, 100, "containerInstanceArns");
    if (op == QLatin1String("DescribeContainerInstances"))
        return describe("containerInstances", 100, m_instanceBytes, "containerInstances");
    if (op == QLatin1String("ListTaskDefinitionFamilies"))
        return page(m_families, input, 100, "families");
    if (op == QLatin1String("DescribeTaskDefinition")) {
        const auto it = m_taskDefinitions.constFind(input.value(QLatin1String("taskDefinition")).toString());
        if (it == m_taskDefinitions.constEnd())
            return StubResponse::awsError(
                QStringLiteral("ClientException"), QStringLiteral("Unable to describe task definition."));
        return StubResponse::json(QJsonObject { { QStringLiteral("taskDefinition"), *it } });
    }
    if (op == QLatin1String("ListTasks")) {
        if (!input.value(QLatin1String("serviceName")).toString().isEmpty()
            || !input.value(QLatin1String("containerInstance")).toString().isEmpty())
            return invalid(QStringLiteral("FakeEcs lists tasks by family and desired status only."));
        const QString status = input.value(QLatin1String("desiredStatus")).toString(QStringLiteral("RUNNING"));
        const QString family = input.value(QLatin1String("family")).toString();
        return page(m_taskIndex.value(family + QLatin1Char('|') + status), input, 100, "taskArns");
    }
    if (op == QLatin1String("DescribeTasks"))
        return describe("tasks", 100, m_taskBytes, "tasks");
    return StubResponse::awsError(QStringLiteral("UnknownOperationException"), op);
}

} // namespace EcsDesk::Testing
