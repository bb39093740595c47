/// Events with named variables and a truth label, stored column by column.
///
/// Storage is structure-of-arrays: each column is one contiguous `[Float]` with one value per
/// event, in event order, so kernels read a variable for all events at once. Every event has a
/// truth label, 1 for signal and 0 for background, kept as `Float` because losses use it as a
/// number (`Σ (w − truth)²`).
///
/// ```swift
/// let data = try Dataset(columns: [("x", xs), ("y", ys)], truth: labels)
/// let x = try data.column(named: "x")
/// ```
public struct Dataset: Sendable, Equatable {
    /// Column names, in column order.
    public let columnNames: [String]
    /// Column values, `columns[c][event]`, in the order of ``columnNames``.
    public let columns: [[Float]]
    /// Truth label of each event: 1 signal, 0 background.
    public let truth: [Float]
    /// Each event's weight (a simulation's cross-section weight), or nil when every event
    /// counts once. Losses, scans, tables and histograms sum events with these weights.
    public let weights: [Float]?

    /// A data set from named columns and one truth label per event.
    ///
    /// - Parameter weights: one finite weight per event, or nil for unweighted events (each
    ///   counts 1; results are exactly those of a data set without weights).
    /// - Throws: ``DatasetError`` when there are no columns, a name is empty or repeated, a
    ///   column's length differs from `truth.count`, a label is not 0 or 1, or a weight is not
    ///   finite or the weights are not one per event.
    public init(
        columns: [(name: String, values: [Float])], truth: [Float], weights: [Float]? = nil
    ) throws {
        guard !columns.isEmpty else { throw DatasetError.noColumns }
        var seen = Set<String>()
        for (index, column) in columns.enumerated() {
            guard !column.name.isEmpty else { throw DatasetError.emptyColumnName(index: index) }
            guard seen.insert(column.name).inserted else {
                throw DatasetError.duplicateColumn(column.name)
            }
            guard column.values.count == truth.count else {
                throw DatasetError.columnLengthMismatch(
                    column: column.name, count: column.values.count, expected: truth.count)
            }
        }
        if let event = truth.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw DatasetError.invalidTruthLabel(event: event, value: truth[event])
        }
        if let weights {
            guard weights.count == truth.count else {
                throw DatasetError.columnLengthMismatch(
                    column: "weights", count: weights.count, expected: truth.count)
            }
            if let event = weights.firstIndex(where: { !$0.isFinite }) {
                throw DatasetError.invalidWeight(event: event, value: weights[event])
            }
        }
        self.columnNames = columns.map(\.name)
        self.columns = columns.map(\.values)
        self.truth = truth
        self.weights = weights
    }

    /// A data set whose events all have the same label.
    ///
    /// - Parameter isSignal: `true` labels every event 1 (signal), `false` labels it 0.
    /// - Throws: ``DatasetError`` when there are no columns, names are empty or repeated, or
    ///   the columns differ in length.
    public init(columns: [(name: String, values: [Float])], isSignal: Bool) throws {
        let count = columns.first?.values.count ?? 0
        try self.init(
            columns: columns, truth: [Float](repeating: isSignal ? 1 : 0, count: count))
    }

    /// Trusted construction for results derived from valid data sets.
    init(validatedNames: [String], columns: [[Float]], truth: [Float], weights: [Float]? = nil) {
        self.columnNames = validatedNames
        self.columns = columns
        self.truth = truth
        self.weights = weights
    }

    /// Number of events.
    public var count: Int { truth.count }

    /// Number of columns (variables per event).
    public var columnCount: Int { columnNames.count }

    /// Number of signal events (truth 1).
    public var signalCount: Int { truth.reduce(0) { $0 + ($1 == 1 ? 1 : 0) } }

    /// Number of background events (truth 0).
    public var backgroundCount: Int { count - signalCount }

    /// The values of the column called `name`.
    ///
    /// - Throws: ``DatasetError/unknownColumn(_:available:)`` naming the valid columns.
    public func column(named name: String) throws -> [Float] {
        columns[try columnIndex(of: name)]
    }

    /// The position of the column called `name`.
    ///
    /// - Throws: ``DatasetError/unknownColumn(_:available:)`` naming the valid columns.
    public func columnIndex(of name: String) throws -> Int {
        guard let index = columnNames.firstIndex(of: name) else {
            throw DatasetError.unknownColumn(name, available: columnNames)
        }
        return index
    }

    /// The values of column number `index` (0-based).
    ///
    /// - Throws: ``DatasetError/columnIndexOutOfRange(_:columnCount:)``.
    public func column(at index: Int) throws -> [Float] {
        guard index >= 0, index < columnCount else {
            throw DatasetError.columnIndexOutOfRange(index, columnCount: columnCount)
        }
        return columns[index]
    }

    /// Whether the events carry weights other than the implicit 1.
    public var isWeighted: Bool { weights != nil }

    /// The weight of every event: `weights`, or 1 for each event of an unweighted data set.
    public var eventWeights: [Float] { weights ?? [Float](repeating: 1, count: count) }

    /// The same events with `weights` (nil removes them).
    /// - Throws: ``DatasetError`` for a wrong count or a weight that is not finite.
    public func withWeights(_ weights: [Float]?) throws -> Dataset {
        try Dataset(
            columns: Array(zip(columnNames, columns)).map { (name: $0.0, values: $0.1) },
            truth: truth, weights: weights)
    }

    /// Whether event `event` is signal.
    public func isSignal(_ event: Int) -> Bool {
        truth[event] == 1
    }
}
