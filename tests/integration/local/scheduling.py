# SPDX-License-Identifier: MIT
"""Issue 16 through boto3: DAEMON services (point 4) and the simulated clock (--time-scale).

Usage: scheduling.py ECSDESK_LOCAL_BINARY. Each section starts an endpoint of its own on a free loopback
port with a fresh data dir."""

import datetime
import os
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from localendpoint import LocalEndpoint  # noqa: E402

failures = []


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
        time.sleep(0.1)
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


def register(ecs, cluster, zone, stack="blue"):
    return ecs.register_container_instance(
        cluster=cluster,
        totalResources=[{"name": "CPU", "type": "INTEGER", "integerValue": 2048},
                        {"name": "MEMORY", "type": "INTEGER", "integerValue": 4096}],
        attributes=[{"name": "ecs.availability-zone", "value": zone}, {"name": "stack", "value": stack}],
    )["containerInstance"]["containerInstanceArn"]


@section
def daemon_services(binary):
    """A DAEMON service runs one task per ACTIVE instance that satisfies its constraints, follows
    instances registering, draining and deregistering, and reports desiredCount as their number."""
    endpoint = LocalEndpoint(binary, extra_args=["--step-ms", "50"]).start()
    try:
        ecs = endpoint.client("ecs")
        ecs.create_cluster(clusterName="d")
        instances = [register(ecs, "d", zone) for zone in ("us-east-1a", "us-east-1b", "us-east-1c")]
        ecs.register_task_definition(family="agent", networkMode="bridge", containerDefinitions=[
            {"name": "agent", "image": "amazon/cloudwatch-agent", "cpu": 64, "memory": 64}])

        # The parameters ECS rejects for DAEMON.
        message = expect_error("InvalidParameterException", ecs.create_service, cluster="d", serviceName="bad",
                               taskDefinition="agent", schedulingStrategy="DAEMON",
                               placementStrategy=[{"type": "spread", "field": "instanceId"}])
        check("placement strateg" in message.lower(), message)
        message = expect_error("InvalidParameterException", ecs.create_service, cluster="d", serviceName="bad",
                               taskDefinition="agent", schedulingStrategy="DAEMON", launchType="FARGATE")
        check("fargate" in message.lower(), message)
        expect_error("InvalidParameterException", ecs.create_service, cluster="d", serviceName="bad",
                     taskDefinition="agent", schedulingStrategy="DAEMON", desiredCount=2)

        service = ecs.create_service(cluster="d", serviceName="agent", taskDefinition="agent",
                                     schedulingStrategy="DAEMON")["service"]
        check(service["schedulingStrategy"] == "DAEMON", service)
        check(service["deploymentConfiguration"]["maximumPercent"] == 100
              and service["deploymentConfiguration"]["minimumHealthyPercent"] == 0, service["deploymentConfiguration"])

        def state():
            described = ecs.describe_services(cluster="d", services=["agent"])["services"][0]
            arns = ecs.list_tasks(cluster="d", serviceName="agent", desiredStatus="RUNNING")["taskArns"]
            tasks = ecs.describe_tasks(cluster="d", tasks=arns)["tasks"] if arns else []
            return described, sorted(t["containerInstanceArn"] for t in tasks if t["lastStatus"] == "RUNNING")

        def settled(expected_instances):
            described, on = state()
            return (described["desiredCount"] == len(expected_instances)
                    and described["runningCount"] == len(expected_instances)
                    and on == sorted(expected_instances))

        # Three instances: three tasks, one on each.
        check(wait_until(lambda: settled(instances)), state())

        # A fourth instance registers: one more task, on it.
        fourth = register(ecs, "d", "us-east-1a")
        instances.append(fourth)
        check(wait_until(lambda: settled(instances)), state())

        # Draining one stops its task; desiredCount follows.
        drained = instances[1]
        ecs.update_container_instances_state(cluster="d", containerInstances=[drained], status="DRAINING")
        remaining = [arn for arn in instances if arn != drained]
        check(wait_until(lambda: settled(remaining)), state())
        stopped = ecs.list_tasks(cluster="d", serviceName="agent", desiredStatus="STOPPED")["taskArns"]
        stopped_tasks = ecs.describe_tasks(cluster="d", tasks=stopped)["tasks"]
        check(any(t["containerInstanceArn"] == drained for t in stopped_tasks), stopped_tasks)

        # Back to ACTIVE: a task again.
        ecs.update_container_instances_state(cluster="d", containerInstances=[drained], status="ACTIVE")
        check(wait_until(lambda: settled(instances)), state())

        # Deregistering one (forced) takes it out.
        ecs.deregister_container_instance(cluster="d", containerInstance=fourth, force=True)
        instances.remove(fourth)
        check(wait_until(lambda: settled(instances)), state())

        # Placement constraints choose the instances: only the us-east-1a ones here.
        constrained = ecs.create_service(
            cluster="d", serviceName="zoned", taskDefinition="agent", schedulingStrategy="DAEMON",
            placementConstraints=[{"type": "memberOf", "expression": "attribute:ecs.availability-zone == us-east-1a"}]
        )["service"]
        check(constrained["schedulingStrategy"] == "DAEMON", constrained)

        def zoned():
            described = ecs.describe_services(cluster="d", services=["zoned"])["services"][0]
            return described["desiredCount"], described["runningCount"]
        check(wait_until(lambda: zoned() == (1, 1)), zoned())

        # UpdateService with a desiredCount is refused for DAEMON; deleting it stops its tasks.
        expect_error("InvalidParameterException", ecs.update_service, cluster="d", service="agent", desiredCount=5)
        ecs.delete_service(cluster="d", service="agent", force=True)
        check(wait_until(lambda: not ecs.list_tasks(cluster="d", serviceName="agent",
                                                    desiredStatus="RUNNING")["taskArns"]), "tasks left running")
    finally:
        endpoint.cleanup()


@section
def time_scale(binary):
    """ecsdesk-local --time-scale 60: a simulated minute passes in about a second of wall-clock time,
    so the per-minute metrics of a running service appear within seconds. Requests are still signed
    and checked against wall-clock time (boto3 signs with the real date)."""
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "60", "--step-ms", "1000"]).start()
    try:
        ecs = endpoint.client("ecs")
        cw = endpoint.client("cloudwatch")
        ecs.create_cluster(clusterName="fast")
        register(ecs, "fast", "us-east-1a")
        ecs.register_task_definition(family="web", networkMode="bridge", containerDefinitions=[
            {"name": "web", "image": "nginx", "cpu": 256, "memory": 256}])
        ecs.create_service(cluster="fast", serviceName="web", taskDefinition="web", desiredCount=1)
        started = time.time()

        def datapoints():
            now = datetime.datetime.now(datetime.timezone.utc)
            answer = cw.get_metric_statistics(
                Namespace="AWS/ECS", MetricName="CPUUtilization",
                Dimensions=[{"Name": "ClusterName", "Value": "fast"}, {"Name": "ServiceName", "Value": "web"}],
                StartTime=now - datetime.timedelta(hours=1), EndTime=now + datetime.timedelta(hours=20),
                Period=60, Statistics=["Average"])
            return answer["Datapoints"]
        # At scale 1 the first whole minute with a running task takes over a minute of real time.
        check(wait_until(lambda: len(datapoints()) >= 2, timeout=40), datapoints())
        print("     two metric minutes after %.1f s" % (time.time() - started))
    finally:
        endpoint.cleanup()


def main():
    binary = sys.argv[1]
    daemon_services(binary)
    time_scale(binary)
    if failures:
        print("%d section(s) failed: %s" % (len(failures), ", ".join(failures)))
        return 1
    print("all sections passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
