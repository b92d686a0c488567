# SPDX-License-Identifier: MIT
"""Starts ecsdesk-local on a free port with a fresh data dir and gives boto3 clients for it.

Shared by the conformance, auth, persistence and side-by-side scripts. Works with the Debian
python3 (boto3 1.26 / botocore 1.29) and the image's python3 (boto3 1.43)."""

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time


class LocalEndpoint:
    def __init__(self, binary, data_dir=None, extra_args=()):
        self.binary = binary
        self.own_dir = data_dir is None
        self.data_dir = data_dir or tempfile.mkdtemp(prefix="ecsdesk-local-test-")
        self.extra_args = list(extra_args)
        self.process = None

    def start(self, timeout=20):
        self.process = subprocess.Popen(
            [self.binary, "--port", "0", "--data-dir", self.data_dir] + self.extra_args,
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.time() + timeout
        lines = []
        while time.time() < deadline:
            line = self.process.stdout.readline()
            if not line:
                break
            lines.append(line)
            match = re.match(r"export AWS_ACCESS_KEY_ID=(\S+) AWS_SECRET_ACCESS_KEY=(\S+) AWS_ENDPOINT_URL=(\S+) AWS_REGION=(\S+)", line)
            if match:
                self.access_key, self.secret_key, self.url, self.region = match.groups()
                return self
        raise RuntimeError("ecsdesk-local did not start: " + "".join(lines))

    def kill9(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def cleanup(self):
        self.stop()
        if self.own_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def client(self, service, **kwargs):
        import boto3
        from botocore.config import Config
        config = Config(retries={"max_attempts": 1}, **kwargs)
        return boto3.client(service, endpoint_url=self.url, region_name=self.region,
                            aws_access_key_id=self.access_key, aws_secret_access_key=self.secret_key, config=config)

    def env(self):
        env = dict(os.environ)
        env.update(AWS_ACCESS_KEY_ID=self.access_key, AWS_SECRET_ACCESS_KEY=self.secret_key,
                   AWS_EC2_METADATA_DISABLED="true", AWS_DEFAULT_REGION=self.region, AWS_PAGER="")
        env.pop("AWS_PROFILE", None)
        return env


def prune_to_shape(value, shape):
    """Keeps only what the client's model knows (so newer fixture fields do not fail client-side
    validation) and converts numbers given for string members to strings."""
    if shape.type_name == "structure":
        if not isinstance(value, dict):
            return value
        return {k: prune_to_shape(v, shape.members[k]) for k, v in value.items()
                if k in shape.members and v is not None}
    if shape.type_name == "list":
        return [prune_to_shape(v, shape.member) for v in value if v is not None] if isinstance(value, list) else value
    if shape.type_name == "map":
        return {k: prune_to_shape(v, shape.value) for k, v in value.items()} if isinstance(value, dict) else value
    if shape.type_name == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


READ_ONLY_TASK_DEFINITION_FIELDS = ("taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities",
                                    "registeredAt", "registeredBy", "deregisteredAt")


def load_fixture(path):
    with open(path) as f:
        document = json.load(f)
    if "taskDefinition" in document and isinstance(document["taskDefinition"], dict):
        document = document["taskDefinition"]
    for field in READ_ONLY_TASK_DEFINITION_FIELDS:
        document.pop(field, None)
    return document


def is_subset(expected, actual, path="$"):
    """None when every field of `expected` is in `actual` with an equal value; else where not."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return path + ": expected an object"
        for key, value in expected.items():
            if key not in actual:
                return "%s.%s: missing" % (path, key)
            problem = is_subset(value, actual[key], "%s.%s" % (path, key))
            if problem:
                return problem
        return None
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return path + ": list differs"
        for i, (e, a) in enumerate(zip(expected, actual)):
            problem = is_subset(e, a, "%s[%d]" % (path, i))
            if problem:
                return problem
        return None
    return None if expected == actual else "%s: %r != %r" % (path, expected, actual)
