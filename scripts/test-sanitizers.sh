#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The endpoint, client and model tests under AddressSanitizer + UndefinedBehaviorSanitizer (with
# float-cast-overflow, which GCC's -fsanitize=undefined leaves out): one command, kept out of CI
# because a second build does not fit CI's time on a 2-core machine. Safe to run again; uses
# build/asan and builds only what the tests below run (no GUI). Extra arguments go to both ctest
# runs (e.g. -R test_local_http). docs/testing.md lists the tests, the run time and the last result.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset asan >/dev/null

# Every unit test (api/, local/, models/, rules/, the placement engine and simulation), then the
# client's integration tests and the endpoint driven by boto3 and hostile requests. The installer's
# icon check is a shell script with nothing to sanitize.
unit=(-L unit -E '^installer_')
integration=(-R '^(test_client_.*|local_conformance_boto3_143|local_robustness)$')
names() { ctest --preset asan -N "$@" | sed -n 's/^ *Test *#[0-9]*: //p'; }
mapfile -t known < <(ninja -C build/asan -t targets all | sed -n 's/^\([A-Za-z0-9_.+-]*\): phony$/\1/p')
targets=(ecsdesk-local ecsdesk-cli)
for test in $(names "${unit[@]}") $(names "${integration[@]}"); do
    for target in "${known[@]}"; do
        if [ "$target" = "$test" ]; then
            targets+=("$test")
            break
        fi
    done
done
cmake --build --preset asan --target "${targets[@]}"

# A report stops the test with its stack (abort_on_error, halt_on_error); leaks are not checked
# (Qt's and SQLite's process-lifetime caches would drown the rest).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
jobs=${ECSDESK_TEST_JOBS:-$(nproc)}
ctest --preset asan -j "$jobs" "${unit[@]}" "$@"
ctest --preset asan -j "$jobs" "${integration[@]}" "$@"
