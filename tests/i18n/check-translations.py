#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a translation catalogue is out of date or incomplete.

usage: check-translations.py [--plural-only] LUPDATE INCLUDE_DIR SOURCES_LIST TS_FILE...

--plural-only checks catalogues of the source language, which hold only the %n messages.

Runs lupdate over the sources into temporary copies of the .ts files and compares: a tr() string
missing from a .ts, an obsolete (vanished) entry, an unfinished or empty translation, and a
translation whose %1..%9 / %n placeholders differ from its source all fail, each named with its
context so a translator finds it."""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?[1-9]|n)")


def messages(path):
    """(context, source, comment) -> message element, for every message of a .ts file."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            result[key] = message
    return result


def forms(message):
    translation = message.find("translation")
    if translation is None:
        return []
    numerus = translation.findall("numerusform")
    return [f.text or "" for f in numerus] if numerus else [translation.text or ""]


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text.replace("%L", "%"))))


def check(original_path, updated_path):
    problems = []
    original = messages(original_path)
    updated = messages(updated_path)
    name = os.path.basename(original_path)
    for key in updated:
        if key not in original:
            problems.append(f"{name}: missing [{key[0]}] {key[1]!r} (run the update_translations target)")
    for key, message in updated.items():
        kind = message.find("translation").get("type") if message.find("translation") is not None else None
        if kind in ("vanished", "obsolete") and key in original:
            problems.append(f"{name}: obsolete [{key[0]}] {key[1]!r} (no longer in the sources)")
    for key, message in original.items():
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("vanished", "obsolete"):
            problems.append(f"{name}: obsolete [{key[0]}] {key[1]!r}")
            continue
        if kind == "unfinished":
            problems.append(f"{name}: unfinished [{key[0]}] {key[1]!r}")
            continue
        texts = forms(message)
        if not texts or any(not t.strip() for t in texts):
            problems.append(f"{name}: empty translation [{key[0]}] {key[1]!r}")
            continue
        wanted = placeholders(key[1])
        for text in texts:
            got = placeholders(text)
            # A plural form may leave out %n (e.g. "one task" spelled out), nothing else.
            if got != wanted and not (message.get("numerus") == "yes" and [p for p in wanted if p != "%n"] == [p for p in got if p != "%n"]):
                problems.append(f"{name}: placeholders {got} instead of {wanted} in [{key[0]}] {key[1]!r} -> {text!r}")
    return problems


def main():
    args = sys.argv[1:]
    plural_only = args[:1] == ["--plural-only"]
    if plural_only:
        args = args[1:]
    if len(args) < 4:
        print(__doc__)
        return 2
    lupdate, include_dir, sources_list, ts_files = args[0], args[1], args[2], args[3:]
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        copies = []
        for path in ts_files:
            copy = os.path.join(scratch, os.path.basename(path))
            shutil.copyfile(path, copy)
            copies.append(copy)
        run = subprocess.run([lupdate, "-locations", "none", "-no-ui-lines", "-I", include_dir, *(["-pluralonly"] if plural_only else []), "@" + sources_list, "-ts", *copies],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            return 1
        # lupdate's own complaints (tr() without a context, a class without Q_OBJECT) mean strings
        # it could not attribute, which would never be translated.
        for line in (run.stdout + run.stderr).splitlines():
            if "cannot be called without context" in line or "lacks Q_OBJECT" in line:
                problems.append("lupdate: " + line.strip())
        for path, copy in zip(ts_files, copies):
            problems.extend(check(path, copy))
    for problem in problems:
        print(problem)
    total = sum(len(messages(p)) for p in ts_files)
    print(f"check-translations: {len(ts_files)} catalogues, {total} messages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
