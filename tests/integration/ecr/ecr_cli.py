#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Issue 22: `ecsdesk-cli ecr repositories|images` against ecsdesk-local's demo account, in JSON and
CSV, and its usage and AWS errors.

usage: ecr_cli.py <ecsdesk-local binary> <ecsdesk-cli binary>"""

import csv
import io
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "local"))
from localendpoint import LocalEndpoint  # noqa: E402

failures = []


def check(what, condition, detail=""):
    print(("ok   %s" if condition else "FAIL %s") % what + ("" if condition else " " + str(detail)))
    if not condition:
        failures.append(what)


def main():
    local, cli = sys.argv[1], sys.argv[2]
    endpoint = LocalEndpoint(local, extra_args=["--seed", "demo"]).start()
    try:
        def run(*args):
            return subprocess.run([cli, "ecr"] + list(args) + ["--endpoint-url", endpoint.url, "--region",
                                                              endpoint.region],
                                  env=endpoint.env(), capture_output=True, text=True, timeout=120)

        repositories = run("repositories", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(repositories.stdout)))
        check("repositories as CSV", repositories.returncode == 0 and [r["name"] for r in rows] ==
              ["api", "frontend", "report", "worker"], repositories.stderr or repositories.stdout)
        api = next((r for r in rows if r["name"] == "api"), {})
        check("repositories: image count, size, settings", api.get("imageCount") == "7"
              and int(api.get("totalSizeInBytes", "0")) > 7 * 20_000_000 and api.get("scanOnPush") == "true"
              and api.get("uri", "").endswith(".dkr.ecr.%s.amazonaws.com/api" % endpoint.region), api)
        as_json = run("repositories")
        parsed = json.loads(as_json.stdout or "[]")
        check("repositories as JSON", [r["repositoryName"] for r in parsed] == ["api", "frontend", "report",
                                                                                 "worker"]
              and parsed[0]["imageCount"] == 7)

        images = run("images", "--repository", "api", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(images.stdout)))
        check("images as CSV, newest first", images.returncode == 0 and [r["tags"] for r in rows][:2] ==
              ["1.4 latest", "1.3"], images.stderr or images.stdout)
        critical = [r["tags"] for r in rows if r["critical"] != "0"]
        check("images: findings by severity", critical == ["1.2"], rows)
        check("images: last pull of the running tag", next(r for r in rows if r["tags"] == "1.3")["lastPulledAt"]
              != "", rows)
        details = json.loads(run("images", "--repository", "worker").stdout or "[]")
        check("images as JSON", len(details) == 4 and all("imageDigest" in d for d in details))

        missing = run("images")
        check("images without --repository: usage, exit 2", missing.returncode == 2 and "--repository" in
              missing.stderr, missing.stderr)
        unknown = run("images", "--repository", "nope")
        check("an unknown repository: ECR's error, exit 1", unknown.returncode == 1 and
              "RepositoryNotFoundException" in unknown.stderr, unknown.stderr)
        bad = run("things")
        check("an unknown listing: exit 2", bad.returncode == 2, bad.stderr)
    finally:
        endpoint.cleanup()
    if failures:
        print("%d failed: %s" % (len(failures), ", ".join(failures)))
        return 1
    print("all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
