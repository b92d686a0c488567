#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Requests of the wrong type or out of range are refused and change nothing (issue 25 points 9, 4, 5).

Wrong-type variants of every member of RegisterTaskDefinition, CreateService, RunTask, UpdateService
and more are generated from the service model of the botocore running this script, sent as raw
signed awsJson requests (boto3 would refuse them client-side) and must all get
SerializationException; numbers beyond a Java int, RunTask count 11 and a 120,000-container task
definition get ECS's errors; afterwards the account is exactly as before.

usage: input_validation.py <ecsdesk-local binary>"""

import copy
import json
import os
import sys
import time

import botocore.session
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from localendpoint import LocalEndpoint  # noqa: E402
from robustness import raw  # noqa: E402

TARGETS = {"ecs": ("AmazonEC2ContainerServiceV20141113.", "application/x-amz-json-1.1"),
           "logs": ("Logs_20140328.", "application/x-amz-json-1.1"),
           "application-autoscaling": ("AnyScaleFrontendService.", "application/x-amz-json-1.1")}

WRONG = {"string": [7, True], "integer": ["7", True, 1.5], "long": ["7", False], "double": ["1.5"],
         "float": ["1.5"], "boolean": ["true", 1], "timestamp": [True], "blob": [5],
         "structure": ["x", [1]], "list": ["x", {"a": 1}], "map": ["x", [1]]}


def send(endpoint, service, operation, body):
    prefix, content_type = TARGETS[service]
    data = body if isinstance(body, (bytes, str)) else json.dumps(body)
    request = AWSRequest(method="POST", url=endpoint.url, data=data,
                         headers={"X-Amz-Target": prefix + operation, "Content-Type": content_type})
    SigV4Auth(Credentials(endpoint.access_key, endpoint.secret_key), service, endpoint.region).add_auth(request)
    status, _, answer = raw(endpoint, data, dict(request.headers.items()))
    return status, json.loads(answer) if answer else {}


def send_query(endpoint, form):
    """A CloudWatch query-protocol request (form fields, all text), signed."""
    headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
    request = AWSRequest(method="POST", url=endpoint.url, data=form, headers=headers)
    SigV4Auth(Credentials(endpoint.access_key, endpoint.secret_key), "monitoring", endpoint.region).add_auth(request)
    status, _, answer = raw(endpoint, form, dict(request.headers.items()))
    return status, answer.decode()


def set_path(document, path, value):
    """`document` with `value` at `path` (keys and list indexes), creating what is missing."""
    node = document
    for i, step in enumerate(path):
        last = i == len(path) - 1
        nxt = None if last else path[i + 1]
        if isinstance(step, int):
            while len(node) <= step:
                node.append({} if isinstance(nxt, str) else [])
            if last:
                node[step] = value
            else:
                if not isinstance(node[step], (dict, list)) or isinstance(node[step], dict) != isinstance(nxt, str):
                    node[step] = {} if isinstance(nxt, str) else []
                node = node[step]
        else:
            if last:
                node[step] = value
            else:
                if not isinstance(node.get(step), (dict, list)) or isinstance(node[step], dict) != isinstance(nxt, str):
                    node[step] = {} if isinstance(nxt, str) else []
                node = node[step]
    return document


def variants(shape, path=(), depth=0, seen=()):
    """(path, wrong value) for every member reachable from `shape` (one level of each recursion)."""
    if shape.type_name == "structure":
        for name, member in shape.members.items():
            if member.name in seen or depth > 6:
                continue
            for wrong in WRONG[member.type_name]:
                yield path + (name,), wrong
            yield from variants(member, path + (name,), depth + 1, seen + (shape.name,))
    elif shape.type_name == "list":
        yield from variants(shape.member, path + (0,), depth + 1, seen)
    elif shape.type_name == "map":
        for wrong in WRONG[shape.value.type_name]:
            yield path + ("k",), wrong
        yield from variants(shape.value, path + ("k",), depth + 1, seen)


def state(endpoint):
    ecs = endpoint.client("ecs")
    services = ecs.describe_services(cluster="v", services=["svc"])["services"]
    return {
        "clusters": sorted(ecs.list_clusters()["clusterArns"]),
        "taskDefinitions": sorted(ecs.list_task_definitions()["taskDefinitionArns"]),
        "services": [(s["serviceName"], s["desiredCount"], s["taskDefinition"]) for s in services],
        "tasks": len(ecs.list_tasks(cluster="v", desiredStatus="RUNNING")["taskArns"]),
        "logGroups": [g["logGroupName"] for g in endpoint.client("logs").describe_log_groups()["logGroups"]],
        "metrics": endpoint.client("cloudwatch").list_metrics(Namespace="app")["Metrics"],
    }


def main():
    endpoint = LocalEndpoint(sys.argv[1]).start()
    failures = []
    try:
        ecs = endpoint.client("ecs")
        ecs.create_cluster(clusterName="v")
        ecs.register_task_definition(family="v", containerDefinitions=[{"name": "a", "image": "i", "memory": 64}])
        ecs.create_service(cluster="v", serviceName="svc", taskDefinition="v", desiredCount=1)
        before = state(endpoint)

        bases = {
            ("ecs", "RegisterTaskDefinition"): {"family": "v", "containerDefinitions": [{"name": "a", "image": "i"}]},
            ("ecs", "CreateService"): {"cluster": "v", "serviceName": "svc2", "taskDefinition": "v"},
            ("ecs", "RunTask"): {"cluster": "v", "taskDefinition": "v"},
            ("ecs", "UpdateService"): {"cluster": "v", "service": "svc"},
            ("ecs", "CreateCluster"): {"clusterName": "v2"},
            ("logs", "CreateLogGroup"): {"logGroupName": "g2"},
            ("application-autoscaling", "RegisterScalableTarget"): {
                "ServiceNamespace": "ecs", "ResourceId": "service/v/svc", "ScalableDimension": "ecs:service:DesiredCount"},
        }
        session = botocore.session.get_session()
        total = 0
        for (service, operation), base in bases.items():
            model = session.get_service_model(service).operation_model(operation).input_shape
            sent = accepted = 0
            for path, wrong in variants(model):
                body = set_path(copy.deepcopy(base), list(path), wrong)
                status, answer = send(endpoint, service, operation, body)
                sent += 1
                if status != 400 or answer.get("__type") != "SerializationException":
                    accepted += 1
                    if accepted <= 5:
                        failures.append("%s %s %s=%r: %s %s" % (service, operation, ".".join(map(str, path)), wrong,
                                                                status, answer))
            total += sent
            print("%-24s %4d wrong-type variants, %d not refused with SerializationException" % (operation, sent, accepted))
            if accepted:
                failures.append("%s: %d of %d variants not refused" % (operation, accepted, sent))

        def expect(operation, body, code, service="ecs"):
            status, answer = send(endpoint, service, operation, body)
            if status != 400 or answer.get("__type") != code:
                failures.append("%s %s: expected %s, got %s %s" % (operation, str(body)[:120], code, status, answer))
            return answer

        for count in (4294967297, 2147483648, -1, 5001):
            expect("UpdateService", {"cluster": "v", "service": "svc", "desiredCount": count}, "InvalidParameterException")
        expect("CreateService", {"cluster": "v", "serviceName": "big", "taskDefinition": "v", "desiredCount": 2147483647},
               "InvalidParameterException")
        answer = expect("RunTask", {"cluster": "v", "taskDefinition": "v", "count": 11}, "InvalidParameterException")
        print("RunTask count 11: %s" % answer)
        expect("DescribeServices", {"cluster": "v", "services": ["s%d" % i for i in range(11)]}, "InvalidParameterException")
        containers = [{"name": "c%d" % i, "image": "i", "memory": 4} for i in range(120000)]
        body = json.dumps({"family": "huge", "containerDefinitions": containers})
        started = time.monotonic()
        answer = expect("RegisterTaskDefinition", body, "ClientException")
        print("120,000 containers (%.1f MB) refused in %.0f ms: %s" % (len(body) / 1e6, (time.monotonic() - started) * 1000,
                                                                      answer))

        # CloudWatch's query protocol: text that does not parse as the member's type.
        for form in ("MetricData.member.1.Value=lots", "MetricData.member.1.Value=1&MetricData.member.1.StorageResolution=x",
                     "MetricData.member.1.Value=1&MetricData.member.1.StorageResolution=4294967297"):
            status, answer = send_query(endpoint, "Action=PutMetricData&Version=2010-08-01&Namespace=app&"
                                        "MetricData.member.1.MetricName=m&" + form)
            if status != 400 or "<Code>InvalidParameterValue</Code>" not in answer:
                failures.append("PutMetricData %s: expected InvalidParameterValue, got %s %s" % (form, status, answer))

        after = state(endpoint)
        if after != before:
            failures.append("the account changed:\nbefore %s\nafter  %s" % (before, after))
        print("%d wrong requests sent; account unchanged: %s" % (total, after == before))
    finally:
        endpoint.cleanup()
    for failure in failures:
        print("FAIL " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
