# SPDX-License-Identifier: MIT
"""Issue 20 through boto3 and the AWS CLI: EventBridge Scheduler schedules and EventBridge rules that run
ECS tasks on ecsdesk-local --time-scale 60 (a simulated minute passes in about a second).

Usage: scheduled_tasks.py ECSDESK_LOCAL_BINARY [--boto3-only] [AWS_CLI ...]. The AWS CLIs default to
/usr/bin/aws (v2.9) and `aws` on PATH (v1); a CLI that is not installed is skipped. --boto3-only runs the
boto3 sections alone (for Debian's botocore 1.29, which knows `scheduler` but not ActionAfterCompletion)."""

import datetime
import json
import os
import shutil
import subprocess
import sys
import time
import traceback
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from localendpoint import LocalEndpoint  # noqa: E402

failures = []
ROLE = "arn:aws:iam::123456789012:role/ecsEventsRole"


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_error(code, call, *args, **kwargs):
    from botocore.exceptions import ClientError
    try:
        call(*args, **kwargs)
    except ClientError as error:
        check(error.response["Error"]["Code"] == code, "%s instead of %s" % (error.response["Error"], code))
        return error.response["Error"].get("Message", "")
    raise AssertionError("%s succeeded, expected %s" % (call.__name__, code))


def wait_until(predicate, timeout=30):
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


def raw_answers(client):
    """Keeps the raw JSON answers of a client (to read the EcsDeskInvocations extension that SDKs drop)."""
    answers = {}

    def keep(http_response, operation_name, **kwargs):
        try:
            answers[operation_name] = json.loads(http_response.content or b"{}")
        except ValueError:
            pass
    client.meta.events.register("after-call", lambda **kw: keep(kw["http_response"], kw["model"].name))
    return answers


def setup_cluster(endpoint, cluster):
    ecs = endpoint.client("ecs")
    arn = ecs.create_cluster(clusterName=cluster)["cluster"]["clusterArn"]
    ecs.register_container_instance(
        cluster=cluster,
        totalResources=[{"name": "CPU", "type": "INTEGER", "integerValue": 4096},
                        {"name": "MEMORY", "type": "INTEGER", "integerValue": 8192}],
        instanceIdentityDocument=json.dumps({"instanceId": "i-0123456789abcdef0", "availabilityZone": "us-east-1a",
                                             "region": "us-east-1", "instanceType": "m5.large"}))
    definition = ecs.register_task_definition(
        family="report", requiresCompatibilities=["EC2"], cpu="256", memory="512",
        containerDefinitions=[{"name": "app", "image": "busybox", "essential": True,
                               "dockerLabels": {"ecsdesk.sim.exit-after": "30"}}])["taskDefinition"]
    return ecs, arn, definition["taskDefinitionArn"]


def tasks_started_by(ecs, cluster, started_by):
    arns = ecs.list_tasks(cluster=cluster, startedBy=started_by, desiredStatus="RUNNING")["taskArns"]
    arns += ecs.list_tasks(cluster=cluster, startedBy=started_by, desiredStatus="STOPPED")["taskArns"]
    return ecs.describe_tasks(cluster=cluster, tasks=arns)["tasks"] if arns else []


@section
def scheduler_boto3(binary):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60", "--step-ms", "1000"]).start()
    try:
        ecs, cluster_arn, definition = setup_cluster(endpoint, "jobs")
        scheduler = endpoint.client("scheduler")
        raw = raw_answers(scheduler)
        target = {"Arn": cluster_arn, "RoleArn": ROLE,
                  "Input": json.dumps({"containerOverrides": [{"name": "app", "command": ["report", "--daily"]}]}),
                  "EcsParameters": {"TaskDefinitionArn": definition, "TaskCount": 1, "LaunchType": "EC2",
                                    "Group": "reports"}}
        created = scheduler.create_schedule(Name="every-minute", ScheduleExpression="rate(1 minute)",
                                            FlexibleTimeWindow={"Mode": "OFF"}, Target=target)
        check(created["ScheduleArn"].endswith(":schedule/default/every-minute"), created)
        scheduler.create_schedule(Name="paused", ScheduleExpression="rate(1 minute)", State="DISABLED",
                                  FlexibleTimeWindow={"Mode": "OFF"}, Target=target)
        missing = dict(target, EcsParameters=dict(target["EcsParameters"], TaskDefinitionArn="no-such-family:1"))
        scheduler.create_schedule(Name="broken", ScheduleExpression="rate(1 minute)",
                                  FlexibleTimeWindow={"Mode": "OFF"}, Target=missing)
        huge = ecs.register_task_definition(
            family="huge", requiresCompatibilities=["EC2"], cpu="256", memory="16384",
            containerDefinitions=[{"name": "app", "image": "busybox", "essential": True}])["taskDefinition"]
        scheduler.create_schedule(Name="no-room", ScheduleExpression="rate(1 minute)",
                                  FlexibleTimeWindow={"Mode": "OFF"},
                                  Target=dict(target, EcsParameters={"TaskDefinitionArn": huge["taskDefinitionArn"],
                                                                     "LaunchType": "EC2"}))

        # The enabled schedule starts its task through RunTask, startedBy and group as AWS sets them.
        check(wait_until(lambda: tasks_started_by(ecs, "jobs", "chronos-schedule/every-minute"), 20),
              "rate(1 minute) started no task")
        task = tasks_started_by(ecs, "jobs", "chronos-schedule/every-minute")[0]
        check(task["group"] == "reports", task["group"])
        check(task["taskDefinitionArn"] == definition, task["taskDefinitionArn"])
        check(task["overrides"]["containerOverrides"][0]["command"] == ["report", "--daily"], task["overrides"])
        check(not tasks_started_by(ecs, "jobs", "chronos-schedule/paused"), "a DISABLED schedule ran")

        # The failed invocation (a task definition that does not exist) is kept where a user sees it.
        def broken_failed():
            scheduler.get_schedule(Name="broken")
            return raw["GetSchedule"].get("EcsDeskInvocations")
        check(wait_until(broken_failed, 10), "no invocation recorded for the broken schedule")
        invocation = raw["GetSchedule"]["EcsDeskInvocations"][-1]
        check(invocation["Status"] == "FAILED" and invocation["ErrorCode"] == "ClientException", invocation)
        def no_room_failed():  # nothing fits: RunTask's placement failure
            scheduler.get_schedule(Name="no-room")
            return raw["GetSchedule"].get("EcsDeskInvocations")
        check(wait_until(no_room_failed, 10), "no invocation recorded for the schedule that does not fit")
        invocation = raw["GetSchedule"]["EcsDeskInvocations"][-1]
        check(invocation["Status"] == "FAILED" and invocation["ErrorCode"] == "RunTaskFailures"
              and "RESOURCE:MEMORY" in invocation["ErrorMessage"], invocation)
        cloudwatch = endpoint.client("cloudwatch")
        now = time.time()
        datapoints = cloudwatch.get_metric_statistics(
            Namespace="AWS/Scheduler", MetricName="TargetErrorCount",
            Dimensions=[{"Name": "ScheduleGroup", "Value": "default"}], StartTime=now - 7200, EndTime=now + 7200,
            Period=60, Statistics=["Sum"])["Datapoints"]
        check(sum(point["Sum"] for point in datapoints) >= 1, datapoints)

        # Get, Update (disable), List with filters and pages, Delete.
        schedule = scheduler.get_schedule(Name="every-minute")
        check(schedule["State"] == "ENABLED" and schedule["Target"]["EcsParameters"]["TaskCount"] == 1, schedule)
        check(schedule["FlexibleTimeWindow"] == {"Mode": "OFF"}, schedule["FlexibleTimeWindow"])
        scheduler.update_schedule(Name="every-minute", ScheduleExpression="cron(0 9 ? * MON-FRI *)",
                                  ScheduleExpressionTimezone="Europe/Berlin", State="DISABLED",
                                  FlexibleTimeWindow={"Mode": "FLEXIBLE", "MaximumWindowInMinutes": 15},
                                  Target=target)
        updated = scheduler.get_schedule(Name="every-minute")
        check(updated["State"] == "DISABLED" and updated["ScheduleExpressionTimezone"] == "Europe/Berlin", updated)
        check(updated["CreationDate"] == schedule["CreationDate"], "UpdateSchedule changed CreationDate")
        disabled = scheduler.list_schedules(State="DISABLED")["Schedules"]
        check(sorted(s["Name"] for s in disabled) == ["every-minute", "paused"], disabled)
        first = scheduler.list_schedules(MaxResults=3)
        check(len(first["Schedules"]) == 3 and "NextToken" in first, first)
        rest = scheduler.list_schedules(MaxResults=3, NextToken=first["NextToken"])
        check(len(rest["Schedules"]) == 1 and "NextToken" not in rest, rest)
        check(scheduler.list_schedules(NamePrefix="pau")["Schedules"][0]["Name"] == "paused", "NamePrefix")

        # Groups: default always there; a schedule in a group; deleting the group deletes it.
        groups = scheduler.list_schedule_groups()["ScheduleGroups"]
        check([g["Name"] for g in groups] == ["default"], groups)
        scheduler.create_schedule_group(Name="nightly")
        check(scheduler.get_schedule_group(Name="nightly")["State"] == "ACTIVE", "group state")
        # Debian's botocore 1.29 predates ActionAfterCompletion: it is sent where the model has it.
        members = scheduler.meta.service_model.operation_model("CreateSchedule").input_shape.members
        after = {"ActionAfterCompletion": "NONE"} if "ActionAfterCompletion" in members else {}
        scheduler.create_schedule(Name="cleanup", GroupName="nightly", ScheduleExpression="cron(0 3 * * ? *)",
                                  FlexibleTimeWindow={"Mode": "OFF"}, Target=target, **after)
        check(scheduler.list_schedules(GroupName="nightly")["Schedules"][0]["Name"] == "cleanup", "by group")
        expect_error("ResourceNotFoundException", scheduler.get_schedule, Name="cleanup")
        scheduler.delete_schedule_group(Name="nightly")
        expect_error("ResourceNotFoundException", scheduler.get_schedule_group, Name="nightly")
        check(not scheduler.list_schedules(NamePrefix="cleanup")["Schedules"], "the group's schedule remained")
        scheduler.delete_schedule(Name="paused")
        check(scheduler.get_schedule(Name="every-minute")["Name"] == "every-minute", "deleted the wrong one")
    finally:
        endpoint.cleanup()


@section
def scheduler_errors_boto3(binary):
    endpoint = LocalEndpoint(binary).start()
    try:
        scheduler = endpoint.client("scheduler")
        target = {"Arn": "arn:aws:ecs:us-east-1:123456789012:cluster/jobs", "RoleArn": ROLE,
                  "EcsParameters": {"TaskDefinitionArn": "report:1"}}
        window = {"Mode": "OFF"}
        message = expect_error("ValidationException", scheduler.create_schedule, Name="bad",
                               ScheduleExpression="rate(1 minutes)", FlexibleTimeWindow=window, Target=target)
        check(message == "Invalid Schedule Expression rate(1 minutes).", message)
        expect_error("ValidationException", scheduler.create_schedule, Name="bad",
                     ScheduleExpression="cron(0 12 * * *)", FlexibleTimeWindow=window, Target=target)
        expect_error("ValidationException", scheduler.create_schedule, Name="bad", ScheduleExpression="rate(5 minutes)",
                     ScheduleExpressionTimezone="Mars/Olympus", FlexibleTimeWindow=window, Target=target)
        expect_error("ValidationException", scheduler.create_schedule, Name="bad", ScheduleExpression="rate(5 minutes)",
                     FlexibleTimeWindow={"Mode": "FLEXIBLE"}, Target=target)
        expect_error("ValidationException", scheduler.create_schedule, Name="bad", ScheduleExpression="rate(5 minutes)",
                     FlexibleTimeWindow=window, Target=dict(target, RoleArn="not-a-role"))
        expect_error("ValidationException", scheduler.create_schedule, Name="bad", ScheduleExpression="rate(5 minutes)",
                     FlexibleTimeWindow=window, Target=dict(target, EcsParameters={"TaskDefinitionArn": "report:1",
                                                                                   "TaskCount": 11}))
        message = expect_error("ResourceNotFoundException", scheduler.create_schedule, Name="ok", GroupName="nope",
                               ScheduleExpression="rate(5 minutes)", FlexibleTimeWindow=window, Target=target)
        check(message == "Schedule group nope does not exist.", message)
        scheduler.create_schedule(Name="ok", ScheduleExpression="rate(5 minutes)", FlexibleTimeWindow=window,
                                  Target=target)
        message = expect_error("ConflictException", scheduler.create_schedule, Name="ok",
                               ScheduleExpression="rate(5 minutes)", FlexibleTimeWindow=window, Target=target)
        check(message == "Schedule ok already exists.", message)
        message = expect_error("ResourceNotFoundException", scheduler.get_schedule, Name="missing")
        check(message == "Schedule missing does not exist.", message)
        expect_error("ResourceNotFoundException", scheduler.update_schedule, Name="missing",
                     ScheduleExpression="rate(5 minutes)", FlexibleTimeWindow=window, Target=target)
        expect_error("ResourceNotFoundException", scheduler.delete_schedule, Name="missing")
        expect_error("ConflictException", scheduler.create_schedule_group, Name="default")
        expect_error("ValidationException", scheduler.delete_schedule_group, Name="default")
        expect_error("ValidationException", scheduler.list_schedules, MaxResults=101)
    finally:
        endpoint.cleanup()


@section
def events_rules_boto3(binary):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60", "--step-ms", "1000"]).start()
    try:
        ecs, cluster_arn, definition = setup_cluster(endpoint, "jobs")
        events = endpoint.client("events")
        rule_arn = events.put_rule(Name="nightly", ScheduleExpression="rate(1 minute)")["RuleArn"]
        check(rule_arn.endswith(":rule/nightly"), rule_arn)
        put = events.put_targets(Rule="nightly", Targets=[{
            "Id": "report", "Arn": cluster_arn, "RoleArn": ROLE,
            "Input": json.dumps({"containerOverrides": [{"name": "app", "environment": [{"name": "MODE",
                                                                                        "value": "full"}]}]}),
            "EcsParameters": {"TaskDefinitionArn": definition, "TaskCount": 2, "LaunchType": "EC2"}}])
        check(put["FailedEntryCount"] == 0, put)
        failed = events.put_targets(Rule="nightly", Targets=[{"Id": "no-role", "Arn": cluster_arn,
                                                             "EcsParameters": {"TaskDefinitionArn": definition}}])
        check(failed["FailedEntryCount"] == 1 and failed["FailedEntries"][0]["TargetId"] == "no-role", failed)
        check(wait_until(lambda: len(tasks_started_by(ecs, "jobs", "events-rule/nightly")) >= 2, 20),
              "the rule's target started no tasks")
        task = tasks_started_by(ecs, "jobs", "events-rule/nightly")[0]
        check(task["group"] == "family:report", task["group"])
        check(task["overrides"]["containerOverrides"][0]["environment"] == [{"name": "MODE", "value": "full"}],
              task["overrides"])

        described = events.describe_rule(Name="nightly")
        check(described["State"] == "ENABLED" and described["ScheduleExpression"] == "rate(1 minute)", described)
        check(described["EventBusName"] == "default" and described["Arn"] == rule_arn, described)
        check([r["Name"] for r in events.list_rules(NamePrefix="night")["Rules"]] == ["nightly"], "ListRules")
        targets = events.list_targets_by_rule(Rule="nightly")["Targets"]
        check(targets[0]["EcsParameters"]["TaskCount"] == 2 and targets[0]["Id"] == "report", targets)
        events.disable_rule(Name="nightly")
        check(events.describe_rule(Name="nightly")["State"] == "DISABLED", "DisableRule")
        before = len(tasks_started_by(ecs, "jobs", "events-rule/nightly"))
        time.sleep(2.5)  # more than two simulated minutes
        check(len(tasks_started_by(ecs, "jobs", "events-rule/nightly")) == before, "a DISABLED rule ran")
        events.enable_rule(Name="nightly")
        check(events.describe_rule(Name="nightly")["State"] == "ENABLED", "EnableRule")

        message = expect_error("ValidationException", events.put_rule, Name="bad", ScheduleExpression="rate(1 minutes)")
        check(message == "Parameter ScheduleExpression is not valid.", message)
        expect_error("ValidationException", events.put_rule, Name="bad", ScheduleExpression="at(2026-12-24T18:00:00)")
        message = expect_error("ResourceNotFoundException", events.describe_rule, Name="missing")
        check(message == "Rule missing does not exist on EventBus default.", message)
        expect_error("ResourceNotFoundException", events.put_targets, Rule="missing",
                     Targets=[{"Id": "x", "Arn": cluster_arn}])
        message = expect_error("ValidationException", events.delete_rule, Name="nightly")
        check(message == "Rule can't be deleted since it has targets.", message)
        removed = events.remove_targets(Rule="nightly", Ids=["report"])
        check(removed["FailedEntryCount"] == 0, removed)
        check(events.list_targets_by_rule(Rule="nightly")["Targets"] == [], "RemoveTargets")
        events.delete_rule(Name="nightly")
        expect_error("ResourceNotFoundException", events.describe_rule, Name="nightly")
    finally:
        endpoint.cleanup()


def cli(endpoint, program, *args, expect_code=None):
    command = [program, "--endpoint-url", endpoint.url, "--region", endpoint.region, "--output", "json"] + list(args)
    result = subprocess.run(command, env=endpoint.env(), capture_output=True, text=True, timeout=120)
    if expect_code:
        check(result.returncode != 0 and expect_code in result.stderr, "%s: %s" % (args[:2], result.stderr))
        return result.stderr
    check(result.returncode == 0, "%s failed: %s" % (" ".join(args[:2]), result.stderr))
    return json.loads(result.stdout) if result.stdout.strip() else {}


def run_cli(binary, program):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60", "--step-ms", "1000"]).start()
    try:
        ecs, cluster_arn, definition = setup_cluster(endpoint, "jobs")
        target = json.dumps({"Arn": cluster_arn, "RoleArn": ROLE,
                             "EcsParameters": {"TaskDefinitionArn": definition, "LaunchType": "EC2"}})
        created = cli(endpoint, program, "scheduler", "create-schedule", "--name", "cli-every-minute",
                      "--schedule-expression", "rate(1 minute)", "--flexible-time-window", "Mode=OFF",
                      "--target", target)
        check(created["ScheduleArn"].endswith("schedule/default/cli-every-minute"), created)
        check(wait_until(lambda: tasks_started_by(ecs, "jobs", "chronos-schedule/cli-every-minute"), 20),
              "the CLI's schedule started no task")
        got = cli(endpoint, program, "scheduler", "get-schedule", "--name", "cli-every-minute")
        check(got["Target"]["EcsParameters"]["TaskDefinitionArn"] == definition, got)
        cli(endpoint, program, "scheduler", "update-schedule", "--name", "cli-every-minute",
            "--schedule-expression", "cron(30 9 * * ? *)", "--schedule-expression-timezone", "America/New_York",
            "--flexible-time-window", "Mode=OFF", "--target", target, "--state", "DISABLED")
        listed = cli(endpoint, program, "scheduler", "list-schedules", "--state", "DISABLED")
        check([s["Name"] for s in listed["Schedules"]] == ["cli-every-minute"], listed)
        cli(endpoint, program, "scheduler", "create-schedule-group", "--name", "cli-group")
        check(cli(endpoint, program, "scheduler", "get-schedule-group", "--name", "cli-group")["State"] == "ACTIVE",
              "get-schedule-group")
        groups = cli(endpoint, program, "scheduler", "list-schedule-groups")["ScheduleGroups"]
        check(sorted(g["Name"] for g in groups) == ["cli-group", "default"], groups)
        cli(endpoint, program, "scheduler", "delete-schedule-group", "--name", "cli-group")
        cli(endpoint, program, "scheduler", "create-schedule", "--name", "x", "--schedule-expression",
            "rate(1 minutes)", "--flexible-time-window", "Mode=OFF", "--target", target,
            expect_code="ValidationException")
        cli(endpoint, program, "scheduler", "get-schedule", "--name", "missing",
            expect_code="ResourceNotFoundException")
        cli(endpoint, program, "scheduler", "delete-schedule", "--name", "cli-every-minute")

        cli(endpoint, program, "events", "put-rule", "--name", "cli-rule", "--schedule-expression", "rate(1 minute)")
        rule_target = json.dumps([{"Id": "1", "Arn": cluster_arn, "RoleArn": ROLE,
                                   "EcsParameters": {"TaskDefinitionArn": definition, "TaskCount": 1}}])
        put = cli(endpoint, program, "events", "put-targets", "--rule", "cli-rule", "--targets", rule_target)
        check(put["FailedEntryCount"] == 0, put)
        check(wait_until(lambda: tasks_started_by(ecs, "jobs", "events-rule/cli-rule"), 20),
              "the CLI's rule started no task")
        check(cli(endpoint, program, "events", "describe-rule", "--name", "cli-rule")["State"] == "ENABLED", "describe")
        check(cli(endpoint, program, "events", "list-rules")["Rules"][0]["Name"] == "cli-rule", "list-rules")
        listed = cli(endpoint, program, "events", "list-targets-by-rule", "--rule", "cli-rule")
        check(listed["Targets"][0]["EcsParameters"]["TaskDefinitionArn"] == definition, listed)
        cli(endpoint, program, "events", "disable-rule", "--name", "cli-rule")
        cli(endpoint, program, "events", "enable-rule", "--name", "cli-rule")
        cli(endpoint, program, "events", "put-rule", "--name", "bad", "--schedule-expression", "cron(0 12 * * *)",
            expect_code="ValidationException")
        cli(endpoint, program, "events", "remove-targets", "--rule", "cli-rule", "--ids", "1")
        cli(endpoint, program, "events", "delete-rule", "--name", "cli-rule")
        cli(endpoint, program, "events", "describe-rule", "--name", "cli-rule", expect_code="ResourceNotFoundException")
    finally:
        endpoint.cleanup()


@section
def schedules_cli_command(binary):
    """ecsdesk-cli schedules --cluster C in its three formats: each schedule and rule that targets the cluster,
    with expression, next runs (in the schedule's zone), task definition, state and last run."""
    ecsdesk_cli = os.path.join(os.path.dirname(binary), "ecsdesk-cli")
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60", "--step-ms", "1000"]).start()
    try:
        ecs, cluster_arn, definition = setup_cluster(endpoint, "jobs")
        scheduler = endpoint.client("scheduler")
        target = {"Arn": cluster_arn, "RoleArn": ROLE, "EcsParameters": {"TaskDefinitionArn": definition}}
        scheduler.create_schedule(Name="every-minute", ScheduleExpression="rate(1 minute)",
                                  FlexibleTimeWindow={"Mode": "OFF"}, Target=target)
        # Twelve hours away in New York, so that the simulated clock (60x) never reaches it during the test.
        hour = (datetime.datetime.now(ZoneInfo("America/New_York")).hour + 12) % 24
        morning_cron = f"cron(30 {hour} * * ? *)"
        scheduler.create_schedule(Name="morning", ScheduleExpression=morning_cron,
                                  ScheduleExpressionTimezone="America/New_York", FlexibleTimeWindow={"Mode": "OFF"},
                                  Target=target)
        scheduler.create_schedule(Name="broken", ScheduleExpression="rate(1 minute)", FlexibleTimeWindow={"Mode": "OFF"},
                                  Target=dict(target, EcsParameters={"TaskDefinitionArn": "no-such-family:1"}))
        scheduler.create_schedule(Name="elsewhere", ScheduleExpression="rate(1 minute)",
                                  FlexibleTimeWindow={"Mode": "OFF"},
                                  Target=dict(target, Arn=cluster_arn.replace("cluster/jobs", "cluster/other")))
        events = endpoint.client("events")
        events.put_rule(Name="nightly", ScheduleExpression="cron(0 2 * * ? *)", State="DISABLED")
        events.put_targets(Rule="nightly", Targets=[{"Id": "1", "Arn": cluster_arn, "RoleArn": ROLE,
                                                     "EcsParameters": {"TaskDefinitionArn": definition,
                                                                       "TaskCount": 2}}])
        check(wait_until(lambda: tasks_started_by(ecs, "jobs", "chronos-schedule/every-minute"), 20), "no run yet")
        time.sleep(1)

        def run(fmt):
            result = subprocess.run([ecsdesk_cli, "schedules", "--cluster", "jobs", "--format", fmt,
                                     "--endpoint-url", endpoint.url, "--region", endpoint.region],
                                    env=endpoint.env(), capture_output=True, text=True, timeout=60)
            check(result.returncode == 0, result.stderr)
            return result.stdout
        rows = {row["name"]: row for row in json.loads(run("json"))}
        check(sorted(rows) == ["default/broken", "default/every-minute", "default/morning", "nightly"], sorted(rows))
        morning = rows["default/morning"]
        check(morning["timeZone"] == "America/New_York" and len(morning["nextRuns"]) == 3, morning)
        utc_times = {f"{(hour + 4) % 24:02d}:30", f"{(hour + 5) % 24:02d}:30"}  # EDT and EST
        check(all(at[11:16] in utc_times for at in morning["nextRuns"]), morning["nextRuns"])
        check(morning["lastRun"] is None, morning)
        every = rows["default/every-minute"]
        check(every["lastRun"]["status"] == "SUCCEEDED" and every["lastRun"]["taskArns"], every)
        check(every["taskDefinition"] == definition and every["state"] == "ENABLED", every)
        broken = rows["default/broken"]["lastRun"]
        check(broken["status"] == "FAILED" and broken["error"].startswith("ClientException"), broken)
        nightly = rows["nightly"]
        check(nightly["kind"] == "rule" and nightly["state"] == "DISABLED" and nightly["nextRuns"] == [], nightly)
        check(nightly["taskCount"] == 2 and nightly["startedBy"] == "events-rule/nightly", nightly)
        csv = run("csv").splitlines()
        check(csv[0].startswith("kind,name,expression,timeZone,state,taskDefinition") and len(csv) == 5, csv)
        table = run("table")
        check("default/morning" in table and f"{morning_cron} America/New_York" in table, table)
    finally:
        endpoint.cleanup()


def main():
    binary = sys.argv[1]
    boto3_only = "--boto3-only" in sys.argv[2:]
    clis = [arg for arg in sys.argv[2:] if arg != "--boto3-only"] or ["/usr/bin/aws", "aws"]
    import botocore
    print("botocore %s" % botocore.__version__)
    scheduler_boto3(binary)
    scheduler_errors_boto3(binary)
    events_rules_boto3(binary)
    if boto3_only:
        clis = []
    else:
        schedules_cli_command(binary)
    for program in clis:
        path = shutil.which(program)
        if not path:
            print("skip AWS CLI %s (not installed)" % program)
            continue
        version = subprocess.run([path, "--version"], capture_output=True, text=True).stdout.strip()
        try:
            run_cli(binary, path)
            print("ok   AWS CLI %s (%s)" % (program, version))
        except Exception:
            failures.append("AWS CLI " + program)
            print("FAIL AWS CLI %s (%s)" % (program, version))
            traceback.print_exc()
    if failures:
        print("failed: " + ", ".join(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
