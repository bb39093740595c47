"""Fits the polynomial coefficients of CutEngine's float32 special functions.

Every polynomial is a least-squares fit on Chebyshev nodes against Python's double-precision
math functions; the printed maximum relative fit errors are far below float32's half ulp (3e-8),
so the float32 rounding of the evaluation dominates the errors that the tests measure.

- erf, |x| <= 1:          erf(x) = x * A(x^2), A of degree 6           (VectorMath+Erf.swift)
- erfc, 1 < x < 3.95:     erfc(x) = exp(-x^2) * B(t), t = 1/(1 + x/2), B of degree 7
- logistic, |w| <= 1:     sigmoid(w) - 1/2 = w * L(w^2), L of degree 4 (VectorMath+Bounded.swift)
- exp near 1/2, |h| <= 0.2311:  exp(h) = H(h), H of degree 5
- exp reduced, |r| <= ln2/2:    exp(r) = R(r), R of degree 6
- erfc for the fused kernel, 0 <= x <= 4.5: erfc(x) = exp(-x^2) * C(t), t = 1/(1 + 0.4 x),
  C of degree 8                                                     (CutPairKernel.swift)

Run: python3 scripts/reference/fit_polynomials.py
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


def show(name, coefficients, error):
    print(f"{name} (lowest degree first), max relative fit error {error:.3g}:")
    print(",\n".join(f"    {c:.9e}" for c in coefficients))


def main():
    xs = chebyshev_nodes(0.0, 1.0)
    small = np.array([math.erf(x) / x if x > 0 else 2 / math.sqrt(math.pi) for x in xs])
    show("A", *fit(xs**2, small, 6))

    xs = chebyshev_nodes(0.95, 3.95)
    large = np.array([math.erfc(x) * math.exp(x * x) for x in xs])
    show("B", *fit(1 / (1 + 0.5 * xs), large, 7))

    ws = chebyshev_nodes(0.0, 1.0)
    ws = ws[ws > 1e-6]
    logistic = np.array([(1 / (1 + math.exp(-w)) - 0.5) / w for w in ws])
    coefficients, _ = fit(ws**2, logistic, 4)
    approx = 0.5 + ws * np.polynomial.polynomial.polyval(ws**2, coefficients)
    show("L", coefficients, np.max(np.abs(approx / (0.5 + ws * logistic) - 1)))

    hs = chebyshev_nodes(-0.2311, 0.2311)
    show("H", *fit(hs, np.exp(hs), 5))

    rs = chebyshev_nodes(-0.3466, 0.3466)
    show("R", *fit(rs, np.exp(rs), 6))

    xs = chebyshev_nodes(0.0, 4.5, 8000)
    tail = np.array([math.erfc(x) * math.exp(x * x) for x in xs])
    show("C", *fit(1 / (1 + 0.4 * xs), tail, 8))


if __name__ == "__main__":
    main()
