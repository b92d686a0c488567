#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Issue 20: the retry policy of EventBridge Scheduler schedules and EventBridge rule targets on
ecsdesk-local --time-scale 60 (a simulated minute in about a second), through boto3 (the image's 1.43
or Debian's botocore 1.29, which knows `scheduler` too).

A failed RunTask is retried a minute later, then two minutes later (exponential, at most 15 minutes
apart) while MaximumRetryAttempts and MaximumEventAgeInSeconds allow; every attempt is kept in the
EcsDeskInvocations extension with its Attempt number, the last failed one marked RetriesExhausted.

Usage: scheduled_retries.py ECSDESK_LOCAL_BINARY"""

import datetime
import json
import os
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from localendpoint import LocalEndpoint  # noqa: E402

ROLE = "arn:aws:iam::123456789012:role/ecsEventsRole"
failures = []


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def wait_until(predicate, timeout=40):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.25)
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


def raw_answers(client):
    answers = {}

    def keep(http_response, operation_name):
        try:
            answers[operation_name] = json.loads(http_response.content or b"{}")
        except ValueError:
            pass
    client.meta.events.register("after-call", lambda **kw: keep(kw["http_response"], kw["model"].name))
    return answers


def setup(endpoint):
    ecs = endpoint.client("ecs")
    cluster_arn = ecs.create_cluster(clusterName="jobs")["cluster"]["clusterArn"]
    ecs.register_container_instance(
        cluster="jobs",
        totalResources=[{"name": "CPU", "type": "INTEGER", "integerValue": 4096},
                        {"name": "MEMORY", "type": "INTEGER", "integerValue": 8192}],
        instanceIdentityDocument=json.dumps({"instanceId": "i-0123456789abcdef0", "availabilityZone": "us-east-1a",
                                             "region": "us-east-1", "instanceType": "m5.large"}))
    return ecs, cluster_arn


def register(ecs, family):
    return ecs.register_task_definition(
        family=family, requiresCompatibilities=["EC2"], cpu="128", memory="128",
        containerDefinitions=[{"name": "app", "image": "busybox", "essential": True,
                               "dockerLabels": {"ecsdesk.sim.exit-after": "30"}}])["taskDefinition"]["taskDefinitionArn"]


def at_in(endpoint_seconds):
    """An at() expression a little ahead of now (UTC, whole seconds)."""
    when = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=endpoint_seconds)
    return "at(%s)" % when.strftime("%Y-%m-%dT%H:%M:%S")


def invocations(scheduler, raw, name):
    scheduler.get_schedule(Name=name)
    return raw["GetSchedule"].get("EcsDeskInvocations", [])


@section
def schedule_retries_until_the_task_definition_exists(binary):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60", "--step-ms", "250"]).start()
    try:
        ecs, cluster_arn = setup(endpoint)
        scheduler = endpoint.client("scheduler")
        raw = raw_answers(scheduler)
        # The task definition does not exist yet: the scheduled run fails, a retry follows a simulated
        # minute later; once the family is registered a retry starts the task.
        scheduler.create_schedule(
            Name="late-family", ScheduleExpression=at_in(90), FlexibleTimeWindow={"Mode": "OFF"},
            Target={"Arn": cluster_arn, "RoleArn": ROLE,
                    "RetryPolicy": {"MaximumRetryAttempts": 5, "MaximumEventAgeInSeconds": 3600},
                    "EcsParameters": {"TaskDefinitionArn": "late:1", "LaunchType": "EC2"}})
        first = wait_until(lambda: invocations(scheduler, raw, "late-family"))
        check(first, "the at() schedule never ran")
        check(first[0]["Status"] == "FAILED" and first[0]["Attempt"] == 0, first)
        check(first[0]["ErrorCode"] == "ClientException", first[0])
        check("NextAttemptTime" in first[0] and abs(first[0]["NextAttemptTime"] - first[0]["Time"] - 60) < 0.01, first[0])
        register(ecs, "late")
        done = wait_until(lambda: [i for i in invocations(scheduler, raw, "late-family") if i["Status"] == "SUCCEEDED"])
        check(done, "no retry succeeded: %s" % invocations(scheduler, raw, "late-family"))
        check(done[0]["Attempt"] >= 1, done)
        arns = done[0]["TaskArns"]
        check(len(arns) == 1, done)
        task = ecs.describe_tasks(cluster="jobs", tasks=arns)["tasks"][0]
        check(task["startedBy"] == "chronos-schedule/late-family", task["startedBy"])
        # No attempt after the one that succeeded.
        time.sleep(3)
        runs = invocations(scheduler, raw, "late-family")
        check(runs[-1]["Status"] == "SUCCEEDED", runs)
        check([r["Attempt"] for r in runs] == list(range(len(runs))), runs)
    finally:
        endpoint.cleanup()


@section
def schedule_gives_up_after_maximum_retry_attempts(binary):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60", "--step-ms", "250"]).start()
    try:
        ecs, cluster_arn = setup(endpoint)
        scheduler = endpoint.client("scheduler")
        raw = raw_answers(scheduler)
        scheduler.create_schedule(
            Name="two-retries", ScheduleExpression=at_in(60), FlexibleTimeWindow={"Mode": "OFF"},
            Target={"Arn": cluster_arn, "RoleArn": ROLE,
                    "RetryPolicy": {"MaximumRetryAttempts": 2, "MaximumEventAgeInSeconds": 86400},
                    "EcsParameters": {"TaskDefinitionArn": "missing:1"}})
        scheduler.create_schedule(
            Name="no-retries", ScheduleExpression=at_in(60), FlexibleTimeWindow={"Mode": "OFF"},
            Target={"Arn": cluster_arn, "RoleArn": ROLE,
                    "RetryPolicy": {"MaximumRetryAttempts": 0, "MaximumEventAgeInSeconds": 60},
                    "EcsParameters": {"TaskDefinitionArn": "missing:1"}})
        # A minute's event age allows the retry a minute later, not the one two minutes after that.
        scheduler.create_schedule(
            Name="short-age", ScheduleExpression=at_in(60), FlexibleTimeWindow={"Mode": "OFF"},
            Target={"Arn": cluster_arn, "RoleArn": ROLE,
                    "RetryPolicy": {"MaximumRetryAttempts": 185, "MaximumEventAgeInSeconds": 60},
                    "EcsParameters": {"TaskDefinitionArn": "missing:1"}})
        runs = wait_until(lambda: [r for r in invocations(scheduler, raw, "two-retries") if r.get("RetriesExhausted")])
        check(runs, "the retries never ran out: %s" % invocations(scheduler, raw, "two-retries"))
        time.sleep(5)  # five simulated minutes: no further attempt
        runs = invocations(scheduler, raw, "two-retries")
        check([r["Attempt"] for r in runs] == [0, 1, 2], runs)
        check(all(r["Status"] == "FAILED" and r["ErrorCode"] == "ClientException" for r in runs), runs)
        check(abs(runs[1]["Time"] - runs[0]["Time"] - 60) < 0.01 and abs(runs[2]["Time"] - runs[1]["Time"] - 120) < 0.01, runs)
        check(runs[-1].get("RetriesExhausted") is True and "NextAttemptTime" not in runs[-1], runs[-1])
        none = invocations(scheduler, raw, "no-retries")
        check([r["Attempt"] for r in none] == [0] and none[0].get("RetriesExhausted"), none)
        short = invocations(scheduler, raw, "short-age")
        check([r["Attempt"] for r in short] == [0, 1] and short[-1].get("RetriesExhausted"), short)
        # The pending retries are not part of the answer.
        check("EcsDeskPendingRetries" not in raw["GetSchedule"], raw["GetSchedule"])
    finally:
        endpoint.cleanup()


@section
def rule_target_retries(binary):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60", "--step-ms", "250"]).start()
    try:
        ecs, cluster_arn = setup(endpoint)
        events = endpoint.client("events")
        raw = raw_answers(events)
        events.put_rule(Name="every-five", ScheduleExpression="rate(5 minutes)", State="ENABLED")
        put = events.put_targets(Rule="every-five", Targets=[{
            "Id": "job", "Arn": cluster_arn, "RoleArn": ROLE,
            "RetryPolicy": {"MaximumRetryAttempts": 1, "MaximumEventAgeInSeconds": 3600},
            "EcsParameters": {"TaskDefinitionArn": "later:1", "TaskCount": 1, "LaunchType": "EC2"}}])
        check(put["FailedEntryCount"] == 0, put)

        def runs():
            events.describe_rule(Name="every-five")
            return raw["DescribeRule"].get("EcsDeskInvocations", [])
        # rate(5 minutes): the first run five simulated minutes after PutRule, its retry a minute later.
        failed = wait_until(lambda: [r for r in runs() if r.get("RetriesExhausted")], timeout=60)
        check(failed, "the rule's target was not retried: %s" % runs())
        check([(r["Attempt"], r["TargetId"], r["Status"]) for r in runs()[:2]]
              == [(0, "job", "FAILED"), (1, "job", "FAILED")], runs())
        check("EcsDeskPendingRetries" not in raw["DescribeRule"], raw["DescribeRule"])
    finally:
        endpoint.cleanup()


def main():
    binary = sys.argv[1]
    import botocore
    print("botocore %s" % botocore.__version__)
    schedule_retries_until_the_task_definition_exists(binary)
    schedule_gives_up_after_maximum_retry_attempts(binary)
    rule_target_retries(binary)
    if failures:
        print("failed: %s" % ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
