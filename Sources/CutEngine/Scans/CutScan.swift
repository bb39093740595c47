/// A loss scanned against one cut value: for each cut, the loss, its derivative with respect
/// to the cut, and the average signal and background weights (studies 1–3).
public struct CutScan: Sendable, Equatable {
    /// The cut values scanned, in order.
    public let cuts: [Float]
    /// The loss at each cut.
    public let values: [Double]
    /// d loss / d cut at each cut (0 everywhere for the hard cut).
    public let gradients: [Double]
    /// The mean signal weight at each cut (weighted by the events' own weights when given:
    /// Σ e w / Σ e).
    public let meanSignalWeights: [Double]
    /// The mean background weight at each cut (weighted likewise).
    public let meanBackgroundWeights: [Double]

    /// The index of the largest loss value (the first if tied; NaN values are skipped).
    public var indexOfMaximum: Int {
        var best = 0
        for index in values.indices where values[index] > values[best] || values[best].isNaN {
            best = index
        }
        return best
    }

    /// The index of the smallest loss value (the first if tied; NaN values are skipped).
    public var indexOfMinimum: Int {
        var best = 0
        for index in values.indices where values[index] < values[best] || values[best].isNaN {
            best = index
        }
        return best
    }

    /// Scans `loss` of the weights `relaxation` gives to `signal` and `background` events over
    /// `cuts`, telling `onProgress` how many cuts are done now and then (see `ScanProgress`).
    /// `events` are the events' own weights: every loss term and mean is weighted by them
    /// (nil: each event counts 1, exactly the unweighted scan).
    /// - Throws: `EngineError` for no cuts or empty samples, an invalid relaxation, or event
    ///   weights whose counts differ from the values'.
    public static func scan(
        loss: CutLoss, relaxation: Relaxation, signal: [Float], background: [Float], cuts: [Float],
        events: EventWeights? = nil, onProgress: ScanProgress? = nil
    ) throws -> CutScan {
        try relaxation.validate()
        try events?.validate(signalCount: signal.count, backgroundCount: background.count)
        guard !cuts.isEmpty else { throw EngineError.nonPositiveSize(what: "cut values", value: 0) }
        guard !signal.isEmpty else {
            throw EngineError.nonPositiveSize(what: "signal events", value: 0)
        }
        guard !background.isEmpty else {
            throw EngineError.nonPositiveSize(what: "background events", value: 0)
        }
        var values: [Double] = []
        var gradients: [Double] = []
        var signalMeans: [Double] = []
        var backgroundMeans: [Double] = []
        let stride = ScanProgressStride(total: cuts.count, report: onProgress)
        for (index, cut) in cuts.enumerated() {
            let (value, gradient) = loss.valueAndCutGradient(
                relaxation: relaxation, signal: signal, background: background, cut: cut,
                events: events)
            values.append(value)
            gradients.append(gradient)
            signalMeans.append(mean(relaxation.weights(of: signal, cut: cut), events?.signal))
            backgroundMeans.append(
                mean(relaxation.weights(of: background, cut: cut), events?.background))
            stride.finished(index + 1)
        }
        return CutScan(
            cuts: cuts, values: values, gradients: gradients, meanSignalWeights: signalMeans,
            meanBackgroundWeights: backgroundMeans)
    }

    /// Σ e v / Σ e, or the plain mean without event weights.
    private static func mean(_ values: [Float], _ events: [Float]?) -> Double {
        guard let events else {
            return values.reduce(0.0) { $0 + Double($1) } / Double(values.count)
        }
        var sum = 0.0
        var total = 0.0
        for (value, weight) in zip(values, events) {
            sum += Double(value) * Double(weight)
            total += Double(weight)
        }
        return sum / total
    }
}

/// Evenly spaced values like numpy's `linspace(start, stop, count)` (endpoint included),
/// computed in `Double` as numpy does (`start + i * step`, the last value exactly `stop`) and
/// rounded once to `Float`.
/// - Throws: `EngineError` for a count below 1 or non-finite bounds.
public func linspace(_ start: Double, _ stop: Double, count: Int) throws -> [Float] {
    guard count > 0 else { throw EngineError.nonPositiveSize(what: "linspace count", value: count) }
    guard start.isFinite, stop.isFinite else {
        throw EngineError.invalidRange(what: "linspace", from: start, to: stop)
    }
    guard count > 1 else { return [Float(start)] }
    let step = (stop - start) / Double(count - 1)
    return (0..<count).map { $0 == count - 1 ? Float(stop) : Float(start + Double($0) * step) }
}

/// The range `[min − 0.2|min|, max + 0.2|max|]` over all values, which the catalogue scans
/// over (studies 2 and 4).
/// - Throws: `EngineError.nonPositiveSize` when there are no values.
public func paddedRange(of values: [Float]) throws -> (low: Double, high: Double) {
    guard let low = values.min(), let high = values.max() else {
        throw EngineError.nonPositiveSize(what: "values for a range", value: 0)
    }
    let (lo, hi) = (Double(low), Double(high))
    return (lo - 0.2 * abs(lo), hi + 0.2 * abs(hi))
}
