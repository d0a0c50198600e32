#!/usr/bin/env python3
"""Validates every docs/plan-*.json against docs/bootstrap-plan.schema.json,
and checks the schema refuses a few broken plans."""
import copy
import glob
import json
import os
import sys

import jsonschema

root = sys.argv[1]
with open(os.path.join(root, "docs/bootstrap-plan.schema.json")) as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

plans = sorted(glob.glob(os.path.join(root, "docs/plan-*.json")))
modes = set()
for path in plans:
    with open(path) as f:
        plan = json.load(f)
    errors = list(validator.iter_errors(plan))
    if errors:
        for e in errors:
            print(f"FAIL {path}: {'/'.join(map(str, e.path))}: {e.message}")
        sys.exit(1)
    modes.update(d["bootstrap"]["mode"] for d in plan["devices"])
    print(f"ok {os.path.basename(path)}")
if modes != {"psk", "pin", "x509", "nosec"}:
    print(f"FAIL: example plans cover {sorted(modes)}, need psk, pin, x509, nosec")
    sys.exit(1)

with open(os.path.join(root, "docs/plan-psk.json")) as f:
    good = json.load(f)
broken = {
    "ssid out of range (S24)": lambda p: p["devices"][0]["servers"][0].__setitem__("shortServerId", 65535),
    "typo in a field": lambda p: p["devices"][0]["servers"][0].__setitem__("shortServerID", 1),
    "pin mode without pin (S4)": lambda p: p["devices"][0]["bootstrap"].__setitem__("mode", "pin"),
    "bad uri scheme": lambda p: p["devices"][0]["servers"][0].__setitem__("uri", "http://x"),
    "wrong version": lambda p: p.__setitem__("version", 2),
}
for name, breaker in broken.items():
    plan = copy.deepcopy(good)
    breaker(plan)
    if validator.is_valid(plan):
        print(f"FAIL: schema accepts a plan with {name}")
        sys.exit(1)
    print(f"ok schema refuses: {name}")
