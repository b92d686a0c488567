#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Issue 22: ecsdesk-local's Amazon ECR API through boto3 and the AWS CLI (v2.9 at /usr/bin/aws, v1
as plain `aws`): every operation, ECR's error codes and texts, lifecycle rules and their preview on
the demo account.

usage: ecr_local.py <ecsdesk-local binary> [--no-cli]"""

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time

from botocore.exceptions import ClientError

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "local"))
from localendpoint import LocalEndpoint  # noqa: E402

failures = []


def check(what, condition, detail=""):
    if condition:
        print("ok   %s" % what)
    else:
        failures.append(what)
        print("FAIL %s %s" % (what, detail))


def expect_error(what, code, message, call, **kwargs):
    try:
        call(**kwargs)
    except ClientError as error:
        got = (error.response["Error"]["Code"], error.response["Error"].get("Message"))
        check(what, got[0] == code and (message is None or got[1] == message),
              "expected %s %r, got %s %r" % (code, message, got[0], got[1]))
        return
    check(what, False, "accepted")


def manifest(name, findings=None, layers=(1000, 2000)):
    document = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "size": 100,
                           "digest": "sha256:" + hashlib.sha256(name.encode()).hexdigest()},
                "layers": [{"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "size": size,
                            "digest": "sha256:" + hashlib.sha256(("%s%d" % (name, i)).encode()).hexdigest()}
                           for i, size in enumerate(layers)]}
    if findings is not None:
        document["annotations"] = {"ecsdesk.sim.findings": findings}
    return json.dumps(document, separators=(",", ":"))


def digest_of(text):
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


def test_boto3(endpoint):
    ecr = endpoint.client("ecr")
    account = ecr.create_repository(repositoryName="web")["repository"]["registryId"]
    repo = ecr.describe_repositories(repositoryNames=["web"])["repositories"][0]
    check("CreateRepository: URI and ARN", repo["repositoryUri"] == "%s.dkr.ecr.%s.amazonaws.com/web" % (
        account, endpoint.region) and repo["repositoryArn"] == "arn:aws:ecr:%s:%s:repository/web" % (
        endpoint.region, account), repo)
    check("CreateRepository: defaults", repo["imageTagMutability"] == "MUTABLE"
          and repo["imageScanningConfiguration"] == {"scanOnPush": False}
          and repo["encryptionConfiguration"] == {"encryptionType": "AES256"}, repo)
    locked = ecr.create_repository(repositoryName="team/locked", imageTagMutability="IMMUTABLE",
                                   imageScanningConfiguration={"scanOnPush": True},
                                   encryptionConfiguration={"encryptionType": "KMS"})["repository"]
    check("CreateRepository: immutable, scan on push, KMS", locked["imageTagMutability"] == "IMMUTABLE"
          and locked["imageScanningConfiguration"]["scanOnPush"]
          and locked["encryptionConfiguration"]["encryptionType"] == "KMS"
          and locked["encryptionConfiguration"]["kmsKey"].startswith("arn:aws:kms:"), locked)
    expect_error("CreateRepository twice", "RepositoryAlreadyExistsException",
                 "The repository with name 'web' already exists in the registry with id '%s'" % account,
                 ecr.create_repository, repositoryName="web")
    expect_error("CreateRepository with a bad name", "InvalidParameterException", None,
                 ecr.create_repository, repositoryName="Bad_Name")
    expect_error("DescribeRepositories of a missing one", "RepositoryNotFoundException",
                 "The repository with name 'nope' does not exist in the registry with id '%s'" % account,
                 ecr.describe_repositories, repositoryNames=["nope"])
    first = ecr.describe_repositories(maxResults=1)
    second = ecr.describe_repositories(maxResults=1, nextToken=first["nextToken"])
    check("DescribeRepositories pages", [r["repositoryName"] for r in first["repositories"] + second["repositories"]]
          == ["team/locked", "web"] and "nextToken" not in second, (first, second))

    # PutImage: digest is the manifest's sha256; tags move in a mutable repository.
    m1, m2 = manifest("one"), manifest("two", layers=(5000,))
    image = ecr.put_image(repositoryName="web", imageManifest=m1, imageTag="v1")["image"]
    check("PutImage: digest is sha256 of the manifest", image["imageId"] == {"imageDigest": digest_of(m1),
                                                                             "imageTag": "v1"}, image)
    expect_error("PutImage of the same image and tag", "ImageAlreadyExistsException",
                 "Image with digest '%s' and tag 'v1' already exists in the repository with name 'web' in registry "
                 "with id '%s'" % (digest_of(m1), account), ecr.put_image, repositoryName="web", imageManifest=m1,
                 imageTag="v1")
    ecr.put_image(repositoryName="web", imageManifest=m1, imageTag="stable")
    time.sleep(0.01)  # distinct push times for the lifecycle preview below
    ecr.put_image(repositoryName="web", imageManifest=m2, imageTag="v1")
    ids = ecr.list_images(repositoryName="web")["imageIds"]
    check("ListImages: one id per tag, the tag moved", sorted((i["imageDigest"], i.get("imageTag")) for i in ids)
          == sorted([(digest_of(m1), "stable"), (digest_of(m2), "v1")]), ids)
    ecr.put_image(repositoryName="web", imageManifest=m1, imageTag="v2")
    time.sleep(0.01)
    ecr.put_image(repositoryName="web", imageManifest=manifest("three"))
    untagged = ecr.list_images(repositoryName="web", filter={"tagStatus": "UNTAGGED"})["imageIds"]
    tagged = ecr.list_images(repositoryName="web", filter={"tagStatus": "TAGGED"})["imageIds"]
    check("ListImages filters", untagged == [{"imageDigest": digest_of(manifest("three"))}] and len(tagged) == 3,
          (untagged, tagged))
    page = ecr.list_images(repositoryName="web", maxResults=2)
    rest = ecr.list_images(repositoryName="web", maxResults=2, nextToken=page["nextToken"])
    check("ListImages pages", len(page["imageIds"]) == 2 and len(rest["imageIds"]) == 2, (page, rest))

    details = ecr.describe_images(repositoryName="web", imageIds=[{"imageTag": "v2"}])["imageDetails"][0]
    check("DescribeImages: size, tags, pushed", details["imageSizeInBytes"] == 3100
          and sorted(details["imageTags"]) == ["stable", "v2"] and "imagePushedAt" in details
          and "lastRecordedPullTime" not in details and "imageScanStatus" not in details, details)
    expect_error("DescribeImages of a missing tag", "ImageNotFoundException",
                 "The image with imageId {imageDigest:'null', imageTag:'gone'} does not exist within the repository "
                 "with name 'web' in the registry with id '%s'" % account,
                 ecr.describe_images, repositoryName="web", imageIds=[{"imageTag": "gone"}])
    got = ecr.batch_get_image(repositoryName="web", imageIds=[{"imageTag": "v2"}, {"imageTag": "gone"}])
    check("BatchGetImage: the manifest and a failure", got["images"][0]["imageManifest"] == m1
          and got["failures"] == [{"imageId": {"imageTag": "gone"}, "failureCode": "ImageNotFound",
                                   "failureReason": "Requested image not found"}], got)
    pulled = ecr.describe_images(repositoryName="web", imageIds=[{"imageTag": "v2"}])["imageDetails"][0]
    check("DescribeImages: lastRecordedPullTime after a pull", "lastRecordedPullTime" in pulled, pulled)
    all_details = ecr.describe_images(repositoryName="web", filter={"tagStatus": "UNTAGGED"})["imageDetails"]
    check("DescribeImages filter", [d["imageDigest"] for d in all_details] == [digest_of(manifest("three"))],
          all_details)

    # Immutable tags; scan on push with the severities the manifest asks for.
    risky = manifest("risky", findings="CRITICAL=2,HIGH=1,LOW=3")
    ecr.put_image(repositoryName="team/locked", imageManifest=risky, imageTag="1.0")
    expect_error("PutImage over an immutable tag", "ImageTagAlreadyExistsException",
                 "The image tag '1.0' already exists in the 'team/locked' repository and cannot be overwritten "
                 "because the repository is immutable.",
                 ecr.put_image, repositoryName="team/locked", imageManifest=manifest("other"), imageTag="1.0")
    scanned = ecr.describe_images(repositoryName="team/locked")["imageDetails"][0]
    check("Scan on push: status and severity counts", scanned["imageScanStatus"]["status"] == "COMPLETE"
          and scanned["imageScanFindingsSummary"]["findingSeverityCounts"] == {"CRITICAL": 2, "HIGH": 1, "LOW": 3},
          scanned)
    findings = ecr.describe_image_scan_findings(repositoryName="team/locked", imageId={"imageTag": "1.0"})
    severities = sorted(f["severity"] for f in findings["imageScanFindings"]["findings"])
    check("DescribeImageScanFindings: one finding per count", severities == ["CRITICAL", "CRITICAL", "HIGH", "LOW",
                                                                             "LOW", "LOW"]
          and all(f["name"].startswith("CVE-") for f in findings["imageScanFindings"]["findings"]), findings)
    expect_error("DescribeImageScanFindings before a scan", "ScanNotFoundException", None,
                 ecr.describe_image_scan_findings, repositoryName="web", imageId={"imageTag": "v1"})
    started = ecr.start_image_scan(repositoryName="web", imageId={"imageTag": "v1"})
    check("StartImageScan", started["imageScanStatus"]["status"] == "IN_PROGRESS"
          and started["imageId"]["imageDigest"] == digest_of(m2), started)
    again = ecr.describe_image_scan_findings(repositoryName="web", imageId={"imageTag": "v1"})
    repeat = ecr.describe_image_scan_findings(repositoryName="web", imageId={"imageTag": "v1"})
    check("Simulated findings are deterministic", again["imageScanStatus"]["status"] == "COMPLETE"
          and again["imageScanFindings"] == repeat["imageScanFindings"], again)
    expect_error("StartImageScan twice in a day", "LimitExceededException",
                 "The scan quota per image has been exceeded. Wait and try again.",
                 ecr.start_image_scan, repositoryName="web", imageId={"imageTag": "v1"})

    # Lifecycle policies.
    expect_error("GetLifecyclePolicy without one", "LifecyclePolicyNotFoundException",
                 "Lifecycle policy does not exist for the repository with name 'web' in the registry with id '%s'"
                 % account, ecr.get_lifecycle_policy, repositoryName="web")
    bad = json.dumps({"rules": [{"rulePriority": 1, "selection": {"tagStatus": "tagged", "countType":
                                                                  "imageCountMoreThan", "countNumber": 1},
                                 "action": {"type": "expire"}}]})
    expect_error("PutLifecyclePolicy: tagged without prefixes", "InvalidParameterException", None,
                 ecr.put_lifecycle_policy, repositoryName="web", lifecyclePolicyText=bad)
    policy = json.dumps({"rules": [
        {"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPrefixList": ["v"],
                                          "countType": "imageCountMoreThan", "countNumber": 1},
         "action": {"type": "expire"}},
        {"rulePriority": 2, "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 1},
         "action": {"type": "expire"}}]})
    ecr.put_lifecycle_policy(repositoryName="web", lifecyclePolicyText=policy)
    check("GetLifecyclePolicy", ecr.get_lifecycle_policy(repositoryName="web")["lifecyclePolicyText"] == policy)
    expect_error("GetLifecyclePolicyPreview before a preview", "LifecyclePolicyPreviewNotFoundException", None,
                 ecr.get_lifecycle_policy_preview, repositoryName="web")
    ecr.start_lifecycle_policy_preview(repositoryName="web")
    preview = ecr.get_lifecycle_policy_preview(repositoryName="web")
    # Pushed: m1 (v2, stable), m2 (v1), three (untagged). Rule 1 selects the v* images, keeps the newest (m2)
    # and expires m1; rule 2 sees only what rule 1 did not select ("three") and keeps it.
    expired = {(r["imageDigest"], r["appliedRulePriority"]) for r in preview["previewResults"]}
    check("GetLifecyclePolicyPreview: rules in priority order", preview["status"] == "COMPLETE"
          and expired == {(digest_of(m1), 1)} and preview["summary"]["expiringImageTotalCount"] == 1, preview)
    ecr.delete_lifecycle_policy(repositoryName="web")
    expect_error("DeleteLifecyclePolicy", "LifecyclePolicyNotFoundException", None,
                 ecr.get_lifecycle_policy, repositoryName="web")

    token = ecr.get_authorization_token()["authorizationData"][0]
    user, _, password = base64.b64decode(token["authorizationToken"]).decode().partition(":")
    check("GetAuthorizationToken", user == "AWS" and password and token["proxyEndpoint"] ==
          "https://%s.dkr.ecr.%s.amazonaws.com" % (account, endpoint.region), token)

    policy_text = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Sid": "pull", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::%s:root" % account},
         "Action": ["ecr:BatchGetImage"]}]})
    expect_error("GetRepositoryPolicy without one", "RepositoryPolicyNotFoundException",
                 "Repository policy does not exist for the repository with name 'web' in the registry with id '%s'"
                 % account, ecr.get_repository_policy, repositoryName="web")
    ecr.set_repository_policy(repositoryName="web", policyText=policy_text)
    check("Set/GetRepositoryPolicy", ecr.get_repository_policy(repositoryName="web")["policyText"] == policy_text)
    check("DeleteRepositoryPolicy", ecr.delete_repository_policy(repositoryName="web")["policyText"] == policy_text)
    expect_error("SetRepositoryPolicy: not a policy", "InvalidParameterException", None,
                 ecr.set_repository_policy, repositoryName="web", policyText="{}")

    arn = repo["repositoryArn"]
    ecr.tag_resource(resourceArn=arn, tags=[{"Key": "team", "Value": "a"}, {"Key": "env", "Value": "prod"}])
    ecr.untag_resource(resourceArn=arn, tagKeys=["env"])
    check("Tag/Untag/ListTagsForResource", ecr.list_tags_for_resource(resourceArn=arn)["tags"] ==
          [{"Key": "team", "Value": "a"}])
    expect_error("TagResource: a bad ARN", "InvalidParameterException",
                 "Invalid parameter at 'resourceArn' failed to satisfy constraint: 'Invalid ARN'",
                 ecr.tag_resource, resourceArn="arn:aws:s3:::bucket", tags=[{"Key": "a", "Value": "b"}])

    deleted = ecr.batch_delete_image(repositoryName="web", imageIds=[{"imageTag": "stable"}, {"imageTag": "gone"}])
    left = ecr.describe_images(repositoryName="web", imageIds=[{"imageDigest": digest_of(m1)}])["imageDetails"][0]
    check("BatchDeleteImage by one of two tags removes the tag", deleted["imageIds"] ==
          [{"imageDigest": digest_of(m1), "imageTag": "stable"}] and left["imageTags"] == ["v2"]
          and deleted["failures"][0]["failureCode"] == "ImageNotFound", (deleted, left))
    ecr.batch_delete_image(repositoryName="web", imageIds=[{"imageDigest": digest_of(m1)}])
    check("BatchDeleteImage by digest removes the image", digest_of(m1) not in
          [i["imageDigest"] for i in ecr.list_images(repositoryName="web")["imageIds"]])
    expect_error("DeleteRepository with images", "RepositoryNotEmptyException",
                 "The repository with name 'web' in registry with id '%s' cannot be deleted because it still "
                 "contains images" % account, ecr.delete_repository, repositoryName="web")
    check("DeleteRepository force", ecr.delete_repository(repositoryName="web", force=True)["repository"][
        "repositoryName"] == "web")
    expect_error("Gone after delete", "RepositoryNotFoundException", None,
                 ecr.describe_images, repositoryName="web")


def test_demo(binary):
    endpoint = LocalEndpoint(binary, extra_args=["--seed", "demo"]).start()
    try:
        ecr = endpoint.client("ecr")
        ecs = endpoint.client("ecs")
        names = [r["repositoryName"] for r in ecr.describe_repositories()["repositories"]]
        check("Demo: repositories", names == ["api", "frontend", "report", "worker"], names)
        # Every demo task definition image in ECR names a tag that exists.
        missing = []
        for family in ("api", "worker", "frontend", "report-job"):
            for arn in ecs.list_task_definitions(familyPrefix=family)["taskDefinitionArns"]:
                image = ecs.describe_task_definition(taskDefinition=arn)["taskDefinition"]["containerDefinitions"][0][
                    "image"]
                uri, _, tag = image.rpartition(":")
                host, _, repository = uri.partition("/")
                if not host.endswith(".amazonaws.com"):
                    missing.append(image)
                    continue
                try:
                    ecr.describe_images(repositoryName=repository, imageIds=[{"imageTag": tag}])
                except ClientError:
                    missing.append(image)
        check("Demo: task definition images exist in ECR", not missing, missing)
        details = ecr.describe_images(repositoryName="api", maxResults=100)["imageDetails"]
        critical = [d.get("imageTags") for d in details
                    if d.get("imageScanFindingsSummary", {}).get("findingSeverityCounts", {}).get("CRITICAL")]
        check("Demo: api's history (7 images over weeks, 1.2 with a critical finding)",
              len(details) == 7 and critical == [["1.2"]]
              and max(d["imagePushedAt"] for d in details).timestamp() - min(
                  d["imagePushedAt"] for d in details).timestamp() > 40 * 86400, details)
        ecr.start_lifecycle_policy_preview(repositoryName="api")
        preview = ecr.get_lifecycle_policy_preview(repositoryName="api")
        got = sorted((tuple(r.get("imageTags", [])), r["appliedRulePriority"]) for r in preview["previewResults"])
        check("Demo: api's lifecycle preview (untagged after 14 days, the last 4 releases kept)",
              got == [((), 1), ((), 1), (("1.0",), 2)], got)
    finally:
        endpoint.cleanup()


def test_daily_expiry(binary):
    """ECR applies a lifecycle policy once a day: with simulated time 100,000 times faster, a day
    passes in under a second and the next read of the repository finds the expired images gone."""
    endpoint = LocalEndpoint(binary, extra_args=["--time-scale", "100000", "--no-simulation"]).start()
    try:
        ecr = endpoint.client("ecr")
        ecr.create_repository(repositoryName="daily")
        for i in range(3):
            ecr.put_image(repositoryName="daily", imageManifest=manifest("daily%d" % i), imageTag="v%d" % i)
            time.sleep(0.05)  # pushes about an hour apart in simulated time
        policy = json.dumps({"rules": [{"rulePriority": 1, "selection": {"tagStatus": "any", "countType":
                                                                         "imageCountMoreThan", "countNumber": 1},
                                        "action": {"type": "expire"}}]})
        ecr.put_lifecycle_policy(repositoryName="daily", lifecyclePolicyText=policy)
        before = len(ecr.list_images(repositoryName="daily")["imageIds"])
        time.sleep(1.5)  # about 42 simulated hours
        after = [i.get("imageTag") for i in ecr.list_images(repositoryName="daily")["imageIds"]]
        evaluated = ecr.get_lifecycle_policy(repositoryName="daily").get("lastEvaluatedAt")
        check("Lifecycle policy applied after a day", before == 3 and after == ["v2"] and evaluated is not None,
              (before, after, evaluated))
    finally:
        endpoint.cleanup()


def cli(endpoint, aws, *args, expect_fail=False):
    result = subprocess.run([aws, "ecr"] + list(args) + ["--endpoint-url", endpoint.url, "--region", endpoint.region,
                                                         "--output", "json"],
                            env=endpoint.env(), capture_output=True, text=True, timeout=120)
    if expect_fail:
        return result
    if result.returncode != 0:
        raise RuntimeError("%s ecr %s: %s" % (aws, " ".join(args), result.stderr))
    return json.loads(result.stdout) if result.stdout.strip() else {}


def test_cli(endpoint, aws):
    label = "CLI %s" % aws
    created = cli(endpoint, aws, "create-repository", "--repository-name", "cli/app", "--image-tag-mutability",
                  "IMMUTABLE", "--image-scanning-configuration", "scanOnPush=true")["repository"]
    check(label + ": create-repository", created["repositoryName"] == "cli/app" and created["imageTagMutability"]
          == "IMMUTABLE")
    m = manifest("cli", findings="HIGH=2")
    pushed = cli(endpoint, aws, "put-image", "--repository-name", "cli/app", "--image-tag", "1.0", "--image-manifest",
                 m)["image"]
    check(label + ": put-image", pushed["imageId"]["imageDigest"] == digest_of(m))
    refused = cli(endpoint, aws, "put-image", "--repository-name", "cli/app", "--image-tag", "1.0",
                  "--image-manifest", manifest("cli2"), expect_fail=True)
    check(label + ": ImageTagAlreadyExistsException", refused.returncode != 0 and
          "(ImageTagAlreadyExistsException)" in refused.stderr and "because the repository is immutable" in
          refused.stderr, refused.stderr)
    cli(endpoint, aws, "wait", "image-scan-complete", "--repository-name", "cli/app", "--image-id", "imageTag=1.0")
    found = cli(endpoint, aws, "describe-image-scan-findings", "--repository-name", "cli/app", "--image-id",
                "imageTag=1.0")
    check(label + ": describe-image-scan-findings", found["imageScanFindings"]["findingSeverityCounts"] == {"HIGH": 2})
    listed = cli(endpoint, aws, "list-images", "--repository-name", "cli/app", "--filter", "tagStatus=TAGGED")
    check(label + ": list-images", listed["imageIds"] == [{"imageDigest": digest_of(m), "imageTag": "1.0"}], listed)
    described = cli(endpoint, aws, "describe-images", "--repository-name", "cli/app")["imageDetails"]
    check(label + ": describe-images", described[0]["imageSizeInBytes"] == 3100 and "imagePushedAt" in described[0])
    policy = json.dumps({"rules": [{"rulePriority": 1, "selection": {"tagStatus": "any", "countType":
                                                                     "imageCountMoreThan", "countNumber": 5},
                                    "action": {"type": "expire"}}]})
    cli(endpoint, aws, "put-lifecycle-policy", "--repository-name", "cli/app", "--lifecycle-policy-text", policy)
    cli(endpoint, aws, "start-lifecycle-policy-preview", "--repository-name", "cli/app")
    cli(endpoint, aws, "wait", "lifecycle-policy-preview-complete", "--repository-name", "cli/app")
    preview = cli(endpoint, aws, "get-lifecycle-policy-preview", "--repository-name", "cli/app")
    check(label + ": lifecycle preview", preview["status"] == "COMPLETE" and preview["previewResults"] == [])
    password = subprocess.run([aws, "ecr", "get-login-password", "--endpoint-url", endpoint.url, "--region",
                               endpoint.region], env=endpoint.env(), capture_output=True, text=True, timeout=120)
    check(label + ": get-login-password", password.returncode == 0 and len(password.stdout.strip()) > 20,
          password.stderr)
    arn = created["repositoryArn"]
    cli(endpoint, aws, "tag-resource", "--resource-arn", arn, "--tags", "Key=team,Value=cli")
    check(label + ": tags", cli(endpoint, aws, "list-tags-for-resource", "--resource-arn", arn)["tags"] ==
          [{"Key": "team", "Value": "cli"}])
    cli(endpoint, aws, "set-repository-policy", "--repository-name", "cli/app", "--policy-text",
        json.dumps({"Version": "2012-10-17", "Statement": []}))
    cli(endpoint, aws, "delete-repository-policy", "--repository-name", "cli/app")
    gone = cli(endpoint, aws, "get-repository-policy", "--repository-name", "cli/app", expect_fail=True)
    check(label + ": RepositoryPolicyNotFoundException", "(RepositoryPolicyNotFoundException)" in gone.stderr,
          gone.stderr)
    deleted = cli(endpoint, aws, "batch-delete-image", "--repository-name", "cli/app", "--image-ids", "imageTag=1.0")
    check(label + ": batch-delete-image", deleted["imageIds"] == [{"imageDigest": digest_of(m), "imageTag": "1.0"}])
    cli(endpoint, aws, "delete-repository", "--repository-name", "cli/app", "--force")
    missing = cli(endpoint, aws, "describe-repositories", "--repository-names", "cli/app", expect_fail=True)
    check(label + ": RepositoryNotFoundException", "(RepositoryNotFoundException)" in missing.stderr and
          "The repository with name 'cli/app' does not exist" in missing.stderr, missing.stderr)


def main():
    binary = sys.argv[1]
    endpoint = LocalEndpoint(binary).start()
    try:
        test_boto3(endpoint)
        if "--no-cli" not in sys.argv:
            for aws in ("/usr/bin/aws", shutil.which("aws")):
                if aws and os.path.exists(aws):
                    test_cli(endpoint, aws)
    finally:
        endpoint.cleanup()
    test_demo(binary)
    test_daily_expiry(binary)
    if failures:
        print("%d failed: %s" % (len(failures), ", ".join(failures)))
        return 1
    print("all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
