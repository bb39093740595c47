#!/usr/bin/env python3
"""The seed's stack (JAX + Haiku + optax on CPU) on CutBook's benchmark workloads.

Each workload is one jitted full training step: forward pass, the seed loss (a softmax
cross-entropy across the whole batch of sigmoid(model(x))), its gradient, Adam with optax's
defaults (learning rate 0.002) followed by zero-NaNs, and the parameter update.

    python3 benchmarks/jax_reference.py --json --workloads mlp,cuts2d-sigmoid
    python3 benchmarks/jax_reference.py --parity DIR --epochs 2000

Benchmark output has the same fields as `cutbook bench --json`. Parity mode trains the MLP on
the events written by `cutbook bench --write-parity DIR` (features.npy, truth.npy and the
initial weights) and prints the final seed loss and the accuracy of sigmoid(out) > 0.5.
"""

import argparse
import json
import os
import statistics
import sys
import time

os.environ.setdefault("JAX_PLATFORMS", "cpu")

import haiku as hk  # noqa: E402
import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
import optax  # noqa: E402
from reference_workloads import (  # noqa: E402
    MLP_SIZES,
    WORKLOADS,
    d3_events,
    d4_events,
    nominal_flops,
)

# ---------------------------------------------------------------- modules
class SelectionCut(hk.Module):
    """N cuts `x_j > c_j` on N columns, relaxed, weights multiplied."""

    def __init__(self, relaxation, init, name="SelectionCut"):
        super().__init__(name=name)
        self.relaxation = relaxation
        self.init = init

    def __call__(self, x):
        cuts = hk.get_parameter(
            "cuts", (x.shape[1],), jnp.float32, init=hk.initializers.Constant(self.init)
        )
        d = x - cuts
        if self.relaxation == "sigmoid":
            w = jax.nn.sigmoid(d)
        elif self.relaxation == "erf":
            w = (jax.scipy.special.erf(d) + 1.0) / 2.0
        else:
            raise ValueError(f"unknown relaxation {self.relaxation}")
        return jnp.prod(w, axis=1)


def make_model(workload):
    def forward(x):
        if workload.startswith("cuts2d-"):
            return SelectionCut(workload.split("-")[1], 1.0)(x)
        net = hk.nets.MLP(MLP_SIZES)(x)[:, 0]
        if workload == "mlp":
            return net
        cut = SelectionCut("sigmoid", 1.0)(x)
        if workload == "cuts-mlp":
            return cut * net
        if workload in ("cuts-sigmoid-mlp", "cuts-sigmoid-mlp-squares"):
            return cut * jax.nn.sigmoid(net)
        raise ValueError(f"unknown workload {workload}")

    return hk.without_apply_rng(hk.transform(forward))


def seed_loss(out, truth):
    """−Σ truth · log_softmax(sigmoid(out)) over the whole batch."""
    return -jnp.sum(truth * jax.nn.log_softmax(jax.nn.sigmoid(out)))


def squares_loss(out, truth):
    """Σ (truth − out)²."""
    return jnp.sum((truth - out) ** 2)


def make_step(model, optimizer, loss=seed_loss):
    def loss_fn(params, x, truth):
        return loss(model.apply(params, x), truth)

    @jax.jit
    def step(params, opt_state, x, truth):
        loss, grads = jax.value_and_grad(loss_fn)(params, x, truth)
        updates, opt_state = optimizer.update(grads, opt_state, params)
        return optax.apply_updates(params, updates), opt_state, loss

    return step


def optimizer():
    return optax.chain(optax.adam(0.002), optax.zero_nans())


# ---------------------------------------------------------------- benchmark
def bench(workload, epochs, warmup, min_seconds=1.0):
    x, truth = d3_events() if workload.startswith("cuts2d-") else d4_events()
    x, truth = jnp.asarray(x), jnp.asarray(truth)
    model = make_model(workload)
    params = model.init(jax.random.PRNGKey(0), x)
    opt = optimizer()
    opt_state = opt.init(params)
    loss_kind = squares_loss if workload.endswith("-squares") else seed_loss
    step = make_step(model, opt, loss_kind)
    for _ in range(warmup):
        params, opt_state, loss = step(params, opt_state, x, truth)
    jax.block_until_ready(loss)
    times = []
    # At least `epochs` epochs and at least `min_seconds` of timing (like `cutbook bench`).
    while len(times) < epochs or (sum(times) < 1000.0 * min_seconds and len(times) < 20000):
        start = time.perf_counter()
        params, opt_state, loss = step(params, opt_state, x, truth)
        jax.block_until_ready((params, loss))
        times.append((time.perf_counter() - start) * 1000.0)
    return times, int(x.shape[0])


# ---------------------------------------------------------------- parity
def parity(folder, epochs):
    x = jnp.asarray(np.load(os.path.join(folder, "features.npy")).astype(np.float32))
    truth = jnp.asarray(np.load(os.path.join(folder, "truth.npy")).astype(np.float32))
    model = make_model("mlp")
    params = model.init(jax.random.PRNGKey(0), x)
    shared_init = os.path.exists(os.path.join(folder, "mlp_linear_0_w.npy"))
    if shared_init:
        # Haiku names the layers "mlp/~/linear_0"; CutBook writes "mlp_linear_0_w.npy".
        def stored(layer, name):
            base = layer.replace("/~/", "/").replace("/", "_")
            return np.load(os.path.join(folder, f"{base}_{name}.npy"))

        params = {
            layer: {
                name: jnp.asarray(stored(layer, name)).reshape(value.shape)
                for name, value in entries.items()
            }
            for layer, entries in params.items()
        }
    opt = optimizer()
    opt_state = opt.init(params)
    step = make_step(model, opt)
    start = time.perf_counter()
    first = None
    for epoch in range(1, epochs + 1):
        params, opt_state, loss = step(params, opt_state, x, truth)
        if epoch == 1:
            first = float(loss)
    final_loss = float(seed_loss(model.apply(params, x), truth))
    out = model.apply(params, x)
    predicted = jax.nn.sigmoid(out) > 0.5
    accuracy = float(jnp.mean(predicted == (truth > 0.5)))
    return {
        "stack": "jax",
        "epochs": epochs,
        "shared_init": shared_init,
        "first_epoch_loss": first,
        "final_loss": final_loss,
        "accuracy": accuracy,
        "seconds": time.perf_counter() - start,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print a JSON list")
    parser.add_argument("--workloads", default=",".join(WORKLOADS))
    parser.add_argument("--epochs", type=int, default=None)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--min-seconds", type=float, default=1.0)
    parser.add_argument("--parity", metavar="DIR", help="train the MLP on DIR's events")
    args = parser.parse_args()

    if args.parity:
        print(json.dumps(parity(args.parity, args.epochs or 2000)))
        return

    results = []
    for workload in args.workloads.split(","):
        if workload not in WORKLOADS:
            sys.exit(f"unknown workload '{workload}'; choose from {', '.join(WORKLOADS)}")
        times, events = bench(workload, args.epochs or 30, args.warmup, args.min_seconds)
        median = statistics.median(times)
        results.append(
            {
                "workload": workload,
                "events": events,
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
                f"{r['workload']:18} {r['events']:7d} events  median {r['ms_per_epoch_median']:8.3f} ms"
                f"  min {r['ms_per_epoch_min']:8.3f}  max {r['ms_per_epoch_max']:8.3f}"
                f"  {r['gflops']:7.2f} GFLOP/s"
            )


if __name__ == "__main__":
    main()
