"""Fits the polynomial coefficients of CutEngine's float32 erf (VectorMath+Erf.swift).

Two regions, each fitted on Chebyshev nodes against Python's double-precision math.erf/erfc:
- |x| <= 1:      erf(x) = x * A(x^2), A a degree-6 polynomial (relative fit error ~1.6e-9);
- 1 < |x| < 3.92: erfc(x) = exp(-x^2) * B(t), t = 1 / (1 + x/2), B a degree-7 polynomial
                  (relative fit error ~5.5e-10); erf = 1 - erfc.
Both fit errors are far below float32's half ulp (3e-8), so the float32 rounding of the
evaluation dominates the error that the tests measure.

Run: python3 scripts/reference/fit_erf.py
"""

import math

import numpy as np


def chebyshev_nodes(lo, hi, n=6000):
    return np.cos(np.linspace(0, np.pi, n)) * 0.5 * (hi - lo) + 0.5 * (hi + lo)


def fit(variable, target, degree):
    series = np.polynomial.chebyshev.Chebyshev.fit(variable, target, degree)
    coefficients = series.convert(kind=np.polynomial.Polynomial).coef
    error = np.max(np.abs(np.polynomial.polynomial.polyval(variable, coefficients) / target - 1))
    return coefficients, error


def main():
    xs = chebyshev_nodes(0.0, 1.0)
    small = np.array([math.erf(x) / x if x > 0 else 2 / math.sqrt(math.pi) for x in xs])
    a, error_a = fit(xs**2, small, 6)
    xs = chebyshev_nodes(0.95, 3.95)
    large = np.array([math.erfc(x) * math.exp(x * x) for x in xs])
    b, error_b = fit(1 / (1 + 0.5 * xs), large, 7)
    print(f"A (x^2, low to high), max relative fit error {error_a:.3g}:")
    print(",\n".join(f"    {c:.9e}" for c in a))
    print(f"B (t, low to high), max relative fit error {error_b:.3g}:")
    print(",\n".join(f"    {c:.9e}" for c in b))


if __name__ == "__main__":
    main()
