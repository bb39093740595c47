#!/usr/bin/env python3
"""Writes a CSV of simulated jet events for a selection study (pt, eta, mass, score, label, w).

Signal: a resonance near 125 GeV with harder pT, central eta and high classifier scores;
background: falling pT, wide eta and mass, low scores. Weights are cross-section-like
(signal 0.05, background 1.0, with a 10% spread). Standard library only, seeded.

    python3 scripts/generate-selection-events.py events.csv 40000 --seed 1
"""
import argparse
import math
import random


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("events", type=int, nargs="?", default=40000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--signal-fraction", type=float, default=0.25)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with open(args.output, "w") as out:
        out.write("pt,eta,mass,score,label,w\n")
        for _ in range(args.events):
            signal = rng.random() < args.signal_fraction
            if signal:
                pt = 30 + rng.expovariate(1 / 45)
                eta = rng.gauss(0, 1.0)
                mass = rng.gauss(125, 12)
                score = min(1.0, max(0.0, rng.betavariate(5, 2)))
                w = 0.05 * (1 + 0.1 * rng.gauss(0, 1))
            else:
                pt = 20 + rng.expovariate(1 / 25)
                eta = rng.uniform(-3.0, 3.0)
                mass = 50 + rng.expovariate(1 / 60)
                score = min(1.0, max(0.0, rng.betavariate(2, 5)))
                w = 1.0 * (1 + 0.1 * rng.gauss(0, 1))
            out.write(f"{pt:.4f},{eta:.4f},{mass:.4f},{score:.5f},{int(signal)},{w:.6f}\n")


if __name__ == "__main__":
    main()
