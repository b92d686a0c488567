# SPDX-License-Identifier: MIT
"""The shared task definition fixtures that Amazon ECS refuses as published, with ECS's answer
(error code, message): the rulebook (rules/ecsrules.cpp) gives the same answer. The conformance
scripts expect exactly these refusals and register every other fixture."""

AWSVPC_PORTS = ("ClientException",
                "When networkMode=awsvpc, the host ports and container ports in port mappings must match.")
AWSLOGS_ROLE = ("ClientException",
                "Fargate requires task definition to have execution role ARN to support log driver awslogs.")
PROXY_ENVOY = ("ClientException",
               "The container name 'envoy' in the proxy configuration does not match any container in the task "
               "definition.")

REFUSED = {
    "aws-samples--kibana-kibana_ec2.json": AWSVPC_PORTS,
    "aws-samples--tomcat-tomcat_ec2.json": AWSVPC_PORTS,
    "aws-samples--gunicorn-gunicorn_fargate.json": AWSLOGS_ROLE,
    "aws-samples--jetty-jetty_fargate.json": AWSLOGS_ROLE,
    "aws-samples--kibana-kibana_fargate.json": AWSLOGS_ROLE,
    "aws-samples--nginx-nginx_fargate.json": AWSLOGS_ROLE,
    "aws-samples--tomcat-tomcat_fargate.json": AWSLOGS_ROLE,
    "aws-samples--wildfly-wildfly_fargate.json": AWSLOGS_ROLE,
    "ecspresso--tests-td.json": PROXY_ENVOY,
    "ecspresso--tests-td-plain.json": PROXY_ENVOY,
}
