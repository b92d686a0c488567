# SPDX-License-Identifier: MIT
"""Issue 18: the EC2 and EC2 Auto Scaling calls behind ECS capacity providers in ecsdesk-local.

Usage: ec2_autoscaling.py ECSDESK_LOCAL_BINARY [--cli /usr/bin/aws]
API section (boto3 1.43, botocore 1.29, or the AWS CLI with --cli): CreateLaunchTemplate,
DescribeInstances (ec2, query protocol with <item> lists and EC2's error form); Create, Describe,
Update, DeleteAutoScalingGroup, SetDesiredCapacity, DescribeScalingActivities (autoscaling) and
their errors. Under boto3 (not --cli) also the managed scaling story at --time-scale 60: a service
on a capacity provider whose tasks fit no instance makes the group grow, its instances register
with the cluster and the tasks run; scaled down, the group shrinks."""

import base64
import json
import os
import re
import subprocess
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from localendpoint import LocalEndpoint  # noqa: E402

failures = []
USER_DATA = base64.b64encode(b"#!/bin/bash\necho ECS_CLUSTER=cap >> /etc/ecs/ecs.config\n").decode()


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


def words(operation):
    return re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", operation)


class Boto:
    def __init__(self, endpoint, service):
        self.client = endpoint.client(service)

    def __call__(self, operation, **kwargs):
        from botocore.exceptions import ClientError
        try:
            return getattr(self.client, "_".join(part.lower() for part in words(operation)))(**kwargs)
        except ClientError as error:
            return ("ERROR", error.response["Error"]["Code"], error.response["Error"].get("Message", ""))


class Cli:
    def __init__(self, endpoint, service, cli):
        self.endpoint, self.service, self.cli = endpoint, service, cli

    def __call__(self, operation, **kwargs):
        command = "-".join(part.lower() for part in words(operation))
        result = subprocess.run(
            [self.cli, self.service, command, "--endpoint-url", self.endpoint.url, "--region", self.endpoint.region,
             "--output", "json", "--cli-input-json", json.dumps(kwargs)],
            env=self.endpoint.env(), capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            match = re.search(r"\(([\w.]+)\) when calling the \w+ operation: (.*)", result.stderr)
            check(match, "unexpected CLI failure: %s" % result.stderr)
            return ("ERROR", match.group(1), match.group(2).strip())
        return json.loads(result.stdout) if result.stdout.strip() else {}


def expect_error(answer, code, text=None):
    check(isinstance(answer, tuple) and answer[0] == "ERROR", "expected %s, got %s" % (code, answer))
    check(answer[1] == code, "expected %s, got %s" % (code, answer))
    if text is not None:
        check(text in answer[2], "message %r lacks %r" % (answer[2], text))


def ok(answer):
    check(not (isinstance(answer, tuple) and answer[0] == "ERROR"), "unexpected error %s" % (answer,))
    return answer


@section
def api(binary, cli=None):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60"]).start()
    try:
        ec2 = Cli(endpoint, "ec2", cli) if cli else Boto(endpoint, "ec2")
        asg = Cli(endpoint, "autoscaling", cli) if cli else Boto(endpoint, "autoscaling")
        template = ok(ec2("CreateLaunchTemplate", LaunchTemplateName="ecs-lt",
                          LaunchTemplateData={"InstanceType": "t3.medium", "UserData": USER_DATA}))["LaunchTemplate"]
        check(template["LaunchTemplateId"].startswith("lt-") and template["LaunchTemplateName"] == "ecs-lt"
              and template["DefaultVersionNumber"] == 1, template)
        expect_error(ec2("CreateLaunchTemplate", LaunchTemplateName="ecs-lt", LaunchTemplateData={}),
                     "InvalidLaunchTemplateName.AlreadyExistsException")

        ok(asg("CreateAutoScalingGroup", AutoScalingGroupName="asg", MinSize=0, MaxSize=4, DesiredCapacity=0,
               LaunchTemplate={"LaunchTemplateName": "ecs-lt", "Version": "$Latest"},
               NewInstancesProtectedFromScaleIn=True))
        expect_error(asg("CreateAutoScalingGroup", AutoScalingGroupName="asg", MinSize=0, MaxSize=4,
                         LaunchTemplate={"LaunchTemplateName": "ecs-lt"}), "AlreadyExists")
        expect_error(asg("CreateAutoScalingGroup", AutoScalingGroupName="bad", MinSize=3, MaxSize=1,
                         LaunchTemplate={"LaunchTemplateName": "ecs-lt"}), "ValidationError",
                     "Max bound, 1, must be greater than or equal to min bound, 3")
        expect_error(asg("CreateAutoScalingGroup", AutoScalingGroupName="bad", MinSize=0, MaxSize=1,
                         LaunchTemplate={"LaunchTemplateName": "nope"}), "ValidationError",
                     "The specified launch template, with template name nope, does not exist.")
        groups = ok(asg("DescribeAutoScalingGroups", AutoScalingGroupNames=["asg"]))["AutoScalingGroups"]
        check(len(groups) == 1 and groups[0]["MaxSize"] == 4 and groups[0]["DesiredCapacity"] == 0
              and groups[0]["AutoScalingGroupARN"].startswith("arn:aws:autoscaling:")
              and groups[0]["AutoScalingGroupARN"].endswith(":autoScalingGroupName/asg")
              and groups[0]["LaunchTemplate"]["LaunchTemplateName"] == "ecs-lt"
              and groups[0]["NewInstancesProtectedFromScaleIn"] is True, groups)
        check("ecsdesk" not in groups[0], groups[0])

        expect_error(asg("SetDesiredCapacity", AutoScalingGroupName="asg", DesiredCapacity=9), "ValidationError",
                     "New SetDesiredCapacity value 9 is above max value 4 for the AutoScalingGroup.")
        expect_error(asg("SetDesiredCapacity", AutoScalingGroupName="nope", DesiredCapacity=1), "ValidationError")
        ok(asg("SetDesiredCapacity", AutoScalingGroupName="asg", DesiredCapacity=1))
        check(wait_until(lambda: any(i["LifecycleState"] == "InService" for i in ok(asg(
            "DescribeAutoScalingGroups", AutoScalingGroupNames=["asg"]))["AutoScalingGroups"][0]["Instances"]), 20),
            "the instance never came into service")
        group = ok(asg("DescribeAutoScalingGroups", AutoScalingGroupNames=["asg"]))["AutoScalingGroups"][0]
        instance_id = group["Instances"][0]["InstanceId"]
        check(group["Instances"][0]["InstanceType"] == "t3.medium", group)
        activities = ok(asg("DescribeScalingActivities", AutoScalingGroupName="asg"))["Activities"]
        descriptions = [a["Description"] for a in activities]
        check("Launching a new EC2 instance: %s" % instance_id in descriptions
              and "Set desired capacity from 0 to 1." in descriptions, descriptions)
        reservations = ok(ec2("DescribeInstances", InstanceIds=[instance_id]))["Reservations"]
        found = reservations[0]["Instances"][0]
        check(found["InstanceId"] == instance_id and found["InstanceType"] == "t3.medium"
              and found["State"]["Name"] == "running"
              and {"Key": "aws:autoscaling:groupName", "Value": "asg"} in found["Tags"], found)
        expect_error(ec2("DescribeInstances", InstanceIds=["i-0123456789abcdef0"]), "InvalidInstanceID.NotFound")

        ok(asg("UpdateAutoScalingGroup", AutoScalingGroupName="asg", MaxSize=5))
        check(ok(asg("DescribeAutoScalingGroups"))["AutoScalingGroups"][0]["MaxSize"] == 5, "MaxSize not updated")
        expect_error(asg("UpdateAutoScalingGroup", AutoScalingGroupName="asg", DesiredCapacity=6), "ValidationError",
                     "Desired capacity:6 must be between the specified min size:0 and max size:5")
        expect_error(asg("DeleteAutoScalingGroup", AutoScalingGroupName="asg"), "ResourceInUse")
        ok(asg("DeleteAutoScalingGroup", AutoScalingGroupName="asg", ForceDelete=True))
        check(ok(asg("DescribeAutoScalingGroups"))["AutoScalingGroups"] == [], "group not deleted")
    finally:
        endpoint.cleanup()


@section
def managed_scaling(binary):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60"]).start()
    try:
        ec2, asg, ecs = Boto(endpoint, "ec2"), Boto(endpoint, "autoscaling"), Boto(endpoint, "ecs")
        ok(ecs("CreateCluster", clusterName="cap"))
        ok(ec2("CreateLaunchTemplate", LaunchTemplateName="ecs-lt",
               LaunchTemplateData={"InstanceType": "t3.medium", "UserData": USER_DATA}))
        ok(asg("CreateAutoScalingGroup", AutoScalingGroupName="asg", MinSize=0, MaxSize=4, DesiredCapacity=0,
               LaunchTemplate={"LaunchTemplateName": "ecs-lt"}, NewInstancesProtectedFromScaleIn=True))
        group_arn = ok(asg("DescribeAutoScalingGroups"))["AutoScalingGroups"][0]["AutoScalingGroupARN"]
        ok(ecs("CreateCapacityProvider", name="cp", autoScalingGroupProvider={
            "autoScalingGroupArn": group_arn, "managedTerminationProtection": "ENABLED",
            "managedScaling": {"status": "ENABLED", "targetCapacity": 100}}))
        ok(ecs("PutClusterCapacityProviders", cluster="cap", capacityProviders=["cp"],
               defaultCapacityProviderStrategy=[{"capacityProvider": "cp", "weight": 1}]))
        ok(ecs("RegisterTaskDefinition", family="app", networkMode="bridge", requiresCompatibilities=["EC2"],
               containerDefinitions=[{"name": "app", "image": "nginx", "cpu": 1024, "memory": 1024}]))
        ok(ecs("CreateService", cluster="cap", serviceName="web", taskDefinition="app", desiredCount=3,
               capacityProviderStrategy=[{"capacityProvider": "cp", "weight": 1}]))

        def service():
            return ok(ecs("DescribeServices", cluster="cap", services=["web"]))["services"][0]
        check(wait_until(lambda: service()["runningCount"] == 3, 60), "tasks never ran: %s" % service())
        instances = ok(ecs("ListContainerInstances", cluster="cap"))["containerInstanceArns"]
        described = ok(ecs("DescribeContainerInstances", cluster="cap", containerInstances=instances))
        check(len(instances) == 2, instances)
        for instance in described["containerInstances"]:
            cpu = [r for r in instance["registeredResources"] if r["name"] == "CPU"][0]["integerValue"]
            check(cpu == 2048, instance)
        check(ok(asg("DescribeAutoScalingGroups"))["AutoScalingGroups"][0]["DesiredCapacity"] == 2, "desired not 2")

        ok(ecs("UpdateService", cluster="cap", service="web", desiredCount=1))
        check(wait_until(lambda: len(ok(ecs("ListContainerInstances", cluster="cap"))["containerInstanceArns"]) == 1,
                         60), "the group did not scale in")
        check(ok(asg("DescribeAutoScalingGroups"))["AutoScalingGroups"][0]["DesiredCapacity"] == 1, "desired not 1")
        check(service()["runningCount"] == 1, service())
    finally:
        endpoint.cleanup()


@section
def spot_interruption(binary):
    """A Spot group (MixedInstancesPolicy without On-Demand capacity) at ECSDESK_SIM_SPOT_RATE=60 (a
    notice per in-service instance and simulated minute): the instance gets a two-minute notice, its
    container instance drains, the group launches a replacement."""
    os.environ["ECSDESK_SIM_SPOT_RATE"] = "60"
    try:
        endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60"]).start()
    finally:
        del os.environ["ECSDESK_SIM_SPOT_RATE"]
    try:
        ec2, asg, ecs = Boto(endpoint, "ec2"), Boto(endpoint, "autoscaling"), Boto(endpoint, "ecs")
        ok(ecs("CreateCluster", clusterName="cap"))
        ok(ec2("CreateLaunchTemplate", LaunchTemplateName="ecs-lt",
               LaunchTemplateData={"InstanceType": "c5.large", "UserData": USER_DATA}))
        ok(asg("CreateAutoScalingGroup", AutoScalingGroupName="spot", MinSize=1, MaxSize=2, DesiredCapacity=1,
               MixedInstancesPolicy={
                   "LaunchTemplate": {"LaunchTemplateSpecification": {"LaunchTemplateName": "ecs-lt"}},
                   "InstancesDistribution": {"OnDemandBaseCapacity": 0, "OnDemandPercentageAboveBaseCapacity": 0}}))

        def statuses():
            arns = []
            for status in ("ACTIVE", "DRAINING"):
                arns += ok(ecs("ListContainerInstances", cluster="cap", status=status))["containerInstanceArns"]
            if not arns:
                return []
            return [i["status"] for i in ok(ecs("DescribeContainerInstances", cluster="cap",
                                                 containerInstances=arns))["containerInstances"]]
        check(wait_until(lambda: "DRAINING" in statuses(), 30), "no instance drained: %s" % statuses())
        described = ok(ec2("DescribeInstances"))["Reservations"]
        check(all(r["Instances"][0].get("InstanceLifecycle") == "spot" for r in described), described)
        activities = [a["Description"] for a in ok(asg("DescribeScalingActivities", AutoScalingGroupName="spot"))["Activities"]]
        check(any(d.startswith("EC2 Spot instance interruption notice for i-") for d in activities), activities)
        check(wait_until(lambda: len([d for d in [a["Description"] for a in ok(asg(
            "DescribeScalingActivities", AutoScalingGroupName="spot"))["Activities"]] if d.startswith("Launching")]) >= 2,
            30), "no replacement launched")
    finally:
        endpoint.cleanup()


def main():
    binary = sys.argv[1]
    cli = sys.argv[sys.argv.index("--cli") + 1] if "--cli" in sys.argv else None
    api(binary, cli)
    count = 1
    if cli is None:
        managed_scaling(binary)
        spot_interruption(binary)
        count = 3
    print("%d passed, %d failed" % (count - len(failures), len(failures)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
