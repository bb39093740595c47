/// Predicate push-down (study 5): the derivative of the sum-of-squares loss
/// Σ (w(x; c) − t)² with respect to the cut, using only events with |x − c| < h.
///
/// For erf, ∂w/∂c is e^(−(x−c)²)/√π, so events far from the cut contribute almost nothing:
/// about h = 2.5 already reproduces the full-data gradient.
public enum MaskedWindowGradient {
    /// The gradient at `cut` from the events of `column` (labels `truth`) within `halfWidth`
    /// of the cut; `halfWidth = .infinity` uses every event. `events`, the events' own
    /// weights, weigh each term (Σ e (w − t)²; nil: each event counts 1).
    /// - Throws: `EngineError` for mismatched lengths or a negative or NaN half-width.
    public static func gradient(
        relaxation: Relaxation, column: [Float], truth: [Float], events: [Float]? = nil,
        cut: Float, halfWidth: Float
    ) throws -> Double {
        guard column.count == truth.count else {
            throw EngineError.shapeMismatch(
                what: "truth labels", expected: [column.count], found: [truth.count])
        }
        if let events, events.count != column.count {
            throw EngineError.shapeMismatch(
                what: "event weights", expected: [column.count], found: [events.count])
        }
        guard halfWidth >= 0 else {
            throw EngineError.invalidHyperparameter(
                name: "window half-width", value: Double(halfWidth), expected: "≥ 0")
        }
        try relaxation.validate()
        let (weights, derivatives) = relaxation.weightsAndDerivatives(of: column, cut: cut)
        var sum = 0.0
        for index in column.indices where abs(column[index] - cut) < halfWidth {
            sum +=
                Double(2 * (weights[index] - truth[index]) * derivatives[index])
                * Double(events?[index] ?? 1)
        }
        return sum
    }

    /// The gradient at `cut` for every half-width in `halfWidths`, with the full-data gradient;
    /// `onProgress` hears how many half-widths are done (see `ScanProgress`).
    /// - Throws: as `gradient(relaxation:column:truth:events:cut:halfWidth:)`.
    public static func scan(
        relaxation: Relaxation, column: [Float], truth: [Float], events: [Float]? = nil,
        cut: Float, halfWidths: [Float], onProgress: ScanProgress? = nil
    ) throws -> (gradients: [Double], full: Double) {
        let stride = ScanProgressStride(total: halfWidths.count, report: onProgress)
        var gradients: [Double] = []
        gradients.reserveCapacity(halfWidths.count)
        for (index, halfWidth) in halfWidths.enumerated() {
            gradients.append(
                try gradient(
                    relaxation: relaxation, column: column, truth: truth, events: events,
                    cut: cut, halfWidth: halfWidth))
            stride.finished(index + 1)
        }
        let full = try gradient(
            relaxation: relaxation, column: column, truth: truth, events: events, cut: cut,
            halfWidth: .infinity)
        return (gradients, full)
    }
}
