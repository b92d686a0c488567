#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Issue 16, one rulebook: ecsdesk-local refuses what Amazon ECS refuses on RegisterTaskDefinition,
CreateService, UpdateService and RunTask, with ECS's error code and text, through boto3 and the AWS
CLI v2 (which prints the same answer its own way); and registers the corrected input.

usage: rulebook.py <ecsdesk-local binary>"""

import copy
import json
import os
import subprocess
import sys
import tempfile

from botocore.exceptions import ClientError

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ecs_refusals import AWSLOGS_ROLE, AWSVPC_PORTS  # noqa: E402
from localendpoint import LocalEndpoint  # noqa: E402

failures = []
AWS = os.environ.get("AWS_CLI", "/usr/bin/aws")
ROLE = "arn:aws:iam::123456789012:role/ecsTaskExecutionRole"


def expect_refusal(what, code, message, call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as error:
        got = (error.response["Error"]["Code"], error.response["Error"].get("Message"))
        if got == (code, message):
            print("ok   %s" % what)
        else:
            failures.append(what)
            print("FAIL %s: expected %s %r, got %s %r" % (what, code, message, got[0], got[1]))
        return
    failures.append(what)
    print("FAIL %s: accepted" % what)


def expect_accepted(what, call, **kwargs):
    try:
        call(**kwargs)
        print("ok   %s" % what)
    except ClientError as error:
        failures.append(what)
        print("FAIL %s: %s" % (what, error))


def td(**fields):
    base = {"family": "rules", "containerDefinitions": [{"name": "app", "image": "nginx:1.25", "memory": 128}]}
    base.update(fields)
    return base


def fargate(**fields):
    values = {"requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc", "cpu": "256", "memory": "512"}
    values.update(fields)
    return td(**values)


def with_container(definition, **fields):
    definition = copy.deepcopy(definition)
    definition["containerDefinitions"][0].update(fields)
    return definition


AWSLOGS = {"logDriver": "awslogs",
           "options": {"awslogs-group": "/rules", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "app"}}

# (what, refused input, ECS's (code, message), corrected input)
TASK_DEFINITION_CASES = [
    ("awsvpc hostPort differs from containerPort",
     with_container(td(networkMode="awsvpc"), portMappings=[{"containerPort": 80, "hostPort": 8080}]), AWSVPC_PORTS,
     with_container(td(networkMode="awsvpc"), portMappings=[{"containerPort": 80, "hostPort": 80}])),
    ("Fargate awslogs without an execution role",
     with_container(fargate(), logConfiguration=AWSLOGS), AWSLOGS_ROLE,
     with_container(fargate(executionRoleArn=ROLE), logConfiguration=AWSLOGS)),
    ("Fargate cpu/memory pair that does not exist",
     fargate(cpu="1024", memory="1024"),
     ("ClientException", "No Fargate configuration exists for given values: 1024 CPU, 1024 memory. See the Amazon "
                         "ECS documentation for the valid values."),
     fargate(cpu="1024", memory="2048")),
    ("proxyConfiguration naming a missing container",
     td(networkMode="awsvpc", proxyConfiguration={"type": "APPMESH", "containerName": "envoy"}),
     ("ClientException", "The container name 'envoy' in the proxy configuration does not match any container in "
                         "the task definition."),
     td(networkMode="awsvpc", proxyConfiguration={"type": "APPMESH", "containerName": "app"})),
    ("memoryReservation above memory",
     with_container(td(), memory=128, memoryReservation=256),
     ("ClientException", "Invalid setting for container 'app'. 'memory' must be greater than or equal to "
                         "'memoryReservation'."),
     with_container(td(), memory=256, memoryReservation=256)),
    ("container reservations above the task memory",
     td(memory="512", containerDefinitions=[{"name": "a", "image": "nginx", "memoryReservation": 300},
                                            {"name": "b", "image": "nginx", "memoryReservation": 300}]),
     ("ClientException", "The sum of all container 'memoryReservation' values cannot be greater than the value of "
                         "the task 'memory'."),
     td(memory="1024", containerDefinitions=[{"name": "a", "image": "nginx", "memoryReservation": 300},
                                             {"name": "b", "image": "nginx", "memoryReservation": 300}])),
    ("eleven containers",
     td(containerDefinitions=[{"name": "c%d" % i, "image": "nginx", "memory": 8} for i in range(11)]),
     ("ClientException", "Too many containers."),
     td(containerDefinitions=[{"name": "c%d" % i, "image": "nginx", "memory": 8} for i in range(10)])),
    ("Fargate in bridge mode",
     fargate(networkMode="bridge"), ("ClientException", "Fargate only supports network mode 'awsvpc'."), fargate()),
]


def task_definitions(ecs):
    for what, refused, (code, message), corrected in TASK_DEFINITION_CASES:
        expect_refusal("RegisterTaskDefinition: " + what, code, message, ecs.register_task_definition, **refused)
        expect_accepted("RegisterTaskDefinition: " + what + " (corrected)", ecs.register_task_definition,
                        **corrected)
    # A health check that does not start with CMD/CMD-SHELL/NONE registers (as on ECS).
    expect_accepted("RegisterTaskDefinition: powershell health check", ecs.register_task_definition,
                    **with_container(td(family="win"), healthCheck={"command": ["powershell", "-Command", "exit 0"]}))


def services_and_tasks(ecs):
    ecs.create_cluster(clusterName="rules")
    ecs.register_task_definition(**td(family="svc"))
    daemon = {"cluster": "rules", "serviceName": "agent", "taskDefinition": "svc", "schedulingStrategy": "DAEMON"}
    expect_refusal("CreateService: DAEMON with a placement strategy", "InvalidParameterException",
                   "The daemon scheduling strategy does not support placement strategies. Remove the placement "
                   "strategy and try again", ecs.create_service,
                   placementStrategy=[{"type": "spread", "field": "instanceId"}], **daemon)
    expect_refusal("CreateService: DAEMON on Fargate", "InvalidParameterException",
                   "The daemon scheduling strategy does not support the FARGATE launch type.", ecs.create_service,
                   launchType="FARGATE", **daemon)
    expect_accepted("CreateService: DAEMON with placement constraints only", ecs.create_service,
                    placementConstraints=[{"type": "distinctInstance"}], **daemon)
    expect_refusal("UpdateService: DAEMON service given a placement strategy", "InvalidParameterException",
                   "The daemon scheduling strategy does not support placement strategies. Remove the placement "
                   "strategy and try again", ecs.update_service, cluster="rules", service="agent",
                   placementStrategy=[{"type": "binpack", "field": "memory"}])
    expect_refusal("RunTask: count 11", "InvalidParameterException", "Count must be between 1 and 10.",
                   ecs.run_task, cluster="rules", taskDefinition="svc", count=11)


def cli(endpoint):
    """The AWS CLI v2 prints ECS's answer as `An error occurred (Code) when calling the Op operation: text`."""
    env = endpoint.env()
    env.update(AWS_EC2_METADATA_DISABLED="true", AWS_PAGER="")
    base = [AWS, "--endpoint-url", endpoint.url, "--region", endpoint.region, "--output", "json"]
    cases = [TASK_DEFINITION_CASES[0], TASK_DEFINITION_CASES[1], TASK_DEFINITION_CASES[2]]
    with tempfile.TemporaryDirectory() as folder:
        for what, refused, (code, message), corrected in cases:
            for label, document, should_fail in (("", refused, True), (" (corrected)", corrected, False)):
                path = os.path.join(folder, "td.json")
                with open(path, "w") as f:
                    json.dump(document, f)
                run = subprocess.run(base + ["ecs", "register-task-definition", "--cli-input-json", "file://" + path],
                                     env=env, capture_output=True, text=True, timeout=120)
                expected = "An error occurred (%s) when calling the RegisterTaskDefinition operation: %s" % (
                    code, message)
                good = (run.returncode != 0 and expected in run.stderr) if should_fail else run.returncode == 0
                name = "AWS CLI register-task-definition: " + what + label
                if good:
                    print("ok   %s" % name)
                else:
                    failures.append(name)
                    print("FAIL %s: rc %d %s" % (name, run.returncode, run.stderr.strip()))


def main():
    endpoint = LocalEndpoint(sys.argv[1]).start()
    try:
        ecs = endpoint.client("ecs")
        task_definitions(ecs)
        services_and_tasks(ecs)
        cli(endpoint)
    finally:
        endpoint.cleanup()
    if failures:
        print("%d check(s) failed" % len(failures))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
