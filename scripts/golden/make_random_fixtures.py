#!/usr/bin/env python3
"""Golden vectors for CutEngine's RandomState, generated with numpy's legacy RandomState.

Writes Tests/CutEngineTests/Fixtures/random.json. Run from the package root:

    python3 scripts/golden/make_random_fixtures.py

Every number in the fixture comes from numpy; the Swift tests compare against it.
"""
import json
import pathlib
import sys

import numpy as np

FIXTURES = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "CutEngineTests" / "Fixtures"


def floats(array):
    return [float(x) for x in np.ravel(array)]


def normals_by_seed():
    seeds = [0, 1, 42, 12345, 19680801, 4294967295]
    return [
        {"seed": seed, "values": floats(np.random.RandomState(seed).standard_normal(301))}
        for seed in seeds
    ]


def raw_stream():
    words = np.random.RandomState(5).randint(0, 2**32, size=700, dtype=np.uint32)
    doubles = np.random.RandomState(5).random_sample(257)
    return {
        "seed": 5,
        "words": [int(w) for w in words],
        "doubles": floats(doubles),
    }


def interleaved():
    """A sequence of calls with odd counts, so that the cached second normal is exercised."""
    rs = np.random.RandomState(2024)
    steps = []

    def record(kind, values, **parameters):
        steps.append({"kind": kind, "parameters": parameters, "values": floats(values)})

    record("standardNormal", rs.standard_normal(3), count=3)
    record("randomDouble", rs.random_sample(5), count=5)
    record("normal", rs.normal(5, 1, 7), mu=5.0, sigma=1.0, count=7)
    record("standardNormal", rs.standard_normal(1), count=1)
    record("normal", rs.normal(-2, 0.5, 11), mu=-2.0, sigma=0.5, count=11)
    record("randomDouble", rs.random_sample(1), count=1)
    record("standardNormal", rs.standard_normal(13), count=13)
    record("normal", rs.normal(0, 4, 9), mu=0.0, sigma=4.0, count=9)
    record(
        "multivariateNormal",
        rs.multivariate_normal([1.5, 2.0], [[0.5, 0.2], [0.2, 0.5]], 5),
        mean=[1.5, 2.0], covariance=[[0.5, 0.2], [0.2, 0.5]], count=5)
    record("standardNormal", rs.standard_normal(2), count=2)
    record("normal", rs.normal(3, 0, 3), mu=3.0, sigma=0.0, count=3)
    record("standardNormal", rs.standard_normal(5), count=5)
    return {"seed": 2024, "steps": steps}


def random_psd_2x2(count):
    rs = np.random.RandomState(777)
    matrices = []
    for _ in range(count):
        a = rs.normal(0, 2, (2, 2))
        matrices.append((a @ a.T).tolist())
    return matrices


def multivariate_cases():
    covariances = [
        ("catalogue signal", [1.5, 2.0], [[0.5, 0.2], [0.2, 0.5]], 19680801, 500),
        ("catalogue background", [0.0, 0.0], [[9.0, 0.0], [0.0, 9.0]], 19680801, 500),
        ("positive correlation", [0.0, 1.0], [[1.0, 0.5], [0.5, 2.0]], 3, 50),
        ("negative correlation", [-1.0, 0.5], [[2.0, -0.7], [-0.7, 1.0]], 4, 50),
        ("equal variances, negative", [0.0, 0.0], [[5.0, -2.0], [-2.0, 5.0]], 5, 50),
        ("diagonal, first larger", [0.0, 0.0], [[4.0, 0.0], [0.0, 1.0]], 6, 50),
        ("diagonal, second larger", [1.0, -1.0], [[1.0, 0.0], [0.0, 4.0]], 7, 50),
        ("zero first variance", [0.0, 0.0], [[0.0, 0.0], [0.0, 4.0]], 8, 50),
        ("zero matrix", [2.0, 3.0], [[0.0, 0.0], [0.0, 0.0]], 8, 10),
        ("singular", [0.0, 0.0], [[1.0, 1.0], [1.0, 1.0]], 9, 50),
        ("nearly singular", [0.0, 0.0], [[0.3, 0.29], [0.29, 0.3]], 10, 50),
        ("small off-diagonal", [0.0, 0.0], [[2.0, 1e-3], [1e-3, 2.0]], 11, 50),
        ("tiny variance", [0.0, 0.0], [[1e-3, 0.0], [0.0, 0.0]], 12, 20),
        ("one dimension", [3.0], [[2.25]], 13, 50),
        ("diagonal 3x3 with ties", [0.0, 0.0, 0.0],
         [[4.0, 0.0, 0.0], [0.0, 9.0, 0.0], [0.0, 0.0, 9.0]], 14, 50),
        ("diagonal 5x5 with ties", [0.0] * 5, np.diag([2.0, 1.0, 1.0, 2.0, 2.0]).tolist(), 16, 20),
    ]
    for index, matrix in enumerate(random_psd_2x2(20)):
        covariances.append((f"random 2x2 #{index}", [0.5, -0.5], matrix, 100 + index, 20))
    # Larger covariances: CutEngine retraces LAPACK's path, but numpy's BLAS rounds differently,
    # so these match to rounding ("close") or, for zero singular values, only roughly.
    close = [
        ("dense 3x3", [1.0, 2.0, 3.0],
         [[2.0, 0.3, 0.1], [0.3, 1.0, -0.2], [0.1, -0.2, 1.5]], 15, 50),
    ]
    rs = np.random.RandomState(4242)
    for index, n in enumerate([3, 4, 4, 5, 6, 8, 12, 25]):
        a = rs.normal(0, 1, (n, n))
        matrix = a @ a.T + np.diag(rs.uniform(0.1, 2, n))
        close.append((f"random {n}x{n} #{index}", [0.0] * n, matrix.tolist(), 200 + index, 20))
    deficient = []
    for index, (n, rank) in enumerate([(3, 1), (4, 2), (5, 3)]):
        b = rs.normal(0, 1, (rank, n))
        deficient.append((f"rank {rank} {n}x{n}", [0.0] * n, (b.T @ b).tolist(), 300 + index, 20))

    cases = []
    labelled = ([(c, "exact") for c in covariances] + [(c, "close") for c in close]
                + [(c, "rankDeficient") for c in deficient])
    for (name, mean, cov, seed, count), match in labelled:
        _, s, vt = np.linalg.svd(np.array(cov, dtype=np.float64))
        samples = np.random.RandomState(seed).multivariate_normal(mean, cov, count)
        cases.append({
            "name": name, "match": match, "seed": seed, "count": count, "mean": mean,
            "covariance": cov,
            "singularValues": floats(s), "vectorsTransposed": floats(vt),
            "samples": floats(samples),
        })
    return cases


def main():
    fixture = {
        "generator": f"numpy {np.__version__} legacy RandomState",
        "normalsBySeed": normals_by_seed(),
        "rawStream": raw_stream(),
        "normalFiveOne": {
            "seed": 19680801,
            "values": floats(np.random.RandomState(19680801).normal(5, 1, 1001)),
        },
        "interleaved": interleaved(),
        "multivariateNormal": multivariate_cases(),
    }
    FIXTURES.mkdir(parents=True, exist_ok=True)
    path = FIXTURES / "random.json"
    path.write_text(json.dumps(fixture, indent=1) + "\n")
    total = (sum(len(c["values"]) for c in fixture["normalsBySeed"])
             + len(fixture["rawStream"]["words"]) + len(fixture["rawStream"]["doubles"])
             + len(fixture["normalFiveOne"]["values"])
             + sum(len(s["values"]) for s in fixture["interleaved"]["steps"])
             + sum(len(c["samples"]) for c in fixture["multivariateNormal"]))
    print(f"wrote {path.name}: {total} values", file=sys.stderr)


if __name__ == "__main__":
    main()
