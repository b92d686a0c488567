# SPDX-License-Identifier: MIT
"""Checks request inputs against botocore's own service model (the shapes AWS's SDKs send).
Reads {"service": "ecs", "requests": [{"operation": ..., "input": {...}}, ...]} on stdin and writes
{"botocore": version, "results": [report, ...]}: an empty report for a valid input, else
botocore's validation report (unknown keys, missing required ones, wrong types)."""
import json
import sys

import botocore
import botocore.session
from botocore.validate import ParamValidator


def main():
    job = json.load(sys.stdin)
    model = botocore.session.get_session().get_service_model(job["service"])
    validator = ParamValidator()
    results = []
    for request in job["requests"]:
        shape = model.operation_model(request["operation"]).input_shape
        report = validator.validate(request["input"], shape)
        results.append(report.generate_report() if report.has_errors() else "")
    json.dump({"botocore": botocore.__version__, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
