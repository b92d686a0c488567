#!/usr/bin/env python3
"""Trims a botocore service model to what the local endpoint's input validator needs.

usage: trim-model.py SERVICE-2.JSON[.GZ] OUTPUT.JSON

Keeps only the shapes reachable from the operations' inputs and, of each shape, its type and the
constraints the validator checks: structure members, list member, map key and value, min/max
(length for strings, lists and maps; value for numbers) and enum. Patterns, documentation, output
shapes and errors are dropped. The output is compact JSON, sorted, so regenerating it from the same
model gives the same file. Regenerate all four with regenerate.sh."""

import gzip
import json
import sys


def load(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def trim(model):
    shapes = model["shapes"]
    operations = {}
    for name, operation in sorted(model["operations"].items()):
        source = operation.get("input", {}).get("shape")
        operations[name] = source or ""
    kept = {}
    pending = [shape for shape in operations.values() if shape]
    while pending:
        name = pending.pop()
        if name in kept:
            continue
        shape = shapes[name]
        out = {"type": shape["type"]}
        for key in ("min", "max"):
            if key in shape:
                out[key] = shape[key]
        if "enum" in shape:
            out["enum"] = sorted(shape["enum"])
        if shape["type"] == "structure":
            out["members"] = {member: spec["shape"] for member, spec in shape.get("members", {}).items()}
            pending.extend(out["members"].values())
        elif shape["type"] == "list":
            out["member"] = shape["member"]["shape"]
            pending.append(out["member"])
        elif shape["type"] == "map":
            out["key"] = shape["key"]["shape"]
            out["value"] = shape["value"]["shape"]
            pending.extend((out["key"], out["value"]))
        kept[name] = out
    metadata = model["metadata"]
    return {
        "protocol": metadata["protocol"],
        "targetPrefix": metadata.get("targetPrefix", ""),
        "apiVersion": metadata["apiVersion"],
        "operations": operations,
        "shapes": dict(sorted(kept.items())),
    }


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    trimmed = trim(load(sys.argv[1]))
    with open(sys.argv[2], "w", encoding="utf-8") as handle:
        json.dump(trimmed, handle, separators=(",", ":"), sort_keys=True)
        handle.write("\n")


if __name__ == "__main__":
    main()
