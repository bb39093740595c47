/// A block of samples with one row per draw and one column per dimension, stored row-major
/// like the numpy array it mirrors (`multivariate_normal` returns shape `(count, dimension)`).
public struct SampleMatrix: Sendable, Equatable {
    /// Number of draws.
    public let rowCount: Int
    /// Number of dimensions per draw.
    public let columnCount: Int
    /// All values, row after row: entry `(row, column)` is at `row · columnCount + column`.
    public let values: [Double]

    /// Wraps row-major values; `values.count` must equal `rowCount · columnCount`.
    init(rowCount: Int, columnCount: Int, values: [Double]) {
        precondition(values.count == rowCount * columnCount, "SampleMatrix shape mismatch")
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.values = values
    }

    /// The value of dimension `column` in draw `row`.
    public subscript(row: Int, column: Int) -> Double {
        values[row * columnCount + column]
    }

    /// One dimension of every draw, in draw order.
    public func column(_ column: Int) -> [Double] {
        precondition(column >= 0 && column < columnCount, "column \(column) out of range")
        return (0..<rowCount).map { values[$0 * columnCount + column] }
    }

    /// Every dimension as its own array (structure-of-arrays), in column order.
    public var columns: [[Double]] {
        (0..<columnCount).map { column($0) }
    }
}
