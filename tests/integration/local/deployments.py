#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Issue 17: service deployments and revisions on ecsdesk-local, through boto3 1.43 and the AWS CLI v1
(AWS CLI v2.9 predates these operations).

- a deployment of a revision whose essential container exits (ecsdesk.sim.exit-after) is rolled back
  by the circuit breaker: ListServiceDeployments lists it ROLLBACK_SUCCESSFUL with its reason,
  DescribeServiceDeployments shows the rollback and the tripped breaker, DescribeServiceRevisions
  returns both revisions;
- StopServiceDeployment ROLLBACK in the middle of a deployment, ABORT, and its refusals;
- a deployment whose alarm (deploymentConfiguration.alarms) enters ALARM through SetAlarmState is
  rolled back;
- ListServiceDeployments' status and createdAt filters and its pages;
- UpdateService / CreateService refuse bad values with ECS's code and text.

usage: deployments.py <ecsdesk-local binary> [aws CLI v1]"""

import json
import os
import subprocess
import sys
import time

from botocore.exceptions import ClientError

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from localendpoint import LocalEndpoint  # noqa: E402

failures = []
NET = {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d"], "securityGroups": ["sg-0a1b2c3d"]}}


def check(what, condition, detail=""):
    if condition:
        print("ok   " + what)
    else:
        failures.append(what)
        print("FAIL %s %s" % (what, detail))


def expect_error(what, code, call, message=None, **kwargs):
    try:
        call(**kwargs)
    except ClientError as error:
        got = error.response["Error"]
        ok = got["Code"] == code and (message is None or got.get("Message") == message)
        check(what, ok, "got %s %r" % (got["Code"], got.get("Message")))
        return
    check(what, False, "accepted")


def wait_for(what, probe, timeout=90):
    deadline = time.time() + timeout
    value = None
    while time.time() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.25)
    check(what, False, "timed out; last %r" % (value,))
    return None


def main():
    binary = sys.argv[1]
    cli = sys.argv[2] if len(sys.argv) > 2 else None
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "20", "--step-ms", "100"]).start()
    try:
        run(endpoint, cli)
    finally:
        endpoint.cleanup()
    if failures:
        print("%d failure(s): %s" % (len(failures), ", ".join(failures)))
        return 1
    print("all passed")
    return 0


def register(ecs, image="nginx:1.25", **labels):
    # A container health check (healthy after its 5 s interval): a new task counts as healthy for the
    # rolling update only then, so the crashing revision's tasks (exiting after 1 s) never replace the
    # old ones and fail until the circuit breaker trips.
    check_command = {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"], "interval": 5, "retries": 3}
    return ecs.register_task_definition(
        family="web", requiresCompatibilities=["FARGATE"], networkMode="awsvpc", cpu="256", memory="512",
        containerDefinitions=[{"name": "app", "image": image, "essential": True, "dockerLabels": labels,
                               "healthCheck": check_command}],
    )["taskDefinition"]["taskDefinitionArn"]


def deployments_of(ecs, service, **kwargs):
    return ecs.list_service_deployments(cluster="shop", service=service, **kwargs)["serviceDeployments"]


def newest_finished(ecs, service, wanted):
    listed = deployments_of(ecs, service)
    return listed[0] if listed and listed[0]["status"] in wanted else None


FINISHED = ("SUCCESSFUL", "STOPPED", "ROLLBACK_SUCCESSFUL", "ROLLBACK_FAILED")


def run(endpoint, cli):
    ecs = endpoint.client("ecs")
    cloudwatch = endpoint.client("cloudwatch")
    ecs.create_cluster(clusterName="shop")
    good = register(ecs)
    crashing = register(ecs, "nginx:broken", **{"ecsdesk.sim.exit-after": "1", "ecsdesk.sim.exit-code": "1"})
    better = register(ecs, "nginx:1.27")

    # --- CreateService: the first service deployment, SUCCESSFUL once the service is steady.
    ecs.create_service(cluster="shop", serviceName="web", taskDefinition=good, desiredCount=2, launchType="FARGATE",
                       networkConfiguration=NET,
                       deploymentConfiguration={"deploymentCircuitBreaker": {"enable": True, "rollback": True}})
    first = wait_for("create's deployment SUCCESSFUL", lambda: newest_finished(ecs, "web", FINISHED))
    check("create's deployment SUCCESSFUL", first and first["status"] == "SUCCESSFUL", first)
    service = ecs.describe_services(cluster="shop", services=["web"])["services"][0]
    check("service names its current deployment", service.get("currentServiceDeployment") == first["serviceDeploymentArn"])
    check("service lists its current revision",
          [r["arn"] for r in service.get("currentServiceRevisions", [])] == [first["targetServiceRevisionArn"]],
          service.get("currentServiceRevisions"))

    # --- The circuit breaker rolls back a revision whose essential container exits.
    ecs.update_service(cluster="shop", service="web", taskDefinition=crashing)
    rolled = wait_for("circuit breaker rollback finished", lambda: newest_finished(ecs, "web", FINISHED), 120)
    check("circuit breaker: ROLLBACK_SUCCESSFUL", rolled and rolled["status"] == "ROLLBACK_SUCCESSFUL", rolled)
    if rolled:
        check("circuit breaker: reason", "circuit breaker" in rolled.get("statusReason", ""), rolled.get("statusReason"))
        full = ecs.describe_service_deployments(serviceDeploymentArns=[rolled["serviceDeploymentArn"]])
        detail = full["serviceDeployments"][0]
        check("describe: no failures", full["failures"] == [])
        check("describe: breaker TRIGGERED", detail["deploymentCircuitBreaker"]["status"] == "TRIGGERED",
              detail["deploymentCircuitBreaker"])
        check("describe: failures reached the threshold",
              detail["deploymentCircuitBreaker"]["failureCount"] >= detail["deploymentCircuitBreaker"]["threshold"] == 3,
              detail["deploymentCircuitBreaker"])
        check("describe: rollback to the first revision",
              detail.get("rollback", {}).get("serviceRevisionArn") == first["targetServiceRevisionArn"], detail.get("rollback"))
        check("describe: source is the first revision",
              [s["arn"] for s in detail["sourceServiceRevisions"]] == [first["targetServiceRevisionArn"]])
        check("describe: started and finished", "startedAt" in detail and "finishedAt" in detail)
        revisions = ecs.describe_service_revisions(
            serviceRevisionArns=[first["targetServiceRevisionArn"], rolled["targetServiceRevisionArn"]])
        check("revisions: both returned", [r["taskDefinition"] for r in revisions["serviceRevisions"]] == [good, crashing],
              revisions)
        check("revisions: network and launch type recorded",
              all(r.get("launchType") == "FARGATE" and r.get("networkConfiguration") == NET
                  for r in revisions["serviceRevisions"]))
        check("revisions: images", revisions["serviceRevisions"][1]["containerImages"]
              == [{"containerName": "app", "image": "nginx:broken"}])
    service = ecs.describe_services(cluster="shop", services=["web"])["services"][0]
    check("service back on the first task definition",
          service["taskDefinition"] == good and [d["taskDefinition"] for d in service["deployments"]] == [good],
          [d["taskDefinition"] for d in service["deployments"]])
    check("service event: rolling back", any("rolling back to deployment" in e["message"] for e in service["events"]))

    # --- StopServiceDeployment ROLLBACK in the middle of a deployment.
    ecs.update_service(cluster="shop", service="web", taskDefinition=better)
    current = deployments_of(ecs, "web")[0]
    check("new deployment in progress", current["status"] in ("PENDING", "IN_PROGRESS"), current["status"])
    answer = ecs.stop_service_deployment(serviceDeploymentArn=current["serviceDeploymentArn"], stopType="ROLLBACK")
    check("stop answers the ARN", answer["serviceDeploymentArn"] == current["serviceDeploymentArn"])
    after = ecs.describe_service_deployments(serviceDeploymentArns=[current["serviceDeploymentArn"]])["serviceDeployments"][0]
    check("stop: ROLLBACK_REQUESTED", after["status"] in ("ROLLBACK_REQUESTED", "ROLLBACK_IN_PROGRESS"), after["status"])
    stopped = wait_for("stop rollback finished", lambda: newest_finished(ecs, "web", FINISHED))
    check("stop: ROLLBACK_SUCCESSFUL", stopped and stopped["status"] == "ROLLBACK_SUCCESSFUL", stopped)
    service = ecs.describe_services(cluster="shop", services=["web"])["services"][0]
    check("stop: back on the first task definition", service["taskDefinition"] == good, service["taskDefinition"])
    expect_error("stop: a finished deployment is a conflict", "ConflictException", ecs.stop_service_deployment,
                 serviceDeploymentArn=current["serviceDeploymentArn"], stopType="ROLLBACK")
    expect_error("stop: unknown ARN", "ServiceDeploymentNotFoundException", ecs.stop_service_deployment,
                 serviceDeploymentArn=current["serviceDeploymentArn"][:-3] + "000")

    # --- ABORT: the deployment stops where it is.
    ecs.update_service(cluster="shop", service="web", taskDefinition=better)
    current = deployments_of(ecs, "web")[0]
    ecs.stop_service_deployment(serviceDeploymentArn=current["serviceDeploymentArn"], stopType="ABORT")
    aborted = wait_for("abort finished", lambda: newest_finished(ecs, "web", FINISHED))
    check("abort: STOPPED", aborted and aborted["status"] == "STOPPED", aborted)

    # --- A CloudWatch alarm that enters ALARM during the deployment rolls it back.
    cloudwatch.put_metric_alarm(AlarmName="web-5xx", Namespace="AWS/ApplicationELB", MetricName="HTTPCode_Target_5XX_Count",
                                Statistic="Sum", Period=60, EvaluationPeriods=1, Threshold=10,
                                ComparisonOperator="GreaterThanThreshold")
    ecs.update_service(cluster="shop", service="web", taskDefinition=good, forceNewDeployment=True,
                       deploymentConfiguration={"alarms": {"alarmNames": ["web-5xx"], "enable": True, "rollback": False}})
    wait_for("steady on the first task definition", lambda: newest_finished(ecs, "web", FINISHED))
    ecs.update_service(cluster="shop", service="web", taskDefinition=better,
                       deploymentConfiguration={"alarms": {"alarmNames": ["web-5xx"], "enable": True, "rollback": True}})
    current = deployments_of(ecs, "web")[0]
    cloudwatch.set_alarm_state(AlarmName="web-5xx", StateValue="ALARM", StateReason="5xx during the deployment")
    alarmed = wait_for("alarm rollback finished", lambda: newest_finished(ecs, "web", FINISHED))
    check("alarm: ROLLBACK_SUCCESSFUL", alarmed and alarmed["status"] == "ROLLBACK_SUCCESSFUL"
          and alarmed["serviceDeploymentArn"] == current["serviceDeploymentArn"], alarmed)
    detail = ecs.describe_service_deployments(serviceDeploymentArns=[current["serviceDeploymentArn"]])["serviceDeployments"][0]
    check("alarm: TRIGGERED by web-5xx", detail["alarms"]["status"] == "TRIGGERED"
          and detail["alarms"]["triggeredAlarmNames"] == ["web-5xx"], detail["alarms"])
    check("alarm: reason names the alarm", "web-5xx" in detail.get("statusReason", ""), detail.get("statusReason"))
    service = ecs.describe_services(cluster="shop", services=["web"])["services"][0]
    check("alarm: back on the first task definition", service["taskDefinition"] == good, service["taskDefinition"])

    # --- Filters and pages.
    everything = deployments_of(ecs, "web")
    check("list: newest first", [d["createdAt"] for d in everything] == sorted((d["createdAt"] for d in everything), reverse=True))
    check("list: every deployment", len(everything) == 6, len(everything))
    rollbacks = deployments_of(ecs, "web", status=["ROLLBACK_SUCCESSFUL"])
    check("list: status filter", len(rollbacks) == 3 and all(d["status"] == "ROLLBACK_SUCCESSFUL" for d in rollbacks),
          [d["status"] for d in rollbacks])
    two = deployments_of(ecs, "web", status=["SUCCESSFUL", "STOPPED"])
    check("list: two statuses", {d["status"] for d in two} <= {"SUCCESSFUL", "STOPPED"} and len(two) == 3,
          [d["status"] for d in two])
    # boto3 sends whole epoch seconds: the expected lists compare with what it sends.
    pivot = int(everything[2]["createdAt"].timestamp())
    newer = deployments_of(ecs, "web", createdAt={"after": pivot})
    older = deployments_of(ecs, "web", createdAt={"before": pivot})
    check("list: createdAt after", [d["serviceDeploymentArn"] for d in newer]
          == [d["serviceDeploymentArn"] for d in everything if d["createdAt"].timestamp() >= pivot] and len(newer) >= 3,
          len(newer))
    check("list: createdAt before", [d["serviceDeploymentArn"] for d in older]
          == [d["serviceDeploymentArn"] for d in everything if d["createdAt"].timestamp() <= pivot] and len(older) >= 3,
          len(older))
    pages, token = [], None
    while True:
        kwargs = {"maxResults": 2}
        if token:
            kwargs["nextToken"] = token
        answer = ecs.list_service_deployments(cluster="shop", service="web", **kwargs)
        pages.append(answer["serviceDeployments"])
        token = answer.get("nextToken")
        if not token:
            break
    check("list: pages of 2 give every deployment once",
          [d["serviceDeploymentArn"] for page in pages for d in page] == [d["serviceDeploymentArn"] for d in everything]
          and [len(p) for p in pages] == [2, 2, 2], [len(p) for p in pages])
    expect_error("list: forged token", "InvalidParameterException", ecs.list_service_deployments,
                 cluster="shop", service="web", nextToken="forged")
    expect_error("list: unknown service", "ServiceNotFoundException", ecs.list_service_deployments,
                 cluster="shop", service="nope")
    expect_error("list: unknown cluster", "ClusterNotFoundException", ecs.list_service_deployments,
                 cluster="nope", service="web")
    missing = ecs.describe_service_revisions(serviceRevisionArns=[first["targetServiceRevisionArn"] + "9"])
    check("revisions: unknown ARN is a MISSING failure",
          missing["serviceRevisions"] == [] and missing["failures"][0]["reason"] == "MISSING", missing)
    expect_error("describe: more than 20 ARNs", "InvalidParameterException", ecs.describe_service_deployments,
                 serviceDeploymentArns=[first["serviceDeploymentArn"]] * 21)

    # --- DeleteService deletes the service's deployments and revisions, as ECS does.
    ecs.create_service(cluster="shop", serviceName="gone", taskDefinition=good, desiredCount=1, launchType="FARGATE",
                       networkConfiguration=NET)
    gone = deployments_of(ecs, "gone")[0]
    ecs.delete_service(cluster="shop", service="gone", force=True)
    check("delete: deployments deleted", ecs.describe_service_deployments(
        serviceDeploymentArns=[gone["serviceDeploymentArn"]])["failures"][0]["reason"] == "MISSING")
    check("delete: revisions deleted", ecs.describe_service_revisions(
        serviceRevisionArns=[gone["targetServiceRevisionArn"]])["failures"][0]["reason"] == "MISSING")

    # --- Bad service values are refused with ECS's texts.
    refusals(ecs, good)

    if cli:
        through_cli(endpoint, cli, everything, first)


def refusals(ecs, good):
    # (what, UpdateService fields, ECS's message; None: the input model's range message)
    bad_updates = [
        ("minimumHealthyPercent above 100", {"deploymentConfiguration": {"minimumHealthyPercent": 150}},
         "minimumHealthyPercent must be between 0 and 100."),
        ("maximumPercent below minimumHealthyPercent",
         {"deploymentConfiguration": {"maximumPercent": 80, "minimumHealthyPercent": 90}},
         "maximumPercent must be greater than or equal to minimumHealthyPercent."),
        ("alarms enabled without names",
         {"deploymentConfiguration": {"alarms": {"alarmNames": [], "enable": True, "rollback": True}}},
         "At least one alarm name is required when alarms are enabled."),
        ("capacity provider weight above 1000", {"capacityProviderStrategy": [{"capacityProvider": "FARGATE", "weight": 1001}]},
         None),
        ("negative health check grace period", {"healthCheckGracePeriodSeconds": -1},
         "healthCheckGracePeriodSeconds must be at least 0."),
        ("memberOf without an expression", {"placementConstraints": [{"type": "memberOf"}]},
         "A memberOf placement constraint requires an expression."),
        ("spread without a field", {"placementStrategy": [{"type": "spread"}]},
         "The spread placement strategy requires a field."),
        ("17 subnets", {"networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-%d" % i for i in range(17)]}}},
         "At most 16 subnets can be specified."),
        ("unknown propagateTags", {"propagateTags": "EVERYTHING"}, None),
    ]
    for what, fields, message in bad_updates:
        expect_error("update refused: " + what, "InvalidParameterException", ecs.update_service, message=message,
                     cluster="shop", service="web", **fields)
    service = ecs.describe_services(cluster="shop", services=["web"])["services"][0]
    check("refused updates changed nothing", service["deploymentConfiguration"].get("maximumPercent") == 200
          and service.get("propagateTags") == "NONE", service["deploymentConfiguration"])
    # Accepted: many fields in one UpdateService call, returned by DescribeServices.
    ecs.update_service(cluster="shop", service="web", desiredCount=3, healthCheckGracePeriodSeconds=30,
                       enableExecuteCommand=True, propagateTags="SERVICE", enableECSManagedTags=True,
                       availabilityZoneRebalancing="ENABLED",
                       deploymentConfiguration={"maximumPercent": 150, "minimumHealthyPercent": 50,
                                                "deploymentCircuitBreaker": {"enable": True, "rollback": False}})
    service = ecs.describe_services(cluster="shop", services=["web"])["services"][0]
    check("update: fields stored", service["desiredCount"] == 3 and service.get("healthCheckGracePeriodSeconds") == 30
          and service.get("enableExecuteCommand") is True and service.get("propagateTags") == "SERVICE"
          and service.get("enableECSManagedTags") is True and service.get("availabilityZoneRebalancing") == "ENABLED"
          and service["deploymentConfiguration"]["maximumPercent"] == 150
          and service["deploymentConfiguration"]["deploymentCircuitBreaker"] == {"enable": True, "rollback": False},
          {k: service.get(k) for k in ("desiredCount", "healthCheckGracePeriodSeconds", "enableExecuteCommand",
                                       "propagateTags", "enableECSManagedTags", "availabilityZoneRebalancing",
                                       "deploymentConfiguration")})
    # A settings change that needs new tasks (here the service registries) is a new deployment and revision.
    before = deployments_of(ecs, "web")[0]["serviceDeploymentArn"]
    registries = [{"registryArn": "arn:aws:servicediscovery:us-east-1:123456789012:service/srv-0a1b2c3d4e5f"}]
    ecs.update_service(cluster="shop", service="web", serviceRegistries=registries)
    latest = deployments_of(ecs, "web")[0]
    revision = ecs.describe_service_revisions(serviceRevisionArns=[latest["targetServiceRevisionArn"]])["serviceRevisions"][0]
    check("update: registries start a deployment", latest["serviceDeploymentArn"] != before
          and revision["serviceRegistries"] == registries, revision.get("serviceRegistries"))
    expect_error("create refused: launch type and capacity provider strategy", "InvalidParameterException",
                 ecs.create_service, cluster="shop", serviceName="both", taskDefinition=good, desiredCount=1,
                 launchType="FARGATE", capacityProviderStrategy=[{"capacityProvider": "FARGATE", "weight": 1}],
                 networkConfiguration=NET,
                 message="Specifying both a launch type and capacity provider strategy is not supported. "
                         "Remove one and try again.")


def through_cli(endpoint, cli, everything, first):
    env = endpoint.env()

    def aws(*args):
        done = subprocess.run([cli, "ecs", *args, "--endpoint-url", endpoint.url, "--region", endpoint.region,
                               "--output", "json"], env=env, capture_output=True, text=True, timeout=60)
        return done.returncode, done.stdout, done.stderr

    code, out, err = aws("list-service-deployments", "--cluster", "shop", "--service", "web",
                         "--status", "ROLLBACK_SUCCESSFUL")
    listed = json.loads(out)["serviceDeployments"] if code == 0 else []
    check("cli: list-service-deployments --status", code == 0 and len(listed) == 3, err)
    code, out, err = aws("describe-service-deployments", "--service-deployment-arns", listed[0]["serviceDeploymentArn"]
                         if listed else "x")
    check("cli: describe-service-deployments", code == 0
          and json.loads(out)["serviceDeployments"][0]["status"] == "ROLLBACK_SUCCESSFUL", err)
    code, out, err = aws("describe-service-revisions", "--service-revision-arns", first["targetServiceRevisionArn"])
    check("cli: describe-service-revisions", code == 0
          and json.loads(out)["serviceRevisions"][0]["serviceRevisionArn"] == first["targetServiceRevisionArn"], err)
    code, out, err = aws("stop-service-deployment", "--service-deployment-arn", everything[0]["serviceDeploymentArn"],
                         "--stop-type", "ROLLBACK")
    check("cli: stop-service-deployment of a finished deployment fails", code in (254, 255) and "ConflictException" in err,
          (code, err))


if __name__ == "__main__":
    sys.exit(main())
