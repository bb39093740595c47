/// What can go wrong when asking a ``RandomState`` for numbers.
///
/// Each case carries the offending values; ``description`` says what was wrong and how to fix it.
public enum RandomStateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A seed outside numpy's accepted range 0 … 2³² − 1.
    case seedOutOfRange(Int)
    /// A sample count that is zero or negative.
    case nonPositiveCount(Int)
    /// A standard deviation below zero (numpy: "scale < 0").
    case negativeSigma(Double)
    /// A parameter that is NaN or infinite.
    case nonFiniteParameter(name: String, value: Double)
    /// A mean vector with no entries.
    case emptyMean
    /// A covariance whose row `row` has `length` entries instead of `expected`.
    case covarianceRowLength(row: Int, length: Int, expected: Int)
    /// A covariance whose size does not match the mean's dimension.
    case covarianceShapeMismatch(rows: Int, meanDimension: Int)
    /// A covariance entry that differs from its mirror across the diagonal.
    case covarianceNotSymmetric(row: Int, column: Int, value: Double, mirror: Double)
    /// A covariance whose decomposition `vᵀ diag(s) v` does not reproduce it, which for a
    /// symmetric matrix means it has a negative eigenvalue.
    case covarianceNotPositiveSemidefinite(smallestEigenvalue: Double)
    /// The decomposition of a covariance did not converge within `sweeps` passes.
    case decompositionDidNotConverge(dimension: Int, sweeps: Int)

    /// What went wrong, where, and how to fix it, in one sentence for a person to read.
    public var description: String {
        switch self {
        case .seedOutOfRange(let seed):
            return "seed \(seed) is out of range: numpy's RandomState accepts seeds 0 … 4294967295;"
                + " pass a non-negative seed below 2^32"
        case .nonPositiveCount(let count):
            return "sample count \(count) is not positive: ask for at least one value"
        case .negativeSigma(let sigma):
            return "sigma \(sigma) is negative: a standard deviation must be zero or greater"
        case .nonFiniteParameter(let name, let value):
            return "parameter \(name) is \(value): pass a finite number"
        case .emptyMean:
            return "the mean vector is empty: give one mean per dimension (e.g. [1.5, 2.0])"
        case .covarianceRowLength(let row, let length, let expected):
            return "covariance row \(row) has \(length) entries, expected \(expected):"
                + " the covariance must be a square matrix with one row per dimension"
        case .covarianceShapeMismatch(let rows, let meanDimension):
            return "covariance has \(rows) rows but the mean has \(meanDimension) entries:"
                + " give a \(meanDimension)×\(meanDimension) covariance"
        case .covarianceNotSymmetric(let row, let column, let value, let mirror):
            return "covariance is not symmetric: entry [\(row)][\(column)] = \(value) but"
                + " [\(column)][\(row)] = \(mirror); make the matrix equal to its transpose"
        case .covarianceNotPositiveSemidefinite(let smallest):
            return "covariance is not positive semi-definite (smallest eigenvalue \(smallest)):"
                + " every variance must be non-negative and every |correlation| at most 1"
        case .decompositionDidNotConverge(let dimension, let sweeps):
            return "the decomposition of the \(dimension)×\(dimension) covariance did not"
                + " converge in \(sweeps) passes: check the matrix for extreme or tiny entries"
        }
    }
}
