#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Adds the SPDX license line to every tracked source file that lacks one.

Run from the repository root: python3 scripts/add-spdx.py [--check]
With --check it only lists the files without the line and exits 1 if any.
"""
import subprocess
import sys

TAG = "SPDX-License-Identifier: MIT"
SUFFIXES = (".cpp", ".h", ".py", ".sh", ".cmake")


def wanted(path):
    if path.startswith("local/validation/models/"):
        return False  # trimmed botocore models (Apache-2.0), kept as data
    return path.endswith(SUFFIXES) or path.endswith("CMakeLists.txt")


def comment(path):
    return "// " if path.endswith((".cpp", ".h")) else "# "


def main():
    check = "--check" in sys.argv[1:]
    files = subprocess.run(["git", "ls-files"], capture_output=True, text=True,
                           check=True).stdout.split()
    missing = []
    for path in filter(wanted, files):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if TAG in text[:400]:
            continue
        missing.append(path)
        if check:
            continue
        line = comment(path) + TAG + "\n"
        if text.startswith("#!"):
            first, _, rest = text.partition("\n")
            text = first + "\n" + line + rest
        else:
            text = line + text
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    if check:
        for path in missing:
            print(f"{path}: no '{TAG}' line")
        return 1 if missing else 0
    print(f"added the license line to {len(missing)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
