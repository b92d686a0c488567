# SPDX-License-Identifier: MIT
"""`ecsdesk-cli overview` (issue 24) against ecsdesk-local: a service below its desired count, an
alarm in ALARM on the cluster (put with the AWS CLI), a quiet cluster; json, csv and table output;
a region the endpoint refuses reported on stderr with exit 1 while the good region's rows print.

usage: overview_cli.py ECSDESK_LOCAL ECSDESK_CLI"""

import csv
import io
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "local"))
from localendpoint import LocalEndpoint  # noqa: E402


def main():
    local_binary, cli = sys.argv[1], sys.argv[2]
    endpoint = LocalEndpoint(local_binary).start()
    try:
        ecs = endpoint.client("ecs")
        ecs.create_cluster(clusterName="prod")
        ecs.create_cluster(clusterName="quiet")
        ecs.register_task_definition(family="web", containerDefinitions=[
            {"name": "app", "image": "nginx", "memory": 128, "essential": True}])
        # No container instance: the EC2 service places nothing and stays at 0 of 3.
        ecs.create_service(cluster="prod", serviceName="web", taskDefinition="web", desiredCount=3,
                           launchType="EC2")
        env = endpoint.env()
        aws = ["/usr/bin/aws", "--endpoint-url", endpoint.url, "--region", endpoint.region]
        subprocess.run(aws + ["cloudwatch", "put-metric-alarm", "--alarm-name", "prod-cpu-high",
                              "--namespace", "AWS/ECS", "--metric-name", "CPUUtilization",
                              "--dimensions", "Name=ClusterName,Value=prod", "--statistic", "Average",
                              "--period", "60", "--evaluation-periods", "1", "--threshold", "80",
                              "--comparison-operator", "GreaterThanThreshold"], env=env, check=True)
        subprocess.run(aws + ["cloudwatch", "set-alarm-state", "--alarm-name", "prod-cpu-high",
                              "--state-value", "ALARM", "--state-reason", "test"], env=env, check=True)

        def overview(*args):
            return subprocess.run([cli, "overview", "--endpoint-url", endpoint.url] + list(args),
                                  env=env, capture_output=True, text=True, timeout=120)

        done = overview("--region", endpoint.region, "--format", "json")
        assert done.returncode == 0, done.stderr
        rows = {r["cluster"]: r for r in json.loads(done.stdout)["clusters"]}
        assert set(rows) == {"prod", "quiet"}, rows.keys()
        prod = rows["prod"]
        assert prod["services"] == 1, prod
        assert prod["servicesBelowDesired"] == ["web"], prod
        assert prod["alarmsInAlarm"] == ["prod-cpu-high"], prod
        assert prod["needsAttention"] is True, prod
        assert rows["quiet"]["needsAttention"] is False, rows["quiet"]

        done = overview("--region", endpoint.region, "--format", "csv", "--attention-only")
        assert done.returncode == 0, done.stderr
        records = list(csv.DictReader(io.StringIO(done.stdout)))
        assert [r["cluster"] for r in records] == ["prod"], records
        assert records[0]["belowDesired"] == "web" and records[0]["alarmsInAlarm"] == "prod-cpu-high", records

        done = overview("--region", endpoint.region)
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert lines[0].split()[:3] == ["CONNECTION", "REGION", "CLUSTER"], lines
        assert any(line.split()[2] == "prod" for line in lines[1:]), lines

        # A region the endpoint refuses: reported, exit 1, the good region's rows still printed.
        done = overview("--region", endpoint.region, "--region", "eu-west-1", "--format", "json")
        assert done.returncode == 1, (done.returncode, done.stderr)
        assert "eu-west-1" in done.stderr, done.stderr
        answer = json.loads(done.stdout)
        assert {r["cluster"] for r in answer["clusters"]} == {"prod", "quiet"}, answer
        assert all(e["region"] == "eu-west-1" for e in answer["errors"]) and answer["errors"], answer

        done = overview("--format", "yaml")
        assert done.returncode == 2 and "--format" in done.stderr, done
        print("ok")
    finally:
        endpoint.cleanup()


if __name__ == "__main__":
    main()
