# SPDX-License-Identifier: MIT
"""Issue 18: capacity providers in ecsdesk-local.

Usage: capacity.py ECSDESK_LOCAL_BINARY [--cli /usr/bin/aws]
Runs with the image's python3 (boto3 1.43) or /usr/bin/python3 (botocore 1.29). Create, Update,
Delete and DescribeCapacityProviders (built-ins and created ones, pagination, failures, tags),
PutClusterCapacityProviders with its strategy rules, UpdateCluster (settings, execute command
configuration, Service Connect defaults) and ECS's errors for each. With --cli the same calls go
through the given AWS CLI (`aws ecs ... --cli-input-json`). Each section starts its own endpoint
(free loopback port, fresh data dir) and stops it."""

import json
import os
import re
import subprocess
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from localendpoint import LocalEndpoint  # noqa: E402

failures = []
ASG = "arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:%s:autoScalingGroupName/%s"


def group_arn(name, uid="0b1f3d2a-1111-2222-3333-444455556666"):
    return ASG % (uid, name)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def section(function):
    def run(*args):
        try:
            function(*args)
            print("ok   %s" % function.__name__)
        except Exception:
            failures.append(function.__name__)
            print("FAIL %s" % function.__name__)
            traceback.print_exc()
    return run


def words(operation):
    return re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", operation)


class Boto:
    def __init__(self, endpoint):
        self.client = endpoint.client("ecs")

    def __call__(self, operation, **kwargs):
        from botocore.exceptions import ClientError
        method = getattr(self.client, "_".join(part.lower() for part in words(operation)))
        try:
            return method(**kwargs)
        except ClientError as error:
            return ("ERROR", error.response["Error"]["Code"], error.response["Error"].get("Message", ""))


class Cli:
    def __init__(self, endpoint, cli):
        self.endpoint = endpoint
        self.cli = cli

    def __call__(self, operation, **kwargs):
        command = "-".join(part.lower() for part in words(operation))
        result = subprocess.run(
            [self.cli, "ecs", command, "--endpoint-url", self.endpoint.url, "--region", self.endpoint.region,
             "--output", "json", "--no-paginate", "--cli-input-json", json.dumps(kwargs)],
            env=self.endpoint.env(), capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            match = re.search(r"\((\w+)\) when calling the \w+ operation: (.*)", result.stderr)
            check(match, "unexpected CLI failure: %s" % result.stderr)
            return ("ERROR", match.group(1), match.group(2).strip())
        return json.loads(result.stdout) if result.stdout.strip() else {}


def modern_client(cli):
    import botocore
    return cli is None and tuple(int(part) for part in botocore.__version__.split(".")[:2]) >= (1, 31)


def expect_error(answer, code, text=None):
    check(isinstance(answer, tuple) and answer[0] == "ERROR", "expected %s, got %s" % (code, answer))
    check(answer[1] == code, "expected %s, got %s" % (code, answer))
    if text is not None:
        check(text in answer[2], "message %r lacks %r" % (answer[2], text))


def ok(answer):
    check(not (isinstance(answer, tuple) and answer[0] == "ERROR"), "unexpected error %s" % (answer,))
    return answer


@section
def providers(binary, cli=None):
    endpoint = LocalEndpoint(binary).start()
    try:
        call = Cli(endpoint, cli) if cli else Boto(endpoint)
        builtin = ok(call("DescribeCapacityProviders"))["capacityProviders"]
        check([p["name"] for p in builtin] == ["FARGATE", "FARGATE_SPOT"], builtin)

        created = ok(call("CreateCapacityProvider", name="cp-web", tags=[{"key": "team", "value": "web"}],
                          autoScalingGroupProvider={
                              "autoScalingGroupArn": group_arn("asg-web"),
                              "managedScaling": {"status": "ENABLED", "targetCapacity": 90},
                              "managedTerminationProtection": "ENABLED"}))["capacityProvider"]
        check(created["capacityProviderArn"].endswith(":capacity-provider/cp-web") and created["status"] == "ACTIVE",
              created)
        group = created["autoScalingGroupProvider"]
        check(group["managedScaling"] == {"status": "ENABLED", "targetCapacity": 90, "minimumScalingStepSize": 1,
                                          "maximumScalingStepSize": 10000, "instanceWarmupPeriod": 300}, group)
        check(group["managedTerminationProtection"] == "ENABLED" and group.get("managedDraining", "ENABLED") == "ENABLED",
              group)
        check(created["tags"] == [{"key": "team", "value": "web"}], created)

        plain = ok(call("CreateCapacityProvider", name="cp-batch",
                        autoScalingGroupProvider={"autoScalingGroupArn": group_arn("asg-batch", "9b1f3d2a-1111-2222-3333-444455556666")}))
        check(plain["capacityProvider"]["autoScalingGroupProvider"]["managedScaling"]["status"] == "DISABLED"
              and plain["capacityProvider"]["autoScalingGroupProvider"]["managedTerminationProtection"] == "DISABLED",
              plain)

        expect_error(call("CreateCapacityProvider", name="cp-web",
                          autoScalingGroupProvider={"autoScalingGroupArn": group_arn("asg-other")}),
                     "ClientException", "The specified capacity provider already exists")
        expect_error(call("CreateCapacityProvider", name="ecs-mine",
                          autoScalingGroupProvider={"autoScalingGroupArn": group_arn("asg-x")}),
                     "ClientException", "cannot be prefixed with")
        expect_error(call("CreateCapacityProvider", name="FargateX",
                          autoScalingGroupProvider={"autoScalingGroupArn": group_arn("asg-x")}),
                     "ClientException", "cannot be prefixed with")
        expect_error(call("CreateCapacityProvider", name="cp-x",
                          autoScalingGroupProvider={"autoScalingGroupArn": "asg-x"}),
                     "ClientException", "Auto Scaling group ARN is invalid")
        expect_error(call("CreateCapacityProvider", name="cp-x",
                          autoScalingGroupProvider={"autoScalingGroupArn": group_arn("asg-web")}),
                     "ClientException", "already being used by another capacity provider")
        expect_error(call("CreateCapacityProvider", name="cp-x",
                          autoScalingGroupProvider={"autoScalingGroupArn": group_arn("asg-x", "1b1f3d2a-1111-2222-3333-444455556666"),
                                                    "managedTerminationProtection": "ENABLED"}),
                     "ClientException", "managed scaling must also be enabled")
        expect_error(call("CreateCapacityProvider", name="cp-x",
                          autoScalingGroupProvider={"autoScalingGroupArn": group_arn("asg-x", "1b1f3d2a-1111-2222-3333-444455556666"),
                                                    "managedScaling": {"status": "ENABLED", "targetCapacity": 101}}),
                     "InvalidParameterException")
        expect_error(call("CreateCapacityProvider", name="cp-x",
                          autoScalingGroupProvider={"autoScalingGroupArn": group_arn("asg-x", "1b1f3d2a-1111-2222-3333-444455556666"),
                                                    "managedScaling": {"minimumScalingStepSize": 5, "maximumScalingStepSize": 2}}),
                     "ClientException", "minimumScalingStepSize")

        everything = ok(call("DescribeCapacityProviders", include=["TAGS"]))["capacityProviders"]
        check([p["name"] for p in everything] == ["FARGATE", "FARGATE_SPOT", "cp-batch", "cp-web"], everything)
        check(everything[3]["tags"] == [{"key": "team", "value": "web"}], everything[3])
        first = ok(call("DescribeCapacityProviders", maxResults=3))
        check(len(first["capacityProviders"]) == 3 and first.get("nextToken"), first)
        rest = ok(call("DescribeCapacityProviders", maxResults=3, nextToken=first["nextToken"]))
        check([p["name"] for p in rest["capacityProviders"]] == ["cp-web"] and "nextToken" not in rest, rest)
        named = ok(call("DescribeCapacityProviders", capacityProviders=["cp-web", "nope", "FARGATE"]))
        check([p["name"] for p in named["capacityProviders"]] == ["cp-web", "FARGATE"], named)
        check(len(named["failures"]) == 1 and named["failures"][0]["reason"] == "MISSING"
              and named["failures"][0]["arn"].endswith(":capacity-provider/nope"), named)
        tags = ok(call("ListTagsForResource", resourceArn=created["capacityProviderArn"]))
        check(tags["tags"] == [{"key": "team", "value": "web"}], tags)

        # managedDraining came with botocore 1.31 (older clients, the CLI v2.9 among them, do not know it).
        update = {"managedScaling": {"status": "ENABLED", "targetCapacity": 75, "instanceWarmupPeriod": 60}}
        if modern_client(cli):
            update["managedDraining"] = "DISABLED"
        updated = ok(call("UpdateCapacityProvider", name="cp-web", autoScalingGroupProvider=update))["capacityProvider"]
        check(updated["updateStatus"] == "UPDATE_IN_PROGRESS", updated)
        scaling = updated["autoScalingGroupProvider"]["managedScaling"]
        check(scaling["targetCapacity"] == 75 and scaling["instanceWarmupPeriod"] == 60
              and updated["autoScalingGroupProvider"].get("managedDraining", "DISABLED") == "DISABLED"
              and updated["autoScalingGroupProvider"]["managedTerminationProtection"] == "ENABLED", updated)
        again = ok(call("DescribeCapacityProviders", capacityProviders=["cp-web"]))["capacityProviders"][0]
        check(again["updateStatus"] == "UPDATE_COMPLETE" and again["autoScalingGroupProvider"]["managedScaling"]["targetCapacity"] == 75, again)
        expect_error(call("UpdateCapacityProvider", name="nope", autoScalingGroupProvider={}),
                     "ClientException", "The specified capacity provider does not exist")
        expect_error(call("UpdateCapacityProvider", name="FARGATE", autoScalingGroupProvider={}), "ClientException")

        # The cluster's providers and default strategy.
        ok(call("CreateCluster", clusterName="cap"))
        ok(call("CreateCluster", clusterName="other"))
        cluster = ok(call("PutClusterCapacityProviders", cluster="cap", capacityProviders=["cp-web", "cp-batch"],
                          defaultCapacityProviderStrategy=[{"capacityProvider": "cp-web", "weight": 1, "base": 1}]))["cluster"]
        check(cluster["capacityProviders"] == ["cp-web", "cp-batch"]
              and cluster["defaultCapacityProviderStrategy"] == [{"capacityProvider": "cp-web", "weight": 1, "base": 1}],
              cluster)
        described = ok(call("DescribeClusters", clusters=["cap"]))["clusters"][0]
        check(described["capacityProviders"] == ["cp-web", "cp-batch"], described)
        expect_error(call("PutClusterCapacityProviders", cluster="other", capacityProviders=["cp-web"],
                          defaultCapacityProviderStrategy=[]),
                     "InvalidParameterException", "already associated with another cluster")
        expect_error(call("PutClusterCapacityProviders", cluster="cap", capacityProviders=["cp-web"],
                          defaultCapacityProviderStrategy=[{"capacityProvider": "cp-batch", "weight": 1}]),
                     "InvalidParameterException", "not associated with the cluster")
        expect_error(call("PutClusterCapacityProviders", cluster="cap", capacityProviders=["cp-web", "FARGATE"],
                          defaultCapacityProviderStrategy=[{"capacityProvider": "cp-web", "weight": 1},
                                                           {"capacityProvider": "FARGATE", "weight": 1}]),
                     "InvalidParameterException", "cannot contain a mix")
        expect_error(call("PutClusterCapacityProviders", cluster="cap", capacityProviders=["FARGATE", "FARGATE_SPOT"],
                          defaultCapacityProviderStrategy=[{"capacityProvider": "FARGATE", "weight": 1, "base": 1},
                                                           {"capacityProvider": "FARGATE_SPOT", "weight": 1, "base": 2}]),
                     "InvalidParameterException", "base value for only one capacity provider")
        expect_error(call("PutClusterCapacityProviders", cluster="cap", capacityProviders=["nope"],
                          defaultCapacityProviderStrategy=[]),
                     "InvalidParameterException", "not in an ACTIVE state")
        expect_error(call("PutClusterCapacityProviders", cluster="missing", capacityProviders=[],
                          defaultCapacityProviderStrategy=[]), "ClusterNotFoundException")
        expect_error(call("DeleteCapacityProvider", capacityProvider="cp-web"), "ClientException", "is in use")

        ok(call("PutClusterCapacityProviders", cluster="cap", capacityProviders=["cp-batch"],
                defaultCapacityProviderStrategy=[]))
        deleted = ok(call("DeleteCapacityProvider", capacityProvider="cp-web"))["capacityProvider"]
        check(deleted["updateStatus"] == "DELETE_IN_PROGRESS", deleted)
        gone = ok(call("DescribeCapacityProviders", capacityProviders=["cp-web"]))["capacityProviders"]
        check(gone[0]["status"] == "INACTIVE" and gone[0]["updateStatus"] == "DELETE_COMPLETE", gone)
        listed = [p["name"] for p in ok(call("DescribeCapacityProviders"))["capacityProviders"]]
        check(listed == ["FARGATE", "FARGATE_SPOT", "cp-batch"], listed)
        expect_error(call("DeleteCapacityProvider", capacityProvider="cp-web"), "ClientException", "does not exist")
        expect_error(call("DeleteCapacityProvider", capacityProvider="FARGATE"), "ClientException")
        # Its name (and group) can be used again once it is gone.
        ok(call("CreateCapacityProvider", name="cp-web",
                autoScalingGroupProvider={"autoScalingGroupArn": group_arn("asg-web")}))
    finally:
        endpoint.cleanup()


@section
def update_cluster(binary, cli=None):
    endpoint = LocalEndpoint(binary).start()
    try:
        call = Cli(endpoint, cli) if cli else Boto(endpoint)
        ok(call("CreateCluster", clusterName="web"))
        cluster = ok(call("UpdateCluster", cluster="web",
                          settings=[{"name": "containerInsights", "value": "enhanced"}],
                          configuration={"executeCommandConfiguration": {
                              "logging": "OVERRIDE", "kmsKeyId": "key-1",
                              "logConfiguration": {"cloudWatchLogGroupName": "/exec", "cloudWatchEncryptionEnabled": True}}},
                          serviceConnectDefaults={"namespace": "web.local"}))["cluster"]
        check(cluster["settings"] == [{"name": "containerInsights", "value": "enhanced"}], cluster)
        check(cluster["configuration"]["executeCommandConfiguration"]["logging"] == "OVERRIDE"
              and cluster["configuration"]["executeCommandConfiguration"]["logConfiguration"]["cloudWatchLogGroupName"] == "/exec",
              cluster)
        check(cluster["serviceConnectDefaults"] == {"namespace": "web.local"}, cluster)
        described = ok(call("DescribeClusters", clusters=["web"], include=["SETTINGS", "CONFIGURATIONS"]))["clusters"][0]
        check(described["settings"][0]["value"] == "enhanced" and "executeCommandConfiguration" in described["configuration"],
              described)
        expect_error(call("UpdateCluster", cluster="web", configuration={"executeCommandConfiguration": {"logging": "OVERRIDE"}}),
                     "InvalidParameterException", "logConfiguration must be specified")
        expect_error(call("UpdateCluster", cluster="web", configuration={"executeCommandConfiguration": {
            "logging": "DEFAULT", "logConfiguration": {"s3BucketName": "b"}}}),
            "InvalidParameterException", "only be specified when logging is set to OVERRIDE")
        expect_error(call("UpdateCluster", cluster="web", settings=[{"name": "containerInsights", "value": "maybe"}]),
                     "InvalidParameterException")
        expect_error(call("UpdateCluster", cluster="nope", settings=[{"name": "containerInsights", "value": "enabled"}]),
                     "ClusterNotFoundException")
        cleared = ok(call("UpdateCluster", cluster="web", serviceConnectDefaults={"namespace": ""}))["cluster"]
        check("serviceConnectDefaults" not in cleared, cleared)
    finally:
        endpoint.cleanup()


def main():
    binary = sys.argv[1]
    cli = sys.argv[sys.argv.index("--cli") + 1] if "--cli" in sys.argv else None
    providers(binary, cli)
    update_cluster(binary, cli)
    print("%d passed, %d failed" % (2 - len(failures), len(failures)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
