#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the .deb from this build tree with CPack, inspects it, unpacks it into a scratch root and
# runs the installed programs from there; validates the desktop entry and the AppStream metainfo.
# Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: check-deb.sh BUILD_DIR}
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "check-deb: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
    || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/ecsdesk ./usr/bin/ecsdesk-cli ./usr/bin/ecsdesk-local \
    ./usr/share/applications/dev.ecsdesk.EcsDesk.desktop ./usr/share/metainfo/dev.ecsdesk.EcsDesk.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/ecsdesk.svg ./usr/share/icons/hicolor/48x48/apps/ecsdesk.png \
    ./usr/share/icons/hicolor/256x256/apps/ecsdesk.png ./usr/share/man/man1/ecsdesk-cli.1 \
    ./usr/share/man/man1/ecsdesk-local.1; do
    grep -q " $path\$" <<<"$contents" || { echo "missing from package: $path"; echo "$contents"; exit 1; }
done

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6-sqlite libc6; do
    grep -q "$dep" <<<"$depends" || { echo "Depends lacks $dep"; exit 1; }
done

# Fonts for every shipped language: without a CJK font the Chinese interface is boxes.
recommends=$(dpkg-deb -f "$deb" Recommends)
echo "Recommends: $recommends"
grep -q "fonts-noto-cjk" <<<"$recommends" || { echo "Recommends lacks a CJK font (fonts-noto-cjk)"; exit 1; }
grep -q "fonts-dejavu-core" <<<"$depends" || { echo "Depends lacks a font for Vietnamese (fonts-dejavu-core)"; exit 1; }

dpkg -x "$deb" "$scratch/root"
version=$("$scratch/root/usr/bin/ecsdesk-cli" --version)
echo "installed ecsdesk-cli --version: $version"
grep -q "^ecsdesk-cli [0-9]" <<<"$version" || { echo "unexpected version output"; exit 1; }
"$scratch/root/usr/bin/ecsdesk-local" --help >"$scratch/local-help.txt" 2>&1 || { cat "$scratch/local-help.txt"; echo "ecsdesk-local --help failed"; exit 1; }
grep -qi "usage" "$scratch/local-help.txt" || { cat "$scratch/local-help.txt"; echo "ecsdesk-local --help printed no usage"; exit 1; }

# The translations are inside the programs: the installed CLI answers in German when asked to.
english=$(LANGUAGE=en LC_ALL=C.UTF-8 "$scratch/root/usr/bin/ecsdesk-cli" --help)
german=$(LANGUAGE=de LC_ALL=C.UTF-8 "$scratch/root/usr/bin/ecsdesk-cli" --help)
[ "$english" != "$german" ] || { echo "ecsdesk-cli --help is not translated for LANGUAGE=de"; exit 1; }
echo "installed ecsdesk-cli --help in German: $(head -1 <<<"$german")"

desktop-file-validate "$scratch/root/usr/share/applications/dev.ecsdesk.EcsDesk.desktop"
appstreamcli validate --no-net "$scratch/root/usr/share/metainfo/dev.ecsdesk.EcsDesk.metainfo.xml"
echo "check-deb: ok"
