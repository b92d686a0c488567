#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the libFuzzer targets in fuzz/ (docs/fuzzing.md), each for a given time.
#   scripts/fuzz.sh [--seconds N] [target...]      targets: http_head sigv4_verify json_request ...
# Installs clang and libFuzzer when missing (apt-get, as root or through sudo; safe to run again),
# configures and builds the "fuzz" preset (clang, ASan + UBSan), then runs each target for N seconds
# (default 300) from its committed corpus (fuzz/corpus/<target>/) and dictionary (fuzz/dict/).
# New corpus entries and crash inputs go to a scratch folder (ECSDESK_FUZZ_WORK, default
# build/fuzz-work/<target>/{corpus,crashes}); the committed corpus is never written. Exit 1 when a
# target found a crash, leak, timeout or sanitizer report: the inputs are listed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=300
targets=()
while [ $# -gt 0 ]; do
    case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --seconds=*) seconds="${1#*=}"; shift ;;
    -h | --help) sed -n '3,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
    esac
done
all=()
for source in fuzz/fuzz_*.cpp; do
    name="$(basename "$source" .cpp)"
    all+=("${name#fuzz_}")
done
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for target in "${targets[@]}"; do
    [ -f "fuzz/fuzz_$target.cpp" ] || { echo "fuzz.sh: no target '$target' (have: ${all[*]})" >&2; exit 2; }
done

# clang-14 with libFuzzer and the sanitizer runtimes (libclang-rt-14-dev), llvm-symbolizer for
# readable stacks (llvm-14), lld to link; the Qt and other build packages as for every build.
scripts/install-deps.sh
packages=(clang-14 libclang-rt-14-dev llvm-14 lld-14)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        sudo=()
    elif command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "fuzz.sh: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    fi
    echo "fuzz.sh: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
export PATH="/usr/lib/llvm-14/bin:$PATH" # llvm-symbolizer

# Builds take the shared build lock when there is one (several checkouts building on one machine).
lock=(flock /tmp/ecsdesk-build.lock)
command -v flock >/dev/null || lock=()
[ -f build/fuzz/build.ninja ] || "${lock[@]}" cmake --preset fuzz
"${lock[@]}" cmake --build --preset fuzz

work="${ECSDESK_FUZZ_WORK:-build/fuzz-work}"
found=()
summary=()
for target in "${targets[@]}"; do
    dir="$work/$target"
    mkdir -p "$dir/corpus" "$dir/crashes"
    seeds=("fuzz/corpus/$target")
    # Real task definitions from ../shared/fixtures, when present, as extra seeds (read, not copied).
    if [ "$target" = taskdef_validate ]; then
        for extra in ../shared/fixtures/task-definitions ../shared/fixtures/task-definitions-invalid; do
            [ -d "$extra" ] && seeds+=("$extra")
        done
    fi
    options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$dir/crashes/")
    [ -f "fuzz/dict/$target.dict" ] && options+=(-dict="fuzz/dict/$target.dict")
    [ "$target" = taskdef_validate ] && options+=(-max_len=65536)
    echo "fuzz.sh: $target for ${seconds}s (log: $dir/log.txt)"
    status=0
    touch "$dir/started" # crash files of earlier runs stay, but are not reported again
    # The first corpus folder receives the new entries: the scratch one.
    timing=()
    [ -x /usr/bin/time ] && timing=(/usr/bin/time -o "$dir/cpu.txt" -f '%U %S')
    "${timing[@]}" nice -n 10 "build/fuzz/fuzz/fuzz_$target" "${options[@]}" "$dir/corpus" "${seeds[@]}" \
        >"$dir/log.txt" 2>&1 || status=$?
    cpu="?"
    [ -f "$dir/cpu.txt" ] && cpu="$(awk 'END { printf "%.0f", $1 + $2 }' "$dir/cpu.txt")"
    # CPU seconds of every run of this target, kept for docs/fuzzing.md's table.
    echo "$(date -u +%FT%TZ) $target ${seconds}s wall ${cpu}s cpu exit $status" >>"$work/history.txt"
    runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$dir/log.txt" | grep -o '[0-9]*$' || true)"
    cov="$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$dir/log.txt" | tail -1 || true)"
    summary+=("$target: ${runs:-?} runs in ${seconds}s (${cpu}s CPU), ${cov:-no coverage line}, $(find "$dir/corpus" -type f | wc -l) corpus entries in $dir/corpus, exit $status")
    if [ "$status" -ne 0 ]; then
        grep -E 'ERROR: |runtime error|fuzz invariant broken|SUMMARY' "$dir/log.txt" | head -5 || true
        crashes="$(find "$dir/crashes" -type f -newer "$dir/started")"
        while IFS= read -r crash; do [ -n "$crash" ] && found+=("$target: $crash"); done <<<"$crashes"
        [ -n "$crashes" ] || found+=("$target: exit $status, see $dir/log.txt")
    fi
done

echo
echo "fuzz.sh: summary"
printf '  %s\n' "${summary[@]}"
if [ ${#found[@]} -gt 0 ]; then
    echo "fuzz.sh: findings (reproduce: build/fuzz/fuzz/fuzz_<target> <file>):"
    printf '  %s\n' "${found[@]}"
    exit 1
fi
echo "fuzz.sh: no findings"
