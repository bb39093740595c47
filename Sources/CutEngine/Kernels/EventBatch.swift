/// Events laid out for the kernels: structure of arrays, padded with zero events to whole
/// chunk vectors, with the truth labels and a validity mask (1 for real events, 0 for padding).
///
/// Padding events carry a zero mask, so they contribute nothing to any loss, normalisation or
/// gradient; any event count works.
///
/// Events are stored in spatial order (a Z-order curve over the first two columns), because
/// neighbouring events switch on the same ReLU units: a chunk of nearby events leaves most
/// hidden units either active or off for all of its events, and the network kernels skip the
/// units that are off. Every loss is a sum over events, so the order changes only the rounding
/// of the sums; `order` maps stored positions back to the caller's event indices.
public struct EventBatch: Sendable {
    /// Events per SIMD vector.
    public static let lanes = FloatVector.scalarCount
    /// Vectors per chunk: a chunk's whole forward and backward pass stays in the core's cache.
    public static let chunkVectors = 16
    /// Chunks per block: the unit of work and of deterministic gradient partials.
    public static let blockChunks = 8
    /// Events are padded to a multiple of this (the microkernels' four-vector register block).
    public static let paddingEvents = 4 * lanes

    /// Number of real events.
    public let count: Int
    /// Number of feature columns.
    public let columns: Int
    /// Vectors per column, padding included.
    public let vectors: Int
    /// Column `c`'s vectors are `features[c * vectors ..< (c + 1) * vectors]`.
    let features: [FloatVector]
    /// Truth labels per event (0 for padding).
    let truth: [FloatVector]
    /// 1 for real events (their weight, for weighted events), 0 for padding.
    let valid: [FloatVector]
    /// Whether `valid` holds event weights rather than 1.
    public let isWeighted: Bool
    /// Σ of the real events' weights (their count when unweighted).
    public let weightSum: Double
    /// Σ truth over real events.
    public let truthSum: Double
    /// `order[k]` is the caller's index of the event stored at position `k`.
    public let order: [Int]

    /// Lays out `columns` (each with one value per event) and `truth` (one label per event).
    /// `weights` (one per event, or nil for 1 each) become the validity mask, so every
    /// per-event loss term is multiplied by its event's weight.
    /// - Precondition: every column (and `weights`) has `truth.count` values.
    public init(columns: [[Float]], truth: [Float], weights: [Float]? = nil) {
        let count = truth.count
        precondition(columns.allSatisfy { $0.count == count }, "columns differ in length")
        let padded = (count + Self.paddingEvents - 1) / Self.paddingEvents * Self.paddingEvents
        let vectors = padded / Self.lanes
        let order = Self.spatialOrder(columns.prefix(2).map { $0 }, count: count)
        self.count = count
        self.columns = columns.count
        self.vectors = vectors
        self.order = order
        features = columns.flatMap { column in
            Self.vectorised(order.map { column[$0] }, vectors: vectors, padding: 0)
        }
        self.truth = Self.vectorised(order.map { truth[$0] }, vectors: vectors, padding: 0)
        valid = Self.vectorised(
            weights.map { w in order.map { w[$0] } } ?? [Float](repeating: 1, count: count),
            vectors: vectors, padding: 0)
        isWeighted = weights != nil
        weightSum = weights.map { $0.reduce(0.0) { $0 + Double($1) } } ?? Double(count)
        truthSum = truth.reduce(0.0) { $0 + Double($1) }
    }

    /// Number of chunks (the last may hold fewer vectors).
    var chunkCount: Int { (vectors + Self.chunkVectors - 1) / Self.chunkVectors }
    /// Number of blocks (the last may hold fewer chunks).
    var blockCount: Int { (chunkCount + Self.blockChunks - 1) / Self.blockChunks }

    /// The vectors `first ..< first + count` of chunk `chunk`.
    func chunkRange(_ chunk: Int) -> Range<Int> {
        let first = chunk * Self.chunkVectors
        return first..<min(vectors, first + Self.chunkVectors)
    }

    /// The chunks of block `block`.
    func blockChunks(_ block: Int) -> Range<Int> {
        let first = block * Self.blockChunks
        return first..<min(chunkCount, first + Self.blockChunks)
    }

    /// Event indices sorted along a Z-order (Morton) curve over up to two columns, each
    /// quantised to 1024 steps over its range; ties keep the caller's order.
    static func spatialOrder(_ columns: [[Float]], count: Int) -> [Int] {
        guard !columns.isEmpty else { return Array(0..<count) }
        let steps: [[UInt32]] = columns.map { column in
            let finite = column.filter(\.isFinite)
            let low = finite.min() ?? 0
            let high = finite.max() ?? 0
            let scale = high > low ? 1023 / (high - low) : 0
            return column.map { value in
                guard value.isFinite else { return 0 }
                return UInt32(max(0, min(1023, ((value - low) * scale).rounded(.down))))
            }
        }
        func spread(_ value: UInt32) -> UInt64 {
            var result: UInt64 = 0
            for bit in 0..<10 { result |= UInt64((value >> bit) & 1) << (2 * bit) }
            return result
        }
        let keys: [UInt64] = (0..<count).map { index in
            var key = spread(steps[0][index])
            if steps.count > 1 { key |= spread(steps[1][index]) << 1 }
            return key
        }
        return (0..<count).sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    }

    private static func vectorised(_ values: [Float], vectors: Int, padding: Float) -> [FloatVector]
    {
        var result = [FloatVector](repeating: FloatVector(repeating: padding), count: vectors)
        for (index, value) in values.enumerated() {
            result[index / lanes][index % lanes] = value
        }
        return result
    }
}
