// SPDX-License-Identifier: MIT
// EcsClient::updateContainerInstancesState end to end: drain a container instance, then activate
// it again, over real HTTP against two independent ECS implementations: ECS Desk's own local
// endpoint (ecsdesk_local, in process) and moto_server. The answers are read back with
// DescribeContainerInstances and ListContainerInstances' status filter; bad input gives typed errors.

#include "api/ecs/ecsclient.h"
#include "clienttestutil.h"
#include "common/processserver.h"
#include "local/localendpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace EcsDesk;
using namespace EcsDesk::Testing;

namespace {

enum class Backend { Local, Moto };

const QString active = QStringLiteral("ACTIVE");
const QString draining = QStringLiteral("DRAINING");

class ContainerStateTest : public ::testing::TestWithParam<Backend> {
protected:
    void SetUp() override
    {
        transport = std::make_unique<Api::AwsTransport>();
        Api::ClientConfig config;
        config.transport = transport.get();
        if (GetParam() == Backend::Local) {
            ASSERT_TRUE(dataDir.isValid());
            Local::LocalEndpointOptions options;
            options.dataDir = dataDir.path();
            options.seed = QStringLiteral("none");
            options.simulate = false;
            QString error;
            endpoint = std::make_unique<Local::LocalEndpoint>();
            ASSERT_TRUE(endpoint->start(options, &error)) << error.toStdString();
            config.region = endpoint->region().toLatin1();
            config.endpointUrl = endpoint->url();
            config.credentials
                = std::make_shared<Api::StaticCredentialsProvider>(endpoint->credentials(), QStringLiteral("local"));
        } else {
            if (!MotoServer::isInstalled()) {
                if (runningInCi())
                    FAIL() << "moto_server is not installed";
                GTEST_SKIP() << "moto_server is not installed";
            }
            moto = std::make_unique<MotoServer>();
            ASSERT_TRUE(moto->start()) << moto->errorString().toStdString();
            config.region = "us-east-1";
            config.endpointUrl = moto->url();
            config.credentials = std::make_shared<Api::StaticCredentialsProvider>(
                Api::Credentials { QStringLiteral("AKIDTESTING"), QStringLiteral("testing-secret"), {}, {} },
                QStringLiteral("test"));
        }
        ecs = std::make_unique<Api::EcsClient>(config);
    }

    QJsonObject ok(Api::AwsReply* reply)
    {
        const auto answer = awaitJson(reply);
        EXPECT_TRUE(answer.ok()) << describe(answer.error);
        return answer.ok() ? answer.value : QJsonObject {};
    }

    /// EC2 instance ids to register: moto checks them against its EC2 (RunInstances through boto3,
    /// an independent client); the local endpoint takes any id.
    QStringList ec2Instances(int count)
    {
        QStringList ids;
        if (GetParam() == Backend::Local) {
            for (int i = 0; i < count; ++i)
                ids.append(QStringLiteral("i-%1").arg(i, 17, 16, QLatin1Char('0')));
            return ids;
        }
        QProcess python;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDTESTING"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("testing-secret"));
        env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
        python.setProcessEnvironment(env);
        python.start(QStringLiteral("python3"),
            { QStringLiteral("-c"),
                QStringLiteral("import boto3, json, sys\n"
                               "ec2 = boto3.client('ec2', endpoint_url=sys.argv[1], region_name='us-east-1')\n"
                               "r = ec2.run_instances(ImageId='ami-0123456789abcdef0', MinCount=int(sys.argv[2]), "
                               "MaxCount=int(sys.argv[2]), InstanceType='t3.medium')\n"
                               "print(json.dumps([i['InstanceId'] for i in r['Instances']]))\n"),
                moto->url().toString(), QString::number(count) });
        EXPECT_TRUE(python.waitForFinished(60000));
        EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
        for (const QJsonValue& id : QJsonDocument::fromJson(python.readAllStandardOutput()).array())
            ids.append(id.toString());
        EXPECT_EQ(ids.size(), count);
        return ids;
    }

    /// RegisterContainerInstance, as the ECS agent calls it; returns the instance's ARN.
    QString registerInstance(const QString& cluster, const QString& ec2Id)
    {
        const QJsonObject identity { { QStringLiteral("instanceId"), ec2Id },
            { QStringLiteral("availabilityZone"), QStringLiteral("us-east-1a") },
            { QStringLiteral("region"), QStringLiteral("us-east-1") },
            { QStringLiteral("instanceType"), QStringLiteral("t3.medium") },
            { QStringLiteral("accountId"), QStringLiteral("123456789012") },
            { QStringLiteral("imageId"), QStringLiteral("ami-0123456789abcdef0") } };
        const QJsonObject answer = ok(ecs->call(QStringLiteral("RegisterContainerInstance"),
            QJsonObject { { QStringLiteral("cluster"), cluster },
                { QStringLiteral("instanceIdentityDocument"),
                    QString::fromUtf8(QJsonDocument(identity).toJson(QJsonDocument::Compact)) } }));
        return Api::ContainerInstance::fromJson(answer.value(QLatin1String("containerInstance")).toObject()).arn;
    }

    /// The instances' status by ARN, as DescribeContainerInstances reports it.
    QHash<QString, QString> statuses(const QString& cluster, const QStringList& arns)
    {
        QHash<QString, QString> result;
        const QJsonObject answer = ok(ecs->describeContainerInstances(cluster, arns));
        for (const auto& instance :
            Api::EcsJson::objects<Api::ContainerInstance>(answer.value(QLatin1String("containerInstances"))))
            result.insert(instance.arn, instance.status);
        return result;
    }

    /// ListContainerInstances filtered by status lists exactly `expected`. moto 5.2 ignores the
    /// filter (it lists every instance), so that is checked against the local endpoint only.
    void expectListed(const QString& cluster, const QString& status, QStringList expected)
    {
        if (GetParam() == Backend::Moto)
            return;
        const QJsonObject answer = ok(ecs->listContainerInstances(cluster, {}, 100, status));
        QStringList arns = Api::EcsJson::listPage(answer, QLatin1String("containerInstanceArns")).arns;
        arns.sort();
        expected.sort();
        EXPECT_EQ(arns, expected) << status.toStdString();
    }

    QTemporaryDir dataDir;
    std::unique_ptr<Local::LocalEndpoint> endpoint;
    std::unique_ptr<MotoServer> moto;
    std::unique_ptr<Api::AwsTransport> transport;
    std::unique_ptr<Api::EcsClient> ecs;
};

TEST_P(ContainerStateTest, DrainThenActivate)
{
    const QString cluster = QStringLiteral("drain-test");
    ok(ecs->createCluster(cluster));
    const QStringList ids = ec2Instances(2);
    ASSERT_EQ(ids.size(), 2);
    const QString first = registerInstance(cluster, ids[0]);
    const QString second = registerInstance(cluster, ids[1]);
    ASSERT_FALSE(first.isEmpty());
    ASSERT_FALSE(second.isEmpty());
    ASSERT_NE(first, second);
    QStringList both { first, second };
    both.sort();
    EXPECT_EQ(statuses(cluster, both), (QHash<QString, QString> { { first, active }, { second, active } }));

    // Drain the first one: the answer carries the updated instance.
    const QJsonObject drained = ok(ecs->updateContainerInstancesState(cluster, { first }, draining));
    const auto drainedInstances
        = Api::EcsJson::objects<Api::ContainerInstance>(drained.value(QLatin1String("containerInstances")));
    ASSERT_EQ(drainedInstances.size(), 1) << QJsonDocument(drained).toJson().toStdString();
    EXPECT_EQ(drainedInstances.first().arn, first);
    EXPECT_EQ(drainedInstances.first().status, draining);
    EXPECT_TRUE(Api::EcsJson::failures(drained).isEmpty());
    EXPECT_EQ(statuses(cluster, both), (QHash<QString, QString> { { first, draining }, { second, active } }));
    expectListed(cluster, draining, { first });
    expectListed(cluster, active, { second });

    // Activate it again.
    const QJsonObject activated = ok(ecs->updateContainerInstancesState(cluster, { first }, active));
    const auto activatedInstances
        = Api::EcsJson::objects<Api::ContainerInstance>(activated.value(QLatin1String("containerInstances")));
    ASSERT_EQ(activatedInstances.size(), 1);
    EXPECT_EQ(activatedInstances.first().status, active);
    EXPECT_EQ(statuses(cluster, both), (QHash<QString, QString> { { first, active }, { second, active } }));
    expectListed(cluster, draining, {});
    expectListed(cluster, active, both);

    // Both at once, by ARN.
    const QJsonObject drainedBoth = ok(ecs->updateContainerInstancesState(cluster, both, draining));
    EXPECT_EQ(drainedBoth.value(QLatin1String("containerInstances")).toArray().size(), 2);
    expectListed(cluster, draining, both);
}

TEST_P(ContainerStateTest, BadInputIsATypedError)
{
    const QString cluster = QStringLiteral("drain-errors");
    ok(ecs->createCluster(cluster));
    const QStringList ids = ec2Instances(1);
    ASSERT_EQ(ids.size(), 1);
    const QString instance = registerInstance(cluster, ids[0]);

    // A status the API does not accept for this call.
    const auto invalid = await(ecs->updateContainerInstancesState(cluster, { instance }, QStringLiteral("STOPPED")));
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error->kind, Api::AwsError::Kind::Service) << describe(invalid.error);
    EXPECT_EQ(invalid.error->code, QStringLiteral("InvalidParameterException")) << describe(invalid.error);
    EXPECT_EQ(invalid.error->httpStatus, 400);
    EXPECT_FALSE(invalid.error->retryable);

    // A cluster that does not exist.
    const auto noCluster
        = await(ecs->updateContainerInstancesState(QStringLiteral("no-such-cluster"), { instance }, draining));
    ASSERT_FALSE(noCluster.ok());
    EXPECT_EQ(noCluster.error->code, QStringLiteral("ClusterNotFoundException")) << describe(noCluster.error);

    // The instance was left alone.
    EXPECT_EQ(statuses(cluster, { instance }).value(instance), active);
}

INSTANTIATE_TEST_SUITE_P(Backends, ContainerStateTest, ::testing::Values(Backend::Local, Backend::Moto),
    [](const ::testing::TestParamInfo<Backend>& info) {
        return info.param == Backend::Local ? std::string("LocalEndpoint") : std::string("Moto");
    });

} // namespace
