#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Conformance of ecsdesk-local through boto3: every ECS, CloudWatch, Logs and Application Auto
Scaling operation the endpoint serves, pagination, error codes as botocore parses them, and the
shared task definition fixtures registered and read back equal.

usage: conformance.py <ecsdesk-local binary> [fixtures dir]"""

import datetime
import glob
import os
import sys
import time
import traceback

from botocore.exceptions import ClientError, ParamValidationError

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from localendpoint import LocalEndpoint, is_subset, load_fixture, prune_to_shape  # noqa: E402

failures = []


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_error(code, call, *args, **kwargs):
    try:
        call(*args, **kwargs)
    except ClientError as error:
        got = error.response["Error"]["Code"]
        check(got == code, "expected %s, got %s (%s)" % (code, got, error.response["Error"].get("Message")))
        check(error.response["ResponseMetadata"].get("RequestId"), "error without a request id")
        return error
    raise AssertionError("expected %s, the call succeeded" % code)


def section(function):
    def run(*args):
        try:
            function(*args)
            print("ok   %s" % function.__name__)
        except Exception:  # noqa: BLE001 - report every failing section
            failures.append(function.__name__)
            print("FAIL %s\n%s" % (function.__name__, traceback.format_exc()))
    run.__name__ = function.__name__
    return run


SIMPLE_TD = {
    "family": "web",
    "containerDefinitions": [{"name": "app", "image": "nginx:1.25", "memory": 256, "cpu": 128,
                              "portMappings": [{"containerPort": 80}]}],
}
FARGATE_TD = {
    "family": "api", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "256", "memory": "512",
    "containerDefinitions": [{"name": "api", "image": "public.ecr.aws/x/api:1", "essential": True}],
}
NETWORK = {"awsvpcConfiguration": {"subnets": ["subnet-12345678"], "securityGroups": ["sg-12345678"]}}


@section
def clusters(ecs):
    created = ecs.create_cluster(clusterName="prod", tags=[{"key": "team", "value": "core"}])["cluster"]
    check(created["status"] == "ACTIVE" and created["clusterArn"].endswith(":cluster/prod"), created)
    check(created["clusterArn"].startswith("arn:aws:ecs:us-east-1:"), created["clusterArn"])
    again = ecs.create_cluster(clusterName="prod")["cluster"]
    check(again["clusterArn"] == created["clusterArn"], "CreateCluster is idempotent")
    for i in range(12):
        ecs.create_cluster(clusterName="c%02d" % i)
    arns = ecs.list_clusters()["clusterArns"]
    check(len(arns) == 13, arns)
    page = ecs.list_clusters(maxResults=5)
    check(len(page["clusterArns"]) == 5 and "nextToken" in page, page)
    paginated = [a for p in ecs.get_paginator("list_clusters").paginate(PaginationConfig={"PageSize": 4})
                 for a in p["clusterArns"]]
    check(paginated == arns, "paginated listing equals the full listing")
    limited = ecs.get_paginator("list_clusters").paginate(PaginationConfig={"MaxItems": 7, "PageSize": 3}).build_full_result()
    check(len(limited["clusterArns"]) == 7 and "NextToken" in limited, limited)
    described = ecs.describe_clusters(clusters=["prod", "missing"], include=["TAGS", "STATISTICS", "SETTINGS"])
    check(described["clusters"][0]["tags"] == [{"key": "team", "value": "core"}], described)
    check(any(s["name"] == "runningEC2TasksCount" for s in described["clusters"][0]["statistics"]), described)
    check(described["failures"][0]["reason"] == "MISSING" and described["failures"][0]["arn"].endswith("cluster/missing"),
          described)
    expect_error("InvalidParameterException", ecs.list_clusters, maxResults=101)
    expect_error("InvalidParameterException", ecs.create_cluster, clusterName="bad name!")
    expect_error("ClusterNotFoundException", ecs.delete_cluster, cluster="nope")
    deleted = ecs.delete_cluster(cluster="c00")["cluster"]
    check(deleted["status"] == "INACTIVE", deleted)
    check(ecs.describe_clusters(clusters=["c00"])["clusters"][0]["status"] == "INACTIVE", "deleted cluster is INACTIVE")
    check(deleted["clusterArn"] not in ecs.list_clusters(maxResults=100)["clusterArns"], "deleted cluster not listed")


@section
def task_definitions(ecs):
    first = ecs.register_task_definition(**SIMPLE_TD, tags=[{"key": "a", "value": "1"}])
    td = first["taskDefinition"]
    check(td["revision"] == 1 and td["status"] == "ACTIVE", td)
    check(td["taskDefinitionArn"].endswith(":task-definition/web:1"), td["taskDefinitionArn"])
    check(isinstance(td["registeredAt"], datetime.datetime), "registeredAt is a timestamp")
    check(td["containerDefinitions"][0]["portMappings"][0]["protocol"] == "tcp", td)
    for _ in range(4):
        ecs.register_task_definition(**SIMPLE_TD)
    fargate = ecs.register_task_definition(**FARGATE_TD)["taskDefinition"]
    check("FARGATE" in fargate["compatibilities"], fargate)
    latest = ecs.describe_task_definition(taskDefinition="web", include=["TAGS"])
    check(latest["taskDefinition"]["revision"] == 5, latest)
    check(ecs.describe_task_definition(taskDefinition="web:1", include=["TAGS"])["tags"] == [{"key": "a", "value": "1"}],
          "tags on the task definition")
    ecs.deregister_task_definition(taskDefinition="web:2")
    active = ecs.list_task_definitions(familyPrefix="web")["taskDefinitionArns"]
    check([a.rsplit(":", 1)[1] for a in active] == ["1", "3", "4", "5"], active)
    inactive = ecs.list_task_definitions(familyPrefix="web", status="INACTIVE")["taskDefinitionArns"]
    check(len(inactive) == 1 and inactive[0].endswith("web:2"), inactive)
    desc = ecs.list_task_definitions(familyPrefix="web", sort="DESC", maxResults=2)
    check(desc["taskDefinitionArns"][0].endswith("web:5") and "nextToken" in desc, desc)
    rest = ecs.list_task_definitions(familyPrefix="web", sort="DESC", maxResults=2, nextToken=desc["nextToken"])
    check([a.rsplit(":", 1)[1] for a in rest["taskDefinitionArns"]] == ["3", "1"], rest)
    all_pages = ecs.get_paginator("list_task_definitions").paginate(
        familyPrefix="web", PaginationConfig={"PageSize": 1}).build_full_result()
    check(len(all_pages["taskDefinitionArns"]) == 4, all_pages)
    families = ecs.list_task_definition_families(familyPrefix="w")["families"]
    check(families == ["web"], families)
    check(set(ecs.list_task_definition_families(status="ALL")["families"]) >= {"web", "api"}, "families ALL")
    check(ecs.describe_task_definition(taskDefinition="web:2")["taskDefinition"]["status"] == "INACTIVE",
          "deregistered revision is INACTIVE")
    expect_error("ClientException", ecs.describe_task_definition, taskDefinition="nothing:1")
    expect_error("ClientException", ecs.register_task_definition, family="x",
                 containerDefinitions=[{"name": "a", "image": "i"}])
    expect_error("ClientException", ecs.register_task_definition, family="x",
                 containerDefinitions=[{"name": "a", "memory": 5}])
    expect_error("ClientException", ecs.register_task_definition, family="f", requiresCompatibilities=["FARGATE"],
                 networkMode="bridge", cpu="256", memory="512", containerDefinitions=[{"name": "a", "image": "i"}])
    expect_error("InvalidParameterException", ecs.list_task_definitions, status="BOGUS")
    expect_error("InvalidParameterException", ecs.list_task_definitions, maxResults=0)


@section
def fixtures(ecs, fixtures_dir):
    if not fixtures_dir:
        print("     (fixtures dir absent: skipped)")
        return
    files = sorted(glob.glob(os.path.join(fixtures_dir, "task-definitions", "*.json")))
    check(len(files) > 10, "fixtures found")
    shape = ecs.meta.service_model.operation_model("RegisterTaskDefinition").input_shape
    from ecs_refusals import REFUSED
    refused = 0
    for path in files:
        document = prune_to_shape(load_fixture(path), shape)
        if os.path.basename(path) in REFUSED:  # ECS refuses these as published: the same answer here
            code, message = REFUSED[os.path.basename(path)]
            error = expect_error(code, ecs.register_task_definition, **document)
            check(error.response["Error"]["Message"] == message, "%s: %s" % (os.path.basename(path), error))
            refused += 1
            continue
        try:
            registered = ecs.register_task_definition(**document)["taskDefinition"]
        except (ClientError, ParamValidationError) as error:
            raise AssertionError("%s: %s" % (os.path.basename(path), error))
        read = ecs.describe_task_definition(taskDefinition=registered["taskDefinitionArn"])["taskDefinition"]
        expected = dict(document)
        expected.pop("tags", None)
        problem = is_subset(expected, read)
        check(problem is None, "%s read back differs: %s" % (os.path.basename(path), problem))
    print("     %d fixtures registered and read back, %d refused as ECS refuses them" % (len(files) - refused, refused))


@section
def container_instances_and_tasks(ecs):
    ecs.create_cluster(clusterName="ec2")
    identity = '{"instanceId": "i-0123456789abcdef0", "availabilityZone": "us-east-1b", "instanceType": "m5.large"}'
    instance = ecs.register_container_instance(
        cluster="ec2", instanceIdentityDocument=identity,
        totalResources=[{"name": "CPU", "type": "INTEGER", "integerValue": 1024},
                        {"name": "MEMORY", "type": "INTEGER", "integerValue": 1024}],
        attributes=[{"name": "stack", "value": "blue"}])["containerInstance"]
    check(instance["status"] == "ACTIVE" and instance["ec2InstanceId"] == "i-0123456789abcdef0", instance)
    check(":container-instance/ec2/" in instance["containerInstanceArn"], instance["containerInstanceArn"])
    arn = instance["containerInstanceArn"]
    listed = ecs.list_container_instances(cluster="ec2")["containerInstanceArns"]
    check(listed == [arn], listed)

    run = ecs.run_task(cluster="ec2", taskDefinition="web:1", count=3, startedBy="conformance")
    check(len(run["tasks"]) == 3 and not run["failures"], run)
    task = run["tasks"][0]
    check(task["lastStatus"] == "PENDING" and task["desiredStatus"] == "RUNNING", task)
    check(task["taskArn"].startswith(task["clusterArn"].replace(":cluster/", ":task/") + "/"), task["taskArn"])
    check(task["containerInstanceArn"] == arn and task["availabilityZone"] == "us-east-1b", task)
    check(isinstance(task["createdAt"], datetime.datetime), "createdAt is a timestamp")
    # 3 x 256 MiB of 1024: a fifth 256 MiB task does not fit.
    more = ecs.run_task(cluster="ec2", taskDefinition="web:1", count=2)
    check(len(more["tasks"]) == 1 and more["failures"][0]["reason"] == "RESOURCE:MEMORY", more)
    described = ecs.describe_container_instances(cluster="ec2", containerInstances=[arn, "0000"])
    remaining = {r["name"]: r["integerValue"] for r in described["containerInstances"][0]["remainingResources"]}
    check(remaining["MEMORY"] == 0 and remaining["CPU"] == 1024 - 4 * 128, remaining)
    check(described["failures"][0]["reason"] == "MISSING", described)

    tasks = ecs.list_tasks(cluster="ec2")["taskArns"]
    check(len(tasks) == 4, tasks)
    check(len(ecs.list_tasks(cluster="ec2", startedBy="conformance")["taskArns"]) == 3, "startedBy filter")
    check(len(ecs.list_tasks(cluster="ec2", family="web")["taskArns"]) == 4, "family filter")
    check(len(ecs.list_tasks(cluster="ec2", containerInstance=arn)["taskArns"]) == 4, "instance filter")
    check(len(ecs.list_tasks(cluster="ec2", launchType="FARGATE")["taskArns"]) == 0, "launch type filter")
    paged = ecs.get_paginator("list_tasks").paginate(cluster="ec2", PaginationConfig={"PageSize": 3}).build_full_result()
    check(sorted(paged["taskArns"]) == sorted(tasks), paged)
    stopped = ecs.stop_task(cluster="ec2", task=tasks[0], reason="test stop")["task"]
    check(stopped["desiredStatus"] == "STOPPED" and stopped["stoppedReason"] == "test stop", stopped)
    check(tasks[0] in ecs.list_tasks(cluster="ec2", desiredStatus="STOPPED")["taskArns"], "stopped listed")
    check(tasks[0] not in ecs.list_tasks(cluster="ec2")["taskArns"], "stopped not RUNNING")
    d = ecs.describe_tasks(cluster="ec2", tasks=tasks[1:3] + ["arn:aws:ecs:us-east-1:123:task/ec2/ffff", "abc"])
    check(len(d["tasks"]) == 2 and len(d["failures"]) == 2, d)
    check(all(f["reason"] == "MISSING" for f in d["failures"]), d)
    check(d["failures"][0]["arn"] == "arn:aws:ecs:us-east-1:123:task/ec2/ffff", d)
    expect_error("InvalidParameterException", ecs.stop_task, cluster="ec2", task="nope")
    expect_error("InvalidParameterException", ecs.list_tasks, cluster="ec2", maxResults=101)
    expect_error("ClusterNotFoundException", ecs.list_tasks, cluster="nope")
    expect_error("InvalidParameterException", ecs.run_task, cluster="ec2", taskDefinition="web:1", count=11)
    expect_error("InvalidParameterException", ecs.run_task, cluster="prod", taskDefinition="web:1")  # no instances

    started = ecs.start_task(cluster="ec2", taskDefinition="web:1", containerInstances=[arn])
    check(len(started["tasks"]) + len(started["failures"]) == 1, started)

    drained = ecs.update_container_instances_state(cluster="ec2", containerInstances=[arn, "zzz"], status="DRAINING")
    check(drained["containerInstances"][0]["status"] == "DRAINING" and len(drained["failures"]) == 1, drained)
    check(ecs.list_container_instances(cluster="ec2", status="DRAINING")["containerInstanceArns"] == [arn], "draining")
    expect_error("InvalidParameterException", ecs.deregister_container_instance, cluster="ec2", containerInstance=arn)
    gone = ecs.deregister_container_instance(cluster="ec2", containerInstance=arn, force=True)["containerInstance"]
    check(gone["status"] == "INACTIVE", gone)
    check(ecs.list_container_instances(cluster="ec2")["containerInstanceArns"] == [], "deregistered not listed")

    fargate = ecs.run_task(cluster="ec2", taskDefinition="api", launchType="FARGATE",
                           networkConfiguration=NETWORK, count=2)
    check(len(fargate["tasks"]) == 2 and fargate["tasks"][0]["lastStatus"] == "PROVISIONING", fargate)
    check(fargate["tasks"][0]["launchType"] == "FARGATE" and "containerInstanceArn" not in fargate["tasks"][0], fargate)
    expect_error("InvalidParameterException", ecs.run_task, cluster="ec2", taskDefinition="api", launchType="FARGATE")
    expect_error("InvalidParameterException", ecs.run_task, cluster="ec2", taskDefinition="web:1", launchType="FARGATE",
                 networkConfiguration=NETWORK)
    stats = ecs.describe_clusters(clusters=["ec2"], include=["STATISTICS"])["clusters"][0]
    check({"name": "pendingFargateTasksCount", "value": "2"} in stats["statistics"], stats)
    expect_error("ClusterContainsTasksException", ecs.delete_cluster, cluster="ec2")


def wait_until(predicate, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


@section
def instances_attributes_ports(binary):
    """Issue 14.1, 14.14, 16.1, 16.2 through boto3 on an endpoint of its own with quick steps: instance
    task counts, a forced deployment's counts, caller attributes, static host ports."""
    endpoint = LocalEndpoint(binary, extra_args=["--step-ms", "50"]).start()
    try:
        ecs = endpoint.client("ecs")
        ecs.create_cluster(clusterName="ports")
        arns = []
        for zone in ("us-east-1a", "us-east-1b", "us-east-1c"):
            instance = ecs.register_container_instance(
                cluster="ports",
                totalResources=[{"name": "CPU", "type": "INTEGER", "integerValue": 2048},
                                {"name": "MEMORY", "type": "INTEGER", "integerValue": 4096}],
                attributes=[{"name": "ecs.availability-zone", "value": zone},
                            {"name": "ecs.instance-type", "value": "t3.medium"}, {"name": "stack", "value": "blue"}],
            )["containerInstance"]
            names = [a["name"] for a in instance["attributes"]]
            check(len(names) == len(set(names)), "attribute named twice: %s" % instance["attributes"])
            values = {a["name"]: a.get("value") for a in instance["attributes"]}
            check(values["ecs.availability-zone"] == zone and values["ecs.instance-type"] == "t3.medium"
                  and values["stack"] == "blue", instance["attributes"])
            arns.append(instance["containerInstanceArn"])
        ecs.register_task_definition(family="spread", networkMode="bridge", containerDefinitions=[
            {"name": "app", "image": "nginx", "cpu": 128, "memory": 128}])
        spread = ecs.run_task(cluster="ports", taskDefinition="spread", count=3, placementStrategy=[
            {"type": "spread", "field": "attribute:ecs.availability-zone"}])
        zones = sorted(t["availabilityZone"] for t in spread["tasks"])
        check(zones == ["us-east-1a", "us-east-1b", "us-east-1c"], zones)

        # Instance counts: pending first, RUNNING once the tasks run.
        def counts():
            described = ecs.describe_container_instances(cluster="ports", containerInstances=arns)
            return [(c["runningTasksCount"], c["pendingTasksCount"]) for c in described["containerInstances"]]
        check(wait_until(lambda: counts() == [(1, 0)] * 3), counts())
        for task in spread["tasks"]:
            ecs.stop_task(cluster="ports", task=task["taskArn"])
        check(wait_until(lambda: counts() == [(0, 0)] * 3), counts())

        # Static host ports: one 8080 per instance, RESOURCE:PORTS beyond, released at stop.
        ecs.register_task_definition(family="web8080", networkMode="bridge", containerDefinitions=[
            {"name": "web", "image": "nginx", "cpu": 128, "memory": 128,
             "portMappings": [{"containerPort": 80, "hostPort": 8080, "protocol": "tcp"}]}])
        first = ecs.run_task(cluster="ports", taskDefinition="web8080", count=3)
        check(len({t["containerInstanceArn"] for t in first["tasks"]}) == 3, first["tasks"])
        check(first["tasks"][0]["containers"][0]["networkBindings"][0]["hostPort"] == 8080, first["tasks"][0])
        more = ecs.run_task(cluster="ports", taskDefinition="web8080", count=1)
        check(not more["tasks"] and more["failures"]
              and all(f["reason"] == "RESOURCE:PORTS" for f in more["failures"]), more)
        check({f["arn"] for f in more["failures"]} <= set(arns), more["failures"])

        def ports_of(arn):
            instance = ecs.describe_container_instances(cluster="ports", containerInstances=[arn])["containerInstances"][0]
            return next(r["stringSetValue"] for r in instance["remainingResources"] if r["name"] == "PORTS")
        check(all("8080" in ports_of(arn) for arn in arns), [ports_of(arn) for arn in arns])
        freed = first["tasks"][0]["containerInstanceArn"]
        ecs.stop_task(cluster="ports", task=first["tasks"][0]["taskArn"])
        check("8080" not in ports_of(freed), ports_of(freed))
        again = ecs.run_task(cluster="ports", taskDefinition="web8080", count=1)
        check(len(again["tasks"]) == 1 and again["tasks"][0]["containerInstanceArn"] == freed, again)

        # A forced deployment starts at 0 and counts its own tasks.
        ecs.create_service(cluster="ports", serviceName="svc", taskDefinition="spread", desiredCount=2)
        check(wait_until(lambda: ecs.describe_services(cluster="ports", services=["svc"])["services"][0]
                         ["deployments"][0]["rolloutState"] == "COMPLETED"), "service steady")
        forced = ecs.update_service(cluster="ports", service="svc", forceNewDeployment=True)["service"]
        primary, old = forced["deployments"][0], forced["deployments"][1]
        check(primary["status"] == "PRIMARY" and primary["runningCount"] == 0 and primary["pendingCount"] == 0,
              forced["deployments"])
        check(old["status"] == "ACTIVE" and old["runningCount"] == 2, forced["deployments"])
        check(wait_until(lambda: [(d["id"], d["runningCount"]) for d in ecs.describe_services(
            cluster="ports", services=["svc"])["services"][0]["deployments"]] == [(primary["id"], 2)]), "rolled")
    finally:
        endpoint.cleanup()


@section
def services(ecs):
    ecs.create_cluster(clusterName="svc")
    created = ecs.create_service(cluster="svc", serviceName="api", taskDefinition="api", desiredCount=2,
                                 launchType="FARGATE", networkConfiguration=NETWORK,
                                 tags=[{"key": "tier", "value": "web"}])["service"]
    check(created["status"] == "ACTIVE" and created["serviceArn"].endswith(":service/svc/api"), created)
    check(created["deployments"][0]["status"] == "PRIMARY" and created["deployments"][0]["id"].startswith("ecs-svc/"),
          created)
    check(created["deploymentConfiguration"]["maximumPercent"] == 200, created)
    check(created["pendingCount"] == 2, created)
    tasks = ecs.list_tasks(cluster="svc", serviceName="api")["taskArns"]
    check(len(tasks) == 2, tasks)
    described = ecs.describe_tasks(cluster="svc", tasks=tasks)["tasks"]
    check(all(t["group"] == "service:api" for t in described), described)
    for i in range(12):
        ecs.create_service(cluster="svc", serviceName="s%02d" % i, taskDefinition="api", desiredCount=0,
                           launchType="FARGATE", networkConfiguration=NETWORK)
    first = ecs.list_services(cluster="svc")
    check(len(first["serviceArns"]) == 10 and "nextToken" in first, first)  # default page of 10
    everything = ecs.get_paginator("list_services").paginate(cluster="svc").build_full_result()["serviceArns"]
    check(len(everything) == 13, everything)
    d = ecs.describe_services(cluster="svc", services=["api", "nope"], include=["TAGS"])
    check(d["services"][0]["tags"] == [{"key": "tier", "value": "web"}], d)
    check(d["failures"][0]["reason"] == "MISSING", d)
    expect_error("InvalidParameterException", ecs.describe_services, cluster="svc", services=["a"] * 11)
    expect_error("InvalidParameterException", ecs.create_service, cluster="svc", serviceName="api", taskDefinition="api",
                 desiredCount=1, launchType="FARGATE", networkConfiguration=NETWORK)
    expect_error("InvalidParameterException", ecs.create_service, cluster="svc", serviceName="x", taskDefinition="api",
                 desiredCount=1, launchType="FARGATE")
    expect_error("ClusterNotFoundException", ecs.create_service, cluster="nope", serviceName="x", taskDefinition="api",
                 desiredCount=1)
    expect_error("ServiceNotFoundException", ecs.update_service, cluster="svc", service="nope", desiredCount=1)
    expect_error("ServiceNotFoundException", ecs.list_tasks, cluster="svc", serviceName="nope")

    scaled = ecs.update_service(cluster="svc", service="api", desiredCount=3)["service"]
    check(scaled["desiredCount"] == 3 and scaled["pendingCount"] == 3, scaled)
    check(len(ecs.list_tasks(cluster="svc", serviceName="api")["taskArns"]) == 3, "scaled out")
    second = ecs.register_task_definition(**FARGATE_TD)["taskDefinition"]
    rolled = ecs.update_service(cluster="svc", service="api", taskDefinition=second["taskDefinitionArn"])["service"]
    check(rolled["deployments"][0]["status"] == "PRIMARY"
          and rolled["deployments"][0]["taskDefinition"] == second["taskDefinitionArn"], rolled)
    check(rolled["deployments"][1]["status"] == "ACTIVE", rolled)
    expect_error("InvalidParameterException", ecs.delete_service, cluster="svc", service="api")
    ecs.update_service(cluster="svc", service="api", desiredCount=0)
    check(ecs.list_tasks(cluster="svc", serviceName="api")["taskArns"] == [], "scaled in to 0")
    deleted = ecs.delete_service(cluster="svc", service="api")["service"]
    check(deleted["status"] == "DRAINING", deleted)
    # The service stays DRAINING until its tasks have stopped through their lifecycle (the
    # simulation's step delays), then becomes INACTIVE.
    for _ in range(240):
        if ecs.describe_services(cluster="svc", services=["api"])["services"][0]["status"] == "INACTIVE":
            break
        time.sleep(0.25)
    check(ecs.describe_services(cluster="svc", services=["api"])["services"][0]["status"] == "INACTIVE", "inactive")
    expect_error("ServiceNotActiveException", ecs.update_service, cluster="svc", service="api", desiredCount=1)
    again = ecs.create_service(cluster="svc", serviceName="api", taskDefinition="api", desiredCount=0,
                               launchType="FARGATE", networkConfiguration=NETWORK)["service"]
    check(again["status"] == "ACTIVE", "recreated after delete")
    ecs.delete_service(cluster="svc", service="s00", force=True)


@section
def capacity_settings_tags(ecs):
    providers = ecs.describe_capacity_providers()
    check({p["name"] for p in providers["capacityProviders"]} == {"FARGATE", "FARGATE_SPOT"}, providers)
    check(ecs.describe_capacity_providers(capacityProviders=["nope"])["failures"][0]["reason"] == "MISSING", "cp MISSING")
    setting = ecs.put_account_setting(name="containerInsights", value="enabled")["setting"]
    check(setting["value"] == "enabled", setting)
    listed = ecs.list_account_settings(name="containerInsights")["settings"]
    check(listed and listed[0]["value"] == "enabled", listed)
    effective = ecs.list_account_settings(effectiveSettings=True, name="taskLongArnFormat")["settings"]
    check(effective[0]["value"] == "enabled", effective)
    ecs.put_account_setting_default(name="awsvpcTrunking", value="enabled")
    ecs.delete_account_setting(name="containerInsights")
    check(ecs.list_account_settings(name="containerInsights")["settings"] == [], "deleted setting")
    expect_error("InvalidParameterException", ecs.put_account_setting, name="nonsense", value="x")

    arn = ecs.describe_clusters(clusters=["prod"])["clusters"][0]["clusterArn"]
    ecs.tag_resource(resourceArn=arn, tags=[{"key": "env", "value": "prod"}, {"key": "team", "value": "infra"}])
    tags = {t["key"]: t["value"] for t in ecs.list_tags_for_resource(resourceArn=arn)["tags"]}
    check(tags == {"team": "infra", "env": "prod"}, tags)
    ecs.untag_resource(resourceArn=arn, tagKeys=["team"])
    check(ecs.list_tags_for_resource(resourceArn=arn)["tags"] == [{"key": "env", "value": "prod"}], "untag")
    td_arn = ecs.describe_task_definition(taskDefinition="web:1")["taskDefinition"]["taskDefinitionArn"]
    ecs.tag_resource(resourceArn=td_arn, tags=[{"key": "x", "value": "y"}])
    check({"key": "x", "value": "y"} in ecs.list_tags_for_resource(resourceArn=td_arn)["tags"], "task definition tags")
    expect_error("InvalidParameterException", ecs.list_tags_for_resource,
                 resourceArn=arn.replace("cluster/prod", "cluster/none"))
    expect_error("InvalidParameterException", ecs.tag_resource, resourceArn=arn, tags=[{"key": "aws:x", "value": "1"}])


@section
def cloudwatch(cw):
    now = datetime.datetime.now(datetime.timezone.utc).replace(second=0, microsecond=0)
    dims = [{"Name": "ClusterName", "Value": "prod"}, {"Name": "ServiceName", "Value": "api"}]
    cw.put_metric_data(Namespace="Test/App", MetricData=[
        {"MetricName": "Load", "Dimensions": dims, "Timestamp": now - datetime.timedelta(minutes=m), "Value": float(m),
         "Unit": "Percent"} for m in range(1, 6)])
    cw.put_metric_data(Namespace="Test/App", MetricData=[
        {"MetricName": "Load", "Dimensions": dims, "Timestamp": now - datetime.timedelta(minutes=1),
         "StatisticValues": {"SampleCount": 2, "Sum": 10, "Minimum": 4, "Maximum": 6}, "Unit": "Percent"}])
    stats = cw.get_metric_statistics(Namespace="Test/App", MetricName="Load", Dimensions=list(reversed(dims)),
                                     StartTime=now - datetime.timedelta(minutes=10), EndTime=now, Period=60,
                                     Statistics=["Average", "Maximum", "SampleCount"])
    points = sorted(stats["Datapoints"], key=lambda p: p["Timestamp"])
    check(len(points) == 5, stats)
    check(points[-1]["SampleCount"] == 3 and points[-1]["Maximum"] == 6 and abs(points[-1]["Average"] - 11 / 3) < 1e-9,
          points[-1])
    check(points[0]["Unit"] == "Percent" and isinstance(points[0]["Timestamp"], datetime.datetime), points[0])
    data = cw.get_metric_data(MetricDataQueries=[
        {"Id": "load", "MetricStat": {"Metric": {"Namespace": "Test/App", "MetricName": "Load", "Dimensions": dims},
                                      "Period": 300, "Stat": "Sum"}}],
        StartTime=now - datetime.timedelta(minutes=10), EndTime=now)
    result = data["MetricDataResults"][0]
    check(result["Id"] == "load" and result["StatusCode"] == "Complete", result)
    check(abs(sum(result["Values"]) - (1 + 2 + 3 + 4 + 5 + 10)) < 1e-9, result)
    metrics = cw.list_metrics(Namespace="Test/App")["Metrics"]
    check(len(metrics) == 1 and metrics[0]["MetricName"] == "Load" and len(metrics[0]["Dimensions"]) == 2, metrics)
    check(cw.list_metrics(Dimensions=[{"Name": "ClusterName", "Value": "other"}])["Metrics"] == [], "dimension filter")
    expect_error("InvalidParameterValue", cw.put_metric_data, Namespace="AWS/ECS",
                 MetricData=[{"MetricName": "x", "Value": 1}])
    error = None
    try:
        cw.get_metric_statistics(Namespace="Test/App", MetricName="Load", StartTime=now, EndTime=now, Period=60,
                                 Statistics=["Average"])
    except ClientError as e:
        error = e.response["Error"]["Code"]
    check(error == "InvalidParameterValue", error)


@section
def logs(client):
    client.create_log_group(logGroupName="/ecs/api")
    expect_error("ResourceAlreadyExistsException", client.create_log_group, logGroupName="/ecs/api")
    expect_error("InvalidParameterException", client.create_log_group, logGroupName="bad name")
    for i in range(3):
        client.create_log_group(logGroupName="/ecs/other%d" % i)
    client.create_log_stream(logGroupName="/ecs/api", logStreamName="ecs/api/1")
    client.create_log_stream(logGroupName="/ecs/api", logStreamName="ecs/api/2")
    expect_error("ResourceNotFoundException", client.create_log_stream, logGroupName="/nope", logStreamName="s")
    groups = client.describe_log_groups(logGroupNamePrefix="/ecs/", limit=2)
    check(len(groups["logGroups"]) == 2 and "nextToken" in groups, groups)
    all_groups = client.get_paginator("describe_log_groups").paginate(logGroupNamePrefix="/ecs/",
                                                                      PaginationConfig={"PageSize": 3}).build_full_result()
    check(len(all_groups["logGroups"]) == 4, all_groups)
    base = int(time.time() * 1000) - 60000
    client.put_log_events(logGroupName="/ecs/api", logStreamName="ecs/api/1",
                          logEvents=[{"timestamp": base + i, "message": "line %d %s" % (i, "ERROR" if i % 3 == 0 else "ok")}
                                     for i in range(10)])
    client.put_log_events(logGroupName="/ecs/api", logStreamName="ecs/api/2",
                          logEvents=[{"timestamp": base + 100, "message": "other ERROR"}])
    expect_error("InvalidParameterException", client.put_log_events, logGroupName="/ecs/api", logStreamName="ecs/api/1",
                 logEvents=[{"timestamp": base + 5, "message": "b"}, {"timestamp": base, "message": "a"}])
    expect_error("ResourceNotFoundException", client.put_log_events, logGroupName="/ecs/api", logStreamName="none",
                 logEvents=[{"timestamp": base, "message": "a"}])
    streams = client.describe_log_streams(logGroupName="/ecs/api")["logStreams"]
    check([s["logStreamName"] for s in streams] == ["ecs/api/1", "ecs/api/2"], streams)
    check(streams[0]["lastEventTimestamp"] == base + 9, streams[0])
    head = client.get_log_events(logGroupName="/ecs/api", logStreamName="ecs/api/1", startFromHead=True, limit=4)
    check([e["message"].split()[1] for e in head["events"]] == ["0", "1", "2", "3"], head)
    forward = client.get_log_events(logGroupName="/ecs/api", logStreamName="ecs/api/1", nextToken=head["nextForwardToken"],
                                    limit=4)
    check([e["message"].split()[1] for e in forward["events"]] == ["4", "5", "6", "7"], forward)
    back = client.get_log_events(logGroupName="/ecs/api", logStreamName="ecs/api/1", nextToken=forward["nextBackwardToken"],
                                 limit=2)
    check([e["message"].split()[1] for e in back["events"]] == ["2", "3"], back)
    tail = client.get_log_events(logGroupName="/ecs/api", logStreamName="ecs/api/1", limit=3)
    check([e["message"].split()[1] for e in tail["events"]] == ["7", "8", "9"], tail)
    end = client.get_log_events(logGroupName="/ecs/api", logStreamName="ecs/api/1", nextToken=tail["nextForwardToken"])
    check(end["events"] == [] and end["nextForwardToken"] == tail["nextForwardToken"], end)
    found = client.filter_log_events(logGroupName="/ecs/api", filterPattern="ERROR")["events"]
    check(len(found) == 5 and {e["logStreamName"] for e in found} == {"ecs/api/1", "ecs/api/2"}, found)
    paged = client.get_paginator("filter_log_events").paginate(logGroupName="/ecs/api",
                                                               PaginationConfig={"PageSize": 4}).build_full_result()
    check(len(paged["events"]) == 11, len(paged["events"]))


@section
def autoscaling(client):
    resource = "service/svc/api"
    client.register_scalable_target(ServiceNamespace="ecs", ResourceId=resource,
                                    ScalableDimension="ecs:service:DesiredCount", MinCapacity=1, MaxCapacity=4)
    targets = client.describe_scalable_targets(ServiceNamespace="ecs")["ScalableTargets"]
    check(len(targets) == 1 and targets[0]["MaxCapacity"] == 4, targets)
    check(isinstance(targets[0]["CreationTime"], datetime.datetime), targets[0])
    expect_error("ValidationException", client.register_scalable_target, ServiceNamespace="ecs", ResourceId=resource,
                 ScalableDimension="ecs:service:DesiredCount", MinCapacity=5, MaxCapacity=4)
    policy = client.put_scaling_policy(
        PolicyName="cpu", ServiceNamespace="ecs", ResourceId=resource, ScalableDimension="ecs:service:DesiredCount",
        PolicyType="TargetTrackingScaling",
        TargetTrackingScalingPolicyConfiguration={"TargetValue": 50.0, "PredefinedMetricSpecification": {
            "PredefinedMetricType": "ECSServiceAverageCPUUtilization"}})
    check(policy["PolicyARN"].startswith("arn:aws:autoscaling:") and len(policy["Alarms"]) == 2, policy)
    policies = client.describe_scaling_policies(ServiceNamespace="ecs", ResourceId=resource)["ScalingPolicies"]
    check(policies[0]["PolicyName"] == "cpu", policies)
    expect_error("ObjectNotFoundException", client.put_scaling_policy, PolicyName="x", ServiceNamespace="ecs",
                 ResourceId="service/svc/none", ScalableDimension="ecs:service:DesiredCount", PolicyType="StepScaling",
                 StepScalingPolicyConfiguration={"AdjustmentType": "ChangeInCapacity"})
    client.put_scheduled_action(ServiceNamespace="ecs", ScheduledActionName="night", ResourceId=resource,
                                ScalableDimension="ecs:service:DesiredCount", Schedule="cron(0 22 * * ? *)",
                                ScalableTargetAction={"MinCapacity": 0, "MaxCapacity": 1})
    actions = client.describe_scheduled_actions(ServiceNamespace="ecs")["ScheduledActions"]
    check(actions[0]["Schedule"] == "cron(0 22 * * ? *)", actions)
    check(client.describe_scaling_activities(ServiceNamespace="ecs", ResourceId=resource)["ScalingActivities"] == [],
          "no activities yet")
    client.delete_scheduled_action(ServiceNamespace="ecs", ScheduledActionName="night", ResourceId=resource,
                                   ScalableDimension="ecs:service:DesiredCount")
    client.delete_scaling_policy(PolicyName="cpu", ServiceNamespace="ecs", ResourceId=resource,
                                 ScalableDimension="ecs:service:DesiredCount")
    client.deregister_scalable_target(ServiceNamespace="ecs", ResourceId=resource,
                                      ScalableDimension="ecs:service:DesiredCount")
    expect_error("ObjectNotFoundException", client.deregister_scalable_target, ServiceNamespace="ecs",
                 ResourceId=resource, ScalableDimension="ecs:service:DesiredCount")


def main():
    binary = sys.argv[1]
    fixtures_dir = sys.argv[2] if len(sys.argv) > 2 and os.path.isdir(sys.argv[2]) else None
    import boto3
    print("boto3 %s" % boto3.__version__)
    endpoint = LocalEndpoint(binary).start()
    try:
        ecs = endpoint.client("ecs")
        clusters(ecs)
        task_definitions(ecs)
        fixtures(ecs, fixtures_dir)
        container_instances_and_tasks(ecs)
        services(ecs)
        capacity_settings_tags(ecs)
        cloudwatch(endpoint.client("cloudwatch"))
        logs(endpoint.client("logs"))
        autoscaling(endpoint.client("application-autoscaling"))
    finally:
        endpoint.cleanup()
    instances_attributes_ports(binary)
    if failures:
        print("%d section(s) failed: %s" % (len(failures), ", ".join(failures)))
        return 1
    print("all sections passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
