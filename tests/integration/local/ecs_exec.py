# SPDX-License-Identifier: MIT
"""Issue 21 through boto3: ExecuteCommand on ecsdesk-local answers as ECS does: a session (sessionId,
streamUrl, tokenValue) for a running task run with enableExecuteCommand, and ECS's
InvalidParameterException when exec was not enabled.

A running exec-enabled task's containers carry runtimeId and a RUNNING ExecuteCommandAgent managed agent
(DescribeTasks through boto3 and the AWS CLI), also when started with StartTask; a task without exec has no
managed agent.

The AWS CLIs (/usr/bin/aws v2.9, `aws` v1) reach the call with a stub session-manager-plugin on PATH and
print ECS's refusal; a CLI that is not installed is skipped.

Usage: ecs_exec.py ECSDESK_LOCAL_BINARY"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from localendpoint import LocalEndpoint  # noqa: E402

NOT_ENABLED = ("The execute command failed because execute command was not enabled when the task was run or "
               "the execute command agent isn\u2019t running. Wait and try again or run a new task with execute "
               "command enabled and try again.")


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def run_task(ecs, exec_enabled):
    task = ecs.run_task(cluster="demo", taskDefinition="web", launchType="FARGATE", enableExecuteCommand=exec_enabled,
                        networkConfiguration={"awsvpcConfiguration": {"subnets": ["subnet-12345678"]}})["tasks"][0]
    arn = task["taskArn"]
    check(task.get("enableExecuteCommand") is exec_enabled, "enableExecuteCommand on RunTask's answer: %r" % task)
    deadline = time.time() + 60
    while time.time() < deadline:
        if ecs.describe_tasks(cluster="demo", tasks=[arn])["tasks"][0]["lastStatus"] == "RUNNING":
            return arn
        time.sleep(0.2)
    raise AssertionError("task %s never RUNNING" % arn)


def agents_of(task):
    return [agent for container in task["containers"] for agent in container.get("managedAgents", [])]


def check_exec_agents(task, where):
    for container in task["containers"]:
        check(container.get("runtimeId"), "%s: no runtimeId on %r" % (where, container))
        agents = container.get("managedAgents", [])
        check(len(agents) == 1 and agents[0]["name"] == "ExecuteCommandAgent" and agents[0]["lastStatus"] == "RUNNING"
              and agents[0].get("lastStartedAt"), "%s: managedAgents %r" % (where, agents))


def main():
    endpoint = LocalEndpoint(sys.argv[1], extra_args=("--seed", "none"))
    endpoint.start()
    failures = 0
    try:
        from botocore.exceptions import ClientError
        ecs = endpoint.client("ecs")
        ecs.create_cluster(clusterName="demo")
        ecs.register_task_definition(family="web", networkMode="awsvpc", requiresCompatibilities=["FARGATE"],
                                     cpu="256", memory="512",
                                     containerDefinitions=[{"name": "app", "image": "nginx:1.25", "essential": True}])
        enabled = run_task(ecs, True)
        answer = ecs.execute_command(cluster="demo", task=enabled, container="app", interactive=True, command="/bin/sh")
        session = answer["session"]
        check(session["sessionId"] and session["tokenValue"], "session: %r" % session)
        check(session["streamUrl"].startswith("wss://ssmmessages.%s.amazonaws.com/" % endpoint.region), session)
        check(answer["taskArn"] == enabled and answer["containerName"] == "app" and answer["interactive"] is True,
              "answer: %r" % answer)
        print("ok   execute_command on an exec-enabled running task")
        described = ecs.describe_tasks(cluster="demo", tasks=[enabled])["tasks"][0]
        check_exec_agents(described, "boto3 describe_tasks")
        check(described["containers"][0]["runtimeId"].startswith(enabled.rsplit("/", 1)[1] + "-"),
              "Fargate runtimeId TASKID-NUMBER: %r" % described["containers"][0]["runtimeId"])
        print("ok   describe_tasks: runtimeId and a RUNNING ExecuteCommandAgent on each container")
        for cli in ("/usr/bin/aws", shutil.which("aws")):
            if not cli or not os.path.exists(cli):
                continue
            result = subprocess.run([cli, "ecs", "describe-tasks", "--cluster", "demo", "--tasks", enabled,
                                     "--endpoint-url", endpoint.url, "--region", endpoint.region, "--output", "json"],
                                    env=endpoint.env(), capture_output=True, text=True, timeout=120)
            check(result.returncode == 0, "%s describe-tasks: %s" % (cli, result.stderr))
            check_exec_agents(json.loads(result.stdout)["tasks"][0], "%s describe-tasks" % cli)
            print("ok   %s ecs describe-tasks shows the ExecuteCommandAgent" % cli)

        disabled = run_task(ecs, False)
        try:
            ecs.execute_command(cluster="demo", task=disabled, container="app", interactive=True, command="/bin/sh")
            raise AssertionError("execute_command succeeded without enableExecuteCommand")
        except ClientError as error:
            check(error.response["Error"]["Code"] == "InvalidParameterException", error.response)
            check(error.response["Error"]["Message"] == NOT_ENABLED, error.response["Error"]["Message"])
        print("ok   execute_command refused without enableExecuteCommand")
        plain = ecs.describe_tasks(cluster="demo", tasks=[disabled])["tasks"][0]
        check(not agents_of(plain) and all(c.get("runtimeId") for c in plain["containers"]),
              "no managed agent without exec, runtimeId still: %r" % plain["containers"])
        print("ok   describe_tasks: no managed agent without enableExecuteCommand")

        ecs.create_cluster(clusterName="ec2")
        identity = '{"instanceId": "i-0123456789abcdef0", "availabilityZone": "us-east-1b", "instanceType": "m5.large"}'
        instance = ecs.register_container_instance(
            cluster="ec2", instanceIdentityDocument=identity,
            totalResources=[{"name": "CPU", "type": "INTEGER", "integerValue": 1024},
                            {"name": "MEMORY", "type": "INTEGER", "integerValue": 1024}])["containerInstance"]
        ecs.register_task_definition(family="worker", containerDefinitions=[
            {"name": "main", "image": "busybox", "memory": 128, "essential": True}])
        started = ecs.start_task(cluster="ec2", taskDefinition="worker", enableExecuteCommand=True,
                                 containerInstances=[instance["containerInstanceArn"]])["tasks"][0]
        check(started["enableExecuteCommand"] is True, started)
        check([a["lastStatus"] for a in agents_of(started)] == ["PENDING"], "agent before start: %r" % started)
        deadline = time.time() + 60
        while time.time() < deadline:
            current = ecs.describe_tasks(cluster="ec2", tasks=[started["taskArn"]])["tasks"][0]
            if current["lastStatus"] == "RUNNING":
                break
            time.sleep(0.2)
        check_exec_agents(current, "StartTask")
        check(len(current["containers"][0]["runtimeId"]) == 64, "EC2 runtimeId: %r" % current["containers"][0])
        ecs.execute_command(cluster="ec2", task=started["taskArn"], interactive=True, command="/bin/sh")
        ecs.stop_task(cluster="ec2", task=started["taskArn"])
        deadline = time.time() + 60
        while time.time() < deadline:
            current = ecs.describe_tasks(cluster="ec2", tasks=[started["taskArn"]])["tasks"][0]
            if current["lastStatus"] == "STOPPED":
                break
            time.sleep(0.2)
        check([a["lastStatus"] for a in agents_of(current)] == ["STOPPED"], "agent after stop: %r" % current)
        print("ok   start_task with enableExecuteCommand: agent PENDING, RUNNING, STOPPED; EC2 runtimeId")

        stubs = tempfile.mkdtemp()
        plugin = os.path.join(stubs, "session-manager-plugin")
        with open(plugin, "w") as out:
            out.write("#!/bin/sh\necho \"The Session Manager plugin was installed successfully.\"\n")
        os.chmod(plugin, 0o755)
        env = dict(endpoint.env(), PATH=stubs + os.pathsep + os.environ.get("PATH", ""))
        for cli in ("/usr/bin/aws", shutil.which("aws")):
            if not cli or not os.path.exists(cli):
                print("skip %s: not installed" % cli)
                continue
            result = subprocess.run([cli, "ecs", "execute-command", "--cluster", "demo", "--task", disabled,
                                     "--container", "app", "--interactive", "--command", "/bin/sh",
                                     "--endpoint-url", endpoint.url, "--region", endpoint.region],
                                    env=env, capture_output=True, text=True, timeout=120)
            check(result.returncode != 0, "%s succeeded" % cli)
            check("InvalidParameterException" in result.stderr and NOT_ENABLED in result.stderr,
                  "%s: %s" % (cli, result.stderr))
            print("ok   %s ecs execute-command refused without enableExecuteCommand" % cli)
        shutil.rmtree(stubs, ignore_errors=True)
    except Exception:
        failures += 1
        traceback.print_exc()
    finally:
        endpoint.stop()
        endpoint.cleanup()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
