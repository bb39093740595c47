#!/usr/bin/env bash
# The rebuild after a prose edit, HTML and PDF book, on a copy of the workshop report whose
# results are already cached: the median of N runs (default 5), each after one more word is
# added to a chapter. Usage: benchmarks/prose-edit.sh [N] [CACHE] (after a release build);
# CACHE, a result cache of the same sources (e.g. .cutbook-cache after `make report`), is
# copied so that the first build computes nothing.
set -euo pipefail
runs=${1:-5}
given_cache=${2:+$(realpath "$2")}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy of the binary, so a rebuild meanwhile does not change what is measured.
cp .build/release/cutbook "$work/cutbook"
binary=$work/cutbook
cp -R reports/workshop "$work/report"
rm -rf "$work/report/.cutbook-cache"
if [ -n "$given_cache" ]; then
    cp -R "$given_cache" "$work/cache"
fi
cd "$work"
echo "prose-edit: first build (computes every result not in the cache; minutes when cold)"
"$binary" build report --out site --cache cache --format html,pdf >/dev/null
"$binary" build report --out site --cache cache --format html,pdf >/dev/null
chapter=$(ls report/*.md | head -1)
times=()
for run in $(seq "$runs"); do
    printf '\nOne more sentence, edit %s.\n' "$run" >>"$chapter"
    start=$(date +%s.%N)
    "$binary" build report --out site --cache cache --format html,pdf >/dev/null
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '
    { t[NR] = $1 }
    END { printf "prose-edit: median %.2f s over %d runs (min %.2f, max %.2f)\n", t[int((n + 1) / 2)], n, t[1], t[n] }'
