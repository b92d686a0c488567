# SPDX-License-Identifier: MIT
"""boto3 (botocore 1.4x: CloudWatch over awsJson1_0) get_metric_data for the same queries as the
metrics pane. argv: endpoint region queries.json start_epoch end_epoch. Prints
{"id": [[ms, value], ...]} sorted by time, following NextToken."""
import json
import sys

import boto3

endpoint, region, queries_file, start, end = sys.argv[1:6]
with open(queries_file) as f:
    queries = json.load(f)
client = boto3.client("cloudwatch", endpoint_url=endpoint, region_name=region)
out = {q["Id"]: [] for q in queries}
token = None
while True:
    kwargs = dict(MetricDataQueries=queries, StartTime=int(start), EndTime=int(end), ScanBy="TimestampAscending")
    if token:
        kwargs["NextToken"] = token
    answer = client.get_metric_data(**kwargs)
    for result in answer["MetricDataResults"]:
        for ts, value in zip(result["Timestamps"], result["Values"]):
            out[result["Id"]].append([int(ts.timestamp() * 1000), value])
    token = answer.get("NextToken")
    if not token:
        break
for points in out.values():
    points.sort()
json.dump(out, sys.stdout)
