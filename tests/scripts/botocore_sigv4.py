# SPDX-License-Identifier: MIT
"""Signs requests with botocore's own SigV4Auth: the independent implementation our signer is
checked against. Reads a JSON list of cases on stdin, writes a JSON list of header dicts."""
import base64
import datetime
import json
import sys
from unittest import mock

import botocore
import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials


def sign(case):
    body = base64.b64decode(case["body"])
    request = AWSRequest(method=case["method"], url=case["url"], data=body)
    for name, value in case["headers"]:
        request.headers[name] = value
    creds = Credentials(case["accessKey"], case["secretKey"], case.get("token") or None)
    auth = botocore.auth.SigV4Auth(creds, case["service"], case["region"])
    now = datetime.datetime.strptime(case["timestamp"], "%Y%m%dT%H%M%SZ")
    if hasattr(botocore.auth, "get_current_datetime"):  # botocore >= 1.3x
        with mock.patch("botocore.auth.get_current_datetime", return_value=now):
            auth.add_auth(request)
    else:  # botocore 1.29 calls datetime.datetime.utcnow()
        class FixedDatetime(datetime.datetime):
            @classmethod
            def utcnow(cls):
                return now
        with mock.patch("botocore.auth.datetime.datetime", FixedDatetime):
            auth.add_auth(request)
    return {k: v for k, v in request.headers.items() if k.lower() in
            ("authorization", "x-amz-date", "x-amz-security-token")}


cases = json.load(sys.stdin)
json.dump({"botocore": botocore.__version__, "results": [sign(c) for c in cases]}, sys.stdout)
