"""Independent numpy evaluation of the weighted cut scans of WeightedScanTests.

Usage: python3 scan_reference.py events.csv scans.json
scans.json lists the scans as {"name", "quantity", "cut", "slope", "loss", "column", "from",
"to", "steps", "at"}; the script prints {name: {column name: [values]}} as JSON, every event
weighted by its column w (S = sum w e, losses sum e times each event's term, the average
weight is sum e w / sum e).
"""

import json
import math
import sys

import numpy as np

EPS = 1e-6


def weights_and_derivatives(cut, slope, x, c):
    """The relaxed weight of x cut at c and its derivative with respect to c."""
    d = x - c
    if cut == "hard":
        return (x.astype(np.float32) > np.float32(c)).astype(float), np.zeros_like(x)
    if cut == "erf":
        erf = np.array([math.erf(v) for v in d])
        return (erf + 1) / 2, -np.exp(-d * d) / math.sqrt(math.pi)
    if cut == "sigmoid":
        w = 1 / (1 + np.exp(-slope * d))
        return w, -slope * w * (1 - w)
    raise SystemExit(f"unknown relaxation {cut}")


def loss_and_gradient(loss, ws, ds, es, wb, db, eb):
    """The weighted loss of signal (ws, ds, es) and background (wb, db, eb) and d/dc."""
    if loss == "ssb":
        s, b = np.sum(es * ws), np.sum(eb * wb)
        value = s / math.sqrt(b)
        gradient = np.sum(es * ds) / math.sqrt(b) - s / (2 * b**1.5) * np.sum(eb * db)
        return value, gradient
    if loss == "bce":
        # As CutEngine: the weights and the logarithms' arguments are float32 (1 - w loses
        # digits near w = 1 in float32, so a double evaluation would differ by more than the
        # test allows), the sums double.
        ws32, wb32, eps = ws.astype(np.float32), wb.astype(np.float32), np.float32(EPS)
        above = (ws32 + eps).astype(float)
        below = (np.float32(1) - wb32 + eps).astype(float)
        value = -np.sum(es * np.log(above)) - np.sum(eb * np.log(below))
        gradient = np.sum(-es / above * ds) + np.sum(eb / below * db)
        return value, gradient
    if loss == "squares":
        value = np.sum(es * (1 - ws) ** 2) + np.sum(eb * wb**2)
        gradient = np.sum(-2 * es * (1 - ws) * ds) + np.sum(2 * eb * wb * db)
        return value, gradient
    raise SystemExit(f"unknown loss {loss}")


def cuts(spec):
    """numpy's linspace rounded once to float32, as CutEngine's linspace."""
    grid = np.linspace(spec["from"], spec["to"], spec["steps"]).astype(np.float32)
    return grid.astype(float)


def column_scan(spec, x, truth, e, column):
    """loss, gradient and the class mean weights over the cuts of one column."""
    values = x[:, column]
    signal, background = truth == 1, truth == 0
    out = {"loss": [], "gradient": [], "signal": [], "background": []}
    for c in cuts(spec):
        w, d = weights_and_derivatives(spec["cut"], spec["slope"], values, c)
        value, gradient = loss_and_gradient(
            spec["loss"], w[signal], d[signal], e[signal], w[background], d[background],
            e[background])
        out["loss"].append(value)
        out["gradient"].append(gradient)
        out["signal"].append(np.sum(e[signal] * w[signal]) / np.sum(e[signal]))
        out["background"].append(np.sum(e[background] * w[background]) / np.sum(e[background]))
    return out


def window(spec, x, truth, e):
    """The sum-of-squares gradient at `at` from events with |x - at| < h, and over all."""
    values = x[:, spec["column"]]
    w, d = weights_and_derivatives(spec["cut"], spec["slope"], values, spec["at"])
    terms = 2 * e * (w - truth) * d
    widths = cuts(spec)
    gradients = [np.sum(terms[np.abs(values - spec["at"]) < h]) for h in widths]
    return {"gradient": gradients, "full": [np.sum(terms)] * len(widths)}


def main():
    data = np.genfromtxt(sys.argv[1], delimiter=",", names=True)
    x = np.stack([data["x"], data["y"]], axis=1).astype(np.float32).astype(float)
    truth = data["label"].astype(float)
    e = data["w"].astype(np.float32).astype(float)
    results = {}
    for spec in json.load(open(sys.argv[2])):
        if spec["quantity"] == "window":
            results[spec["name"]] = window(spec, x, truth, e)
        elif spec["quantity"] == "surface":
            first = column_scan(spec, x, truth, e, 0)["loss"]
            second = column_scan(spec, x, truth, e, 1)["loss"]
            results[spec["name"]] = {"values": [a + b for b in second for a in first]}
        else:
            results[spec["name"]] = column_scan(spec, x, truth, e, spec["column"])
    print(json.dumps(results))


main()
