#!/usr/bin/env python3
"""PyTorch on CPU (eager, or torch.compile) on CutBook's benchmark workloads.

The same workloads as `cutbook bench` and `jax_reference.py`: one full training step per epoch
(forward pass, the seed loss or the sum of squares, its gradient, Adam with the optax defaults
the seed used — learning rate 0.002, b1 0.9, b2 0.999, eps 1e-8 — with NaN gradients set to
zero, and the update), on the same events (numpy's legacy stream), with Haiku's initialisation
(weights from a normal truncated at ±2σ, σ = 1/sqrt(fan_in); biases zero).

    python3 benchmarks/torch_reference.py --json --mode eager --workloads mlp
    python3 benchmarks/torch_reference.py --json --mode compile --workloads mlp
    python3 benchmarks/torch_reference.py --parity DIR --epochs 2000

Benchmark output has the fields of `cutbook bench --json` plus "stack". Parity mode trains the
MLP from the events and initial weights `cutbook bench --parity DIR` wrote.
"""

import argparse
import json
import math
import os
import statistics
import sys
import time

import numpy as np
import torch
from reference_workloads import MLP_SIZES, WORKLOADS, d3_events, d4_events, nominal_flops


# ---------------------------------------------------------------- modules
class SelectionCut(torch.nn.Module):
    """One cut `x_j > c_j` per column, relaxed; the weights multiply."""

    def __init__(self, columns, relaxation, init):
        super().__init__()
        self.relaxation = relaxation
        self.cuts = torch.nn.Parameter(torch.full((columns,), float(init)))

    def forward(self, x):
        d = x - self.cuts
        if self.relaxation == "sigmoid":
            w = torch.sigmoid(d)
        else:
            w = (torch.erf(d) + 1.0) / 2.0
        return torch.prod(w, dim=1)


def haiku_linear(fan_in, fan_out, generator):
    """A linear layer initialised as Haiku does: truncated normal ±2σ, σ = 1/sqrt(fan_in)."""
    layer = torch.nn.Linear(fan_in, fan_out)
    with torch.no_grad():
        std = 1.0 / math.sqrt(fan_in)
        torch.nn.init.trunc_normal_(
            layer.weight, std=std, a=-2 * std, b=2 * std, generator=generator
        )
        layer.bias.zero_()
    return layer


class MLP(torch.nn.Module):
    """Haiku's MLP(output_sizes) on `inputs` columns: ReLU after every layer but the last."""

    def __init__(self, inputs, sizes, generator):
        super().__init__()
        widths = [inputs] + sizes
        self.layers = torch.nn.ModuleList(
            haiku_linear(a, b, generator) for a, b in zip(widths[:-1], widths[1:])
        )

    def forward(self, x):
        for index, layer in enumerate(self.layers):
            x = layer(x)
            if index < len(self.layers) - 1:
                x = torch.relu(x)
        return x[:, 0]


class Workload(torch.nn.Module):
    """The model of one workload."""

    def __init__(self, workload, generator):
        super().__init__()
        self.workload = workload
        if workload.startswith("cuts2d-"):
            self.cut = SelectionCut(2, workload.split("-")[1], 1.0)
            self.net = None
        else:
            self.cut = SelectionCut(2, "sigmoid", 1.0) if workload != "mlp" else None
            self.net = MLP(2, MLP_SIZES, generator)

    def forward(self, x):
        if self.net is None:
            return self.cut(x)
        out = self.net(x)
        if self.cut is None:
            return out
        if self.workload == "cuts-mlp":
            return self.cut(x) * out
        return self.cut(x) * torch.sigmoid(out)


def seed_loss(out, truth):
    """−Σ truth · log_softmax(sigmoid(out)) over the whole batch."""
    return -torch.sum(truth * torch.log_softmax(torch.sigmoid(out), dim=0))


def squares_loss(out, truth):
    """Σ (truth − out)²."""
    return torch.sum((truth - out) ** 2)


def make_step(model, loss, compiled):
    """One training step: loss, gradient, NaN gradients to zero, Adam (optax defaults)."""
    optimizer = torch.optim.Adam(model.parameters(), lr=0.002, betas=(0.9, 0.999), eps=1e-8)

    def loss_of(x, truth):
        return loss(model(x), truth)

    forward = torch.compile(loss_of) if compiled else loss_of

    def update():
        for parameter in model.parameters():
            torch.nan_to_num_(parameter.grad, nan=0.0, posinf=math.inf, neginf=-math.inf)
        optimizer.step()

    apply = torch.compile(update) if compiled else update

    def step(x, truth):
        optimizer.zero_grad(set_to_none=False)
        value = forward(x, truth)
        value.backward()
        apply()
        return value

    return step


# ---------------------------------------------------------------- benchmark
def bench(workload, mode, epochs, warmup, min_seconds=1.0):
    x, truth = d3_events() if workload.startswith("cuts2d-") else d4_events()
    x, truth = torch.from_numpy(x), torch.from_numpy(truth)
    model = Workload(workload, torch.Generator().manual_seed(0))
    loss = squares_loss if workload.endswith("-squares") else seed_loss
    step = make_step(model, loss, compiled=(mode == "compile"))
    # torch.compile traces and compiles in the first calls: warm-up covers that.
    for _ in range(warmup):
        step(x, truth)
    times = []
    while len(times) < epochs or (sum(times) < 1000.0 * min_seconds and len(times) < 20000):
        start = time.perf_counter()
        step(x, truth)
        times.append((time.perf_counter() - start) * 1000.0)
    return times, int(x.shape[0])


# ---------------------------------------------------------------- parity
def parity(folder, epochs, mode):
    x = torch.from_numpy(np.load(os.path.join(folder, "features.npy")).astype(np.float32))
    truth = torch.from_numpy(np.load(os.path.join(folder, "truth.npy")).astype(np.float32))
    model = Workload("mlp", torch.Generator().manual_seed(0))
    with torch.no_grad():
        for index, layer in enumerate(model.net.layers):
            # CutBook writes Haiku-shaped weights [in, out]; torch keeps [out, in].
            w = np.load(os.path.join(folder, f"mlp_linear_{index}_w.npy"))
            b = np.load(os.path.join(folder, f"mlp_linear_{index}_b.npy"))
            layer.weight.copy_(torch.from_numpy(w.astype(np.float32)).reshape(layer.in_features, -1).T)
            layer.bias.copy_(torch.from_numpy(b.astype(np.float32)).reshape(-1))
    step = make_step(model, seed_loss, compiled=(mode == "compile"))
    start = time.perf_counter()
    first = None
    for epoch in range(1, epochs + 1):
        value = step(x, truth)
        if epoch == 1:
            first = float(value)
    with torch.no_grad():
        out = model(x)
        final_loss = float(seed_loss(out, truth))
        accuracy = float(((torch.sigmoid(out) > 0.5) == (truth > 0.5)).float().mean())
    return {
        "stack": f"torch-{mode}",
        "epochs": epochs,
        "shared_init": True,
        "first_epoch_loss": first,
        "final_loss": final_loss,
        "accuracy": accuracy,
        "seconds": time.perf_counter() - start,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument("--mode", choices=["eager", "compile"], default="eager")
    parser.add_argument("--workloads", default=",".join(WORKLOADS))
    parser.add_argument("--epochs", type=int, default=None)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--min-seconds", type=float, default=1.0)
    parser.add_argument("--parity", metavar="DIR", help="train the MLP on DIR's events")
    args = parser.parse_args()
    torch.manual_seed(0)

    if args.parity:
        print(json.dumps(parity(args.parity, args.epochs or 2000, args.mode)))
        return

    results = []
    for workload in args.workloads.split(","):
        if workload not in WORKLOADS:
            sys.exit(f"unknown workload '{workload}'; choose from {', '.join(WORKLOADS)}")
        times, events = bench(workload, args.mode, args.epochs or 30, args.warmup, args.min_seconds)
        median = statistics.median(times)
        results.append(
            {
                "stack": f"torch-{args.mode}",
                "workload": workload,
                "events": events,
                "threads": torch.get_num_threads(),
                "ms_per_epoch_median": median,
                "ms_per_epoch_min": min(times),
                "ms_per_epoch_max": max(times),
                "gflops": nominal_flops(workload, events) / (median * 1e6),
            }
        )
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for r in results:
            print(
                f"{r['stack']:14} {r['workload']:26} {r['events']:7d} events"
                f"  median {r['ms_per_epoch_median']:8.3f} ms  {r['gflops']:7.2f} GFLOP/s"
            )


if __name__ == "__main__":
    main()
