import Foundation

/// How a classifier's decisions compare with the truth.
public struct ConfusionCounts: Sendable, Equatable, CustomStringConvertible {
    /// Signal events classified as signal.
    public var signalAsSignal = 0
    /// Signal events classified as background.
    public var signalAsBackground = 0
    /// Background events classified as background.
    public var backgroundAsBackground = 0
    /// Background events classified as signal.
    public var backgroundAsSignal = 0

    /// Empty counts.
    public init() {}

    /// All events counted.
    public var total: Int {
        signalAsSignal + signalAsBackground + backgroundAsBackground + backgroundAsSignal
    }

    /// The fraction classified correctly (0 when there are no events).
    public var accuracy: Double {
        total == 0 ? 0 : Double(signalAsSignal + backgroundAsBackground) / Double(total)
    }

    /// Like `signal 37012 right, 2988 wrong; background 35120 right, 4880 wrong; accuracy 0.9016`.
    public var description: String {
        "signal \(signalAsSignal) right, \(signalAsBackground) wrong; background "
            + "\(backgroundAsBackground) right, \(backgroundAsSignal) wrong; accuracy "
            + String(format: "%.4f", accuracy)
    }
}

/// The outcome of classifying every event with `sigmoid(out) > 0.5`.
public struct Classification: Sendable {
    /// Whether each event (in the data's order) was classified as signal.
    public let isSignal: [Bool]
    /// The confusion counts against the truth.
    public let counts: ConfusionCounts
}

extension ModelEvaluator {
    /// The decision of the studies: an event is signal when `sigmoid(out) > 0.5`, with the
    /// sigmoid computed in `Float` like the seed (so outputs too close to 0 for the sigmoid to
    /// leave 0.5 count as background).
    public static func isSignal(output: Float) -> Bool {
        VectorMath.sigmoid(output) > 0.5
    }

    /// Classifies every event and counts the decisions against the truth.
    /// - Throws: `ModelError.parameterStructureMismatch` for parameters of another model.
    public func classify(_ parameters: ParameterTree) throws -> Classification {
        let decisions = try outputs(parameters).map(Self.isSignal(output:))
        var counts = ConfusionCounts()
        for (index, decision) in decisions.enumerated() {
            switch (truth[index] == 1, decision) {
            case (true, true): counts.signalAsSignal += 1
            case (true, false): counts.signalAsBackground += 1
            case (false, false): counts.backgroundAsBackground += 1
            case (false, true): counts.backgroundAsSignal += 1
            }
        }
        return Classification(isSignal: decisions, counts: counts)
    }

    /// The loss as one parameter element (`path`, element `index`) takes each of `values`, all
    /// other parameters frozen at `parameters`; `onProgress` hears how many values are done.
    /// - Throws: `EngineError.unknownParameter`, `ModelError.parameterIndexOutOfRange`, or a
    ///   structure mismatch.
    public func lossScan(
        _ parameters: ParameterTree, path: String, index: Int, values: [Float],
        onProgress: ScanProgress? = nil
    ) throws -> [Double] {
        try scan(parameters, path: path, index: index, values: values, onProgress: onProgress) {
            try lossValue($0)
        }
    }

    /// The signal events classified as signal (`sigmoid(out) > 0.5`) as one parameter element
    /// takes each of `values`, all other parameters frozen at `parameters`: their number, or
    /// the sum of their event weights when the data are weighted. `onProgress` hears how many
    /// values are done.
    /// - Throws: `EngineError.unknownParameter`, `ModelError.parameterIndexOutOfRange`, or a
    ///   structure mismatch.
    public func passingSignalScan(
        _ parameters: ParameterTree, path: String, index: Int, values: [Float],
        onProgress: ScanProgress? = nil
    ) throws -> [Double] {
        try scan(parameters, path: path, index: index, values: values, onProgress: onProgress) {
            let classification = try classify($0)
            guard let eventWeights else { return Double(classification.counts.signalAsSignal) }
            var passed = 0.0
            for (event, isSignal) in classification.isSignal.enumerated()
            where isSignal && truth[event] == 1 {
                passed += Double(eventWeights[event])
            }
            return passed
        }
    }

    private func scan<Value>(
        _ parameters: ParameterTree, path: String, index: Int, values: [Float],
        onProgress: ScanProgress?, _ body: (ParameterTree) throws -> Value
    ) throws -> [Value] {
        let entry = try parameters.entry(path)
        guard (0..<entry.count).contains(index) else {
            throw ModelError.parameterIndexOutOfRange(path: path, index: index, count: entry.count)
        }
        let stride = ScanProgressStride(total: values.count, report: onProgress)
        var moved = parameters
        var results: [Value] = []
        results.reserveCapacity(values.count)
        for (step, value) in values.enumerated() {
            moved.values[entry.offset + index] = value
            results.append(try body(moved))
            stride.finished(step + 1)
        }
        return results
    }
}
