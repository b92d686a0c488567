#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Issue 24: `ecsdesk-local --throttle ecs` throttles as Amazon ECS does, one token bucket per
action category (burst capacity, refill rate; the ECS API Reference's "Request throttling for the
Amazon ECS API"), answering ThrottlingException "Rate exceeded" with HTTP 400, through boto3 (with
retries off, and with its standard retries, counted from botocore's events) and the AWS CLI v2.
Without the option nothing is throttled.

With the ecsdesk-cli binary as second argument, also: `ecsdesk-cli snapshot` of a 1,200-service
cluster (132 service reads against a burst of 100) completes under --throttle ecs, no throttling
error reaching the user.

usage: throttling.py <ecsdesk-local binary> [<ecsdesk-cli binary>]"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from concurrent.futures import ThreadPoolExecutor

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from localendpoint import LocalEndpoint  # noqa: E402

failures = []
AWS = os.environ.get("AWS_CLI", "/usr/bin/aws")


def check(what, condition, detail=""):
    if condition:
        print("ok   %s" % what)
    else:
        failures.append(what)
        print("FAIL %s %s" % (what, detail))


def outcome(call, **kwargs):
    try:
        call(**kwargs)
        return None
    except ClientError as error:
        return error


def snapshot_under_throttling(binary, cli):
    data_dir = tempfile.mkdtemp(prefix="ecsdesk-throttle-cli-")
    try:
        endpoint = LocalEndpoint(binary, data_dir=data_dir, extra_args=["--no-simulation"]).start()
        try:
            ecs = endpoint.client("ecs")
            ecs.create_cluster(clusterName="big")
            ecs.register_task_definition(family="web", containerDefinitions=[
                {"name": "web", "image": "nginx", "memory": 64}])
            for i in range(1200):
                ecs.create_service(cluster="big", serviceName="s%d" % i, taskDefinition="web", desiredCount=0)
        finally:
            endpoint.stop()
        endpoint = LocalEndpoint(binary, data_dir=data_dir, extra_args=["--no-simulation", "--throttle", "ecs"]).start()
        try:
            result = subprocess.run([cli, "snapshot", "--endpoint-url", endpoint.url, "--region", endpoint.region,
                                     "--cluster", "big"], env=endpoint.env(), capture_output=True, text=True,
                                    timeout=240)
            services = len(json.loads(result.stdout)["clusters"][0]["services"]) if result.returncode == 0 else 0
            check("ecsdesk-cli snapshot of 1,200 services under --throttle ecs: complete (%d services)" % services,
                  result.returncode == 0 and services == 1200, result.stderr.strip()[-400:])
        finally:
            endpoint.stop()
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def main():
    binary = sys.argv[1]

    # Off by default: 150 quick cluster reads all answered.
    endpoint = LocalEndpoint(binary, extra_args=["--no-simulation"]).start()
    try:
        ecs = endpoint.client("ecs")
        errors = [outcome(ecs.list_clusters) for _ in range(150)]
        check("without --throttle nothing is throttled", all(e is None for e in errors),
              [str(e) for e in errors if e][:1])
    finally:
        endpoint.cleanup()

    endpoint = LocalEndpoint(binary, extra_args=["--no-simulation", "--throttle", "ecs"]).start()
    try:
        ecs = endpoint.client("ecs")  # retries off (max_attempts 1)
        seen = []  # the raw answers botocore parses: ECS's body, as sent
        ecs.meta.events.register("before-parse.ecs.*",
                                 lambda response_dict=None, **kw: seen.append(response_dict)
                                 if response_dict and response_dict.get("status_code") == 400 else None)

        # Cluster read actions: 50 tokens shared by ListClusters and DescribeClusters, 20 a second.
        # 200 calls from 8 threads, so that the refill during them stays small.
        clients = [endpoint.client("ecs") for _ in range(8)]
        for client in clients:
            client.meta.events.register("before-parse.ecs.*", lambda response_dict=None, **kw: seen.append(
                response_dict) if response_dict and response_dict.get("status_code") == 400 else None)
        results = [None] * 200

        def call(index):
            client = clients[index % 8]
            results[index] = outcome(client.list_clusters if index % 2 else client.describe_clusters)

        start = time.monotonic()
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(call, range(200)))
        elapsed = time.monotonic() - start
        admitted = sum(1 for r in results if r is None)
        allowed = 50 + 20 * elapsed
        check("cluster reads: the burst of 50, then only the refill: %d of 200 admitted in %.2f s (at most %.0f)"
              % (admitted, elapsed, allowed), 50 <= admitted <= allowed + 1)
        throttled = [r for r in results if r is not None]
        error = throttled[0] if throttled else None
        check("the refusal is ThrottlingException 'Rate exceeded' with HTTP 400",
              error is not None and error.response["Error"]["Code"] == "ThrottlingException"
              and error.response["Error"]["Message"] == "Rate exceeded"
              and error.response["ResponseMetadata"]["HTTPStatusCode"] == 400,
              error.response if error is not None else "none throttled")
        check("it carries a request id", error is not None and error.response["ResponseMetadata"].get("RequestId"))
        body = json.loads(seen[0]["body"]) if seen else {}
        check("the body is ECS's: {'__type': 'ThrottlingException', 'message': 'Rate exceeded'}",
              body == {"__type": "ThrottlingException", "message": "Rate exceeded"}, body)

        # Another category has its own bucket: service reads still pass.
        check("another category (ListServices) is not throttled by cluster reads",
              outcome(ecs.list_services, cluster="c-none") is None
              or outcome(ecs.list_services, cluster="c-none").response["Error"]["Code"] != "ThrottlingException")

        # A refused call takes no token: after a second's refill, 20 more pass.
        time.sleep(1.05)
        passed = sum(1 for _ in range(20) if outcome(ecs.list_clusters) is None)
        check("the bucket refills at 20 a second (%d of 20 after 1 s)" % passed, passed >= 19)

        # Cluster modify actions hold 20 and refill one a second.
        start = time.monotonic()
        created = [outcome(ecs.create_cluster, clusterName="c%d" % i) for i in range(30)]
        elapsed = time.monotonic() - start
        check("cluster modify actions: 20 at once, then one a second (%d of 30 in %.2f s)"
              % (sum(1 for r in created if r is None), elapsed),
              all(r is None for r in created[:20])
              and sum(1 for r in created if r is None) <= 20 + elapsed + 1, [str(r) for r in created[:20] if r][:1])

        # boto3's standard retries get through, and botocore's events count the throttles.
        retried = boto3.client("ecs", endpoint_url=endpoint.url, region_name=endpoint.region,
                               aws_access_key_id=endpoint.access_key, aws_secret_access_key=endpoint.secret_key,
                               config=Config(retries={"max_attempts": 10, "mode": "standard"}))
        retries = []
        retried.meta.events.register("needs-retry.ecs.*",
                                     lambda attempts=None, response=None, **kw: retries.append(attempts)
                                     if response and response[1].get("Error", {}).get("Code") == "ThrottlingException"
                                     else None)
        while outcome(ecs.list_clusters) is None:  # the cluster read bucket empty again
            pass
        start = time.monotonic()
        results = [outcome(retried.describe_clusters, clusters=["c0"]) for _ in range(60)]
        elapsed = time.monotonic() - start
        check("boto3 with standard retries: 60 of 60 cluster reads answered in %.1f s, %d throttles retried"
              % (elapsed, len(retries)), all(r is None for r in results) and len(retries) > 0,
              [str(r) for r in results if r][:1])
    finally:
        endpoint.cleanup()

    # The AWS CLI v2: while another client keeps the cluster modify bucket (one token a second)
    # empty, its CreateCluster is refused with ECS's error; with the drain stopped it is answered.
    endpoint = LocalEndpoint(binary, extra_args=["--no-simulation", "--throttle", "ecs"]).start()
    stop = threading.Event()
    try:
        drains = [endpoint.client("ecs") for _ in range(3)]

        def drain(client):
            while not stop.is_set():
                outcome(client.create_cluster, clusterName="drain")

        threads = [threading.Thread(target=drain, args=(c,), daemon=True) for c in drains]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        env = endpoint.env()
        env["AWS_MAX_ATTEMPTS"] = "1"
        env["AWS_RETRY_MODE"] = "standard"
        # The drains keep the bucket empty most of the time, but a token refilled just as the CLI's one
        # request arrives lets it through: a few tries, of which one must be refused as ECS refuses it.
        for _ in range(6):
            cli = subprocess.run([AWS, "ecs", "create-cluster", "--cluster-name", "cli", "--endpoint-url",
                                  endpoint.url, "--region", endpoint.region, "--output", "json"], env=env,
                                 capture_output=True, text=True, timeout=120)
            if cli.returncode != 0:
                break
        check("AWS CLI v2 without retries: ThrottlingException 'Rate exceeded' (exit 254)",
              cli.returncode == 254 and "(ThrottlingException)" in cli.stderr and "Rate exceeded" in cli.stderr,
              "exit %d: %s" % (cli.returncode, cli.stderr.strip()))
        stop.set()
        for thread in threads:
            thread.join()
        time.sleep(2)
        env["AWS_MAX_ATTEMPTS"] = "5"
        cli = subprocess.run([AWS, "ecs", "create-cluster", "--cluster-name", "cli", "--endpoint-url", endpoint.url,
                              "--region", endpoint.region, "--output", "json"], env=env, capture_output=True,
                             text=True, timeout=120)
        check("AWS CLI v2 once the bucket refilled: answered", cli.returncode == 0 and '"clusterName": "cli"' in cli.stdout,
              "exit %d: %s" % (cli.returncode, cli.stderr.strip()))
    finally:
        stop.set()
        endpoint.cleanup()

    if len(sys.argv) > 2:
        snapshot_under_throttling(binary, sys.argv[2])

    if failures:
        print("%d check(s) failed: %s" % (len(failures), ", ".join(failures)))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
