"""The official Databricks Python SDK as a differential oracle, offline and deterministic.

Reads one JSON case per stdin line: {"explicit": {...}, "env": {...}, "home": "...", "cwd": "..."}.
For each it runs `databricks.sdk.core.Config(**explicit)` with exactly that environment (HOME
included, PATH an empty folder so `az` and `databricks` are not installed) and prints one JSON line:
{"host": ..., "authType": ...} or {"error": str(exc)}. Every HTTP request fails at once (no
retries), as with no network. The first line printed is {"version": databricks.sdk.version}.
"""

import json
import logging
import os
import sys
import tempfile

import requests
import requests.adapters

logging.disable(logging.CRITICAL)


class OfflineError(requests.exceptions.RequestException):
    """Not a ConnectionError, so the SDK's client does not retry it."""


def offline_send(self, request, **kwargs):
    raise OfflineError(f"offline oracle: no network ({request.url})")


requests.adapters.HTTPAdapter.send = offline_send

from databricks.sdk import version  # noqa: E402  (after the network is cut)
from databricks.sdk.core import Config  # noqa: E402

empty_path = tempfile.mkdtemp(prefix="dbcfg-python-sdk-oracle-path-")
print(json.dumps({"version": version.__version__}), flush=True)
for line in sys.stdin:
    case = json.loads(line)
    os.environ.clear()
    os.environ.update(case["env"])
    os.environ["HOME"] = case["home"]
    os.environ["PATH"] = empty_path
    os.chdir(case["cwd"])
    explicit = {k: v for k, v in case["explicit"].items() if v is not None}
    try:
        config = Config(**explicit)
        result = {}
        if config.host is not None:
            result["host"] = config.host
        if config.auth_type is not None:
            result["authType"] = config.auth_type
    except Exception as exc:  # the SDK raises ValueError, configparser errors, ...
        result = {"error": str(exc)}
    print(json.dumps(result), flush=True)
os.rmdir(empty_path)
