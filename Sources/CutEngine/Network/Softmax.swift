import Foundation

/// `softmax` and `log_softmax` of a small vector, in `Double`: the table of study 7 that shows
/// why the batch softmax depends on every other event.
///
/// Both subtract the maximum before exponentiating, so large inputs do not overflow. An empty
/// input gives an empty output; a NaN anywhere gives NaN everywhere.
public enum Softmax {
    /// `exp(x_i) / Σ_j exp(x_j)`.
    public static func softmax(_ values: [Double]) -> [Double] {
        logSoftmax(values).map { Foundation.exp($0) }
    }

    /// `x_i − log Σ_j exp(x_j)`.
    public static func logSoftmax(_ values: [Double]) -> [Double] {
        guard let largest = values.max() else { return [] }
        if values.contains(where: \.isNaN) { return values.map { _ in .nan } }
        let shift = largest.isFinite ? largest : 0
        let logSum = Foundation.log(values.reduce(0) { $0 + Foundation.exp($1 - shift) }) + shift
        return values.map { $0 - logSum }
    }
}
