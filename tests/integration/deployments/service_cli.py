# SPDX-License-Identifier: MIT
"""`ecsdesk-cli service deployments|rollback` (issue 17) against ecsdesk-local (simulated time 20x):

- a service deployed with web:1, then web:2 (the update through AWS CLI v1): `service deployments`
  lists both, newest first, as json, csv and text;
- `service rollback --dry-run` prints the way back (the container's image) and changes nothing;
- `service rollback` updates the service back to web:1 (UpdateService with the revision's task
  definition and settings), `--to web:2` forward again;
- in the middle of a deployment (web:3, whose health check fails, no circuit breaker)
  `service rollback` stops it with ROLLBACK and the service ends on web:2, ROLLBACK_SUCCESSFUL;
- a revision whose tasks fail their health check is rolled back by the circuit breaker and listed
  ROLLBACK_SUCCESSFUL with trigger circuit-breaker;
- usage errors exit 2, an unknown service exits 1 with ECS's error on stderr.

usage: service_cli.py ECSDESK_LOCAL ECSDESK_CLI"""

import csv
import io
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "local"))
from localendpoint import LocalEndpoint  # noqa: E402

NET = {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d"], "securityGroups": ["sg-0a1b2c3d"]}}
FINISHED = ("SUCCESSFUL", "STOPPED", "ROLLBACK_SUCCESSFUL", "ROLLBACK_FAILED")


def wait_for(what, probe, timeout=90):
    deadline = time.time() + timeout
    value = None
    while time.time() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError("timed out waiting for %s; last %r" % (what, value))


def main():
    local_binary, cli = sys.argv[1], sys.argv[2]
    endpoint = LocalEndpoint(local_binary, extra_args=["--time-scale", "20", "--step-ms", "100"]).start()
    try:
        run(endpoint, cli)
    finally:
        endpoint.cleanup()
    print("all passed")
    return 0


def run(endpoint, cli):
    ecs = endpoint.client("ecs")
    env = endpoint.env()

    def register(image, health=None, **labels):
        container = {"name": "app", "image": image, "essential": True, "dockerLabels": labels}
        if health:
            container["healthCheck"] = health
        return ecs.register_task_definition(
            family="web", requiresCompatibilities=["FARGATE"], networkMode="awsvpc", cpu="256", memory="512",
            containerDefinitions=[container],
        )["taskDefinition"]["taskDefinitionArn"]

    def newest():
        listed = ecs.list_service_deployments(cluster="shop", service="web")["serviceDeployments"]
        listed.sort(key=lambda d: d["createdAt"], reverse=True)
        return listed[0] if listed else None

    def settled():
        d = newest()
        return d if d and d["status"] in FINISHED else None

    def task_definition():
        return ecs.describe_services(cluster="shop", services=["web"])["services"][0]["taskDefinition"]

    def service(*args):
        return subprocess.run([cli, "service"] + list(args) + ["--endpoint-url", endpoint.url, "--region",
                                                              endpoint.region],
                              env=env, capture_output=True, text=True, timeout=120)

    ecs.create_cluster(clusterName="shop")
    web1 = register("nginx:1.25")
    web2 = register("nginx:1.27")
    # Its health check fails: its tasks never become healthy, so its deployment never completes.
    web3 = register("nginx:broken", {"command": ["CMD-SHELL", "exit 1"], "interval": 5, "retries": 2},
                    **{"ecsdesk.sim.health": "failing"})
    ecs.create_service(cluster="shop", serviceName="web", taskDefinition=web1, desiredCount=1, launchType="FARGATE",
                       networkConfiguration=NET)
    first = wait_for("web:1 deployed", settled)
    assert first["status"] == "SUCCESSFUL", first
    subprocess.run(["aws", "ecs", "update-service", "--cluster", "shop", "--service", "web", "--task-definition",
                    "web:2", "--endpoint-url", endpoint.url, "--region", endpoint.region, "--output", "json"],
                   env=env, check=True, capture_output=True)
    wait_for("web:2 deployed", lambda: (settled() or {}).get("serviceDeploymentArn") not in (None, first["serviceDeploymentArn"]))
    assert settled()["status"] == "SUCCESSFUL"

    # --- deployments: json, csv, text.
    done = service("deployments", "--cluster", "shop", "--service", "web", "--format", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [r["taskDefinition"] for r in rows] == ["web:2", "web:1"], rows
    assert all(r["status"] == "SUCCESSFUL" and r["trigger"] == "user" for r in rows), rows
    assert rows[1]["serviceDeploymentArn"] == first["serviceDeploymentArn"], rows
    assert rows[1]["serviceRevisionArn"] == first["targetServiceRevisionArn"], rows
    assert rows[0]["startedAt"] and rows[0]["finishedAt"], rows[0]
    print("ok   deployments --format json")
    done = service("deployments", "--cluster", "shop", "--service", "web", "--format", "csv")
    assert done.returncode == 0, done.stderr
    records = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [r["taskDefinition"] for r in records] == ["web:2", "web:1"], records
    assert records[1]["deployment"] == first["serviceDeploymentArn"].split("/")[-1], records
    print("ok   deployments --format csv")
    done = service("deployments", "--cluster", "shop", "--service", "web")
    assert done.returncode == 0 and "web:2" in done.stdout and "SUCCESSFUL" in done.stdout, done.stdout
    print("ok   deployments (text)")

    # --- rollback --dry-run: the diff, nothing changes.
    done = service("rollback", "--cluster", "shop", "--service", "web", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "(web:1)" in done.stdout, done.stdout
    assert "containerDefinitions[name=app].image" in done.stdout and '"nginx:1.25"' in done.stdout, done.stdout
    assert task_definition() == web2 and len(ecs.list_service_deployments(cluster="shop", service="web")
                                             ["serviceDeployments"]) == 2
    print("ok   rollback --dry-run")

    # --- rollback when settled: UpdateService back to web:1, then --to web:2.
    done = service("rollback", "--cluster", "shop", "--service", "web")
    assert done.returncode == 0, done.stderr
    assert task_definition() == web1, task_definition()
    back = wait_for("rollback deployed", settled)
    assert back["status"] == "SUCCESSFUL", back
    revision = ecs.describe_service_revisions(serviceRevisionArns=[back["targetServiceRevisionArn"]])["serviceRevisions"][0]
    assert revision["taskDefinition"] == web1 and revision.get("networkConfiguration") == NET, revision
    print("ok   rollback to the earlier revision")
    done = service("rollback", "--cluster", "shop", "--service", "web", "--to", "web:2")
    assert done.returncode == 0, done.stderr
    assert task_definition() == web2
    forward = wait_for("forward deployed", lambda: (settled() or {}).get("serviceDeploymentArn") != back["serviceDeploymentArn"]
                       and settled())
    assert forward["status"] == "SUCCESSFUL", forward
    done = service("rollback", "--cluster", "shop", "--service", "web", "--to", "web:2")
    assert done.returncode == 1 and "already runs" in done.stderr, (done.returncode, done.stderr)
    done = service("rollback", "--cluster", "shop", "--service", "web", "--to", "web:9")
    assert done.returncode == 1 and "web:9" in done.stderr, (done.returncode, done.stderr)
    print("ok   rollback --to, and its refusals")

    # --- rollback in the middle of a deployment: StopServiceDeployment ROLLBACK.
    ecs.update_service(cluster="shop", service="web", taskDefinition=web3,
                       deploymentConfiguration={"deploymentCircuitBreaker": {"enable": False, "rollback": False}})
    moving = newest()
    assert moving["status"] in ("PENDING", "IN_PROGRESS"), moving
    done = service("rollback", "--cluster", "shop", "--service", "web")
    assert done.returncode == 0, done.stderr
    assert "stopping it with ROLLBACK" in done.stdout and "Rollback requested." in done.stdout, (
        done.stdout, moving["status"], [(d["status"], d.get("statusReason")) for d in
                                          ecs.list_service_deployments(cluster="shop", service="web")["serviceDeployments"][:3]])
    stopped = wait_for("stopped deployment rolled back", settled)
    assert stopped["serviceDeploymentArn"] == moving["serviceDeploymentArn"], stopped
    assert stopped["status"] == "ROLLBACK_SUCCESSFUL", stopped
    assert task_definition() == web2, task_definition()
    done = service("deployments", "--cluster", "shop", "--service", "web", "--format", "json")
    assert json.loads(done.stdout)[0]["status"] == "ROLLBACK_SUCCESSFUL", done.stdout
    print("ok   rollback of a deployment in progress")

    # --- the circuit breaker rolls back a revision whose tasks fail their health check: trigger circuit-breaker.
    web4 = register("nginx:unhealthy", {"command": ["CMD-SHELL", "exit 1"], "interval": 5, "retries": 2},
                    **{"ecsdesk.sim.health": "failing"})
    ecs.update_service(cluster="shop", service="web", taskDefinition=web4,
                       deploymentConfiguration={"deploymentCircuitBreaker": {"enable": True, "rollback": True}})
    crashed = wait_for("circuit breaker rollback", lambda: (settled() or {}).get("serviceDeploymentArn")
                       not in (None, stopped["serviceDeploymentArn"]) and settled(), 120)
    assert crashed["status"] == "ROLLBACK_SUCCESSFUL", crashed
    done = service("deployments", "--cluster", "shop", "--service", "web", "--format", "json")
    newest_row = json.loads(done.stdout)[0]
    assert newest_row["trigger"] == "circuit-breaker" and newest_row["taskDefinition"] == "web:4", newest_row
    assert newest_row["rollbackReason"] or newest_row["statusReason"], newest_row
    print("ok   a circuit breaker rollback is listed with its trigger")

    # --- errors.
    done = service("deployments", "--cluster", "shop")
    assert done.returncode == 2 and "--service" in done.stderr, (done.returncode, done.stderr)
    done = service("deployments", "--cluster", "shop", "--service", "web", "--format", "xml")
    assert done.returncode == 2, done.returncode
    done = service("frobnicate")
    assert done.returncode == 2, done.returncode
    done = service("deployments", "--cluster", "shop", "--service", "nothing")
    assert done.returncode == 1 and "ServiceNotFoundException" in done.stderr, (done.returncode, done.stderr)
    print("ok   usage errors and ECS's errors")


if __name__ == "__main__":
    sys.exit(main())
