// SPDX-License-Identifier: MIT
#include "api/core/ratecategories.h"

#include <array>

namespace EcsDesk::Api {

namespace {

    using namespace Qt::StringLiterals;

    // The order of the documentation's table.
    constexpr std::array<RateCategory, 20> categories { {
        { "Cluster modify actions"_L1, 20, 1 },
        { "Cluster read actions"_L1, 50, 20 },
        { "Task definition modify actions"_L1, 20, 1 },
        { "Task definition read actions"_L1, 50, 20 },
        { "Task definition deletion actions"_L1, 5, 1 },
        { "Capacity provider modify actions"_L1, 10, 1 },
        { "Capacity provider read actions"_L1, 50, 20 },
        { "Tag modify actions"_L1, 20, 10 },
        { "Tag read actions"_L1, 50, 20 },
        { "Setting modify actions"_L1, 10, 1 },
        { "Setting read actions"_L1, 50, 20 },
        { "Cluster resource modify actions"_L1, 100, 40 },
        { "Cluster resource read actions"_L1, 100, 20 },
        { "Agent modify actions"_L1, 200, 120 },
        { "Service modify actions"_L1, 50, 5 },
        { "Service read actions"_L1, 100, 20 },
        { "Service deployment actions"_L1, 50, 20 },
        { "Service revision actions"_L1, 50, 20 },
        { "Task protection actions"_L1, 200, 80 },
        { "Cluster service resource read actions"_L1, 10, 1 },
    } };

    struct Action {
        QLatin1StringView operation;
        int category; ///< index in `categories`
    };

    constexpr std::array<Action, 53> actions { {
        { "CreateCluster"_L1, 0 },
        { "DeleteCluster"_L1, 0 },
        { "PutClusterCapacityProviders"_L1, 0 },
        { "UpdateCluster"_L1, 0 },
        { "UpdateClusterSettings"_L1, 0 },
        { "DescribeClusters"_L1, 1 },
        { "ListClusters"_L1, 1 },
        { "DeregisterTaskDefinition"_L1, 2 },
        { "RegisterTaskDefinition"_L1, 2 },
        { "DescribeTaskDefinition"_L1, 3 },
        { "ListTaskDefinitions"_L1, 3 },
        { "ListTaskDefinitionFamilies"_L1, 3 },
        { "DeleteTaskDefinitions"_L1, 4 },
        { "CreateCapacityProvider"_L1, 5 },
        { "DeleteCapacityProvider"_L1, 5 },
        { "UpdateCapacityProvider"_L1, 5 },
        { "DescribeCapacityProviders"_L1, 6 },
        { "TagResource"_L1, 7 },
        { "UntagResource"_L1, 7 },
        { "ListTagsForResource"_L1, 8 },
        { "DeleteAccountSetting"_L1, 9 },
        { "PutAccountSetting"_L1, 9 },
        { "PutAccountSettingDefault"_L1, 9 },
        { "ListAccountSettings"_L1, 10 },
        { "DeleteAttributes"_L1, 11 },
        { "DeregisterContainerInstance"_L1, 11 },
        { "ExecuteCommand"_L1, 11 },
        { "PutAttributes"_L1, 11 },
        { "RunTask"_L1, 11 },
        { "StartTask"_L1, 11 },
        { "StopTask"_L1, 11 },
        { "UpdateContainerAgent"_L1, 11 },
        // The table writes "UpdateContainerInstancesStates"; the action is UpdateContainerInstancesState.
        { "UpdateContainerInstancesState"_L1, 11 },
        { "DescribeContainerInstances"_L1, 12 },
        { "DescribeTasks"_L1, 12 },
        { "ListAttributes"_L1, 12 },
        { "ListContainerInstances"_L1, 12 },
        { "ListTasks"_L1, 12 },
        { "RegisterContainerInstance"_L1, 13 },
        { "SubmitAttachmentStateChanges"_L1, 13 },
        { "SubmitContainerStateChange"_L1, 13 },
        { "SubmitTaskStateChange"_L1, 13 },
        { "CreateService"_L1, 14 },
        { "DeleteService"_L1, 14 },
        { "UpdateService"_L1, 14 },
        { "DescribeServices"_L1, 15 },
        { "ListServices"_L1, 15 },
        { "DescribeServiceDeployments"_L1, 16 },
        { "ListServiceDeployments"_L1, 16 },
        { "DescribeServiceRevisions"_L1, 17 },
        { "UpdateTaskProtection"_L1, 18 },
        { "GetTaskProtection"_L1, 18 },
        { "ListServicesByNamespace"_L1, 19 },
    } };

} // namespace

const RateCategory* EcsRateCategories::of(QStringView operation)
{
    for (const Action& action : actions) {
        if (operation == action.operation)
            return &categories[size_t(action.category)];
    }
    return nullptr;
}

std::span<const RateCategory> EcsRateCategories::all() { return categories; }

QByteArray rateCategoryKey(QByteArrayView signingName, QStringView operation)
{
    if (signingName != "ecs")
        return {};
    const RateCategory* category = EcsRateCategories::of(operation);
    return category ? QByteArray(category->name.data(), category->name.size()) : QByteArray();
}

} // namespace EcsDesk::Api
