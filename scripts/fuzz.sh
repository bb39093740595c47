#!/usr/bin/env bash
# Fuzzing CutBook's readers with libFuzzer (the harnesses in Fuzz/; see Fuzz/README.md).
#
#   scripts/fuzz.sh build            build every harness (debug, fuzzer + address sanitizers)
#   scripts/fuzz.sh smoke            build, then run each harness briefly; fails on any crash,
#                                    sanitizer report, leak, out-of-memory or hang
#   scripts/fuzz.sh long SECONDS     run each harness for SECONDS (one core, one after another),
#                                    keeping going after a crash; crashes go to Fuzz/Crashes/
#   scripts/fuzz.sh run HARNESS ...  run one harness with the usual flags plus your own
#
# Environment: FUZZ_SMOKE_SECONDS (default 20) per harness in smoke; FUZZ_ONLY="tex csv" to
# run only some harnesses; FUZZ_FORKS (default 1) fuzzing processes at once in long.
set -euo pipefail
cd "$(dirname "$0")/.."

# corpus folder name → executable product.
declare -A products=(
    [template]=FuzzTemplate
    [directives]=FuzzDirectives
    [model-expression]=FuzzModelExpression
    [tex]=FuzzTeX
    [settings]=FuzzSettings
    [csv]=FuzzCSV
    [npy]=FuzzNpy
    [cache-entry]=FuzzCacheEntry
)
order=(template directives model-expression tex settings csv npy cache-entry)
if [[ -n "${FUZZ_ONLY:-}" ]]; then read -r -a order <<<"$FUZZ_ONLY"; fi

# Flags for every run: a hang (one input over 10 s) and memory above 2 GB are failures, and
# inputs stay small enough to run hundreds per second under the sanitizers.
common_flags=(-timeout=10 -rss_limit_mb=2048 -print_final_stats=1)
# The cache entry harness checksums every input twice (SHA-256, slow in a sanitized debug
# build), so its inputs are kept shorter; seeds are a few hundred bytes.
declare -A max_len=([cache-entry]=1024)
# Leaks outside CutBook that the harnesses reach (see the file for each one).
export LSAN_OPTIONS="suppressions=$(pwd)/Fuzz/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

die() {
    echo "fuzz.sh: $*" >&2
    exit 2
}

# Debug, every module instrumented. `--sanitize=fuzzer` makes SwiftPM link the executables for
# libFuzzer's `main`; the sanitizers themselves are given as one flag, because swiftc obeys only
# the last -sanitize= (`--sanitize=fuzzer --sanitize=address` leaves Swift code without
# coverage). C code (Yams' libyaml) is instrumented too.
build_flags=(--package-path Fuzz -c debug --sanitize=fuzzer -Xswiftc -sanitize=fuzzer,address
    -Xcc -fsanitize=fuzzer-no-link,address)

build() {
    # The fuzz package names the root package through a link so that its identity is always
    # "cutbook", whatever the checkout's folder is called (a folder named like Fuzz/ collides).
    mkdir -p Fuzz/.root
    ln -sfn ../.. Fuzz/.root/CutBook
    local log=Fuzz/.build/build.log
    mkdir -p Fuzz/.build
    echo "fuzz.sh: building the harnesses (log: $log)"
    if ! swift build "${build_flags[@]}" >"$log" 2>&1; then
        grep -v "Cannot export local symbol" "$log" | tail -40 >&2
        die "the harnesses did not build"
    fi
    bin=$(swift build "${build_flags[@]}" --show-bin-path)
}

# Arguments for harness $1: its dictionary, a scratch corpus that libFuzzer may grow (under
# Fuzz/.build, never the committed one), then the committed seeds.
harness_inputs() {
    local name=$1
    local scratch=Fuzz/.build/corpus/$name
    mkdir -p "$scratch"
    local args=("-max_len=${max_len[$name]:-4096}")
    [[ -f Fuzz/Dictionaries/$name.dict ]] && args+=("-dict=Fuzz/Dictionaries/$name.dict")
    args+=("$scratch" "Fuzz/Corpus/$name")
    printf '%s\n' "${args[@]}"
}

executable() {
    local product=${products[$1]:-}
    [[ -n "$product" ]] || die "unknown harness '$1' (known: ${!products[*]})"
    echo "$bin/$product"
}

smoke() {
    local seconds=${FUZZ_SMOKE_SECONDS:-20}
    local started=$SECONDS failed=()
    build
    echo "fuzz.sh: build took $((SECONDS - started)) s"
    mkdir -p Fuzz/.build/smoke
    for name in "${order[@]}"; do
        local exe inputs log=Fuzz/.build/smoke/$name.log began=$SECONDS
        exe=$(executable "$name")
        mapfile -t inputs < <(harness_inputs "$name")
        mkdir -p "Fuzz/Crashes/$name"
        # `timeout` catches a hang that libFuzzer's own -timeout cannot (e.g. at start-up).
        if timeout --kill-after=10 $((seconds + 120)) "$exe" "${common_flags[@]}" \
            -max_total_time="$seconds" -artifact_prefix="Fuzz/Crashes/$name/" \
            "${inputs[@]}" >"$log" 2>&1; then
            echo "fuzz.sh: $name ok ($(runs "$log") runs in $((SECONDS - began)) s)"
        else
            failed+=("$name")
            echo "fuzz.sh: $name FAILED after $((SECONDS - began)) s; its log ($log) ends:" >&2
            grep -v "^#[0-9]" "$log" | tail -30 >&2
        fi
    done
    echo "fuzz.sh: smoke took $((SECONDS - started)) s in all"
    if ((${#failed[@]} > 0)); then die "failing harnesses: ${failed[*]}"; fi
}

# The number of inputs libFuzzer ran, from its final statistics.
runs() { sed -n 's/^stat::number_of_executed_units: *//p' "$1" | tail -1; }

count_artifacts() { find "Fuzz/Crashes/$1" -type f 2>/dev/null | wc -l; }

long() {
    local seconds=${1:-}
    [[ "$seconds" =~ ^[0-9]+$ ]] || die "usage: fuzz.sh long SECONDS"
    build
    # Run copies, so that a rebuild during the run does not replace a harness under it.
    mkdir -p Fuzz/.build/long/bin
    for product in "${products[@]}"; do cp "$bin/$product" Fuzz/.build/long/bin/; done
    bin=$(pwd)/Fuzz/.build/long/bin
    echo "fuzz.sh: long run of ${#order[@]} harnesses × $seconds s, started $(date -u +%FT%TZ)"
    local summary=()
    for name in "${order[@]}"; do
        local exe inputs log=Fuzz/.build/long/$name.log before after times
        exe=$(executable "$name")
        mapfile -t inputs < <(harness_inputs "$name")
        mkdir -p "Fuzz/Crashes/$name"
        before=$(count_artifacts "$name")
        # -fork=N: N children at a time (N cores, default one); the parent restarts a child
        # after a crash, so one run collects every distinct crash instead of stopping at the
        # first.
        /usr/bin/time -f "%U %S" -o "Fuzz/.build/long/$name.time" \
            "$exe" "${common_flags[@]}" -max_total_time="$seconds" -fork="${FUZZ_FORKS:-1}" \
            -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
            -artifact_prefix="Fuzz/Crashes/$name/" "${inputs[@]}" >"$log" 2>&1 || true
        after=$(count_artifacts "$name")
        read -r user system <"Fuzz/.build/long/$name.time" || { user=0; system=0; }
        # The children's CPU time is included: time(1) counts waited-for descendants.
        times=$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.0f", u + s }')
        summary+=("$(printf '%-17s %6s CPU s  %3d new crash/timeout/oom inputs' \
            "$name" "$times" $((after - before)))")
        echo "fuzz.sh: ${summary[-1]} ($(date -u +%T))"
    done
    echo "fuzz.sh: long run finished $(date -u +%FT%TZ)"
    printf '%s\n' "${summary[@]}"
    echo "fuzz.sh: crash inputs are in Fuzz/Crashes/<harness>/; logs in Fuzz/.build/long/"
}

run_one() {
    local name=${1:-}
    [[ -n "$name" ]] || die "usage: fuzz.sh run HARNESS [libFuzzer flags or inputs]"
    shift
    build
    local exe inputs=()
    exe=$(executable "$name")
    # Given inputs replace the corpus (e.g. to reproduce one crash file).
    if (($# == 0)) || [[ "${!#}" == -* ]]; then mapfile -t inputs < <(harness_inputs "$name"); fi
    mkdir -p "Fuzz/Crashes/$name"
    exec "$exe" "${common_flags[@]}" -artifact_prefix="Fuzz/Crashes/$name/" "$@" "${inputs[@]}"
}

case "${1:-}" in
    build) build && echo "fuzz.sh: harnesses in $bin" ;;
    smoke) smoke ;;
    long) long "${2:-}" ;;
    run) shift && run_one "$@" ;;
    *) die "usage: fuzz.sh build | smoke | long SECONDS | run HARNESS [flags or inputs]" ;;
esac
