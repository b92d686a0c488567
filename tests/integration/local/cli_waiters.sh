#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The AWS CLI v2 waiters against ecsdesk-local running its simulation in real time with short
# lifecycle steps (--step-ms): services-stable, tasks-running and tasks-stopped succeed, and a
# Fargate task gets an ENI with a private IP.
# usage: cli_waiters.sh <ecsdesk-local binary>
set -uo pipefail
binary=$1
AWS=${AWS_CLI:-/usr/bin/aws}
data=$(mktemp -d)
log=$data/endpoint.log
"$binary" --port 0 --data-dir "$data/store" --step-ms 300 >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 100); do grep -q '^export ' "$log" && break; sleep 0.1; done
eval "$(grep '^export ' "$log")" || { echo "endpoint did not start"; cat "$log"; exit 1; }
export AWS_EC2_METADATA_DISABLED=true AWS_PAGER="" AWS_DEFAULT_REGION=$AWS_REGION
unset AWS_PROFILE
url=$AWS_ENDPOINT_URL
failed=0
aws_() { timeout 120 "$AWS" --endpoint-url "$url" --region "$AWS_REGION" --output json "$@"; }
check() { if "${@:2}"; then echo "ok   $1"; else echo "FAIL $1"; failed=1; fi; }
py() { /usr/bin/python3 -c "import json,sys; r=json.load(sys.stdin); $1"; }

"$AWS" --version
aws_ ecs create-cluster --cluster-name w >/dev/null
for i in 1 2; do
    aws_ ecs register-container-instance --cluster w \
        --instance-identity-document "{\"instanceId\":\"i-$i\",\"availabilityZone\":\"us-east-1a\"}" \
        --total-resources name=CPU,type=INTEGER,integerValue=2048 name=MEMORY,type=INTEGER,integerValue=4096 >/dev/null
done
aws_ ecs register-task-definition --family web --container-definitions '[{"name":"app","image":"nginx","memory":128}]' >/dev/null
aws_ ecs create-service --cluster w --service-name web --task-definition web --desired-count 3 >/dev/null
check "wait services-stable" aws_ ecs wait services-stable --cluster w --services web
running=$(aws_ ecs describe-services --cluster w --services web | py 'print(r["services"][0]["runningCount"])')
check "runningCount is 3 ($running)" test "$running" = 3
events=$(aws_ ecs describe-services --cluster w --services web | py 'print(r["services"][0]["events"][0]["message"])')
check "steady state event ($events)" test "$events" = "(service web) has reached a steady state."

task=$(aws_ ecs run-task --cluster w --task-definition web | py 'print(r["tasks"][0]["taskArn"])')
check "wait tasks-running" aws_ ecs wait tasks-running --cluster w --tasks "$task"
aws_ ecs stop-task --cluster w --task "$task" >/dev/null
check "wait tasks-stopped" aws_ ecs wait tasks-stopped --cluster w --tasks "$task"
code=$(aws_ ecs describe-tasks --cluster w --tasks "$task" | py 'print(r["tasks"][0]["stopCode"])')
check "stopCode UserInitiated ($code)" test "$code" = UserInitiated

aws_ ecs register-task-definition --family f --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 \
    --memory 512 --container-definitions '[{"name":"f","image":"x"}]' >/dev/null
ftask=$(aws_ ecs run-task --cluster w --task-definition f --launch-type FARGATE \
    --network-configuration 'awsvpcConfiguration={subnets=[subnet-1]}' | py 'print(r["tasks"][0]["taskArn"])')
check "wait tasks-running (Fargate)" aws_ ecs wait tasks-running --cluster w --tasks "$ftask"
ip=$(aws_ ecs describe-tasks --cluster w --tasks "$ftask" \
    | py 'print([d["value"] for d in r["tasks"][0]["attachments"][0]["details"] if d["name"]=="privateIPv4Address"][0])')
check "Fargate private IP ($ip)" test -n "$ip"
exit $failed
