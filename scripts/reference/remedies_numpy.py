"""Independent numpy checks of the remedies' reference numbers (issue 14, items 1 and 6).

Draws the studies' data from numpy's legacy RandomState with the seed recipes
(see the studies catalogue): D1, D2 and D3, then prints
  item 1: the hard-cut BCE optimum on D2 (fine grid) and the erf slope-1 BCE optimum,
          with the misclassified events at each;
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


if __name__ == "__main__":
    item1()
    item6()
