# SPDX-License-Identifier: MIT
"""Issue 19: CloudWatch alarms in ecsdesk-local and the scaling they drive, through real AWS clients.

Usage: alarms.py ECSDESK_LOCAL_BINARY [--cli /usr/bin/aws] [--ecsdesk-cli ECSDESK_CLI_BINARY]
Run with /usr/bin/python3 (botocore 1.29) CloudWatch speaks the query protocol; with the image's
python3 (boto3 1.43) it speaks JSON (awsJson1_0). With --cli the same checks also run through the
given AWS CLI (v2.9 speaks the query protocol); with --ecsdesk-cli, `ecsdesk-cli scaling` reads it all
back (issue 19's CLI). Each section starts its own endpoint on a free
loopback port with a fresh data dir and stops it."""

import datetime
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
RESOURCE = "service/c/web"
DIMENSION = "ecs:service:DesiredCount"


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


def service_with_target(endpoint, desired=2, minimum=1, maximum=10):
    """Cluster c with one instance, service web at `desired`, registered as a scalable target."""
    ecs = endpoint.client("ecs")
    ecs.create_cluster(clusterName="c")
    ecs.register_container_instance(
        cluster="c",
        totalResources=[{"name": "CPU", "type": "INTEGER", "integerValue": 4096},
                        {"name": "MEMORY", "type": "INTEGER", "integerValue": 8192}],
        attributes=[{"name": "ecs.availability-zone", "value": "us-east-1a"}])
    ecs.register_task_definition(family="web", networkMode="bridge", containerDefinitions=[
        {"name": "web", "image": "nginx", "cpu": 128, "memory": 128}])
    service = ecs.create_service(cluster="c", serviceName="web", taskDefinition="web", desiredCount=desired)["service"]
    scaling = endpoint.client("application-autoscaling")
    scaling.register_scalable_target(ServiceNamespace="ecs", ResourceId=RESOURCE, ScalableDimension=DIMENSION,
                                     MinCapacity=minimum, MaxCapacity=maximum)
    return ecs, scaling, service


def step_policy(scaling, name="out", cooldown=300):
    return scaling.put_scaling_policy(
        PolicyName=name, ServiceNamespace="ecs", ResourceId=RESOURCE, ScalableDimension=DIMENSION,
        PolicyType="StepScaling",
        StepScalingPolicyConfiguration={
            "AdjustmentType": "ChangeInCapacity", "Cooldown": cooldown, "MetricAggregationType": "Average",
            "StepAdjustments": [{"MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": 20, "ScalingAdjustment": 1},
                                {"MetricIntervalLowerBound": 20, "ScalingAdjustment": 3}]})["PolicyARN"]


CPU_DIMENSIONS = [{"Name": "ClusterName", "Value": "c"}, {"Name": "ServiceName", "Value": "web"}]


@section
def target_tracking_creates_and_deletes_its_alarms(binary):
    endpoint = LocalEndpoint(binary).start()
    try:
        scaling = endpoint.client("application-autoscaling")
        cw = endpoint.client("cloudwatch")
        scaling.register_scalable_target(ServiceNamespace="ecs", ResourceId=RESOURCE, ScalableDimension=DIMENSION,
                                         MinCapacity=1, MaxCapacity=8)
        answer = scaling.put_scaling_policy(
            PolicyName="cpu50", ServiceNamespace="ecs", ResourceId=RESOURCE, ScalableDimension=DIMENSION,
            PolicyType="TargetTrackingScaling",
            TargetTrackingScalingPolicyConfiguration={
                "TargetValue": 50.0, "ScaleOutCooldown": 60, "ScaleInCooldown": 120,
                "PredefinedMetricSpecification": {"PredefinedMetricType": "ECSServiceAverageCPUUtilization"}})
        names = sorted(alarm["AlarmName"] for alarm in answer["Alarms"])
        check(len(names) == 2, answer)
        pattern = r"^TargetTracking-service/c/web-Alarm(High|Low)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
        check(all(re.match(pattern, name) for name in names), names)
        check("-AlarmHigh-" in names[0] and "-AlarmLow-" in names[1], names)  # a uuid each, as AWS's answers show

        alarms = cw.describe_alarms(AlarmNamePrefix="TargetTracking-service/c/web")["MetricAlarms"]
        check(sorted(a["AlarmName"] for a in alarms) == names, alarms)
        high = next(a for a in alarms if "-AlarmHigh-" in a["AlarmName"])
        low = next(a for a in alarms if "-AlarmLow-" in a["AlarmName"])
        check(high["Namespace"] == "AWS/ECS" and high["MetricName"] == "CPUUtilization"
              and high["Statistic"] == "Average", high)
        check(sorted(high["Dimensions"], key=lambda d: d["Name"]) == CPU_DIMENSIONS, high["Dimensions"])
        check((high["Threshold"], high["ComparisonOperator"], high["EvaluationPeriods"], high["DatapointsToAlarm"],
               high["Period"]) == (50.0, "GreaterThanThreshold", 3, 3, 60), high)
        check((low["Threshold"], low["ComparisonOperator"], low["EvaluationPeriods"], low["DatapointsToAlarm"])
              == (45.0, "LessThanThreshold", 15, 15), low)
        check(high["AlarmActions"] == [answer["PolicyARN"]] and high["ActionsEnabled"], high)
        check(high["StateValue"] == "INSUFFICIENT_DATA", high)
        check(high["AlarmArn"].endswith(":alarm:" + high["AlarmName"]), high["AlarmArn"])
        check(isinstance(high["StateUpdatedTimestamp"], datetime.datetime), high)
        check(high["AlarmDescription"].startswith("DO NOT EDIT OR DELETE. For TargetTrackingScaling policy"), high)
        for_metric = cw.describe_alarms_for_metric(Namespace="AWS/ECS", MetricName="CPUUtilization",
                                                   Dimensions=CPU_DIMENSIONS)["MetricAlarms"]
        check(sorted(a["AlarmName"] for a in for_metric) == names, for_metric)
        policy = scaling.describe_scaling_policies(ServiceNamespace="ecs", ResourceId=RESOURCE)["ScalingPolicies"][0]
        check(sorted(a["AlarmName"] for a in policy["Alarms"]) == names, policy)

        # Updating the policy keeps the alarms' names and moves their thresholds.
        scaling.put_scaling_policy(
            PolicyName="cpu50", ServiceNamespace="ecs", ResourceId=RESOURCE, ScalableDimension=DIMENSION,
            PolicyType="TargetTrackingScaling",
            TargetTrackingScalingPolicyConfiguration={
                "TargetValue": 60.0,
                "PredefinedMetricSpecification": {"PredefinedMetricType": "ECSServiceAverageCPUUtilization"}})
        alarms = cw.describe_alarms(AlarmNames=names)["MetricAlarms"]
        check(sorted(a["Threshold"] for a in alarms) == [54.0, 60.0], alarms)
        check(len(cw.describe_alarms(AlarmNamePrefix="TargetTracking-")["MetricAlarms"]) == 2, "an update added alarms")

        scaling.delete_scaling_policy(PolicyName="cpu50", ServiceNamespace="ecs", ResourceId=RESOURCE,
                                      ScalableDimension=DIMENSION)
        check(cw.describe_alarms(AlarmNamePrefix="TargetTracking-")["MetricAlarms"] == [], "alarms left")
        history = cw.describe_alarm_history(AlarmName=names[0], HistoryItemType="ConfigurationUpdate")
        summaries = [item["HistorySummary"] for item in history["AlarmHistoryItems"]]  # newest first
        check(summaries[0] == 'Alarm "%s" deleted' % names[0] and summaries[-1] == 'Alarm "%s" created' % names[0],
              summaries)
    finally:
        endpoint.cleanup()


@section
def target_tracking_scales_from_its_own_alarms(binary):
    """As Application Auto Scaling: a target tracking policy acts when its AlarmHigh or AlarmLow goes
    to ALARM (the desired count that brings the metric back to the target), not on a path of its own."""
    endpoint = LocalEndpoint(binary).start()
    try:
        ecs, scaling, _ = service_with_target(endpoint, desired=2)
        cw = endpoint.client("cloudwatch")

        def tracking(disable_scale_in=False):
            return scaling.put_scaling_policy(
                PolicyName="cpu50", ServiceNamespace="ecs", ResourceId=RESOURCE, ScalableDimension=DIMENSION,
                PolicyType="TargetTrackingScaling",
                TargetTrackingScalingPolicyConfiguration={
                    "TargetValue": 50.0, "ScaleOutCooldown": 0, "ScaleInCooldown": 0,
                    "DisableScaleIn": disable_scale_in,
                    "PredefinedMetricSpecification": {"PredefinedMetricType": "ECSServiceAverageCPUUtilization"}})

        def desired():
            return ecs.describe_services(cluster="c", services=["web"])["services"][0]["desiredCount"]

        def alarm_at(name, value):
            cw.set_alarm_state(AlarmName=name, StateValue="OK", StateReason="reset")
            cw.set_alarm_state(AlarmName=name, StateValue="ALARM", StateReason="test",
                               StateReasonData=json.dumps({"version": "1.0", "recentDatapoints": [value]}))

        names = [a["AlarmName"] for a in tracking()["Alarms"]]
        high = next(n for n in names if "-AlarmHigh-" in n)
        low = next(n for n in names if "-AlarmLow-" in n)
        alarm_at(high, 100.0)  # twice the target: twice the tasks
        check(desired() == 4, desired())
        activity = scaling.describe_scaling_activities(ServiceNamespace="ecs", ResourceId=RESOURCE)[
            "ScalingActivities"][-1]
        check(activity["Cause"] == "monitor alarm %s in state ALARM triggered policy cpu50" % high, activity)
        alarm_at(high, 55.0)  # just above: at least one more
        check(desired() == 5, desired())
        alarm_at(low, 20.0)  # ceil(5 x 20 / 50)
        check(desired() == 2, desired())
        tracking(disable_scale_in=True)
        alarm_at(low, 10.0)
        check(desired() == 2, "scale-in while disabled: %s" % desired())
        scaling.register_scalable_target(ServiceNamespace="ecs", ResourceId=RESOURCE, ScalableDimension=DIMENSION,
                                         MinCapacity=1, MaxCapacity=10,
                                         SuspendedState={"DynamicScalingOutSuspended": True})
        alarm_at(high, 100.0)
        check(desired() == 2, "scale-out while suspended: %s" % desired())
    finally:
        endpoint.cleanup()


@section
def step_tables_are_checked_as_aws_checks_them(binary):
    endpoint = LocalEndpoint(binary).start()
    try:
        scaling = endpoint.client("application-autoscaling")
        scaling.register_scalable_target(ServiceNamespace="ecs", ResourceId=RESOURCE, ScalableDimension=DIMENSION,
                                         MinCapacity=1, MaxCapacity=8)

        def put(steps):
            return scaling.put_scaling_policy(
                PolicyName="steps", ServiceNamespace="ecs", ResourceId=RESOURCE, ScalableDimension=DIMENSION,
                PolicyType="StepScaling", StepScalingPolicyConfiguration={
                    "AdjustmentType": "ChangeInCapacity", "StepAdjustments": steps})

        cases = [
            ([{"MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": 15, "ScalingAdjustment": 1},
              {"MetricIntervalLowerBound": 10, "ScalingAdjustment": 2}], "StepAdjustment intervals cannot overlap"),
            ([{"MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": 10, "ScalingAdjustment": 1},
              {"MetricIntervalLowerBound": 15, "ScalingAdjustment": 2}],
             "StepAdjustment intervals cannot have gaps between them"),
            ([{"ScalingAdjustment": 1}], "Both lower and upper bounds of a step adjustment cannot be left unspecified"),
            ([{"MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": 10, "ScalingAdjustment": 1}],
             "There must be a StepAdjustment with an unspecified upper bound (i.e., upper bound is null) when one "
             "StepAdjustment has a positive upper bound"),
        ]
        for steps, text in cases:
            message = expect_error("ValidationException", put, steps)
            check(message == text, "%r instead of %r" % (message, text))
        put([{"MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": 10, "ScalingAdjustment": 1},
             {"MetricIntervalLowerBound": 10, "ScalingAdjustment": 2}])
    finally:
        endpoint.cleanup()


@section
def alarm_operations_and_errors(binary):
    endpoint = LocalEndpoint(binary, extra_args=["--no-simulation"]).start()
    try:
        cw = endpoint.client("cloudwatch")
        for i in range(5):
            cw.put_metric_alarm(AlarmName="a%d" % i, Namespace="App", MetricName="Load", Statistic="Maximum",
                                Period=60, EvaluationPeriods=2, DatapointsToAlarm=1, Threshold=10.0 * i,
                                ComparisonOperator="GreaterThanOrEqualToThreshold", TreatMissingData="breaching",
                                AlarmActions=["arn:aws:sns:us-east-1:123456789012:topic"])
        first = cw.describe_alarms(MaxRecords=2)
        check([a["AlarmName"] for a in first["MetricAlarms"]] == ["a0", "a1"] and "NextToken" in first, first)
        second = cw.describe_alarms(MaxRecords=2, NextToken=first["NextToken"])
        check([a["AlarmName"] for a in second["MetricAlarms"]] == ["a2", "a3"], second)
        third = cw.describe_alarms(MaxRecords=2, NextToken=second["NextToken"])
        check([a["AlarmName"] for a in third["MetricAlarms"]] == ["a4"] and "NextToken" not in third, third)
        check(len(cw.describe_alarms(StateValue="INSUFFICIENT_DATA")["MetricAlarms"]) == 5, "state filter")
        check(cw.describe_alarms(StateValue="ALARM")["MetricAlarms"] == [], "state filter")
        check(len(cw.describe_alarms(ActionPrefix="arn:aws:sns:")["MetricAlarms"]) == 5, "action prefix")
        check(cw.describe_alarms(AlarmTypes=["CompositeAlarm"])["MetricAlarms"] == [], "alarm types")
        expect_error("InvalidNextToken", cw.describe_alarms, NextToken="bm90LWEtdG9rZW4")

        cw.disable_alarm_actions(AlarmNames=["a1", "a2"])
        enabled = {a["AlarmName"]: a["ActionsEnabled"] for a in cw.describe_alarms()["MetricAlarms"]}
        check(enabled == {"a0": True, "a1": False, "a2": False, "a3": True, "a4": True}, enabled)
        cw.enable_alarm_actions(AlarmNames=["a1"])
        check(cw.describe_alarms(AlarmNames=["a1"])["MetricAlarms"][0]["ActionsEnabled"], "enable")

        cw.set_alarm_state(AlarmName="a0", StateValue="ALARM", StateReason="tested by hand")
        alarm = cw.describe_alarms(AlarmNames=["a0"])["MetricAlarms"][0]
        check(alarm["StateValue"] == "ALARM" and alarm["StateReason"] == "tested by hand", alarm)
        items = cw.describe_alarm_history(AlarmName="a0", HistoryItemType="StateUpdate")["AlarmHistoryItems"]
        check(len(items) == 1 and items[0]["HistorySummary"] == "Alarm updated from INSUFFICIENT_DATA to ALARM", items)
        check(json.loads(items[0]["HistoryData"])["newState"]["stateValue"] == "ALARM", items[0])
        ascending = cw.describe_alarm_history(AlarmName="a0", ScanBy="TimestampAscending")["AlarmHistoryItems"]
        check(ascending[0]["HistorySummary"] == 'Alarm "a0" created', ascending)
        paged = cw.describe_alarm_history(MaxRecords=3)
        check(len(paged["AlarmHistoryItems"]) == 3 and "NextToken" in paged, paged)

        expect_error("ResourceNotFound", cw.set_alarm_state, AlarmName="nope", StateValue="OK", StateReason="x")
        expect_error("InvalidFormat", cw.set_alarm_state, AlarmName="a0", StateValue="OK", StateReason="x",
                     StateReasonData="{not json")
        message = expect_error("ValidationError", cw.put_metric_alarm, AlarmName="bad", Namespace="App",
                               MetricName="Load", Statistic="Average", Period=60, EvaluationPeriods=1, Threshold=1,
                               ComparisonOperator="GreaterThanThreshold", TreatMissingData="sometimes")
        check("TreatMissingData" in message, message)
        expect_error("ValidationError", cw.put_metric_alarm, AlarmName="bad", Namespace="App", MetricName="Load",
                     Statistic="Average", Period=60, EvaluationPeriods=1, DatapointsToAlarm=2, Threshold=1,
                     ComparisonOperator="GreaterThanThreshold")
        expect_error("ValidationError", cw.put_metric_alarm, AlarmName="bad", Namespace="App", MetricName="Load",
                     Statistic="Average", Period=45, EvaluationPeriods=1, Threshold=1,
                     ComparisonOperator="GreaterThanThreshold")
        expect_error("ValidationError", cw.put_metric_alarm, AlarmName="bad", Namespace="App", MetricName="Load",
                     Statistic="Average", Period=60, EvaluationPeriods=1, Threshold=1,
                     ComparisonOperator="GreaterThanThreshold", AlarmActions=["not-an-arn"])
        check(cw.describe_alarms(AlarmNames=["bad"])["MetricAlarms"] == [], "a refused alarm was stored")

        cw.delete_alarms(AlarmNames=["a0", "a1", "does-not-exist"])  # unknown names are skipped, as CloudWatch does
        check([a["AlarmName"] for a in cw.describe_alarms()["MetricAlarms"]] == ["a2", "a3", "a4"], "delete")
    finally:
        endpoint.cleanup()


@section
def set_alarm_state_runs_the_matching_step(binary):
    endpoint = LocalEndpoint(binary).start()
    try:
        ecs, scaling, _ = service_with_target(endpoint, desired=2)
        cw = endpoint.client("cloudwatch")
        policy = step_policy(scaling)
        cw.put_metric_alarm(AlarmName="web-cpu-high", Namespace="AWS/ECS", MetricName="CPUUtilization",
                            Dimensions=CPU_DIMENSIONS, Statistic="Average", Period=60, EvaluationPeriods=1,
                            Threshold=70.0, ComparisonOperator="GreaterThanOrEqualToThreshold",
                            AlarmActions=[policy])
        described = scaling.describe_scaling_policies(ServiceNamespace="ecs", PolicyNames=["out"])["ScalingPolicies"]
        check([a["AlarmName"] for a in described[0]["Alarms"]] == ["web-cpu-high"], described)
        # 95 % against a threshold of 70: a breach of 25 points, the +3 step.
        cw.set_alarm_state(AlarmName="web-cpu-high", StateValue="ALARM", StateReason="load test",
                           StateReasonData=json.dumps({"version": "1.0", "recentDatapoints": [95.0]}))
        desired = ecs.describe_services(cluster="c", services=["web"])["services"][0]["desiredCount"]
        check(desired == 5, desired)
        activities = scaling.describe_scaling_activities(ServiceNamespace="ecs", ResourceId=RESOURCE)
        activity = activities["ScalingActivities"][-1]
        check(activity["Description"] == "Setting desired count to 5." and activity["Cause"]
              == "monitor alarm web-cpu-high in state ALARM triggered policy out", activity)
        actions = cw.describe_alarm_history(AlarmName="web-cpu-high", HistoryItemType="Action")["AlarmHistoryItems"]
        check(len(actions) == 1 and policy in actions[0]["HistorySummary"], actions)
        # Within the cooldown another ALARM changes nothing.
        cw.set_alarm_state(AlarmName="web-cpu-high", StateValue="OK", StateReason="calm")
        cw.set_alarm_state(AlarmName="web-cpu-high", StateValue="ALARM", StateReason="again")
        check(ecs.describe_services(cluster="c", services=["web"])["services"][0]["desiredCount"] == 5, "cooldown")
        # With actions disabled the state changes but the policy does not run.
        step_policy(scaling, name="out-now", cooldown=0)
        now_arn = scaling.describe_scaling_policies(ServiceNamespace="ecs", PolicyNames=["out-now"])[
            "ScalingPolicies"][0]["PolicyARN"]
        cw.put_metric_alarm(AlarmName="web-cpu-high-now", Namespace="AWS/ECS", MetricName="CPUUtilization",
                            Dimensions=CPU_DIMENSIONS, Statistic="Average", Period=60, EvaluationPeriods=1,
                            Threshold=70.0, ComparisonOperator="GreaterThanOrEqualToThreshold",
                            AlarmActions=[now_arn], ActionsEnabled=False)
        cw.set_alarm_state(AlarmName="web-cpu-high-now", StateValue="ALARM", StateReason="disabled")
        check(ecs.describe_services(cluster="c", services=["web"])["services"][0]["desiredCount"] == 5, "disabled")
        # Enabled, and without a datapoint: just past the threshold, the +1 step.
        cw.set_alarm_state(AlarmName="web-cpu-high-now", StateValue="OK", StateReason="reset")
        cw.enable_alarm_actions(AlarmNames=["web-cpu-high-now"])
        cw.set_alarm_state(AlarmName="web-cpu-high-now", StateValue="ALARM", StateReason="enabled")
        check(ecs.describe_services(cluster="c", services=["web"])["services"][0]["desiredCount"] == 6, "+1 step")
    finally:
        endpoint.cleanup()


@section
def evaluation_over_put_metric_data_flips_the_state(binary):
    # --time-scale 60: a simulated minute (one evaluation) per second of wall-clock time.
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60"]).start()
    try:
        cw = endpoint.client("cloudwatch")
        dims = [{"Name": "Queue", "Value": "orders"}]
        common = dict(Namespace="App/Test", MetricName="Depth", Dimensions=dims, Statistic="Maximum", Period=60)
        cw.put_metric_alarm(AlarmName="depth", EvaluationPeriods=2, DatapointsToAlarm=2, Threshold=80.0,
                            ComparisonOperator="GreaterThanThreshold", TreatMissingData="notBreaching", **common)
        cw.put_metric_alarm(AlarmName="depth-missing", EvaluationPeriods=1, Threshold=80.0,
                            ComparisonOperator="GreaterThanThreshold", **common)
        cw.put_metric_alarm(AlarmName="depth-breaching", EvaluationPeriods=1, Threshold=80.0,
                            ComparisonOperator="GreaterThanThreshold", TreatMissingData="breaching",
                            MetricName="Silent", Namespace="App/Test", Statistic="Maximum", Period=60)

        def state(name):
            return cw.describe_alarms(AlarmNames=[name])["MetricAlarms"][0]["StateValue"]
        # No data: notBreaching is OK, breaching is ALARM, missing stays INSUFFICIENT_DATA.
        check(wait_until(lambda: state("depth") == "OK"), state("depth"))
        check(wait_until(lambda: state("depth-breaching") == "ALARM"), state("depth-breaching"))
        check(state("depth-missing") == "INSUFFICIENT_DATA", state("depth-missing"))

        def feed(value, name, wanted):
            def step():
                cw.put_metric_data(Namespace="App/Test", MetricData=[
                    {"MetricName": "Depth", "Dimensions": dims, "Value": value}])  # at the endpoint's (simulated) now
                return state(name) == wanted
            return wait_until(step)
        check(feed(95.0, "depth", "ALARM"), state("depth"))
        alarm = cw.describe_alarms(AlarmNames=["depth"])["MetricAlarms"][0]
        check(alarm["StateReason"].startswith("Threshold Crossed: 2 out of the last 2 datapoints [95.0"), alarm)
        reason = json.loads(alarm["StateReasonData"])
        check(reason["recentDatapoints"] == [95.0, 95.0] and reason["threshold"] == 80.0, reason)
        check(feed(10.0, "depth", "OK"), state("depth"))
        check(feed(10.0, "depth-missing", "OK"), state("depth-missing"))
        summaries = [item["HistorySummary"] for item in cw.describe_alarm_history(
            AlarmName="depth", HistoryItemType="StateUpdate", ScanBy="TimestampAscending")["AlarmHistoryItems"]]
        check(summaries[:3] == ["Alarm updated from INSUFFICIENT_DATA to OK", "Alarm updated from OK to ALARM",
                                "Alarm updated from ALARM to OK"], summaries)
    finally:
        endpoint.cleanup()


@section
def percentile_and_metric_math_alarms_are_evaluated(binary):
    """A p90 alarm (over the one-minute averages) and a metric math alarm (errors / requests * 100)
    follow PutMetricData; an expression with a function stays INSUFFICIENT_DATA, saying why."""
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60"]).start()
    try:
        cw = endpoint.client("cloudwatch")
        dims = [{"Name": "Api", "Value": "orders"}]
        cw.put_metric_alarm(AlarmName="latency-p90", Namespace="App/Test", MetricName="Latency", Dimensions=dims,
                            ExtendedStatistic="p90", Period=60, EvaluationPeriods=1, Threshold=500.0,
                            ComparisonOperator="GreaterThanThreshold")

        def stat(metric):
            return {"Metric": {"Namespace": "App/Test", "MetricName": metric, "Dimensions": dims},
                    "Period": 60, "Stat": "Sum"}
        cw.put_metric_alarm(AlarmName="error-rate", EvaluationPeriods=1, Threshold=5.0,
                            ComparisonOperator="GreaterThanOrEqualToThreshold", Metrics=[
                                {"Id": "errors", "MetricStat": stat("Errors"), "ReturnData": False},
                                {"Id": "requests", "MetricStat": stat("Requests"), "ReturnData": False},
                                {"Id": "rate", "Expression": "errors / requests * 100", "ReturnData": True}])
        cw.put_metric_alarm(AlarmName="sum-of-metrics", EvaluationPeriods=1, Threshold=5.0,
                            ComparisonOperator="GreaterThanThreshold", Metrics=[
                                {"Id": "errors", "MetricStat": stat("Errors"), "ReturnData": False},
                                {"Id": "total", "Expression": "SUM(METRICS())", "ReturnData": True}])

        def alarm(name):
            return cw.describe_alarms(AlarmNames=[name])["MetricAlarms"][0]

        def feed(data, name, wanted):
            def step():
                cw.put_metric_data(Namespace="App/Test", MetricData=[
                    {"MetricName": metric, "Dimensions": dims, "Value": value} for metric, value in data])
                return alarm(name)["StateValue"] == wanted
            return wait_until(step)
        check(feed([("Latency", 900.0)], "latency-p90", "ALARM"), alarm("latency-p90"))
        check(feed([("Latency", 100.0)], "latency-p90", "OK"), alarm("latency-p90"))
        check(feed([("Errors", 8.0), ("Requests", 100.0)], "error-rate", "ALARM"), alarm("error-rate"))
        check(json.loads(alarm("error-rate")["StateReasonData"])["recentDatapoints"][-1] == 8.0,
              alarm("error-rate"))
        check(feed([("Errors", 1.0), ("Requests", 100.0)], "error-rate", "OK"), alarm("error-rate"))
        unchecked = alarm("sum-of-metrics")
        check(unchecked["StateValue"] == "INSUFFICIENT_DATA", unchecked)
    finally:
        endpoint.cleanup()


@section
def scheduled_action_fires(binary):
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60"]).start()
    try:
        ecs, scaling, service = service_with_target(endpoint, desired=2, minimum=1, maximum=10)
        # Two simulated minutes from the service's creation (the endpoint's clock runs 60x).
        created = service["createdAt"].astimezone(datetime.timezone.utc)
        at = (created + datetime.timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%S")
        scaling.put_scheduled_action(ServiceNamespace="ecs", ResourceId=RESOURCE, ScalableDimension=DIMENSION,
                                     ScheduledActionName="rush", Schedule="at(%s)" % at,
                                     ScalableTargetAction={"MinCapacity": 4, "MaxCapacity": 10})

        def desired():
            return ecs.describe_services(cluster="c", services=["web"])["services"][0]["desiredCount"]
        check(wait_until(lambda: desired() == 4), desired())
        target = scaling.describe_scalable_targets(ServiceNamespace="ecs", ResourceIds=[RESOURCE])["ScalableTargets"]
        check(target[0]["MinCapacity"] == 4, target)
        causes = [a["Cause"] for a in scaling.describe_scaling_activities(
            ServiceNamespace="ecs", ResourceId=RESOURCE)["ScalingActivities"]]
        check("scheduled action name rush was triggered" in causes and "minimum capacity was set to 4" in causes,
              causes)
    finally:
        endpoint.cleanup()


@section
def aws_cli_query_protocol(binary, cli):
    """The AWS CLI v2.9 speaks CloudWatch's query protocol."""
    endpoint = LocalEndpoint(binary).start()
    try:
        def aws(*args):
            result = subprocess.run([cli, "--endpoint-url", endpoint.url, "--region", endpoint.region,
                                     "--output", "json"] + list(args),
                                    env=endpoint.env(), capture_output=True, text=True, timeout=120)
            if result.returncode != 0:
                raise AssertionError("aws %s failed: %s" % (" ".join(args), result.stderr))
            return json.loads(result.stdout) if result.stdout.strip() else {}

        def aws_error(*args):
            result = subprocess.run([cli, "--endpoint-url", endpoint.url, "--region", endpoint.region] + list(args),
                                    env=endpoint.env(), capture_output=True, text=True, timeout=120)
            check(result.returncode != 0, "aws %s succeeded" % " ".join(args))
            return result.stderr

        ecs, scaling, _ = service_with_target(endpoint, desired=2)
        tracking = aws("application-autoscaling", "put-scaling-policy", "--policy-name", "cpu50",
                       "--service-namespace", "ecs", "--resource-id", RESOURCE, "--scalable-dimension", DIMENSION,
                       "--policy-type", "TargetTrackingScaling", "--target-tracking-scaling-policy-configuration",
                       json.dumps({"TargetValue": 50.0, "PredefinedMetricSpecification": {
                           "PredefinedMetricType": "ECSServiceAverageCPUUtilization"}}))
        names = sorted(a["AlarmName"] for a in tracking["Alarms"])
        listed = aws("cloudwatch", "describe-alarms", "--alarm-name-prefix", "TargetTracking-service/c/web")
        check(sorted(a["AlarmName"] for a in listed["MetricAlarms"]) == names and len(names) == 2, listed)
        high = next(a for a in listed["MetricAlarms"] if "-AlarmHigh-" in a["AlarmName"])
        check(high["Threshold"] == 50.0 and high["EvaluationPeriods"] == 3 and high["ActionsEnabled"] is True, high)
        check(re.match(r"^\d{4}-\d\d-\d\dT", high["StateUpdatedTimestamp"]), high["StateUpdatedTimestamp"])

        policy = step_policy(scaling)
        aws("cloudwatch", "put-metric-alarm", "--alarm-name", "web-cpu-high", "--namespace", "AWS/ECS",
            "--metric-name", "CPUUtilization", "--dimensions", "Name=ClusterName,Value=c", "Name=ServiceName,Value=web",
            "--statistic", "Average", "--period", "60", "--evaluation-periods", "1", "--threshold", "70",
            "--comparison-operator", "GreaterThanOrEqualToThreshold", "--alarm-actions", policy)
        for_metric = aws("cloudwatch", "describe-alarms-for-metric", "--namespace", "AWS/ECS",
                         "--metric-name", "CPUUtilization", "--dimensions", "Name=ClusterName,Value=c",
                         "Name=ServiceName,Value=web")
        check(len(for_metric["MetricAlarms"]) == 3, for_metric)
        aws("cloudwatch", "set-alarm-state", "--alarm-name", "web-cpu-high", "--state-value", "ALARM",
            "--state-reason", "cli", "--state-reason-data", json.dumps({"recentDatapoints": [80.0]}))
        desired = ecs.describe_services(cluster="c", services=["web"])["services"][0]["desiredCount"]
        check(desired == 3, desired)  # a breach of 10 points: the +1 step
        history = aws("cloudwatch", "describe-alarm-history", "--alarm-name", "web-cpu-high",
                      "--history-item-type", "StateUpdate")
        check(history["AlarmHistoryItems"][0]["HistorySummary"] == "Alarm updated from INSUFFICIENT_DATA to ALARM",
              history)
        check("ResourceNotFound" in aws_error("cloudwatch", "set-alarm-state", "--alarm-name", "nope",
                                              "--state-value", "OK", "--state-reason", "x"), "ResourceNotFound")
        aws("cloudwatch", "disable-alarm-actions", "--alarm-names", "web-cpu-high")
        check(aws("cloudwatch", "describe-alarms", "--alarm-names", "web-cpu-high")["MetricAlarms"][0][
            "ActionsEnabled"] is False, "disable")

        # A percentile alarm and a metric math alarm through the query protocol.
        aws("cloudwatch", "put-metric-alarm", "--alarm-name", "latency-p90", "--namespace", "App/Test",
            "--metric-name", "Latency", "--extended-statistic", "p90", "--period", "60", "--evaluation-periods", "1",
            "--threshold", "500", "--comparison-operator", "GreaterThanThreshold")
        aws("cloudwatch", "put-metric-alarm", "--alarm-name", "error-rate", "--evaluation-periods", "1",
            "--threshold", "5", "--comparison-operator", "GreaterThanOrEqualToThreshold", "--metrics", json.dumps([
                {"Id": "errors", "ReturnData": False, "MetricStat": {"Metric": {"Namespace": "App/Test",
                 "MetricName": "Errors"}, "Period": 60, "Stat": "Sum"}},
                {"Id": "requests", "ReturnData": False, "MetricStat": {"Metric": {"Namespace": "App/Test",
                 "MetricName": "Requests"}, "Period": 60, "Stat": "Sum"}},
                {"Id": "rate", "Expression": "errors / requests * 100", "ReturnData": True}]))
        described = aws("cloudwatch", "describe-alarms", "--alarm-names", "latency-p90", "error-rate")["MetricAlarms"]
        check(sorted(a["AlarmName"] for a in described) == ["error-rate", "latency-p90"], described)
        check(next(a for a in described if a["AlarmName"] == "latency-p90")["ExtendedStatistic"] == "p90", described)
        rate = next(a for a in described if a["AlarmName"] == "error-rate")
        check([m["Id"] for m in rate["Metrics"]] == ["errors", "requests", "rate"], rate)
        aws("cloudwatch", "delete-alarms", "--alarm-names", "latency-p90", "error-rate")

        # Target tracking runs from its AlarmHigh; a step table with a gap is refused with AWS's text.
        before = ecs.describe_services(cluster="c", services=["web"])["services"][0]["desiredCount"]
        aws("cloudwatch", "set-alarm-state", "--alarm-name", high["AlarmName"], "--state-value", "ALARM",
            "--state-reason", "cli", "--state-reason-data", json.dumps({"recentDatapoints": [51.0]}))
        after = ecs.describe_services(cluster="c", services=["web"])["services"][0]["desiredCount"]
        check(after == before + 1, (before, after))
        refused = aws_error("application-autoscaling", "put-scaling-policy", "--policy-name", "gap",
                            "--service-namespace", "ecs", "--resource-id", RESOURCE, "--scalable-dimension", DIMENSION,
                            "--policy-type", "StepScaling", "--step-scaling-policy-configuration", json.dumps({
                                "AdjustmentType": "ChangeInCapacity", "StepAdjustments": [
                                    {"MetricIntervalLowerBound": 0, "MetricIntervalUpperBound": 10,
                                     "ScalingAdjustment": 1},
                                    {"MetricIntervalLowerBound": 15, "ScalingAdjustment": 2}]}))
        check("StepAdjustment intervals cannot have gaps between them" in refused, refused)

        aws("application-autoscaling", "delete-scaling-policy", "--policy-name", "cpu50", "--service-namespace", "ecs",
            "--resource-id", RESOURCE, "--scalable-dimension", DIMENSION)
        check(aws("cloudwatch", "describe-alarms", "--alarm-name-prefix", "TargetTracking-")["MetricAlarms"] == [],
              "target tracking alarms left")
        aws("cloudwatch", "delete-alarms", "--alarm-names", "web-cpu-high")
        check(aws("cloudwatch", "describe-alarms")["MetricAlarms"] == [], "delete-alarms")
    finally:
        endpoint.cleanup()


@section
def ecsdesk_cli_scaling_report(binary, ecsdesk_cli):
    """`ecsdesk-cli scaling` prints the target, policies, alarms, scheduled actions and activities."""
    endpoint = LocalEndpoint(binary).start()
    try:
        ecs, scaling, _ = service_with_target(endpoint, desired=2, minimum=1, maximum=10)
        cw = endpoint.client("cloudwatch")
        scaling.put_scaling_policy(
            PolicyName="cpu60", ServiceNamespace="ecs", ResourceId=RESOURCE, ScalableDimension=DIMENSION,
            PolicyType="TargetTrackingScaling",
            TargetTrackingScalingPolicyConfiguration={
                "TargetValue": 60.0, "ScaleOutCooldown": 120,
                "PredefinedMetricSpecification": {"PredefinedMetricType": "ECSServiceAverageCPUUtilization"}})
        policy = step_policy(scaling)
        cw.put_metric_alarm(AlarmName="web-cpu-high", Namespace="AWS/ECS", MetricName="CPUUtilization",
                            Dimensions=CPU_DIMENSIONS, Statistic="Average", Period=60, EvaluationPeriods=1,
                            Threshold=70.0, ComparisonOperator="GreaterThanOrEqualToThreshold", AlarmActions=[policy])
        cw.set_alarm_state(AlarmName="web-cpu-high", StateValue="ALARM", StateReason="load test",
                           StateReasonData=json.dumps({"recentDatapoints": [95.0]}))
        scaling.put_scheduled_action(ServiceNamespace="ecs", ResourceId=RESOURCE, ScalableDimension=DIMENSION,
                                     ScheduledActionName="nightly", Schedule="cron(0 22 * * ? *)",
                                     Timezone="Europe/Berlin", ScalableTargetAction={"MinCapacity": 1, "MaxCapacity": 3})

        def run(*args):
            result = subprocess.run([ecsdesk_cli, "scaling", "--cluster", "c", "--service", "web",
                                     "--endpoint-url", endpoint.url, "--region", endpoint.region] + list(args),
                                    env=endpoint.env(), capture_output=True, text=True, timeout=60)
            check(result.returncode == 0, "ecsdesk-cli scaling failed: %s" % result.stderr)
            return result.stdout
        report = json.loads(run("--format", "json"))
        check(report["scalableTarget"]["minCapacity"] == 1 and report["scalableTarget"]["maxCapacity"] == 10, report)
        policies = {p["name"]: p for p in report["policies"]}
        check(policies["cpu60"]["targetValue"] == 60.0 and policies["cpu60"]["scaleOutCooldown"] == 120
              and policies["cpu60"]["metric"] == "ECSServiceAverageCPUUtilization", policies["cpu60"])
        check(len(policies["cpu60"]["alarms"]) == 2, policies["cpu60"])
        check(policies["out"]["alarms"] == ["web-cpu-high"] and policies["out"]["stepAdjustments"][1]
              == {"lowerBound": 20, "upperBound": None, "scalingAdjustment": 3}, policies["out"])
        alarms = {a["name"]: a for a in report["alarms"]}
        check(len(alarms) == 3 and alarms["web-cpu-high"]["state"] == "ALARM"
              and alarms["web-cpu-high"]["threshold"] == 70.0, alarms)
        check(report["scheduledActions"] == [{"name": "nightly", "schedule": "cron(0 22 * * ? *)",
                                              "timezone": "Europe/Berlin", "minCapacity": 1, "maxCapacity": 3}],
              report["scheduledActions"])
        check(report["activities"][0]["description"] == "Setting desired count to 5."
              and "web-cpu-high" in report["activities"][0]["cause"], report["activities"])
        text = run()
        check("Scalable target service/c/web (ecs:service:DesiredCount): min 1, max 10" in text, text)
        check("out: step scaling, ChangeInCapacity, cooldown 300 s, steps [0, 20) +1; [20, +inf) +3" in text, text)
        check("alarm web-cpu-high (ALARM)" in text and "CPUUtilization Average >= 70 for 1 of 1 x 60 s" in text, text)
        check("Setting desired count to 5." in text, text)

        # `ecsdesk-cli alarms`: the cluster's alarms, not another cluster's; --service, --state, --fail-on-alarm.
        cw.put_metric_alarm(AlarmName="other-cluster", Namespace="AWS/ECS", MetricName="CPUUtilization",
                            Dimensions=[{"Name": "ClusterName", "Value": "elsewhere"}], Statistic="Average",
                            Period=60, EvaluationPeriods=1, Threshold=70.0, ComparisonOperator="GreaterThanThreshold")

        def alarms(*args):
            return subprocess.run([ecsdesk_cli, "alarms", "--cluster", "c", "--endpoint-url", endpoint.url,
                                   "--region", endpoint.region] + list(args),
                                  env=endpoint.env(), capture_output=True, text=True, timeout=60)
        listed = json.loads(alarms("--format", "json").stdout)
        check(sorted(a["name"] for a in listed) == sorted(report_names(report)), listed)
        check(all(a["service"] == "web" for a in listed), listed)
        in_alarm = json.loads(alarms("--format", "json", "--state", "ALARM").stdout)
        check([a["name"] for a in in_alarm] == ["web-cpu-high"] and in_alarm[0]["state"] == "ALARM", in_alarm)
        check(json.loads(alarms("--service", "api", "--format", "json").stdout) == [], "another service's alarms")
        check(alarms("--fail-on-alarm").returncode == 3, "--fail-on-alarm")
        text = alarms().stdout
        check("web-cpu-high  [ALARM]  service web" in text and "CPUUtilization Average ≥ 70, 1 of 1 × 60 s" in text,
              text)
        check(alarms("--state", "bogus").returncode == 2, "--state bogus")
    finally:
        endpoint.cleanup()


def report_names(report):
    return [a["name"] for a in report["alarms"]]


def main():
    binary = sys.argv[1]
    cli = sys.argv[sys.argv.index("--cli") + 1] if "--cli" in sys.argv else None
    ecsdesk_cli = sys.argv[sys.argv.index("--ecsdesk-cli") + 1] if "--ecsdesk-cli" in sys.argv else None
    if cli:
        aws_cli_query_protocol(binary, cli)
    if ecsdesk_cli:
        ecsdesk_cli_scaling_report(binary, ecsdesk_cli)
    if not cli and not ecsdesk_cli:
        target_tracking_creates_and_deletes_its_alarms(binary)
        alarm_operations_and_errors(binary)
        set_alarm_state_runs_the_matching_step(binary)
        evaluation_over_put_metric_data_flips_the_state(binary)
        scheduled_action_fires(binary)
        target_tracking_scales_from_its_own_alarms(binary)
        step_tables_are_checked_as_aws_checks_them(binary)
        percentile_and_metric_math_alarms_are_evaluated(binary)
    if failures:
        print("%d section(s) failed: %s" % (len(failures), ", ".join(failures)))
        return 1
    print("all sections passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
