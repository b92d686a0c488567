#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""What boto3 sees of one ECS cluster: the same listing and describing as ClusterSnapshotLoader,
done the plain way with boto3 paginators. Prints JSON shaped like ClusterSnapshot::toJson().

usage: boto3_snapshot.py ENDPOINT_URL REGION CLUSTER [--no-stopped] [--stats]
Timestamps are kept as the server sent them (epoch seconds) so both sides compare exactly.
"""
import json
import sys
import time

import boto3
import botocore.config


def main():
    endpoint, region, cluster = sys.argv[1:4]
    include_stopped = "--no-stopped" not in sys.argv
    session = boto3.session.Session(region_name=region)
    # Keep timestamps raw (no datetime parsing) so the output is the server's JSON.
    factory = session._session.get_component("response_parser_factory")
    factory.set_parser_defaults(timestamp_parser=lambda value: value)
    ecs = session.client(
        "ecs",
        endpoint_url=endpoint,
        config=botocore.config.Config(retries={"mode": "standard", "max_attempts": 3}),
    )
    calls = {"n": 0}

    def count(**_):
        calls["n"] += 1

    ecs.meta.events.register("before-call.ecs.*", count)
    started = time.monotonic()

    def strip(obj):
        obj = dict(obj)
        obj.pop("ResponseMetadata", None)
        return obj

    described = ecs.describe_clusters(clusters=[cluster])
    if not described["clusters"]:
        print(json.dumps({"error": "ClusterNotFoundException"}))
        return 3
    cluster_obj = described["clusters"][0]

    service_arns = []
    for page in ecs.get_paginator("list_services").paginate(cluster=cluster, PaginationConfig={"PageSize": 100}):
        service_arns += page["serviceArns"]
    services = []
    for i in range(0, len(service_arns), 10):
        services += ecs.describe_services(cluster=cluster, services=service_arns[i : i + 10])["services"]

    task_arns = []
    seen = set()
    statuses = ["RUNNING", "STOPPED"] if include_stopped else ["RUNNING"]
    for status in statuses:
        for page in ecs.get_paginator("list_tasks").paginate(
            cluster=cluster, desiredStatus=status, PaginationConfig={"PageSize": 100}
        ):
            for arn in page["taskArns"]:
                if arn not in seen:
                    seen.add(arn)
                    task_arns.append(arn)
    tasks = []
    for i in range(0, len(task_arns), 100):
        tasks += ecs.describe_tasks(cluster=cluster, tasks=task_arns[i : i + 100])["tasks"]

    instance_arns = []
    for page in ecs.get_paginator("list_container_instances").paginate(
        cluster=cluster, PaginationConfig={"PageSize": 100}
    ):
        instance_arns += page["containerInstanceArns"]
    instances = []
    for i in range(0, len(instance_arns), 100):
        instances += ecs.describe_container_instances(cluster=cluster, containerInstances=instance_arns[i : i + 100])[
            "containerInstances"
        ]

    wanted = set()
    for s in services:
        wanted.add(s.get("taskDefinition"))
        for d in s.get("deployments", []):
            wanted.add(d.get("taskDefinition"))
    for t in tasks:
        wanted.add(t.get("taskDefinitionArn"))
    wanted.discard(None)
    wanted.discard("")
    definitions = [ecs.describe_task_definition(taskDefinition=arn)["taskDefinition"] for arn in sorted(wanted)]

    def by(key):
        return lambda o: o.get(key, "")

    result = {
        "cluster": cluster_obj,
        "services": sorted(services, key=by("serviceArn")),
        "tasks": sorted(tasks, key=by("taskArn")),
        "containerInstances": sorted(instances, key=by("containerInstanceArn")),
        "taskDefinitions": sorted(definitions, key=by("taskDefinitionArn")),
    }
    if "--stats" in sys.argv:
        result = {
            "calls": calls["n"],
            "seconds": time.monotonic() - started,
            "services": len(services),
            "tasks": len(tasks),
            "containerInstances": len(instances),
            "taskDefinitions": len(definitions),
        }
    print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
