# SPDX-License-Identifier: MIT
"""Issue 23: Elastic Load Balancing v2 in ecsdesk-local (query protocol) and services behind target groups.

Usage: elbv2.py ECSDESK_LOCAL_BINARY [--cli /usr/bin/aws]
Runs with /usr/bin/python3 (botocore 1.29) or the image's python3 (boto3 1.43): load balancers,
target groups, listeners, rules, targets and their health, and ELBv2's error codes. With --cli the
same API checks run through the given AWS CLI (`aws elbv2 ...`). Under boto3 1.43 also: a Fargate
service behind a target group gets healthy targets, scale-in drains them for the deregistration
delay before they disappear, and a revision whose targets fail their health checks has its tasks
replaced. Each section starts its own endpoint (free loopback port, fresh data dir) and stops it."""

import datetime
import json
import os
import subprocess
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from localendpoint import LocalEndpoint  # noqa: E402

failures = []
SUBNETS = ["subnet-0a1b2c3d4e5f60718", "subnet-0b1b2c3d4e5f60719"]
NET = {"awsvpcConfiguration": {"subnets": SUBNETS[:1], "assignPublicIp": "DISABLED"}}


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def wait_until(predicate, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


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


class Boto:
    """The ELBv2 calls through boto3: returns the answer, or ("ERROR", code, message)."""

    def __init__(self, endpoint):
        self.client = endpoint.client("elbv2")

    def __call__(self, operation, **kwargs):
        from botocore.exceptions import ClientError
        method = getattr(self.client, "_".join(
            part.lower() for part in __import__("re").findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", operation)))
        try:
            return method(**kwargs)
        except ClientError as error:
            return ("ERROR", error.response["Error"]["Code"], error.response["Error"].get("Message", ""))


class Cli:
    """The same calls through the AWS CLI (`aws elbv2 OP --cli-input-json`)."""

    def __init__(self, endpoint, cli):
        self.endpoint = endpoint
        self.cli = cli

    def __call__(self, operation, **kwargs):
        import re
        command = "-".join(part.lower() for part in re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", operation))
        result = subprocess.run(
            [self.cli, "elbv2", command, "--endpoint-url", self.endpoint.url, "--region", self.endpoint.region,
             "--output", "json", "--cli-input-json", json.dumps(kwargs)],
            env=self.endpoint.env(), capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            match = re.search(r"\((\w+)\) when calling the \w+ operation: (.*)", result.stderr)
            check(match, "unexpected CLI failure: %s" % result.stderr)
            return ("ERROR", match.group(1), match.group(2).strip())
        return json.loads(result.stdout) if result.stdout.strip() else {}


def expect_error(answer, code, text=None):
    check(isinstance(answer, tuple) and answer[0] == "ERROR", "expected %s, got %s" % (code, answer))
    check(answer[1] == code, "expected %s, got %s" % (code, answer))
    if text is not None:
        check(text in answer[2], "message %r lacks %r" % (answer[2], text))


@section
def api(binary, cli=None):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "50"]).start()
    try:
        call = Cli(endpoint, cli) if cli else Boto(endpoint)
        lb = call("CreateLoadBalancer", Name="web-lb", Subnets=SUBNETS, SecurityGroups=["sg-1"])["LoadBalancers"][0]
        check(lb["Type"] == "application" and lb["Scheme"] == "internet-facing", lb)
        check(lb["LoadBalancerArn"].startswith("arn:aws:elasticloadbalancing:") and "loadbalancer/app/web-lb/"
              in lb["LoadBalancerArn"], lb["LoadBalancerArn"])
        check(lb["State"]["Code"] == "provisioning" and lb["DNSName"].endswith(".elb.amazonaws.com"), lb)
        nlb = call("CreateLoadBalancer", Name="tcp-lb", Type="network", Subnets=SUBNETS[:1])["LoadBalancers"][0]
        check("loadbalancer/net/tcp-lb/" in nlb["LoadBalancerArn"], nlb)
        described = call("DescribeLoadBalancers", Names=["web-lb"])["LoadBalancers"]
        check(len(described) == 1 and described[0]["State"]["Code"] == "active", described)
        expect_error(call("DescribeLoadBalancers", LoadBalancerArns=[lb["LoadBalancerArn"] + "0"]),
                     "LoadBalancerNotFound")

        tg = call("CreateTargetGroup", Name="web-tg", Protocol="HTTP", Port=80, VpcId="vpc-1", TargetType="ip",
                  HealthCheckPath="/health", HealthCheckIntervalSeconds=5, HealthCheckTimeoutSeconds=2, HealthyThresholdCount=2)["TargetGroups"][0]
        check(tg["TargetType"] == "ip" and tg["HealthCheckPath"] == "/health" and tg["Port"] == 80
              and tg["HealthCheckIntervalSeconds"] == 5 and tg["Matcher"] == {"HttpCode": "200"}
              and tg["LoadBalancerArns"] == [], tg)
        again = call("CreateTargetGroup", Name="web-tg", Protocol="HTTP", Port=80, VpcId="vpc-1", TargetType="ip",
                     HealthCheckPath="/health", HealthCheckIntervalSeconds=5, HealthCheckTimeoutSeconds=2, HealthyThresholdCount=2)
        check(again["TargetGroups"][0]["TargetGroupArn"] == tg["TargetGroupArn"], "same settings: the same group")
        expect_error(call("CreateTargetGroup", Name="web-tg", Protocol="HTTP", Port=8080, VpcId="vpc-1"),
                     "DuplicateTargetGroupName", "A target group with the same name 'web-tg' exists")
        expect_error(call("CreateTargetGroup", Name="-bad", Protocol="HTTP", Port=80, VpcId="vpc-1"),
                     "ValidationError", "cannot begin or end with '-'")
        expect_error(call("CreateTargetGroup", Name="x" * 33, Protocol="HTTP", Port=80, VpcId="vpc-1"),
                     "ValidationError")
        expect_error(call("DescribeTargetGroups", TargetGroupArns=[tg["TargetGroupArn"] + "0"]),
                     "TargetGroupNotFound", "One or more target groups not found")
        # Describe* lists come in pages: PageSize 1..400, NextMarker until the last page.
        call("CreateTargetGroup", Name="page-tg", Protocol="HTTP", Port=80, VpcId="vpc-1", TargetType="ip")
        first = call("DescribeTargetGroups", PageSize=1)
        check(len(first["TargetGroups"]) == 1 and first.get("NextMarker"), first)
        second = call("DescribeTargetGroups", PageSize=1, Marker=first["NextMarker"])
        check(len(second["TargetGroups"]) == 1 and "NextMarker" not in second, second)
        check({g["TargetGroupName"] for g in first["TargetGroups"] + second["TargetGroups"]} == {"web-tg", "page-tg"},
              "pages: %s, %s" % (first, second))
        if not cli:
            names = [g["TargetGroupName"] for p in call.client.get_paginator("describe_target_groups").paginate(
                PaginationConfig={"PageSize": 1}) for g in p["TargetGroups"]]
            check(sorted(names) == ["page-tg", "web-tg"], names)
        expect_error(call("DescribeTargetGroups", Marker="bm90IGEgbWFya2Vy"), "ValidationError")
        expect_error(call("DescribeTargetGroups", PageSize=401), "ValidationError", "less than or equal to 400")
        call("DeleteTargetGroup", TargetGroupArn=call("DescribeTargetGroups", Names=["page-tg"])["TargetGroups"][0]["TargetGroupArn"])
        modified = call("ModifyTargetGroup", TargetGroupArn=tg["TargetGroupArn"], HealthCheckPath="/ready",
                        Matcher={"HttpCode": "200-299"})["TargetGroups"][0]
        check(modified["HealthCheckPath"] == "/ready" and modified["Matcher"]["HttpCode"] == "200-299", modified)
        attributes = {a["Key"]: a["Value"] for a in call(
            "DescribeTargetGroupAttributes", TargetGroupArn=tg["TargetGroupArn"])["Attributes"]}
        check(attributes["deregistration_delay.timeout_seconds"] == "300", attributes)
        changed = call("ModifyTargetGroupAttributes", TargetGroupArn=tg["TargetGroupArn"],
                       Attributes=[{"Key": "deregistration_delay.timeout_seconds", "Value": "600"}])["Attributes"]
        check({"Key": "deregistration_delay.timeout_seconds", "Value": "600"} in changed, changed)
        expect_error(call("ModifyTargetGroupAttributes", TargetGroupArn=tg["TargetGroupArn"],
                          Attributes=[{"Key": "no.such", "Value": "1"}]), "ValidationError")

        # Targets before any listener: unused.
        call("RegisterTargets", TargetGroupArn=tg["TargetGroupArn"], Targets=[{"Id": "10.0.0.5"}, {"Id": "10.0.0.6", "Port": 8080}])
        expect_error(call("RegisterTargets", TargetGroupArn=tg["TargetGroupArn"], Targets=[{"Id": "i-0abc"}]),
                     "ValidationError", "is not a valid IPv4 address")
        health = call("DescribeTargetHealth", TargetGroupArn=tg["TargetGroupArn"])["TargetHealthDescriptions"]
        check(sorted((h["Target"]["Id"], h["Target"]["Port"], h["TargetHealth"]["State"]) for h in health)
              == [("10.0.0.5", 80, "unused"), ("10.0.0.6", 8080, "unused")], health)
        check(health[0]["TargetHealth"]["Reason"] == "Target.NotInUse", health)

        listener = call("CreateListener", LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTP", Port=80,
                        DefaultActions=[{"Type": "forward", "TargetGroupArn": tg["TargetGroupArn"]}])["Listeners"][0]
        check(listener["Port"] == 80 and "listener/app/web-lb/" in listener["ListenerArn"], listener)
        expect_error(call("CreateListener", LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTP", Port=80,
                          DefaultActions=[{"Type": "forward", "TargetGroupArn": tg["TargetGroupArn"]}]),
                     "DuplicateListener")
        expect_error(call("CreateListener", LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTP", Port=81,
                          DefaultActions=[{"Type": "forward", "TargetGroupArn": tg["TargetGroupArn"] + "0"}]),
                     "TargetGroupNotFound")
        check([l["ListenerArn"] for l in call("DescribeListeners", LoadBalancerArn=lb["LoadBalancerArn"])["Listeners"]]
              == [listener["ListenerArn"]], "DescribeListeners")
        api_tg = call("CreateTargetGroup", Name="api-tg", Protocol="HTTP", Port=8080, VpcId="vpc-1",
                      TargetType="instance")["TargetGroups"][0]
        rule = call("CreateRule", ListenerArn=listener["ListenerArn"], Priority=10,
                    Conditions=[{"Field": "path-pattern", "Values": ["/api/*"]}],
                    Actions=[{"Type": "forward", "TargetGroupArn": api_tg["TargetGroupArn"]}])["Rules"][0]
        check(rule["Priority"] == "10" and rule["Conditions"][0]["Values"] == ["/api/*"] and not rule["IsDefault"], rule)
        expect_error(call("CreateRule", ListenerArn=listener["ListenerArn"], Priority=10,
                          Conditions=[{"Field": "path-pattern", "Values": ["/x/*"]}],
                          Actions=[{"Type": "forward", "TargetGroupArn": api_tg["TargetGroupArn"]}]), "PriorityInUse")
        rules = call("DescribeRules", ListenerArn=listener["ListenerArn"])["Rules"]
        check([r["Priority"] for r in rules] == ["10", "default"] and rules[1]["IsDefault"], rules)
        groups = {g["TargetGroupName"]: g for g in call("DescribeTargetGroups", LoadBalancerArn=lb["LoadBalancerArn"])["TargetGroups"]}
        check(sorted(groups) == ["api-tg", "web-tg"] and groups["api-tg"]["LoadBalancerArns"] == [lb["LoadBalancerArn"]],
              groups)
        expect_error(call("DeleteTargetGroup", TargetGroupArn=api_tg["TargetGroupArn"]), "ResourceInUse")

        # With a listener the targets are checked: initial, then healthy (2 x 5 s at 50x is 0.2 s).
        check(wait_until(lambda: all(h["TargetHealth"]["State"] == "healthy" for h in call(
            "DescribeTargetHealth", TargetGroupArn=tg["TargetGroupArn"])["TargetHealthDescriptions"]), 30),
            "targets never became healthy")
        one = call("DescribeTargetHealth", TargetGroupArn=tg["TargetGroupArn"], Targets=[{"Id": "10.0.0.6", "Port": 8080}])
        check([h["Target"]["Id"] for h in one["TargetHealthDescriptions"]] == ["10.0.0.6"]
              and one["TargetHealthDescriptions"][0]["HealthCheckPort"] == "8080", one)
        call("DeregisterTargets", TargetGroupArn=tg["TargetGroupArn"], Targets=[{"Id": "10.0.0.5"}])
        states = {h["Target"]["Id"]: h["TargetHealth"] for h in call(
            "DescribeTargetHealth", TargetGroupArn=tg["TargetGroupArn"])["TargetHealthDescriptions"]}
        check(states["10.0.0.5"]["State"] == "draining" and states["10.0.0.5"]["Reason"] == "Target.DeregistrationInProgress",
              states)
        # 600 s of deregistration delay at 50x: gone after about 12 s.
        check(wait_until(lambda: [h["Target"]["Id"] for h in call(
            "DescribeTargetHealth", TargetGroupArn=tg["TargetGroupArn"])["TargetHealthDescriptions"]] == ["10.0.0.6"], 30),
            "the drained target did not disappear")
        expect_error(call("DeregisterTargets", TargetGroupArn=tg["TargetGroupArn"], Targets=[{"Id": "10.9.9.9"}]),
                     "InvalidTarget")

        call("DeleteListener", ListenerArn=listener["ListenerArn"])
        expect_error(call("DescribeRules", RuleArns=[rule["RuleArn"]]), "RuleNotFound")
        call("DeleteTargetGroup", TargetGroupArn=api_tg["TargetGroupArn"])
        call("DeleteLoadBalancer", LoadBalancerArn=lb["LoadBalancerArn"])
        check([l["LoadBalancerName"] for l in call("DescribeLoadBalancers")["LoadBalancers"]] == ["tcp-lb"],
              "DeleteLoadBalancer")
    finally:
        endpoint.cleanup()


def register(ecs, **labels):
    return ecs.register_task_definition(
        family="web", requiresCompatibilities=["FARGATE"], networkMode="awsvpc", cpu="256", memory="512",
        containerDefinitions=[{"name": "app", "image": "nginx:1.25", "essential": True, "dockerLabels": labels,
                               "portMappings": [{"containerPort": 8080, "protocol": "tcp"}]}],
    )["taskDefinition"]["taskDefinitionArn"]


def behind(endpoint):
    elb = endpoint.client("elbv2")
    lb = elb.create_load_balancer(Name="shop", Subnets=SUBNETS)["LoadBalancers"][0]
    tg = elb.create_target_group(Name="shop-web", Protocol="HTTP", Port=80, VpcId="vpc-1", TargetType="ip",
                                 HealthCheckIntervalSeconds=5, HealthCheckTimeoutSeconds=2, HealthyThresholdCount=2)["TargetGroups"][0]
    elb.create_listener(LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTP", Port=80,
                        DefaultActions=[{"Type": "forward", "TargetGroupArn": tg["TargetGroupArn"]}])
    elb.modify_target_group_attributes(TargetGroupArn=tg["TargetGroupArn"], Attributes=[
        {"Key": "deregistration_delay.timeout_seconds", "Value": "20"}])
    return elb, tg["TargetGroupArn"]


def targets(elb, tg):
    return {(h["Target"]["Id"], h["Target"]["Port"]): h["TargetHealth"]["State"]
            for h in elb.describe_target_health(TargetGroupArn=tg)["TargetHealthDescriptions"]}


@section
def service_behind_target_group(binary):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "10", "--step-ms", "100"]).start()
    try:
        ecs = endpoint.client("ecs")
        elb, tg = behind(endpoint)
        ecs.create_cluster(clusterName="shop")
        ecs.create_service(cluster="shop", serviceName="web", taskDefinition=register(ecs), desiredCount=2,
                           launchType="FARGATE", networkConfiguration=NET, healthCheckGracePeriodSeconds=10,
                           loadBalancers=[{"targetGroupArn": tg, "containerName": "app", "containerPort": 8080}])
        check(wait_until(lambda: list(targets(elb, tg).values()) == ["healthy", "healthy"], 90),
              "targets: %s" % targets(elb, tg))
        tasks = ecs.describe_tasks(cluster="shop", tasks=ecs.list_tasks(cluster="shop")["taskArns"])["tasks"]
        addresses = sorted((d["value"], 8080) for t in tasks for a in t["attachments"] for d in a["details"]
                           if d["name"] == "privateIPv4Address")
        check(sorted(targets(elb, tg)) == addresses, "targets %s, task addresses %s" % (targets(elb, tg), addresses))
        check(wait_until(lambda: ecs.describe_services(cluster="shop", services=["web"])["services"][0]
                         ["deployments"][0]["rolloutState"] == "COMPLETED", 60), "deployment did not complete")

        # AWS/ApplicationELB metrics per minute (6 s at 10x).
        cloudwatch = endpoint.client("cloudwatch")
        balancer = elb.describe_target_groups(TargetGroupArns=[tg])["TargetGroups"][0]["LoadBalancerArns"][0]
        dimensions = [{"Name": "LoadBalancer", "Value": balancer.split(":")[5].split("/", 1)[1]},
                      {"Name": "TargetGroup", "Value": tg.split(":")[5]}]

        def statistic(name, stat, dims):
            now = datetime.datetime.now(datetime.timezone.utc)
            points = cloudwatch.get_metric_statistics(
                Namespace="AWS/ApplicationELB", MetricName=name, Dimensions=dims, Period=60,
                StartTime=now - datetime.timedelta(hours=1), EndTime=now + datetime.timedelta(hours=1),
                Statistics=[stat])["Datapoints"]
            return [p[stat] for p in sorted(points, key=lambda p: p["Timestamp"])]
        check(wait_until(lambda: 2.0 in statistic("HealthyHostCount", "Average", dimensions), 60),
              "HealthyHostCount: %s" % statistic("HealthyHostCount", "Average", dimensions))
        check(any(v > 0 for v in statistic("RequestCount", "Sum", dimensions[:1])), "RequestCount")
        check(statistic("TargetResponseTime", "Average", dimensions[:1]), "TargetResponseTime")
        check(statistic("RequestCountPerTarget", "Sum", dimensions[1:]), "RequestCountPerTarget")

        # Scale-in: the stopped task's target drains (20 s at 10x) before it disappears, and the task
        # waits in DEACTIVATING meanwhile (as ECS does), then stops.
        ecs.update_service(cluster="shop", service="web", desiredCount=1)
        check(wait_until(lambda: sorted(targets(elb, tg).values()) == ["draining", "healthy"], 60),
              "no draining target: %s" % targets(elb, tg))

        def leaving():
            arns = ecs.list_tasks(cluster="shop", desiredStatus="STOPPED")["taskArns"]
            return ecs.describe_tasks(cluster="shop", tasks=arns)["tasks"] if arns else []
        statuses = set()
        deadline = time.time() + 60
        while "draining" in targets(elb, tg).values() and time.time() < deadline:
            statuses.update(task["lastStatus"] for task in leaving())
            time.sleep(0.1)
        # (RUNNING: seen between the scale-in and the task's next step)
        check("DEACTIVATING" in statuses and statuses <= {"RUNNING", "DEACTIVATING"},
              "while its target drained the task was %s" % sorted(statuses))
        check(wait_until(lambda: list(targets(elb, tg).values()) == ["healthy"], 60),
              "the drained target stayed: %s" % targets(elb, tg))
        check(wait_until(lambda: [t["lastStatus"] for t in leaving()] == ["STOPPED"], 60),
              "the task did not stop after draining: %s" % [t["lastStatus"] for t in leaving()])
    finally:
        endpoint.cleanup()


@section
def failing_targets_are_replaced(binary):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "10", "--step-ms", "100"]).start()
    try:
        ecs = endpoint.client("ecs")
        elb, tg = behind(endpoint)
        ecs.create_cluster(clusterName="shop")
        ecs.create_service(cluster="shop", serviceName="web", taskDefinition=register(ecs, **{"ecsdesk.sim.health": "failing"}),
                           desiredCount=1, launchType="FARGATE", networkConfiguration=NET,
                           loadBalancers=[{"targetGroupArn": tg, "containerName": "app", "containerPort": 8080}])
        check(wait_until(lambda: "unhealthy" in targets(elb, tg).values(), 60), "targets: %s" % targets(elb, tg))
        health = elb.describe_target_health(TargetGroupArn=tg)["TargetHealthDescriptions"]
        check(any(h["TargetHealth"].get("Reason") == "Target.ResponseCodeMismatch" for h in health), health)

        def replaced():
            stopped = ecs.list_tasks(cluster="shop", desiredStatus="STOPPED")["taskArns"]
            return stopped and any("ELB health checks" in t.get("stoppedReason", "")
                                   for t in ecs.describe_tasks(cluster="shop", tasks=stopped)["tasks"])
        check(wait_until(replaced, 60), "no task stopped for failing ELB health checks")
    finally:
        endpoint.cleanup()


@section
def bridge_dynamic_ports(binary):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "10", "--step-ms", "100"]).start()
    try:
        ecs = endpoint.client("ecs")
        elb = endpoint.client("elbv2")
        lb = elb.create_load_balancer(Name="ec2", Subnets=SUBNETS)["LoadBalancers"][0]
        tg = elb.create_target_group(Name="ec2-web", Protocol="HTTP", Port=80, VpcId="vpc-1", TargetType="instance",
                                     HealthCheckIntervalSeconds=5, HealthCheckTimeoutSeconds=2,
                                     HealthyThresholdCount=2)["TargetGroups"][0]["TargetGroupArn"]
        elb.create_listener(LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTP", Port=80,
                            DefaultActions=[{"Type": "forward", "TargetGroupArn": tg}])
        ecs.create_cluster(clusterName="ec2")
        ecs.register_container_instance(
            cluster="ec2", totalResources=[{"name": "CPU", "type": "INTEGER", "integerValue": 4096},
                                           {"name": "MEMORY", "type": "INTEGER", "integerValue": 8192}],
            attributes=[{"name": "ecs.availability-zone", "value": "us-east-1a"}])
        ecs.register_task_definition(family="web", networkMode="bridge", containerDefinitions=[
            {"name": "web", "image": "nginx", "cpu": 128, "memory": 128,
             "portMappings": [{"containerPort": 80, "hostPort": 0, "protocol": "tcp"}]}])
        ecs.create_service(cluster="ec2", serviceName="web", taskDefinition="web", desiredCount=2,
                           loadBalancers=[{"targetGroupArn": tg, "containerName": "web", "containerPort": 80}])
        check(wait_until(lambda: list(targets(elb, tg).values()) == ["healthy", "healthy"], 90),
              "targets: %s" % targets(elb, tg))
        instance = ecs.describe_container_instances(cluster="ec2", containerInstances=ecs.list_container_instances(
            cluster="ec2")["containerInstanceArns"])["containerInstances"][0]["ec2InstanceId"]
        tasks = ecs.describe_tasks(cluster="ec2", tasks=ecs.list_tasks(cluster="ec2")["taskArns"])["tasks"]
        bound = sorted((instance, b["hostPort"]) for t in tasks for c in t["containers"] for b in c["networkBindings"])
        check(sorted(targets(elb, tg)) == bound and all(port != 80 for _, port in bound),
              "targets %s, bindings %s" % (targets(elb, tg), bound))
    finally:
        endpoint.cleanup()


@section
def failing_revision_rolled_back(binary):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "10", "--step-ms", "100"]).start()
    try:
        ecs = endpoint.client("ecs")
        elb, tg = behind(endpoint)
        ecs.create_cluster(clusterName="shop")
        ecs.create_service(cluster="shop", serviceName="web", taskDefinition=register(ecs), desiredCount=2,
                           launchType="FARGATE", networkConfiguration=NET,
                           deploymentConfiguration={"deploymentCircuitBreaker": {"enable": True, "rollback": True}},
                           loadBalancers=[{"targetGroupArn": tg, "containerName": "app", "containerPort": 8080}])
        check(wait_until(lambda: ecs.describe_services(cluster="shop", services=["web"])["services"][0]
                         ["deployments"][0]["rolloutState"] == "COMPLETED", 90), "first deployment did not complete")
        good = ecs.describe_services(cluster="shop", services=["web"])["services"][0]["taskDefinition"]
        ecs.update_service(cluster="shop", service="web", taskDefinition=register(ecs, **{"ecsdesk.sim.health": "failing"}))

        def rolled_back():
            arns = [d["serviceDeploymentArn"] for d in ecs.list_service_deployments(
                cluster="shop", service="web")["serviceDeployments"]]
            deployments = ecs.describe_service_deployments(serviceDeploymentArns=arns)["serviceDeployments"]
            return any(d["status"] == "ROLLBACK_SUCCESSFUL" for d in deployments)
        check(wait_until(rolled_back, 120), "the failing revision was not rolled back")
        service = ecs.describe_services(cluster="shop", services=["web"])["services"][0]
        check(service["taskDefinition"] == good, service["taskDefinition"])
    finally:
        endpoint.cleanup()

@section
def services_need_a_used_target_group(binary):
    """CreateService/UpdateService refuse a target group that does not exist or that no load balancer
    uses, with ECS's InvalidParameterException texts."""
    endpoint = LocalEndpoint(binary).start()
    try:
        ecs = endpoint.client("ecs")
        elb = endpoint.client("elbv2")
        ecs.create_cluster(clusterName="shop")
        definition = register(ecs)
        lonely = elb.create_target_group(Name="lonely", Protocol="HTTP", Port=80, VpcId="vpc-1",
                                         TargetType="ip")["TargetGroups"][0]["TargetGroupArn"]

        def refused(target_group, update=False):
            balancers = [{"targetGroupArn": target_group, "containerName": "app", "containerPort": 8080}]
            try:
                if update:
                    ecs.update_service(cluster="shop", service="plain", loadBalancers=balancers)
                else:
                    ecs.create_service(cluster="shop", serviceName="web", taskDefinition=definition, desiredCount=1,
                                       launchType="FARGATE", networkConfiguration=NET, loadBalancers=balancers)
            except ecs.exceptions.InvalidParameterException as error:
                return error.response["Error"]["Message"]
            return None
        message = refused(lonely)
        check(message == "The target group with targetGroupArn %s does not have an associated load balancer." % lonely,
              message)
        missing = lonely.replace("lonely", "gone")
        message = refused(missing)
        check(message is not None and message.startswith("Unable to assume role and validate the specified targetGroupArn"),
              message)
        check(ecs.describe_services(cluster="shop", services=["web"])["failures"][0]["reason"] == "MISSING",
              "a refused CreateService created the service")
        ecs.create_service(cluster="shop", serviceName="plain", taskDefinition=definition, desiredCount=0,
                           launchType="FARGATE", networkConfiguration=NET)
        message = refused(lonely, update=True)
        check(message is not None and "does not have an associated load balancer" in message, message)
        # Once a listener forwards to it, the same group is accepted.
        lb = elb.create_load_balancer(Name="shop", Subnets=SUBNETS)["LoadBalancers"][0]
        elb.create_listener(LoadBalancerArn=lb["LoadBalancerArn"], Protocol="HTTP", Port=80,
                            DefaultActions=[{"Type": "forward", "TargetGroupArn": lonely}])
        check(refused(lonely) is None, "a used target group was refused")
    finally:
        endpoint.cleanup()


@section
def request_count_per_target_scales(binary):
    """An ALBRequestCountPerTarget target tracking policy scales the service from RequestCountPerTarget
    (AWS/ApplicationELB, per target group): about 600 requests a minute per healthy target against a
    target of 100 sets off its AlarmHigh and adds tasks."""
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60", "--step-ms", "100"]).start()
    try:
        ecs = endpoint.client("ecs")
        elb, tg = behind(endpoint)
        ecs.create_cluster(clusterName="shop")
        ecs.create_service(cluster="shop", serviceName="web", taskDefinition=register(ecs), desiredCount=1,
                           launchType="FARGATE", networkConfiguration=NET,
                           loadBalancers=[{"targetGroupArn": tg, "containerName": "app", "containerPort": 8080}])
        check(wait_until(lambda: list(targets(elb, tg).values()) == ["healthy"], 60), "targets: %s" % targets(elb, tg))
        balancer = elb.describe_target_groups(TargetGroupArns=[tg])["TargetGroups"][0]["LoadBalancerArns"][0]
        label = "%s/%s" % (balancer.split(":")[5].split("/", 1)[1], tg.split(":")[5])
        scaling = endpoint.client("application-autoscaling")
        scaling.register_scalable_target(ServiceNamespace="ecs", ResourceId="service/shop/web",
                                         ScalableDimension="ecs:service:DesiredCount", MinCapacity=1, MaxCapacity=4)
        scaling.put_scaling_policy(
            PolicyName="requests", ServiceNamespace="ecs", ResourceId="service/shop/web",
            ScalableDimension="ecs:service:DesiredCount", PolicyType="TargetTrackingScaling",
            TargetTrackingScalingPolicyConfiguration={
                "TargetValue": 100.0, "ScaleOutCooldown": 0, "ScaleInCooldown": 300,
                "PredefinedMetricSpecification": {"PredefinedMetricType": "ALBRequestCountPerTarget",
                                                  "ResourceLabel": label}})
        alarms = endpoint.client("cloudwatch").describe_alarms(AlarmNamePrefix="TargetTracking-service/shop/web")
        high = [a for a in alarms["MetricAlarms"] if "AlarmHigh" in a["AlarmName"]]
        check(high and high[0]["MetricName"] == "RequestCountPerTarget"
              and high[0]["Dimensions"] == [{"Name": "TargetGroup", "Value": tg.split(":")[5]}], high)

        def desired():
            return ecs.describe_services(cluster="shop", services=["web"])["services"][0]["desiredCount"]
        check(wait_until(lambda: desired() > 1, 90), "desired count stayed %s" % desired())
    finally:
        endpoint.cleanup()


def main():
    binary = sys.argv[1]
    cli = sys.argv[sys.argv.index("--cli") + 1] if "--cli" in sys.argv else None
    api(binary, cli)
    if not cli:
        import botocore
        if tuple(int(p) for p in botocore.__version__.split(".")[:2]) >= (1, 40):
            service_behind_target_group(binary)
            failing_targets_are_replaced(binary)
            bridge_dynamic_ports(binary)
            failing_revision_rolled_back(binary)
            services_need_a_used_target_group(binary)
            request_count_per_target_scales(binary)
    if failures:
        print("FAILED: " + ", ".join(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
