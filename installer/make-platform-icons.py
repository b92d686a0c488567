#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Builds the Windows .ico and the macOS .icns of ECS Desk from the hicolor PNGs.

usage: make-platform-icons.py PNG_DIR OUT_DIR

ecsdesk.ico holds 16, 24, 32, 48, 64 and 256 px images (ImageMagick's `convert` writes it);
ecsdesk.icns holds the PNG-encoded entries macOS reads (icp4 16, icp5 32, icp6 64, ic07 128,
ic08 256), written here directly: the format is a header and tagged PNG blobs."""

import os
import struct
import subprocess
import sys

ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08"}
ICO_SIZES = [16, 24, 32, 48, 64, 256]


def png(png_dir, size):
    return os.path.join(png_dir, f"ecsdesk-{size}.png")


def write_icns(png_dir, out):
    entries = b""
    for size, kind in ICNS_TYPES.items():
        with open(png(png_dir, size), "rb") as f:
            data = f.read()
        if not data.startswith(b"\x89PNG"):
            raise SystemExit(f"{png(png_dir, size)} is not a PNG")
        entries += kind + struct.pack(">I", len(data) + 8) + data
    with open(out, "wb") as f:
        f.write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    png_dir, out_dir = sys.argv[1], sys.argv[2]
    os.makedirs(out_dir, exist_ok=True)
    subprocess.run(["convert", *[png(png_dir, s) for s in ICO_SIZES], os.path.join(out_dir, "ecsdesk.ico")],
                   check=True)
    write_icns(png_dir, os.path.join(out_dir, "ecsdesk.icns"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
