#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Validates ECS requests against botocore's ECS service model, as the AWS SDKs do before sending.

Argument: a JSON file with a list of {"operation": "UpdateService", "input": {...}}. Prints
{"botocore": version, "results": [{"operation": ..., "errors": "" or botocore's report}]}.
"""
import json
import sys

import botocore
import botocore.session
from botocore.validate import ParamValidator


def main():
    model = botocore.session.get_session().get_service_model("ecs")
    with open(sys.argv[1], encoding="utf-8") as handle:
        requests = json.load(handle)
    results = []
    for request in requests:
        shape = model.operation_model(request["operation"]).input_shape
        report = ParamValidator().validate(request["input"], shape)
        results.append({"operation": request["operation"],
                        "errors": report.generate_report() if report.has_errors() else ""})
    print(json.dumps({"botocore": botocore.__version__, "results": results}))


if __name__ == "__main__":
    main()
