#!/usr/bin/env bash
# CutBook against the seed's stack (JAX + Haiku + optax on CPU) and PyTorch on CPU (eager and
# torch.compile) in one run:
#   1. makes benchmarks/.venv with jax, dm-haiku, optax and torch (CPU build) if missing;
#   2. builds the release `cutbook`;
#   3. times every workload with each stack, one stack after the other per workload, and
#      prints a Markdown table of the median epoch times and ratios (with the date and load);
#   4. parity: trains study 6's MLP for 2000 epochs in CutBook, JAX and PyTorch from the same
#      events and the same initial weights, and prints the final seed losses and accuracies.
# Usage: benchmarks/compare.sh [--no-parity] [--workloads a,b] [--epochs N]
set -euo pipefail
cd "$(dirname "$0")/.."

parity=1
workloads="cuts2d-sigmoid,cuts2d-erf,mlp,cuts-mlp,cuts-sigmoid-mlp,cuts-sigmoid-mlp-squares"
epochs=30
while [ $# -gt 0 ]; do
    case "$1" in
        --no-parity) parity=0 ;;
        --workloads) workloads="$2"; shift ;;
        --epochs) epochs="$2"; shift ;;
        *) echo "compare.sh: unknown option '$1' (known: --no-parity, --workloads, --epochs)" >&2; exit 2 ;;
    esac
    shift
done

venv=benchmarks/.venv
if ! "$venv/bin/python" -c "import jax, haiku, optax, torch" 2>/dev/null; then
    echo "compare.sh: making $venv with jax, dm-haiku, optax and torch (CPU)" >&2
    [ -x "$venv/bin/python" ] || python3 -m venv --system-site-packages "$venv"
    if ! "$venv/bin/python" -c "import jax, haiku, optax, torch" 2>/dev/null; then
        "$venv/bin/pip" install --quiet jax dm-haiku optax "torch==2.13.0+cpu"
    fi
fi
python="$venv/bin/python"

swift build -c release --product cutbook >&2
cutbook=.build/release/cutbook

conditions="$(date -u '+%Y-%m-%d %H:%M UTC'), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
for workload in ${workloads//,/ }; do
    echo "compare.sh: $workload" >&2
    "$cutbook" bench --json --workloads "$workload" --epochs "$epochs" > "$results/ours-$workload.json"
    JAX_PLATFORMS=cpu "$python" benchmarks/jax_reference.py --json --workloads "$workload" \
        --epochs "$epochs" 2>/dev/null > "$results/jax-$workload.json"
    for mode in eager compile; do
        "$python" benchmarks/torch_reference.py --json --mode "$mode" --workloads "$workload" \
            --epochs "$epochs" 2>/dev/null > "$results/torch-$mode-$workload.json"
    done
done

"$python" - "$results" "$workloads" "$conditions" <<'PY'
import json, sys
folder, workloads, conditions = sys.argv[1], sys.argv[2].split(","), sys.argv[3]
stacks = [("JAX", "jax"), ("torch eager", "torch-eager"), ("torch.compile", "torch-compile")]
print(f"Median ms per epoch, one run ({conditions}); × is the peer's time over CutBook's.")
print("Executed GFLOP/s counts the multiply-adds CutBook's dense kernels issue (inactive ReLU")
print("units skipped, partial register blocks unpadded), not the nominal count.")
print()
header = "| workload | events | CutBook ms | executed GFLOP/s |"
rule = "| --- | ---: | ---: | ---: |"
for title, _ in stacks:
    header += f" {title} ms | × |"
    rule += " ---: | ---: |"
print(header)
print(rule)
for w in workloads:
    ours = json.load(open(f"{folder}/ours-{w}.json"))[0]
    issued = ours.get("gflops_issued")
    line = f"| `{w}` | {ours['events']:,} | {ours['ms_per_epoch_median']:.3f} |"
    line += f" {issued:.1f} |" if issued is not None else " – |"
    for _, name in stacks:
        other = json.load(open(f"{folder}/{name}-{w}.json"))[0]
        ratio = other["ms_per_epoch_median"] / ours["ms_per_epoch_median"]
        line += f" {other['ms_per_epoch_median']:.3f} | {ratio:.1f}× |"
    print(line)
PY

if [ "$parity" = 1 ]; then
    folder="$results/parity"
    echo "compare.sh: parity, 2000 epochs each" >&2
    "$cutbook" bench --parity "$folder" --parity-epochs 2000 > "$results/ours-parity.json"
    JAX_PLATFORMS=cpu "$python" benchmarks/jax_reference.py --parity "$folder" --epochs 2000 \
        2>/dev/null > "$results/jax-parity.json"
    "$python" benchmarks/torch_reference.py --parity "$folder" --epochs 2000 \
        2>/dev/null > "$results/torch-parity.json"
    "$python" - "$results" <<'PY'
import json, sys
folder = sys.argv[1]
ours = json.load(open(f"{folder}/ours-parity.json"))
print(f"parity (MLP [2,15,30,15,1], seed loss, Adam 0.002, {ours['epochs']} epochs, same events and start):")
print(f"  CutBook  first loss {ours['first_epoch_loss']:.2f}  final loss {ours['final_loss']:.2f}  accuracy {ours['accuracy']:.4f}  {ours['seconds']:.1f} s")
agree = True
for title, name in [("JAX", "jax"), ("PyTorch", "torch")]:
    other = json.load(open(f"{folder}/{name}-parity.json"))
    loss_gap = abs(ours["final_loss"] - other["final_loss"]) / abs(other["final_loss"])
    acc_gap = abs(ours["accuracy"] - other["accuracy"]) * 100
    print(f"  {title:8} first loss {other['first_epoch_loss']:.2f}  final loss {other['final_loss']:.2f}  accuracy {other['accuracy']:.4f}  {other['seconds']:.1f} s")
    print(f"           final loss differs by {100 * loss_gap:.4f} % (bar 0.3 %), accuracy by {acc_gap:.3f} points (bar 0.5)")
    agree = agree and loss_gap < 0.003 and acc_gap < 0.5
sys.exit(0 if agree else 1)
PY
fi
