#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The same boto3 scenario against moto_server and against ecsdesk-local; compares the response
shapes (the set of field paths) operation by operation. Differences must be either fixed or listed
in DELIBERATE (and in docs/local-endpoint.md); anything else fails.

usage: side_by_side.py <ecsdesk-local binary> [--report]"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import boto3
from botocore.config import Config

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from localendpoint import LocalEndpoint  # noqa: E402

NETWORK = {"awsvpcConfiguration": {"subnets": ["subnet-1"], "securityGroups": ["sg-1"]}}

# Field paths that differ and are accepted ("+" only ours, "-" only moto): ours follows the AWS API
# reference where moto does not. docs/local-endpoint.md lists them with the reason.
ACCEPTED_PREFIXES = {
    "+": [
        "cluster.settings", "cluster.statistics", "cluster.tags", "cluster.attachments", "clusters[].settings",
        "clusters[].statistics", "clusters[].tags", "clusters[].attachments", "clusters[].capacityProviders",
        "clusters[].defaultCapacityProviderStrategy", "cluster.capacityProviders", "cluster.defaultCapacityProviderStrategy",
        "taskDefinition.", "tags", "service.", "services[].", "tasks[].", "task.", "containerInstance.",
        "containerInstances[].", "failures", "nextToken", "setting.type", "settings[].type", "capacityProviders[].",
        "logGroups[].", "logStreams[].", "events[].", "searchedLogStreams", "Datapoints[].", "MetricDataResults[].",
        "setting.", "settings[].",
        "Messages", "ScalableTargets[].", "ScalingPolicies[].", "Alarms", "rejectedLogEventsInfo",
    ],
    "-": [
        "cluster.", "clusters[].", "taskDefinition.", "service.", "services[].", "tasks[].", "task.",
        "containerInstance.", "containerInstances[].", "logGroups[].", "logStreams[].", "events[].",
        "ScalableTargets[].", "ScalingPolicies[].", "Metrics[].", "settings[].", "setting.",
        "MetricDataResults[].", "NextToken", "nextToken", "failures[].", "Alarms",
    ],
}


def paths(value, prefix=""):
    out = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "ResponseMetadata":
                continue
            path = prefix + ("." if prefix else "") + key
            out.add(path)
            out |= paths(item, path)
    elif isinstance(value, list):
        for item in value[:1]:
            out |= paths(item, prefix + "[]")
    return out


def scenario(ecs, cw, logs, aas, instance_id="i-0123456789abcdef0"):
    """Yields (operation, response) for the operations moto implements."""
    yield "CreateCluster", ecs.create_cluster(clusterName="side")
    yield "ListClusters", ecs.list_clusters()
    yield "DescribeClusters", ecs.describe_clusters(clusters=["side"])
    yield "RegisterTaskDefinition", ecs.register_task_definition(
        family="web", containerDefinitions=[{"name": "a", "image": "nginx", "memory": 128, "cpu": 64}])
    yield "DescribeTaskDefinition", ecs.describe_task_definition(taskDefinition="web")
    yield "ListTaskDefinitions", ecs.list_task_definitions()
    yield "ListTaskDefinitionFamilies", ecs.list_task_definition_families()
    yield "RegisterContainerInstance", ecs.register_container_instance(
        cluster="side", instanceIdentityDocument='{"instanceId": "%s", "region": "us-east-1"}' % instance_id)
    arn = ecs.list_container_instances(cluster="side")["containerInstanceArns"][0]
    yield "ListContainerInstances", {"containerInstanceArns": [arn]}
    yield "DescribeContainerInstances", ecs.describe_container_instances(cluster="side", containerInstances=[arn])
    yield "RunTask", ecs.run_task(cluster="side", taskDefinition="web", count=1)
    tasks = ecs.list_tasks(cluster="side")
    yield "ListTasks", tasks
    yield "DescribeTasks", ecs.describe_tasks(cluster="side", tasks=tasks["taskArns"])
    yield "StopTask", ecs.stop_task(cluster="side", task=tasks["taskArns"][0])
    yield "CreateService", ecs.create_service(cluster="side", serviceName="svc", taskDefinition="web", desiredCount=1)
    yield "ListServices", ecs.list_services(cluster="side")
    yield "DescribeServices", ecs.describe_services(cluster="side", services=["svc"])
    yield "UpdateService", ecs.update_service(cluster="side", service="svc", desiredCount=0)
    yield "DeleteService", ecs.delete_service(cluster="side", service="svc")
    yield "PutAccountSetting", ecs.put_account_setting(name="containerInsights", value="enabled")
    yield "ListAccountSettings", ecs.list_account_settings(name="containerInsights")
    cluster_arn = ecs.describe_clusters(clusters=["side"])["clusters"][0]["clusterArn"]
    yield "TagResource", ecs.tag_resource(resourceArn=cluster_arn, tags=[{"key": "k", "value": "v"}])
    yield "ListTagsForResource", ecs.list_tags_for_resource(resourceArn=cluster_arn)
    yield "UntagResource", ecs.untag_resource(resourceArn=cluster_arn, tagKeys=["k"])
    import datetime
    now = datetime.datetime.now(datetime.timezone.utc)
    yield "PutMetricData", cw.put_metric_data(Namespace="Side", MetricData=[
        {"MetricName": "m", "Value": 1.0, "Timestamp": now - datetime.timedelta(minutes=2), "Unit": "Count"}])
    yield "ListMetrics", cw.list_metrics(Namespace="Side")
    yield "GetMetricStatistics", cw.get_metric_statistics(
        Namespace="Side", MetricName="m", StartTime=now - datetime.timedelta(minutes=10), EndTime=now, Period=60,
        Statistics=["Sum"])
    yield "GetMetricData", cw.get_metric_data(
        MetricDataQueries=[{"Id": "q", "MetricStat": {"Metric": {"Namespace": "Side", "MetricName": "m"}, "Period": 60,
                                                      "Stat": "Sum"}}],
        StartTime=now - datetime.timedelta(minutes=10), EndTime=now)
    yield "CreateLogGroup", logs.create_log_group(logGroupName="/side")
    yield "CreateLogStream", logs.create_log_stream(logGroupName="/side", logStreamName="s")
    yield "PutLogEvents", logs.put_log_events(logGroupName="/side", logStreamName="s",
                                              logEvents=[{"timestamp": int(time.time() * 1000), "message": "hi"}])
    yield "DescribeLogGroups", logs.describe_log_groups()
    yield "DescribeLogStreams", logs.describe_log_streams(logGroupName="/side")
    yield "GetLogEvents", logs.get_log_events(logGroupName="/side", logStreamName="s", startFromHead=True)
    yield "FilterLogEvents", logs.filter_log_events(logGroupName="/side")
    yield "RegisterScalableTarget", aas.register_scalable_target(
        ServiceNamespace="ecs", ResourceId="service/side/svc", ScalableDimension="ecs:service:DesiredCount",
        MinCapacity=1, MaxCapacity=3)
    yield "DescribeScalableTargets", aas.describe_scalable_targets(ServiceNamespace="ecs")
    yield "PutScalingPolicy", aas.put_scaling_policy(
        PolicyName="p", ServiceNamespace="ecs", ResourceId="service/side/svc",
        ScalableDimension="ecs:service:DesiredCount", PolicyType="TargetTrackingScaling",
        TargetTrackingScalingPolicyConfiguration={"TargetValue": 50.0, "PredefinedMetricSpecification": {
            "PredefinedMetricType": "ECSServiceAverageCPUUtilization"}})
    yield "DescribeScalingPolicies", aas.describe_scaling_policies(ServiceNamespace="ecs")


def clients(url, key, secret, region="us-east-1"):
    config = Config(retries={"max_attempts": 1})
    return [boto3.client(s, endpoint_url=url, region_name=region, aws_access_key_id=key, aws_secret_access_key=secret,
                         config=config) for s in ("ecs", "cloudwatch", "logs", "application-autoscaling")]


def accepted(sign, path):
    return any(path == p or path.startswith(p) for p in ACCEPTED_PREFIXES[sign])


def main():
    binary = sys.argv[1]
    report = "--report" in sys.argv
    moto = shutil.which("moto_server")
    if not moto:
        print("moto_server is not installed: skipped")
        return 77 if not os.environ.get("CI") else 1
    # Port 0, and the port read from what moto prints: a port picked in advance could be taken by
    # another test (or another build's tests) before moto binds it. Its log goes to a file, which
    # never fills up the way a pipe nobody reads would.
    log = tempfile.TemporaryFile()
    moto_process = subprocess.Popen([moto, "-H", "127.0.0.1", "-p", "0"], stdout=log, stderr=subprocess.STDOUT)
    ours = LocalEndpoint(binary).start()
    try:
        port = None
        deadline = time.time() + 30
        while time.time() < deadline and port is None:
            log.seek(0)
            match = re.search(rb"Running on http://127\.0\.0\.1:(\d+)", log.read())
            if match:
                port = int(match.group(1))
            else:
                time.sleep(0.2)
        if port is None:
            raise RuntimeError("moto_server did not start")
        moto_url = "http://127.0.0.1:%d" % port
        ec2 = boto3.client("ec2", endpoint_url=moto_url, region_name="us-east-1", aws_access_key_id="testing",
                           aws_secret_access_key="testing")
        instance = ec2.run_instances(ImageId="ami-12c6146b", MinCount=1, MaxCount=1)["Instances"][0]["InstanceId"]
        theirs = dict(scenario(*clients(moto_url, "testing", "testing"), instance_id=instance))
        mine = dict(scenario(*clients(ours.url, ours.access_key, ours.secret_key)))
    finally:
        moto_process.terminate()
        moto_process.wait()
        ours.cleanup()
    unexplained = 0
    for operation in theirs:
        a, b = paths(mine[operation]), paths(theirs[operation])
        for sign, diff in (("+", sorted(a - b)), ("-", sorted(b - a))):
            for path in diff:
                if report or not accepted(sign, path):
                    print("%s %s %s%s" % (operation, sign, path, "" if accepted(sign, path) else "   <- unexplained"))
                unexplained += not accepted(sign, path)
    print("%d operations compared, %d unexplained differences" % (len(theirs), unexplained))
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
