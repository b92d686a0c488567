#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The worst stall of ecsdesk-local's one thread while services scale out (issue 25 point 4).

Starts ECSDESK_LOCAL on a free port, registers 100 large container instances (or uses Fargate),
creates SERVICES services at desiredCount 0, then sets them all to TASKS (UpdateService) and, once
they run, forces a new deployment of each. A second client calls DescribeClusters in a tight loop
the whole time; its slowest answer is the longest the server left a request waiting. Prints the
UpdateService latency, the slowest/p99/median DescribeClusters answer and the time to steady state
for the scale-out and the deployment.

Usage: scaleout_stall.py ECSDESK_LOCAL [--tasks 5000] [--services 1] [--fargate] [--step-ms 200]
Works with plain python3 (boto3 1.43) and /usr/bin/python3 (boto3 1.26)."""

import argparse
import os
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "integration",
                                "local"))
from localendpoint import LocalEndpoint  # noqa: E402


class Prober:
    """DescribeClusters in a loop on its own client; latencies of the calls started after mark()."""

    def __init__(self, client, cluster):
        self.client, self.cluster = client, cluster
        self.samples = []
        self.running = True
        self.thread = threading.Thread(target=self.loop)
        self.thread.start()

    def loop(self):
        while self.running:
            started = time.perf_counter()
            self.client.describe_clusters(clusters=[self.cluster])
            self.samples.append((started, time.perf_counter() - started))

    def since(self, t0, t1):
        """Every answer that was waited for during [t0, t1), including one sent just before t0."""
        return sorted(latency for started, latency in self.samples if started + latency >= t0 and started < t1)

    def stop(self):
        self.running = False
        self.thread.join()


def summary(latencies):
    if not latencies:
        return "no answers"
    return "%d answers, slowest %.0f ms, p99 %.0f ms, median %.1f ms" % (
        len(latencies), latencies[-1] * 1000, latencies[int(len(latencies) * 0.99)] * 1000,
        latencies[len(latencies) // 2] * 1000)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--tasks", type=int, default=5000)
    parser.add_argument("--services", type=int, default=1)
    parser.add_argument("--fargate", action="store_true")
    parser.add_argument("--step-ms", type=int, default=200)
    parser.add_argument("--timeout", type=int, default=900)
    args = parser.parse_args()

    endpoint = LocalEndpoint(args.binary, extra_args=["--step-ms", str(args.step_ms)]).start()
    try:
        ecs = endpoint.client("ecs")
        ecs.create_cluster(clusterName="big")
        names = ["svc%d" % i for i in range(args.services)]
        if args.fargate:
            ecs.register_task_definition(family="app", networkMode="awsvpc", requiresCompatibilities=["FARGATE"],
                                         cpu="256", memory="512",
                                         containerDefinitions=[{"name": "app", "image": "nginx"}])
            extra = {"launchType": "FARGATE",
                     "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0a1b2c3d"]}}}
        else:
            for i in range(100):
                ecs.register_container_instance(cluster="big", totalResources=[
                    {"name": "CPU", "type": "INTEGER", "integerValue": 10000000},
                    {"name": "MEMORY", "type": "INTEGER", "integerValue": 10000000}],
                    attributes=[{"name": "ecs.availability-zone", "value": "us-east-1" + "abc"[i % 3]}])
            ecs.register_task_definition(family="app", networkMode="bridge", containerDefinitions=[
                {"name": "app", "image": "nginx", "cpu": 10, "memory": 10}])
            extra = {"launchType": "EC2"}
        for name in names:
            ecs.create_service(cluster="big", serviceName=name, taskDefinition="app", desiredCount=0, **extra)
        print("%s, %d service(s) x %d tasks, --step-ms %d" % (
            "Fargate" if args.fargate else "EC2 on 100 instances", args.services, args.tasks, args.step_ms))

        monitor = endpoint.client("ecs")
        prober = Prober(endpoint.client("ecs"), "big")
        time.sleep(0.5)

        def wait_steady(t0, one_deployment):
            while time.perf_counter() - t0 < args.timeout:
                services = []
                for i in range(0, len(names), 10):
                    services += monitor.describe_services(cluster="big", services=names[i:i + 10])["services"]
                if all(s["runningCount"] == args.tasks and (not one_deployment or len(s["deployments"]) == 1)
                       for s in services):
                    return time.perf_counter() - t0
                time.sleep(0.25)
            return None

        for phase, change in (("scale-out 0 -> %d" % args.tasks, {"desiredCount": args.tasks}),
                              ("forced deployment", {"forceNewDeployment": True})):
            t0 = time.perf_counter()
            slowest_update = 0
            for name in names:
                started = time.perf_counter()
                ecs.update_service(cluster="big", service=name, **change)
                slowest_update = max(slowest_update, time.perf_counter() - started)
            steady = wait_steady(t0, phase == "forced deployment")
            t1 = time.perf_counter()
            print("%-20s UpdateService slowest %.0f ms; steady after %s; DescribeClusters meanwhile: %s" % (
                phase, slowest_update * 1000, "%.1f s" % steady if steady is not None else "TIMEOUT",
                summary(prober.since(t0, t1))))
        prober.stop()
    finally:
        endpoint.cleanup()


if __name__ == "__main__":
    main()
