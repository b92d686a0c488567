#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Registers exported task definitions with a real ECS peer and describes them back.

Usage: register_roundtrip.py ENDPOINT FILE...
Prints one JSON object: {FILE: {"ok": true, "described": <DescribeTaskDefinition output>} or
{"ok": false, "error": "<botocore's message>"}}. botocore validates each request against the ECS
service model before sending it, as the AWS CLI does.
"""
import json
import os
import sys

import botocore.exceptions
import botocore.session


def main():
    endpoint, files = sys.argv[1], sys.argv[2:]
    os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
    os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")
    os.environ["AWS_EC2_METADATA_DISABLED"] = "true"
    client = botocore.session.get_session().create_client("ecs", region_name="us-east-1", endpoint_url=endpoint)
    results = {}
    for name in files:
        with open(name, encoding="utf-8") as f:
            definition = json.load(f)
        try:
            registered = client.register_task_definition(**definition)["taskDefinition"]
            described = client.describe_task_definition(
                taskDefinition=registered["taskDefinitionArn"], include=["TAGS"])
            described.pop("ResponseMetadata", None)
            results[name] = {"ok": True, "described": described}
        except (botocore.exceptions.ParamValidationError, botocore.exceptions.ClientError) as error:
            results[name] = {"ok": False, "error": str(error)}
    json.dump(results, sys.stdout, default=str)


if __name__ == "__main__":
    main()
