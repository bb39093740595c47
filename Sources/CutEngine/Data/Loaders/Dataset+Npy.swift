/// Moving data sets to and from `.npy` arrays.
extension Dataset {
    /// A data set whose columns are the columns of a 1-D or 2-D `.npy` array (values rounded
    /// to `Float`), named in order by `columnNames`, with one truth label per row.
    ///
    /// - Throws: ``DatasetError/columnNameCountMismatch(names:columns:)`` when the number of
    ///   names differs from the array's columns, and the errors of
    ///   ``init(columns:truth:)``.
    public init(npy array: NpyArray, columnNames: [String], truth: [Float]) throws {
        guard columnNames.count == array.columnCount else {
            throw DatasetError.columnNameCountMismatch(
                names: columnNames.count, columns: array.columnCount)
        }
        let columns = columnNames.indices.map {
            (name: columnNames[$0], values: array.column($0).toFloat32())
        }
        try self.init(columns: columns, truth: truth)
    }

    /// The data set's columns as a 2-D `float32` array, one row per event (the truth labels
    /// are not included; write them as their own 1-D array).
    public var npyArray: NpyArray {
        do {
            return try NpyArray(columns: columns)
        } catch {
            preconditionFailure("a valid data set has equally long columns: \(error)")
        }
    }
}
