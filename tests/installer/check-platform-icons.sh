#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The Windows .ico and macOS .icns the build makes (installer/make-platform-icons.py): every size
# is present and each icns entry is a PNG of the size its tag says.
# Usage: check-platform-icons.sh PLATFORM_DIR
set -euo pipefail
dir=${1:?usage: check-platform-icons.sh PLATFORM_DIR}
sizes=$(identify -format '%wx%h\n' "$dir/ecsdesk.ico" | sort -n | tr '\n' ' ')
[ "$sizes" = "16x16 24x24 32x32 48x48 64x64 256x256 " ] || { echo "ecsdesk.ico has: $sizes"; exit 1; }
python3 - "$dir/ecsdesk.icns" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data), "bad icns header"
want = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256}
seen, at = {}, 8
while at < len(data):
    kind, length = data[at:at + 4], struct.unpack(">I", data[at + 4:at + 8])[0]
    blob = data[at + 8:at + length]
    assert blob[:8] == b"\x89PNG\r\n\x1a\n", f"{kind} is not a PNG"
    seen[kind] = struct.unpack(">II", blob[16:24])
    at += length
for kind, size in want.items():
    assert seen.get(kind) == (size, size), f"{kind}: {seen.get(kind)} instead of {size}x{size}"
print("ecsdesk.icns:", ", ".join(f"{k.decode()} {v[0]}px" for k, v in seen.items()))
PY
echo "check-platform-icons: ok ($sizes)"
