#!/usr/bin/env python3
"""Summaries of the catalogue's data sets (D1, D2, study 3's ML-loss data, D3, D4), drawn with
numpy's legacy RandomState following the recipes of the study catalogue.

Writes Tests/CutEngineTests/Fixtures/samples.json. Run from the package root:

    python3 scripts/golden/make_sample_fixtures.py

For each data set and column: the event count, the first and last five values, the exact sum,
minimum and maximum — all of the float32 values the Swift data sets store — and the labels.
"""
import json
import math
import pathlib

import numpy as np

FIXTURES = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "CutEngineTests" / "Fixtures"
SEED = 19680801
SIGNAL_MEAN, SIGNAL_COV = [1.5, 2.0], [[0.5, 0.2], [0.2, 0.5]]
BACKGROUND_MEAN, BACKGROUND_COV = [0.0, 0.0], [[9.0, 0.0], [0.0, 9.0]]


def d1(rs):
    signal = rs.normal(5, 1, 1000)
    background = rs.normal(0, 4, 10000)
    return signal, background


def simple_problem():
    signal, background = d1(np.random.RandomState(SEED))
    return {"x": np.concatenate([background, signal])}, [0] * 10000 + [1] * 1000


def relaxation_comparison():
    rs = np.random.RandomState(SEED)
    signal = rs.normal(5, 1, 10000)
    background = rs.normal(0, 4, 10000)
    return {"x": np.concatenate([background, signal])}, [0] * 10000 + [1] * 10000


def ml_loss():
    rs = np.random.RandomState(SEED)
    _, background = d1(rs)
    rs.normal(5, 1, 10000)
    signal = rs.normal(5, 1, 10000)
    return {"x": np.concatenate([background, signal])}, [0] * 10000 + [1] * 10000


def two_dimensional():
    rs = np.random.RandomState(SEED)
    rs.normal(5, 1, 10000)
    rs.normal(0, 4, 10000)
    signal = rs.multivariate_normal(SIGNAL_MEAN, SIGNAL_COV, 10000)
    background = rs.multivariate_normal(BACKGROUND_MEAN, BACKGROUND_COV, 10000)
    data = np.concatenate([background, signal])
    return {"x": data[:, 0], "y": data[:, 1]}, [0] * 10000 + [1] * 10000


def neural_network():
    rs = np.random.RandomState(SEED)
    signal = rs.multivariate_normal(SIGNAL_MEAN, SIGNAL_COV, 40000)
    background = rs.multivariate_normal(BACKGROUND_MEAN, BACKGROUND_COV, 40000)
    data = np.concatenate([signal, background])
    return {"x": data[:, 0], "y": data[:, 1]}, [1] * 40000 + [0] * 40000


def summary(name, recipe):
    columns, truth = recipe()
    described = []
    for column, values in columns.items():
        stored = values.astype(np.float32)
        described.append({
            "name": column,
            "first": [float(v) for v in stored[:5]],
            "last": [float(v) for v in stored[-5:]],
            "sum": math.fsum(float(v) for v in stored),
            "min": float(stored.min()),
            "max": float(stored.max()),
        })
    return {
        "name": name,
        "count": len(truth),
        "signalCount": sum(truth),
        "firstLabel": truth[0],
        "lastLabel": truth[-1],
        "columns": described,
    }


def main():
    fixture = {
        "generator": f"numpy {np.__version__} legacy RandomState, seed {SEED}",
        "datasets": [
            summary("simpleProblem", simple_problem),
            summary("relaxationComparison", relaxation_comparison),
            summary("mlLoss", ml_loss),
            summary("twoDimensional", two_dimensional),
            summary("neuralNetwork", neural_network),
        ],
    }
    path = FIXTURES / "samples.json"
    path.write_text(json.dumps(fixture, indent=1) + "\n")
    print(f"wrote {path.name}")


if __name__ == "__main__":
    main()
