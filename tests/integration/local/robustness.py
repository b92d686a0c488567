#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Auth rejections, bad input and kill -9 persistence of ecsdesk-local, each asserted.

usage: robustness.py <ecsdesk-local binary>"""

import datetime
import http.client
import json
import os
import socket
import stat
import sys
import threading
import traceback
from urllib.parse import urlparse

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.exceptions import ClientError

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from localendpoint import LocalEndpoint  # noqa: E402

failures = []
TARGET = "AmazonEC2ContainerServiceV20141113."


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def section(function):
    def run(*args):
        try:
            function(*args)
            print("ok   %s" % function.__name__)
        except Exception:  # noqa: BLE001
            failures.append(function.__name__)
            print("FAIL %s\n%s" % (function.__name__, traceback.format_exc()))
    return run


def raw(endpoint, body, headers, method="POST"):
    url = urlparse(endpoint.url)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    connection.request(method, "/", body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, dict((k.lower(), v) for k, v in response.getheaders()), data


def signed(endpoint, operation, body, key=None, secret=None, when=None, service="ecs", region=None, tamper=None):
    request = AWSRequest(method="POST", url=endpoint.url, data=body,
                         headers={"X-Amz-Target": TARGET + operation, "Content-Type": "application/x-amz-json-1.1"})
    auth = SigV4Auth(Credentials(key or endpoint.access_key, secret or endpoint.secret_key), service,
                     region or endpoint.region)
    if when is not None:
        auth._timestamp = when  # noqa: SLF001 - botocore reads the time here
        original = datetime.datetime
        class Frozen(datetime.datetime):  # noqa: E306
            @classmethod
            def utcnow(cls):
                return when
        import botocore.auth as botocore_auth
        botocore_auth.datetime.datetime = Frozen
        try:
            auth.add_auth(request)
        finally:
            botocore_auth.datetime.datetime = original
    else:
        auth.add_auth(request)
    headers = dict(request.headers.items())
    if tamper:
        tamper(headers)
    return raw(endpoint, body, headers)


def error_of(response):
    status, headers, data = response
    body = json.loads(data)
    check("x-amzn-requestid" in headers, "x-amzn-RequestId on every answer")
    return status, body["__type"], body["message"]


@section
def auth_rejections(endpoint):
    ecs = endpoint.client("ecs")
    before = ecs.list_clusters()["clusterArns"]
    body = json.dumps({"clusterName": "should-not-exist"})
    status, code, _ = error_of(raw(endpoint, body, {"X-Amz-Target": TARGET + "CreateCluster",
                                                    "Content-Type": "application/x-amz-json-1.1"}))
    check((status, code) == (400, "MissingAuthenticationTokenException"), (status, code))
    status, code, _ = error_of(signed(endpoint, "CreateCluster", body,
                                      tamper=lambda h: h.update(Authorization="AWS4-HMAC-SHA256 Credential=garbage")))
    check((status, code) == (400, "IncompleteSignatureException"), (status, code))
    status, code, _ = error_of(signed(endpoint, "CreateCluster", body, key="AKIAWRONGWRONGWRONG0"))
    check((status, code) == (400, "UnrecognizedClientException"), (status, code))
    status, code, _ = error_of(signed(endpoint, "CreateCluster", body, secret="wrong-secret"))
    check((status, code) == (400, "InvalidSignatureException"), (status, code))
    def tamper_body(headers):
        headers["X-Amz-Target"] = TARGET + "DeleteCluster"
    status, code, _ = error_of(signed(endpoint, "CreateCluster", body, tamper=tamper_body))
    check((status, code) == (400, "InvalidSignatureException"), (status, code))
    stale = datetime.datetime.utcnow() - datetime.timedelta(minutes=20)
    status, code, message = error_of(signed(endpoint, "CreateCluster", body, when=stale))
    check((status, code) == (400, "InvalidSignatureException") and "Signature expired" in message, (status, code, message))
    status, code, _ = error_of(signed(endpoint, "CreateCluster", body, service="logs"))
    check((status, code) == (400, "InvalidSignatureException"), (status, code))
    status, code, _ = error_of(signed(endpoint, "CreateCluster", body, region="eu-west-1"))
    check((status, code) == (400, "InvalidSignatureException"), (status, code))
    check(ecs.list_clusters()["clusterArns"] == before, "rejected requests changed nothing")
    # botocore's own client with a wrong secret parses the same code.
    import boto3
    bad = boto3.client("ecs", endpoint_url=endpoint.url, region_name=endpoint.region,
                       aws_access_key_id=endpoint.access_key, aws_secret_access_key="nope")
    try:
        bad.list_clusters()
        raise AssertionError("a wrong secret was accepted")
    except ClientError as error:
        check(error.response["Error"]["Code"] == "InvalidSignatureException", error.response)
    # The query protocol (CloudWatch) answers in XML with its own codes.
    status, headers, data = raw(endpoint, "Action=ListMetrics&Version=2010-08-01",
                                {"Content-Type": "application/x-www-form-urlencoded"})
    check(status == 403 and b"<Code>MissingAuthenticationToken</Code>" in data, (status, data))
    mode = stat.S_IMODE(os.stat(os.path.join(endpoint.data_dir, "credentials.json")).st_mode)
    check(mode == 0o600, "credentials file mode %o" % mode)


@section
def bad_input(endpoint):
    status, code, _ = error_of(signed(endpoint, "CreateCluster", "{not json"))
    check((status, code) == (400, "SerializationException"), (status, code))
    status, code, _ = error_of(signed(endpoint, "CreateCluster", "[1, 2]"))
    check((status, code) == (400, "SerializationException"), (status, code))
    status, code, _ = error_of(signed(endpoint, "NoSuchOperation", "{}"))
    check((status, code) == (400, "UnknownOperationException"), (status, code))
    status, code, _ = error_of(signed(endpoint, "CreateCluster", json.dumps({"clusterName": 5})))
    check((status, code) == (400, "SerializationException"), (status, code))
    status, code, _ = error_of(signed(endpoint, "ListTasks", json.dumps({"cluster": "nope"})))
    check((status, code) == (400, "ClusterNotFoundException"), (status, code))
    status, code, _ = error_of(signed(endpoint, "ListClusters", json.dumps({"maxResults": 0})))
    check((status, code) == (400, "InvalidParameterException"), (status, code))
    status, code, _ = error_of(signed(endpoint, "ListClusters", json.dumps({"nextToken": "%%%"})))
    check((status, code) == (400, "InvalidParameterException"), (status, code))
    # Unknown input fields are accepted, as AWS does.
    status, _, data = signed(endpoint, "ListClusters", json.dumps({"someFutureField": True}))
    check(status == 200 and "clusterArns" in json.loads(data), data)
    # A body over the limit gets 413 without the server reading it all.
    url = urlparse(endpoint.url)
    sock = socket.create_connection((url.hostname, url.port), timeout=10)
    sock.sendall(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n" + b"x" * 1000)
    answer = sock.recv(4096)
    sock.close()
    check(answer.startswith(b"HTTP/1.1 413"), answer)
    # A transaction per request: a RunTask that fails validation leaves no half-written tasks.
    ecs = endpoint.client("ecs")
    ecs.create_cluster(clusterName="tx")
    ecs.register_task_definition(family="tx", containerDefinitions=[{"name": "a", "image": "i", "memory": 64}])
    try:
        ecs.run_task(cluster="tx", taskDefinition="tx", tags=[{"key": "aws:bad", "value": "x"}])
    except ClientError as error:
        check(error.response["Error"]["Code"] == "InvalidParameterException", error.response)
    check(ecs.list_tasks(cluster="tx")["taskArns"] == [], "nothing half-written")


@section
def garbage_connections(endpoint):
    """Hundreds of connections sending random bytes and broken HTTP: the endpoint keeps serving."""
    import random
    random.seed(7)
    url = urlparse(endpoint.url)
    pieces = [b"POST / HTTP/1.1\r\n", b"Content-Length: 5\r\n", b"Content-Length: -1\r\n",
              b"Content-Length: 99999999999999999999\r\n", b"Transfer-Encoding: chunked\r\n",
              b"X-Amz-Target: " + TARGET.encode() + b"ListClusters\r\n", b"X-Amz-Date: 20261122T000000Z\r\n",
              b"Authorization: AWS4-HMAC-SHA256 Credential=a/b/c/d/aws4_request, SignedHeaders=host, Signature=" + b"0" * 64
              + b"\r\n", b"\r\n", b"{}", b"\x00\xff\xfe", b"GET /x HTTP/1.0\r\n", b": novalue\r\n", b"A" * 20000]
    for _ in range(300):
        sock = socket.create_connection((url.hostname, url.port), timeout=5)
        data = b"".join(random.choice(pieces) for _ in range(random.randint(1, 8)))
        if random.random() < 0.3:
            data = os.urandom(random.randint(1, 3000))
        try:
            sock.sendall(data)
        except OSError:
            pass  # the server may already have answered and closed
        sock.close()
    check(endpoint.process.poll() is None, "the endpoint survived")
    check("clusterArns" in endpoint.client("ecs").list_clusters(), "and still answers")


def persistence(binary):
    endpoint = LocalEndpoint(binary).start()
    acknowledged = []
    lock = threading.Lock()
    stop = threading.Event()
    try:
        ecs = endpoint.client("ecs")
        ecs.create_cluster(clusterName="durable")

        def writer(index):
            client = endpoint.client("ecs")
            n = 0
            while not stop.is_set():
                name = "w%d-%d" % (index, n)
                try:
                    client.register_task_definition(family=name, containerDefinitions=[
                        {"name": "a", "image": "i", "memory": 64}])
                except Exception:  # noqa: BLE001 - the server dies mid-request at the end
                    return
                with lock:
                    acknowledged.append(name)
                n += 1

        threads = [threading.Thread(target=writer, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        import time
        deadline = time.time() + 30
        while len(acknowledged) < 200 and time.time() < deadline:
            time.sleep(0.05)
        endpoint.kill9()
        stop.set()
        for t in threads:
            t.join()
        with lock:
            written = list(acknowledged)
        check(len(written) >= 50, "only %d writes acknowledged" % len(written))
        restarted = LocalEndpoint(binary, data_dir=endpoint.data_dir).start()
        try:
            client = restarted.client("ecs")
            check(restarted.access_key == endpoint.access_key, "same credentials after restart")
            families = set(client.get_paginator("list_task_definition_families").paginate().build_full_result()["families"])
            lost = [name for name in written if name not in families]
            check(not lost, "%d acknowledged writes lost: %s" % (len(lost), lost[:5]))
            check(client.describe_clusters(clusters=["durable"])["clusters"][0]["status"] == "ACTIVE", "cluster kept")
            print("     %d acknowledged writes from 8 clients all survived kill -9" % len(written))
        finally:
            restarted.stop()
    finally:
        endpoint.cleanup()


def latency_and_faults(binary):
    import time
    from concurrent.futures import ThreadPoolExecutor
    slow = LocalEndpoint(binary, extra_args=["--latency-ms", "400"]).start()
    try:
        ecs = slow.client("ecs")
        ecs.list_clusters()  # warm up the connection
        started = time.monotonic()
        ecs.list_clusters()
        check(time.monotonic() - started >= 0.4, "--latency-ms delays the answer")
        # Answers are delayed by a timer, not a sleep: 8 concurrent calls overlap instead of queueing
        # (queued they would take 8 x 0.4 s).
        clients = [slow.client("ecs") for _ in range(8)]
        started = time.monotonic()
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda c: c.list_clusters(), clients))
        check(time.monotonic() - started < 3.0, "concurrent delayed answers overlap")
    finally:
        slow.cleanup()
    faulty = LocalEndpoint(binary, extra_args=["--fault-rate", "1"]).start()
    try:
        ecs = faulty.client("ecs")
        codes = set()
        for _ in range(20):
            try:
                ecs.list_clusters()
            except ClientError as error:
                codes.add((error.response["Error"]["Code"], error.response["ResponseMetadata"]["HTTPStatusCode"]))
        check(codes <= {("ThrottlingException", 400), ("ServerException", 500)} and len(codes) == 2, codes)
    finally:
        faulty.cleanup()
    bad = LocalEndpoint(binary, extra_args=["--fault-rate", "2"])
    try:
        bad.start(timeout=10)
        raise AssertionError("--fault-rate 2 was accepted")
    except RuntimeError as error:
        check("fault rate" in str(error), error)
    finally:
        bad.cleanup()


def main():
    binary = sys.argv[1]
    endpoint = LocalEndpoint(binary).start()
    try:
        auth_rejections(endpoint)
        bad_input(endpoint)
        garbage_connections(endpoint)
    finally:
        endpoint.cleanup()
    section(persistence)(binary)
    section(latency_and_faults)(binary)
    if failures:
        print("failed: " + ", ".join(failures))
        return 1
    print("all sections passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
