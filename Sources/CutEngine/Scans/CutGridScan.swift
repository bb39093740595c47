/// A brute-force scan of a training objective's loss over a grid of cut values, one axis per
/// cut (every combination: steps^cuts points), for example hard cuts of S/√B on two columns,
/// or the coarse scan that picks a training's starting cuts (`init=scan`).
///
/// The loss at each point is the objective's own (`ModelTrainingObjective`), so a scan of
/// `cuts(hard)` with a loss is exactly the loss a training of those cuts reports. Points where
/// the loss is undefined (S/√B with no background left: NaN, or the selection's
/// `SelectionError.noBackground`) are NaN in `values` and never the best point.
public struct CutGridScan: Sendable, Equatable {
    /// The cut values of each axis.
    public let axes: [[Float]]
    /// The loss at every point, the first axis varying fastest.
    public let values: [Double]
    /// Whether the best point is the largest loss (S/√B) rather than the smallest.
    public let maximised: Bool

    /// The largest number of points a scan may have.
    public static let pointLimit = 4_000_000

    /// Scans `loss` of `model` (cuts alone) on `data` over `axes`.
    /// - Throws: `EngineError.nonPositiveSize` for an empty axis or too many points, and the
    ///   objective's errors.
    public static func scan(
        model: Model, loss: LossName, data: Dataset, axes: [[Float]],
        relativeUncertainty: Double = 0, onProgress: ScanProgress? = nil
    ) throws -> CutGridScan {
        guard case .cuts = model.expression else {
            throw EngineError.unsupportedAdjustment(
                what: "a grid scan of cut values", model: "model \(model.expression)",
                fix: "scan cuts alone, one per column (cuts(…))")
        }
        guard axes.count == model.inputColumns else {
            throw EngineError.shapeMismatch(
                what: "grid axes", expected: [model.inputColumns], found: [axes.count])
        }
        var total = 1
        for axis in axes {
            guard !axis.isEmpty else {
                throw EngineError.nonPositiveSize(what: "grid steps", value: 0)
            }
            total *= axis.count
            guard total <= pointLimit else {
                throw EngineError.nonPositiveSize(
                    what: "grid points left under the limit \(pointLimit)",
                    value: pointLimit - total)
            }
        }
        var objective = try ModelTrainingObjective(
            model: model, data: data, loss: loss, relativeUncertainty: relativeUncertainty,
            executor: .shared)
        var parameters = try SelectionCut(relaxation: .hard, cutCount: axes.count)
            .parameters(allCutsAt: 0)
        let stride = ScanProgressStride(total: total, report: onProgress)
        var values: [Double] = []
        values.reserveCapacity(total)
        for point in 0..<total {
            var rest = point
            for (k, axis) in axes.enumerated() {
                parameters.values[k] = axis[rest % axis.count]
                rest /= axis.count
            }
            do {
                values.append(Double(try objective.loss(at: parameters)))
            } catch SelectionError.noBackground {
                values.append(.nan)
            }
            stride.finished(point + 1)
        }
        return CutGridScan(axes: axes, values: values, maximised: loss.isMaximised)
    }

    /// One axis per column of `data`: `steps` values evenly spaced from the column's smallest
    /// to its largest value (outside that range every hard cut of the column is the same).
    /// - Throws: `EngineError` for fewer than 2 steps or an empty column.
    public static func dataAxes(of data: Dataset, steps: Int) throws -> [[Float]] {
        guard steps >= 2 else {
            throw EngineError.nonPositiveSize(what: "grid steps - 1", value: steps - 1)
        }
        return try data.columns.map { column in
            guard let low = column.min(), let high = column.max() else {
                throw EngineError.nonPositiveSize(what: "events", value: 0)
            }
            return try linspace(Double(low), Double(high), count: steps)
        }
    }

    /// The index of the best point (the first of equals), or nil when every loss is NaN.
    public var bestIndex: Int? {
        var best: Int?
        for index in values.indices where !values[index].isNaN {
            guard let current = best else {
                best = index
                continue
            }
            if maximised ? values[index] > values[current] : values[index] < values[current] {
                best = index
            }
        }
        return best
    }

    /// The cut values of point `index`, one per axis.
    public func cuts(at index: Int) -> [Float] {
        var rest = index
        return axes.map { axis in
            defer { rest /= axis.count }
            return axis[rest % axis.count]
        }
    }
}
