"""What every reference stack shares with `cutbook bench`: the workloads, their events (numpy's
legacy stream, as the studies catalogue draws them) and the FLOP accounting of an epoch."""

import numpy as np

MLP_SIZES = [2, 15, 30, 15, 1]
WORKLOADS = [
    "cuts2d-sigmoid",
    "cuts2d-erf",
    "mlp",
    "cuts-mlp",
    "cuts-sigmoid-mlp",
    "cuts-sigmoid-mlp-squares",
]


# ---------------------------------------------------------------- data (numpy's legacy stream)
def d3_events():
    """Study 4's 2D data: 10,000 signal and 10,000 background events, background first."""
    rs = np.random.RandomState(19680801)
    rs.normal(5, 1, 10000)
    rs.normal(0, 4, 10000)
    signal = rs.multivariate_normal((1.5, 2.0), [[0.5, 0.2], [0.2, 0.5]], 10000)
    background = rs.multivariate_normal((0.0, 0.0), [[9.0, 0.0], [0.0, 9.0]], 10000)
    x = np.concatenate([background, signal]).astype(np.float32)
    truth = np.concatenate([np.zeros(10000), np.ones(10000)]).astype(np.float32)
    return x, truth


def d4_events(seed=19680801):
    """Study 6's data: 40,000 signal then 40,000 background events."""
    rs = np.random.RandomState(seed)
    signal = rs.multivariate_normal((1.5, 2.0), [[0.5, 0.2], [0.2, 0.5]], 40000)
    background = rs.multivariate_normal((0.0, 0.0), [[9.0, 0.0], [0.0, 9.0]], 40000)
    x = np.concatenate([signal, background]).astype(np.float32)
    truth = np.concatenate([np.ones(40000), np.zeros(40000)]).astype(np.float32)
    return x, truth


# ---------------------------------------------------------------- work of an epoch
def mlp_flops_per_event():
    """Multiply-adds of forward (×2 flops) and backward (×2 of forward) for the MLP."""
    sizes = [2] + MLP_SIZES
    macs = sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    return 3 * 2 * macs


def nominal_flops(workload, events):
    """The nominal floating-point work of one epoch, counted the same way as CutBook's."""
    if workload.startswith("cuts2d-"):
        return 40 * events
    return (mlp_flops_per_event() + 40) * events
