#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Conformance of ecsdesk-local through the AWS CLI v2 (/usr/bin/aws): ECS, CloudWatch (query
# protocol), Logs and Application Auto Scaling, pagination with --max-items/--page-size, error
# codes as the CLI reports them, and the task definition fixtures via --cli-input-json.
# usage: cli_conformance.sh <ecsdesk-local binary> [fixtures dir]
set -uo pipefail
binary=$1
fixtures=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
AWS=${AWS_CLI:-/usr/bin/aws}
data=$(mktemp -d)
log=$data/endpoint.log
"$binary" --port 0 --data-dir "$data/store" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 100); do grep -q '^export ' "$log" && break; sleep 0.1; done
eval "$(grep '^export ' "$log")" || { echo "endpoint did not start"; cat "$log"; exit 1; }
export AWS_EC2_METADATA_DISABLED=true AWS_PAGER="" AWS_DEFAULT_REGION=$AWS_REGION
unset AWS_PROFILE
url=$AWS_ENDPOINT_URL
failed=0
aws_() { "$AWS" --endpoint-url "$url" --region "$AWS_REGION" --output json "$@"; }
ok() { echo "ok   $1"; }
fail() { echo "FAIL $1"; failed=1; }
# expect <description> <jq-like python expression over the JSON in `r`> -- aws args...
expect() {
    local what=$1 expr=$2; shift 3
    local out
    if ! out=$(aws_ "$@" 2>&1); then fail "$what: $out"; return; fi
    if /usr/bin/python3 -c "import json,sys; r=json.loads(sys.stdin.read() or '{}'); sys.exit(0 if ($expr) else 1)" <<<"$out"; then
        ok "$what"
    else
        fail "$what: $out"
    fi
}
# expect_error <description> <code> -- aws args...
expect_error() {
    local what=$1 code=$2; shift 3
    local out
    if out=$(aws_ "$@" 2>&1); then fail "$what: succeeded"; return; fi
    if grep -q "($code)" <<<"$out"; then ok "$what"; else fail "$what: $out"; fi
}

echo "$("$AWS" --version)"
expect "create-cluster" 'r["cluster"]["status"]=="ACTIVE"' -- ecs create-cluster --cluster-name cli --tags key=a,value=b
expect "update-cluster-settings" 'r["cluster"]["settings"]==[{"name":"containerInsights","value":"enabled"}]' -- ecs update-cluster-settings --cluster cli --settings name=containerInsights,value=enabled
expect_error "update-cluster-settings (bad value)" InvalidParameterException -- ecs update-cluster-settings --cluster cli --settings name=containerInsights,value=maybe
for i in 1 2 3 4 5; do aws_ ecs create-cluster --cluster-name "p$i" >/dev/null; done
expect "list-clusters" 'len(r["clusterArns"])==6' -- ecs list-clusters
expect "list-clusters --max-items" 'len(r["clusterArns"])==4 and "NextToken" in r' -- ecs list-clusters --max-items 4 --page-size 3
token=$(aws_ ecs list-clusters --max-items 4 --page-size 3 | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["NextToken"])')
expect "list-clusters --starting-token" 'len(r["clusterArns"])==2' -- ecs list-clusters --starting-token "$token" --page-size 3
expect "describe-clusters include" 'r["clusters"][0]["tags"]==[{"key":"a","value":"b"}] and r["failures"][0]["reason"]=="MISSING"' -- ecs describe-clusters --clusters cli nope --include TAGS STATISTICS
expect_error "delete unknown cluster" ClusterNotFoundException -- ecs delete-cluster --cluster nope
expect_error "maxResults range" InvalidParameterException -- ecs list-clusters --max-results 101 --no-paginate
expect "delete-cluster" 'r["cluster"]["status"]=="INACTIVE"' -- ecs delete-cluster --cluster p5

expect "register-task-definition" 'r["taskDefinition"]["revision"]==1' -- ecs register-task-definition --family web --container-definitions '[{"name":"app","image":"nginx","memory":128}]'
aws_ ecs register-task-definition --family web --container-definitions '[{"name":"app","image":"nginx","memory":128}]' >/dev/null
aws_ ecs register-task-definition --family api --network-mode awsvpc --requires-compatibilities FARGATE --cpu 256 --memory 512 --container-definitions '[{"name":"api","image":"x"}]' >/dev/null
expect "describe-task-definition" 'r["taskDefinition"]["revision"]==2' -- ecs describe-task-definition --task-definition web
expect "deregister-task-definition" 'r["taskDefinition"]["status"]=="INACTIVE"' -- ecs deregister-task-definition --task-definition web:1
expect "list-task-definitions" 'len(r["taskDefinitionArns"])==2' -- ecs list-task-definitions
expect "list-task-definitions INACTIVE" 'r["taskDefinitionArns"][0].endswith("web:1")' -- ecs list-task-definitions --status INACTIVE
expect "list-task-definition-families" 'r["families"]==["api","web"]' -- ecs list-task-definition-families
expect_error "task definition without memory" ClientException -- ecs register-task-definition --family bad --container-definitions '[{"name":"a","image":"i"}]'

if [ -n "$fixtures" ] && [ -d "$fixtures/task-definitions" ]; then
    n=0
    refused=$(/usr/bin/python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); from ecs_refusals import REFUSED; print(" ".join(REFUSED))' "$here")
    for f in "$fixtures"/task-definitions/*.json; do
        /usr/bin/python3 - "$f" "$here" >"$data/td.json" <<'PY'
import json, sys
sys.path.insert(0, sys.argv[2])
import botocore.session
from localendpoint import load_fixture, prune_to_shape
shape = botocore.session.get_session().get_service_model("ecs").operation_model("RegisterTaskDefinition").input_shape
print(json.dumps(prune_to_shape(load_fixture(sys.argv[1]), shape)))
PY
        if [[ " $refused " == *" $(basename "$f") "* ]]; then # ECS refuses it as published: so do we
            expected=$(/usr/bin/python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); from ecs_refusals import REFUSED; c, m = REFUSED[sys.argv[2]]; print("An error occurred (%s) when calling the RegisterTaskDefinition operation: %s" % (c, m))' "$here" "$(basename "$f")")
            if out=$(aws_ ecs register-task-definition --cli-input-json "file://$data/td.json" 2>&1) \
                || [[ "$out" != *"$expected"* ]]; then
                fail "fixture $(basename "$f") should be refused: $out"
            fi
            continue
        fi
        if ! out=$(aws_ ecs register-task-definition --cli-input-json "file://$data/td.json" 2>&1); then
            fail "fixture $(basename "$f"): $out"; continue
        fi
        arn=$(/usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["taskDefinition"]["taskDefinitionArn"])' <<<"$out")
        aws_ ecs describe-task-definition --task-definition "$arn" >"$data/read.json"
        if ! /usr/bin/python3 - "$data/td.json" "$data/read.json" "$here" <<'PY'
import json, sys
sys.path.insert(0, sys.argv[3])
from localendpoint import is_subset
expected = json.load(open(sys.argv[1])); expected.pop("tags", None)
problem = is_subset(expected, json.load(open(sys.argv[2]))["taskDefinition"])
if problem:
    print(problem); sys.exit(1)
PY
        then fail "fixture $(basename "$f") read back differs"; fi
        n=$((n + 1))
    done
    ok "$n fixtures registered with --cli-input-json and read back"
fi

expect "register-container-instance" 'r["containerInstance"]["status"]=="ACTIVE"' -- ecs register-container-instance --cluster cli --total-resources name=CPU,type=INTEGER,integerValue=2048 name=MEMORY,type=INTEGER,integerValue=4096
ci=$(aws_ ecs list-container-instances --cluster cli | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["containerInstanceArns"][0])')
expect "describe-container-instances" 'r["containerInstances"][0]["containerInstanceArn"]=="'"$ci"'"' -- ecs describe-container-instances --cluster cli --container-instances "$ci"
expect "run-task" 'len(r["tasks"])==5 and r["tasks"][0]["lastStatus"]=="PENDING"' -- ecs run-task --cluster cli --task-definition web --count 5
expect "start-task" 'len(r["tasks"])==1' -- ecs start-task --cluster cli --task-definition web --container-instances "$ci"
expect "list-tasks --page-size" 'len(r["taskArns"])==6' -- ecs list-tasks --cluster cli --page-size 2
expect "list-tasks --max-items" 'len(r["taskArns"])==4 and "NextToken" in r' -- ecs list-tasks --cluster cli --max-items 4 --page-size 3
task=$(aws_ ecs list-tasks --cluster cli | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["taskArns"][0])')
expect "describe-tasks failures" 'len(r["tasks"])==1 and r["failures"][0]["reason"]=="MISSING"' -- ecs describe-tasks --cluster cli --tasks "$task" 0123
expect "stop-task" 'r["task"]["desiredStatus"]=="STOPPED"' -- ecs stop-task --cluster cli --task "$task"
expect "list-tasks STOPPED" 'r["taskArns"]==["'"$task"'"]' -- ecs list-tasks --cluster cli --desired-status STOPPED
expect "update-container-instances-state" 'r["containerInstances"][0]["status"]=="DRAINING"' -- ecs update-container-instances-state --cluster cli --container-instances "$ci" --status DRAINING
expect "deregister-container-instance --force" 'r["containerInstance"]["status"]=="INACTIVE"' -- ecs deregister-container-instance --cluster cli --container-instance "$ci" --force

# Caller attributes replace the defaults (each name once); static host ports are reserved (PORTS)
# and a task that cannot get its port fails with RESOURCE:PORTS; instances count their tasks.
aws_ ecs create-cluster --cluster-name cliports >/dev/null
for zone in us-east-1b us-east-1c; do
    expect "register-container-instance --attributes ($zone)" '[a["name"] for a in r["containerInstance"]["attributes"]].count("ecs.availability-zone")==1 and {a["name"]:a.get("value") for a in r["containerInstance"]["attributes"]}["ecs.availability-zone"]=="'"$zone"'"' -- ecs register-container-instance --cluster cliports --total-resources name=CPU,type=INTEGER,integerValue=2048 name=MEMORY,type=INTEGER,integerValue=4096 --attributes name=ecs.availability-zone,value=$zone name=stack,value=blue
done
aws_ ecs register-task-definition --family web8080 --network-mode bridge --container-definitions '[{"name":"web","image":"nginx","memory":128,"portMappings":[{"containerPort":80,"hostPort":8080}]}]' >/dev/null
expect "run-task static host port" 'len(r["tasks"])==2 and len({t["availabilityZone"] for t in r["tasks"]})==2 and r["failures"] and all(f["reason"]=="RESOURCE:PORTS" for f in r["failures"])' -- ecs run-task --cluster cliports --task-definition web8080 --count 3
cis=$(aws_ ecs list-container-instances --cluster cliports | /usr/bin/python3 -c 'import json,sys; print(" ".join(json.load(sys.stdin)["containerInstanceArns"]))')
# shellcheck disable=SC2086
expect "describe-container-instances PORTS and counts" 'all("8080" in next(x["stringSetValue"] for x in c["remainingResources"] if x["name"]=="PORTS") and c["pendingTasksCount"]+c["runningTasksCount"]==1 for c in r["containerInstances"])' -- ecs describe-container-instances --cluster cliports --container-instances $cis

net='awsvpcConfiguration={subnets=[subnet-1],securityGroups=[sg-1]}'
expect "create-service" 'r["service"]["desiredCount"]==2 and r["service"]["deployments"][0]["status"]=="PRIMARY"' -- ecs create-service --cluster cli --service-name api --task-definition api --desired-count 2 --launch-type FARGATE --network-configuration "$net"
for i in 1 2 3; do aws_ ecs create-service --cluster cli --service-name "s$i" --task-definition api --desired-count 0 --launch-type FARGATE --network-configuration "$net" >/dev/null; done
expect "list-services --page-size" 'len(r["serviceArns"])==4' -- ecs list-services --cluster cli --page-size 1
expect "describe-services" 'r["services"][0]["serviceName"]=="api" and r["failures"][0]["reason"]=="MISSING"' -- ecs describe-services --cluster cli --services api nope
expect "update-service" 'r["service"]["desiredCount"]==3' -- ecs update-service --cluster cli --service api --desired-count 3
expect "list-tasks --service-name" 'len(r["taskArns"])==3' -- ecs list-tasks --cluster cli --service-name api
expect_error "delete scaled service" InvalidParameterException -- ecs delete-service --cluster cli --service api
expect "delete-service --force" 'r["service"]["status"]=="DRAINING"' -- ecs delete-service --cluster cli --service api --force
expect_error "update unknown service" ServiceNotFoundException -- ecs update-service --cluster cli --service nope --desired-count 1
expect "describe-capacity-providers" 'len(r["capacityProviders"])==2' -- ecs describe-capacity-providers
expect "put-account-setting" 'r["setting"]["value"]=="enabled"' -- ecs put-account-setting --name containerInsights --value enabled
expect "list-account-settings" 'r["settings"][0]["name"]=="containerInsights"' -- ecs list-account-settings --name containerInsights
expect "delete-account-setting" 'r["setting"]["name"]=="containerInsights"' -- ecs delete-account-setting --name containerInsights
carn=$(aws_ ecs describe-clusters --clusters cli | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["clusters"][0]["clusterArn"])')
aws_ ecs tag-resource --resource-arn "$carn" --tags key=env,value=dev >/dev/null && ok "tag-resource" || fail "tag-resource"
aws_ ecs untag-resource --resource-arn "$carn" --tag-keys a >/dev/null && ok "untag-resource" || fail "untag-resource"
expect "list-tags-for-resource" 'r["tags"]==[{"key":"env","value":"dev"}]' -- ecs list-tags-for-resource --resource-arn "$carn"

now=$(date -u +%Y-%m-%dT%H:%M:00Z)
start=$(date -u -d '-10 min' +%Y-%m-%dT%H:%M:00Z)
aws_ cloudwatch put-metric-data --namespace Test/Cli --metric-data "MetricName=Hits,Dimensions=[{Name=Svc,Value=a}],Value=4,Unit=Count,Timestamp=$(date -u -d '-2 min' +%Y-%m-%dT%H:%M:00Z)" >/dev/null && ok "put-metric-data (query protocol)" || fail "put-metric-data"
expect "get-metric-statistics" 'r["Datapoints"][0]["Sum"]==4.0 and r["Datapoints"][0]["Unit"]=="Count"' -- cloudwatch get-metric-statistics --namespace Test/Cli --metric-name Hits --dimensions Name=Svc,Value=a --start-time "$start" --end-time "$now" --period 60 --statistics Sum
expect "get-metric-data" 'r["MetricDataResults"][0]["Values"]==[4.0]' -- cloudwatch get-metric-data --start-time "$start" --end-time "$now" --metric-data-queries '[{"Id":"h","MetricStat":{"Metric":{"Namespace":"Test/Cli","MetricName":"Hits","Dimensions":[{"Name":"Svc","Value":"a"}]},"Period":60,"Stat":"Sum"}}]'
expect "list-metrics" 'r["Metrics"][0]["MetricName"]=="Hits"' -- cloudwatch list-metrics --namespace Test/Cli
expect_error "put-metric-data AWS/ namespace" InvalidParameterValue -- cloudwatch put-metric-data --namespace AWS/ECS --metric-name x --value 1

aws_ logs create-log-group --log-group-name /cli/app >/dev/null && ok "create-log-group" || fail "create-log-group"
aws_ logs create-log-stream --log-group-name /cli/app --log-stream-name s1 >/dev/null && ok "create-log-stream" || fail "create-log-stream"
expect_error "create-log-group twice" ResourceAlreadyExistsException -- logs create-log-group --log-group-name /cli/app
ts=$(($(date +%s) * 1000))
expect "put-log-events" '"nextSequenceToken" in r' -- logs put-log-events --log-group-name /cli/app --log-stream-name s1 --log-events "timestamp=$ts,message=hello" "timestamp=$((ts + 1)),message=world"
expect "describe-log-groups" 'r["logGroups"][0]["logGroupName"]=="/cli/app"' -- logs describe-log-groups
expect "describe-log-streams" 'r["logStreams"][0]["logStreamName"]=="s1"' -- logs describe-log-streams --log-group-name /cli/app
expect "get-log-events" '[e["message"] for e in r["events"]]==["hello","world"]' -- logs get-log-events --log-group-name /cli/app --log-stream-name s1 --start-from-head
expect "filter-log-events" '[e["message"] for e in r["events"]]==["world"]' -- logs filter-log-events --log-group-name /cli/app --filter-pattern world

aas=(application-autoscaling)
aws_ "${aas[@]}" register-scalable-target --service-namespace ecs --resource-id service/cli/s1 --scalable-dimension ecs:service:DesiredCount --min-capacity 1 --max-capacity 3 >/dev/null && ok "register-scalable-target" || fail "register-scalable-target"
expect "describe-scalable-targets" 'r["ScalableTargets"][0]["MaxCapacity"]==3' -- "${aas[@]}" describe-scalable-targets --service-namespace ecs
expect "put-scaling-policy" 'r["PolicyARN"].startswith("arn:aws:autoscaling:")' -- "${aas[@]}" put-scaling-policy --policy-name cpu --service-namespace ecs --resource-id service/cli/s1 --scalable-dimension ecs:service:DesiredCount --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration '{"TargetValue":50,"PredefinedMetricSpecification":{"PredefinedMetricType":"ECSServiceAverageCPUUtilization"}}'
expect "describe-scaling-policies" 'r["ScalingPolicies"][0]["PolicyName"]=="cpu"' -- "${aas[@]}" describe-scaling-policies --service-namespace ecs
aws_ "${aas[@]}" put-scheduled-action --service-namespace ecs --scheduled-action-name night --resource-id service/cli/s1 --scalable-dimension ecs:service:DesiredCount --schedule "cron(0 22 * * ? *)" --scalable-target-action MinCapacity=0,MaxCapacity=1 >/dev/null && ok "put-scheduled-action" || fail "put-scheduled-action"
expect "describe-scheduled-actions" 'r["ScheduledActions"][0]["ScheduledActionName"]=="night"' -- "${aas[@]}" describe-scheduled-actions --service-namespace ecs
expect "describe-scaling-activities" 'r["ScalingActivities"]==[]' -- "${aas[@]}" describe-scaling-activities --service-namespace ecs
expect_error "min above max" ValidationException -- "${aas[@]}" register-scalable-target --service-namespace ecs --resource-id service/cli/s1 --scalable-dimension ecs:service:DesiredCount --min-capacity 5 --max-capacity 3

if [ "$failed" -ne 0 ]; then echo "some checks failed"; exit 1; fi
echo "all checks passed"
