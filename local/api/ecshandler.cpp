// SPDX-License-Identifier: MIT
// EcsHandler: the ECS operation table. The operations live one file per resource: ecsclusters.cpp,
// ecstaskdefinitions.cpp, ecstasks.cpp, ecsservices.cpp, ecscontainerinstances.cpp, ecsaccount.cpp.
#include "local/api/ecshandler.h"

#include "local/store/store.h"

using namespace Qt::Literals::StringLiterals;

namespace EcsDesk::Local {

EcsHandler::EcsHandler(EndpointContext context)
    : ServiceHandler(context)
    , m_tasks(std::move(context))
{
    m_tasks.setRunTask([this](const QJsonObject& request) { return runTask(request); });
    if (m_context.store) {
        m_storeWatch = std::make_unique<QObject>();
        QObject::connect(m_context.store, &Store::changed, m_storeWatch.get(), [this](Kind kind, const QString&) {
            if (kind == Kind::TaskDefinition)
                m_definitionIndexStale = true;
        });
    }
}

const QHash<QString, EcsHandler::Operation>& EcsHandler::operations()
{
    static const QHash<QString, Operation> table {
        { QStringLiteral("CreateCluster"), &EcsHandler::createCluster },
        { QStringLiteral("DeleteCluster"), &EcsHandler::deleteCluster },
        { QStringLiteral("UpdateClusterSettings"), &EcsHandler::updateClusterSettings },
        { QStringLiteral("UpdateCluster"), &EcsHandler::updateCluster },
        { QStringLiteral("ListClusters"), &EcsHandler::listClusters },
        { QStringLiteral("DescribeClusters"), &EcsHandler::describeClusters },
        { QStringLiteral("RegisterTaskDefinition"), &EcsHandler::registerTaskDefinition },
        { QStringLiteral("DeregisterTaskDefinition"), &EcsHandler::deregisterTaskDefinition },
        { QStringLiteral("DescribeTaskDefinition"), &EcsHandler::describeTaskDefinition },
        { QStringLiteral("ListTaskDefinitions"), &EcsHandler::listTaskDefinitions },
        { QStringLiteral("ListTaskDefinitionFamilies"), &EcsHandler::listTaskDefinitionFamilies },
        { QStringLiteral("CreateService"), &EcsHandler::createService },
        { QStringLiteral("UpdateService"), &EcsHandler::updateService },
        { QStringLiteral("DeleteService"), &EcsHandler::deleteService },
        { QStringLiteral("ListServices"), &EcsHandler::listServices },
        { QStringLiteral("DescribeServices"), &EcsHandler::describeServices },
        { QStringLiteral("ListServiceDeployments"), &EcsHandler::listServiceDeployments },
        { QStringLiteral("DescribeServiceDeployments"), &EcsHandler::describeServiceDeployments },
        { QStringLiteral("DescribeServiceRevisions"), &EcsHandler::describeServiceRevisions },
        { QStringLiteral("StopServiceDeployment"), &EcsHandler::stopServiceDeployment },
        { QStringLiteral("RunTask"), &EcsHandler::runTask },
        { QStringLiteral("StartTask"), &EcsHandler::startTask },
        { QStringLiteral("StopTask"), &EcsHandler::stopTask },
        { QStringLiteral("ExecuteCommand"), &EcsHandler::executeCommand },
        { QStringLiteral("ListTasks"), &EcsHandler::listTasks },
        { QStringLiteral("DescribeTasks"), &EcsHandler::describeTasks },
        { QStringLiteral("RegisterContainerInstance"), &EcsHandler::registerContainerInstance },
        { QStringLiteral("DeregisterContainerInstance"), &EcsHandler::deregisterContainerInstance },
        { QStringLiteral("ListContainerInstances"), &EcsHandler::listContainerInstances },
        { QStringLiteral("DescribeContainerInstances"), &EcsHandler::describeContainerInstances },
        { QStringLiteral("UpdateContainerInstancesState"), &EcsHandler::updateContainerInstancesState },
        { QStringLiteral("DescribeCapacityProviders"), &EcsHandler::describeCapacityProviders },
        { QStringLiteral("CreateCapacityProvider"), &EcsHandler::createCapacityProvider },
        { QStringLiteral("UpdateCapacityProvider"), &EcsHandler::updateCapacityProvider },
        { QStringLiteral("DeleteCapacityProvider"), &EcsHandler::deleteCapacityProvider },
        { QStringLiteral("PutClusterCapacityProviders"), &EcsHandler::putClusterCapacityProviders },
        { QStringLiteral("PutAccountSetting"), &EcsHandler::putAccountSetting },
        { QStringLiteral("PutAccountSettingDefault"), &EcsHandler::putAccountSettingDefault },
        { QStringLiteral("DeleteAccountSetting"), &EcsHandler::deleteAccountSetting },
        { QStringLiteral("ListAccountSettings"), &EcsHandler::listAccountSettings },
        { QStringLiteral("TagResource"), &EcsHandler::tagResource },
        { QStringLiteral("UntagResource"), &EcsHandler::untagResource },
        { QStringLiteral("ListTagsForResource"), &EcsHandler::listTagsForResource },
    };
    return table;
}

bool EcsHandler::hasOperation(const QString& operation) const { return operations().contains(operation); }

QJsonObject EcsHandler::handle(const QString& operation, const QJsonObject& input)
{
    return (this->*operations().value(operation))(input);
}

std::optional<QByteArray> EcsHandler::handleRaw(const QString& operation, const QJsonObject& in)
{
    // The hot reads answer from the records' cached JSON (ecstasks.cpp).
    if (operation == "ListTasks"_L1)
        return listTasksRaw(in);
    if (operation == "ListTaskDefinitions"_L1)
        return listTaskDefinitionsRaw(in);
    const bool services = operation == "DescribeServices"_L1;
    if (!services && operation != "DescribeTasks"_L1)
        return std::nullopt;
    if (Input::stringList(in, "include"_L1).contains("TAGS"_L1))
        return std::nullopt;
    return describeRaw(services, in);
}

} // namespace EcsDesk::Local
