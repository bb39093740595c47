"""Independent numpy checks of the remedies' reference numbers (issue 14, items 1, 3 and 6).

Draws the studies' data from numpy's legacy RandomState with the seed recipes
(see the studies catalogue): D1, D2 and D3, then prints
  item 1: the hard-cut BCE optimum on D2 (fine grid) and the erf slope-1 BCE optimum,
          with the misclassified events at each;
          and Adam on the erf BCE with the slope annealed 1 -> 64 (ANNEAL below);
  item 3: Adam on the seed loss of two sigmoid cuts on D3 from (1, 1) and, with the restoring
          term, from (60, 60) (RESTORE below);
  item 6: the brute-force S/sqrt(B) maxima of one hard cut on D1 (fine grid) and of two
          hard cuts on D3 (grid over each column's data range).
Usage: python3 scripts/reference/remedies_numpy.py
"""

import numpy as np
from scipy.special import erf

SEED = 19680801


def d1():
    rs = np.random.RandomState(SEED)
    return rs.normal(5, 1, 1000).astype(np.float32), rs.normal(0, 4, 10000).astype(np.float32)


def d2():
    rs = np.random.RandomState(SEED)
    return rs.normal(5, 1, 10000).astype(np.float32), rs.normal(0, 4, 10000).astype(np.float32)


def d3():
    rs = np.random.RandomState(SEED)
    rs.normal(5, 1, 10000)
    rs.normal(0, 4, 10000)
    s = rs.multivariate_normal([1.5, 2.0], [[0.5, 0.2], [0.2, 0.5]], 10000)
    b = rs.multivariate_normal([0, 0], [[9, 0], [0, 9]], 10000)
    return s.astype(np.float32), b.astype(np.float32)


def bce(ws, wb):
    return -np.log(ws + 1e-6).sum() - np.log(1 - wb + 1e-6).sum()


def item1():
    s, b = d2()
    cuts = np.linspace(2, 5, 3001)
    hard = np.array([bce((s > c).astype(np.float64), (b > c).astype(np.float64)) for c in cuts])
    sd, bd = s.astype(np.float64), b.astype(np.float64)
    relaxed = np.array([bce((erf(sd - c) + 1) / 2, (erf(bd - c) + 1) / 2) for c in cuts])
    for name, values in (("hard", hard), ("erf slope 1", relaxed)):
        c = cuts[values.argmin()]
        wrong = int((s <= c).sum() + (b > c).sum())
        print(f"item 1 {name}: BCE optimum at {c:.4f} (grid 2..5, 3001 steps), misclassified {wrong}")


def ssb(s_pass, b_pass):
    return s_pass / np.sqrt(b_pass) if b_pass > 0 else np.nan


def item6():
    s, b = d1()
    cuts = np.linspace(-10, 10, 2001)
    values = np.array([ssb((s > c).sum(), (b > c).sum()) for c in cuts])
    i = np.nanargmax(values)
    print(f"item 6 D1: max S/sqrt(B) {values[i]:.4f} at {cuts[i]:.3f} (grid -10..10, 2001 steps)")
    s, b = d3()
    allv = np.concatenate([s, b])
    steps = 101
    gx = np.linspace(allv[:, 0].min(), allv[:, 0].max(), steps)
    gy = np.linspace(allv[:, 1].min(), allv[:, 1].max(), steps)
    best = (-np.inf, None, None)
    for cx in gx:
        sx, bx = s[:, 0] > cx, b[:, 0] > cx
        for cy in gy:
            v = ssb((sx & (s[:, 1] > cy)).sum(), (bx & (b[:, 1] > cy)).sum())
            if v > best[0]:
                best = (v, cx, cy)
    print(f"item 6 D3: max S/sqrt(B) {best[0]:.4f} at ({best[1]:.3f}, {best[2]:.3f}) "
          f"(grid over each column's data range, {steps} x {steps})")


# The settings the remedies chapter uses (reports/workshop/remedies.md).
ANNEAL = dict(epochs=1000, lr=0.01, start=0.0, slopes=(1.0, 64.0))
# item 3: (start, restoring strength, slope schedule or None, epochs, learning rate)
RESTORE_RUNS = [
    ((1.0, 1.0), 0.0, None, 3000, 0.01),
    ((60.0, 60.0), 1e-3, None, 3000, 0.05),
    ((60.0, 60.0), 1e-3, (0.1, 1.0), 5000, 0.05),
]


class Adam:
    """optax.adam defaults followed by zero-NaNs, as the engine's `OptimizerName.adam`."""

    def __init__(self, lr, size):
        self.lr, self.m, self.v, self.t = lr, np.zeros(size), np.zeros(size), 0

    def step(self, params, grad):
        grad = np.nan_to_num(grad, nan=0.0)
        self.t += 1
        self.m = 0.9 * self.m + 0.1 * grad
        self.v = 0.999 * self.v + 0.001 * grad * grad
        mhat = self.m / (1 - 0.9 ** self.t)
        vhat = self.v / (1 - 0.999 ** self.t)
        return params - self.lr * mhat / (np.sqrt(vhat) + 1e-8)


def item1_annealed():
    s, b = (a.astype(np.float64) for a in d2())
    n = s.size + b.size
    epochs, lr, k0, k1 = ANNEAL["epochs"], ANNEAL["lr"], *ANNEAL["slopes"]
    c = np.array([ANNEAL["start"]])
    adam = Adam(lr, 1)
    for e in range(1, epochs + 1):
        k = k0 * (k1 / k0) ** ((e - 1) / (epochs - 1))
        ws, wb = (erf(k * (s - c[0])) + 1) / 2, (erf(k * (b - c[0])) + 1) / 2
        ds = -k / np.sqrt(np.pi) * np.exp(-(k * (s - c[0])) ** 2)
        db = -k / np.sqrt(np.pi) * np.exp(-(k * (b - c[0])) ** 2)
        grad = (-(ds / (ws + 1e-6)).sum() + (db / (1 - wb + 1e-6)).sum()) / n
        c = adam.step(c, np.array([grad]))
    cut = c[0]
    wrong = int((s <= cut).sum() + (b > cut).sum())
    print(f"item 1 annealed erf 1->64 geometric, {epochs} epochs, lr {lr}: cut {cut:.4f}, "
          f"misclassified {wrong}")


def seed_loss_cuts(x, t, cuts, strength, ranges, k=1.0):
    """The gradient of the seed loss of sigmoid cuts at slope k, plus the restoring term's."""
    w = 1 / (1 + np.exp(-k * (x - cuts)))
    o = w.prod(axis=1)
    p = 1 / (1 + np.exp(-o))
    soft = np.exp(p - p.max())
    soft /= soft.sum()
    dp = -t + soft * t.sum()
    do = dp * p * (1 - p)
    grad = np.array([(do * o * -k * (1 - w[:, j])).sum() for j in range(cuts.size)])
    d = np.where(cuts > ranges[:, 1], cuts - ranges[:, 1], 0) + np.where(
        cuts < ranges[:, 0], cuts - ranges[:, 0], 0)
    return grad + 2 * strength * d


def item3_ridge():
    """The seed loss of two sigmoid cuts at (c, c) on D3 and its slope along the diagonal."""
    s, b = d3()
    x = np.concatenate([b, s]).astype(np.float64)
    t = np.concatenate([np.zeros(len(b)), np.ones(len(s))])

    def loss(c):
        w = 1 / (1 + np.exp(-(x - c)))
        p = 1 / (1 + np.exp(-w.prod(axis=1)))
        return -(t * (p - p.max() - np.log(np.exp(p - p.max()).sum()))).sum()

    for c in np.arange(-2.0, 14.0, 1.0):
        slope = (loss(np.array([c + 1e-3] * 2)) - loss(np.array([c - 1e-3] * 2))) / 2e-3
        print(f"item 3 diagonal: seed loss at ({c:.0f}, {c:.0f}) {loss(np.array([c, c])):.4f}, "
              f"slope {slope:+.4e}")


def item3():
    s, b = d3()
    x = np.concatenate([b, s]).astype(np.float64)
    t = np.concatenate([np.zeros(len(b)), np.ones(len(s))])
    ranges = np.stack([x.min(axis=0), x.max(axis=0)], axis=1)
    for start, strength, slopes, epochs, lr in RESTORE_RUNS:
        cuts = np.array(start)
        adam = Adam(lr, 2)
        for e in range(1, epochs + 1):
            k = 1.0 if slopes is None else slopes[0] * (slopes[1] / slopes[0]) ** (
                (e - 1) / (epochs - 1))
            cuts = adam.step(cuts, seed_loss_cuts(x, t, cuts, strength, ranges, k))
        print(f"item 3 seed loss, sigmoid cuts from {start}, restore {strength}, slope "
              f"{slopes or 1}, {epochs} epochs, lr {lr}: cuts ({cuts[0]:.4f}, {cuts[1]:.4f})")


if __name__ == "__main__":
    item1()
    item1_annealed()
    item3_ridge()
    item3()
    item6()
