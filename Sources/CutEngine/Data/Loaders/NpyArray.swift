/// The element types CutEngine reads from and writes to numpy `.npy` files.
public enum NpyDataType: String, Sendable, CaseIterable {
    /// Little-endian IEEE single precision, numpy's `'<f4'` (`float32`).
    case float32 = "<f4"
    /// Little-endian IEEE double precision, numpy's `'<f8'` (`float64`).
    case float64 = "<f8"

    /// Bytes per element.
    public var byteCount: Int {
        switch self {
        case .float32: return 4
        case .float64: return 8
        }
    }
}

/// A 1-D or 2-D array of floating-point numbers in C (row-major) order, as stored in a `.npy`
/// file.
///
/// Values are held as `Double` whatever the file's type (every `float32` is exactly a
/// `Double`), and ``dataType`` remembers the type to write back.
public struct NpyArray: Sendable, Equatable {
    /// The array's shape: `[count]` for 1-D, `[rows, columns]` for 2-D.
    public let shape: [Int]
    /// The element type in the file.
    public let dataType: NpyDataType
    /// All elements in C order: for 2-D, row after row.
    public let values: [Double]

    /// An array of the given shape and type.
    ///
    /// - Throws: ``NpyError/shapeMismatch(shape:valueCount:)`` when the shape is not 1-D or
    ///   2-D, has a negative extent, or does not hold exactly `values.count` elements; and
    ///   ``NpyError/valueNotRepresentable(index:value:)`` when a `float32` array is given a
    ///   value that is not exactly a `Float`.
    public init(shape: [Int], dataType: NpyDataType, values: [Double]) throws {
        guard (1...2).contains(shape.count), shape.allSatisfy({ $0 >= 0 }),
            shape.reduce(1, *) == values.count
        else {
            throw NpyError.shapeMismatch(shape: shape, valueCount: values.count)
        }
        if dataType == .float32,
            let index = values.firstIndex(where: { Double(Float($0)) != $0 && !$0.isNaN })
        {
            throw NpyError.valueNotRepresentable(index: index, value: values[index])
        }
        self.shape = shape
        self.dataType = dataType
        self.values = values
    }

    /// A 1-D `float64` array.
    public init(vector: [Double]) {
        self.shape = [vector.count]
        self.dataType = .float64
        self.values = vector
    }

    /// A 1-D `float32` array.
    public init(vector: [Float]) {
        self.shape = [vector.count]
        self.dataType = .float32
        self.values = vector.map(Double.init)
    }

    /// A 2-D `float32` array from equally long columns (stored row-major, so each row holds
    /// one value of every column): the layout for a data set's events.
    ///
    /// - Throws: ``NpyError/shapeMismatch(shape:valueCount:)`` when the columns differ in
    ///   length or there are none.
    public init(columns: [[Float]]) throws {
        let rows = columns.first?.count ?? 0
        guard !columns.isEmpty, columns.allSatisfy({ $0.count == rows }) else {
            throw NpyError.shapeMismatch(
                shape: [rows, columns.count], valueCount: columns.reduce(0) { $0 + $1.count })
        }
        var values = [Double]()
        values.reserveCapacity(rows * columns.count)
        for row in 0..<rows {
            for column in columns {
                values.append(Double(column[row]))
            }
        }
        self.shape = [rows, columns.count]
        self.dataType = .float32
        self.values = values
    }

    /// Number of rows: the length of a 1-D array, the first extent of a 2-D one.
    public var rowCount: Int { shape[0] }

    /// Number of columns: 1 for a 1-D array.
    public var columnCount: Int { shape.count == 2 ? shape[1] : 1 }

    /// The values rounded to `Float` (exact for a `float32` array).
    public var floatValues: [Float] { values.map { Float($0) } }

    /// Column `column` of a 2-D array (the whole array for 1-D and column 0).
    ///
    /// - Precondition: `column` is in `0..<columnCount`.
    public func column(_ column: Int) -> [Double] {
        precondition(column >= 0 && column < columnCount, "column \(column) out of range")
        let stride = columnCount
        return (0..<rowCount).map { values[$0 * stride + column] }
    }
}
