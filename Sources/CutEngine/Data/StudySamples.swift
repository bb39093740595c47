/// The catalogue's data sets, drawn exactly as the seed notebooks drew them.
///
/// Each recipe seeds a fresh ``RandomState`` and makes the listed draws in the listed order,
/// including draws that are thrown away, so that later draws land on the same stream position
/// as in the seed. Values are drawn in Double and stored as Float, as the seed's float32
/// computations saw them. 1D sets have one column `x`; 2D sets have columns `x` and `y`.
public enum StudySamples {
    /// The seed every catalogue recipe uses unless stated.
    public static let catalogueSeed: UInt32 = 19_680_801

    /// D1, the simple problem of studies 1 and 3: from `RS(seed)` draw signal
    /// `normal(5, 1, 1000)`, then background `normal(0, 4, 10000)`.
    ///
    /// - Returns: background then signal (10,000 + 1,000 events, column `x`).
    public static func simpleProblem(seed: UInt32 = catalogueSeed) -> Dataset {
        var stream = RandomState(seed: seed)
        return drawSimpleProblem(&stream).combined
    }

    /// D2, the relaxation comparison of study 2: from `RS(seed)` draw signal
    /// `normal(5, 1, 10000)`, then background `normal(0, 4, 10000)`.
    ///
    /// - Returns: background then signal (10,000 + 10,000 events, column `x`).
    public static func relaxationComparison(seed: UInt32 = catalogueSeed) -> Dataset {
        var stream = RandomState(seed: seed)
        let signal = stream.drawNormal(mu: 5, sigma: 1, count: 10_000)
        let background = stream.drawNormal(mu: 0, sigma: 4, count: 10_000)
        return oneDimensional(background: background, signal: signal)
    }

    /// The ML-style loss data of study 3, continuing D1's stream: after D1's draws, draw
    /// `normal(5, 1, 10000)` and discard it, then draw `normal(5, 1, 10000)` as an equal-size
    /// signal. The background is D1's.
    ///
    /// - Returns: background then signal (10,000 + 10,000 events, column `x`), truth 0 then 1.
    public static func mlLoss(seed: UInt32 = catalogueSeed) -> Dataset {
        var stream = RandomState(seed: seed)
        let d1 = drawSimpleProblem(&stream)
        _ = stream.drawNormal(mu: 5, sigma: 1, count: 10_000)
        let signal = stream.drawNormal(mu: 5, sigma: 1, count: 10_000)
        return oneDimensional(background: d1.background, signal: signal)
    }

    /// D3, the two-cut data of study 4: from `RS(seed)` draw `normal(5, 1, 10000)` and
    /// `normal(0, 4, 10000)` (both unused), then signal
    /// `MVN((1.5, 2.0), [[0.5, 0.2], [0.2, 0.5]], 10000)`, then background
    /// `MVN((0, 0), [[9, 0], [0, 9]], 10000)`.
    ///
    /// - Returns: the training data, background then signal (10,000 + 10,000 events, columns
    ///   `x`, `y`).
    public static func twoDimensional(seed: UInt32 = catalogueSeed) -> Dataset {
        var stream = RandomState(seed: seed)
        _ = stream.drawNormal(mu: 5, sigma: 1, count: 10_000)
        _ = stream.drawNormal(mu: 0, sigma: 4, count: 10_000)
        let signal = drawSignal2D(&stream, count: 10_000)
        let background = drawBackground2D(&stream, count: 10_000)
        return twoDimensional(first: background, second: signal, firstIsSignal: false)
    }

    /// D4, the neural-network data of studies 6 and 7. The seed drew it with JAX's generator,
    /// which we do not replicate; here, from `RS(seed)`: signal
    /// `MVN((1.5, 2.0), [[0.5, 0.2], [0.2, 0.5]], 40000)`, then background
    /// `MVN((0, 0), [[9, 0], [0, 9]], 40000)`. Same distributions, different events: compare
    /// with the seed statistically.
    ///
    /// - Returns: signal then background (40,000 + 40,000 events, columns `x`, `y`).
    public static func neuralNetwork(seed: UInt32 = catalogueSeed) -> Dataset {
        var stream = RandomState(seed: seed)
        let signal = drawSignal2D(&stream, count: 40_000)
        let background = drawBackground2D(&stream, count: 40_000)
        return twoDimensional(first: signal, second: background, firstIsSignal: true)
    }

    /// The signal mean of the 2D studies.
    public static let signalMean2D = [1.5, 2.0]
    /// The signal covariance of the 2D studies.
    public static let signalCovariance2D = [[0.5, 0.2], [0.2, 0.5]]
    /// The background mean of the 2D studies.
    public static let backgroundMean2D = [0.0, 0.0]
    /// The background covariance of the 2D studies.
    public static let backgroundCovariance2D = [[9.0, 0.0], [0.0, 9.0]]

    // MARK: - Draws

    private static func drawSimpleProblem(_ stream: inout RandomState) -> (
        background: [Double], combined: Dataset
    ) {
        let signal = stream.drawNormal(mu: 5, sigma: 1, count: 1000)
        let background = stream.drawNormal(mu: 0, sigma: 4, count: 10_000)
        return (background, oneDimensional(background: background, signal: signal))
    }

    private static func drawSignal2D(_ stream: inout RandomState, count: Int) -> SampleMatrix {
        stream.drawMultivariateNormal(
            mean: signalMean2D, factor: catalogueFactor(signalMean2D, signalCovariance2D),
            count: count)
    }

    private static func drawBackground2D(_ stream: inout RandomState, count: Int) -> SampleMatrix {
        stream.drawMultivariateNormal(
            mean: backgroundMean2D,
            factor: catalogueFactor(backgroundMean2D, backgroundCovariance2D), count: count)
    }

    /// The sampling factor of a catalogue covariance, which is valid by construction.
    private static func catalogueFactor(_ mean: [Double], _ covariance: [[Double]]) -> [Double] {
        do {
            return try RandomState.samplingFactor(mean: mean, covariance: covariance)
        } catch {
            preconditionFailure("catalogue covariance \(covariance) rejected: \(error)")
        }
    }

    private static func oneDimensional(background: [Double], signal: [Double]) -> Dataset {
        Dataset(
            validatedNames: ["x"], columns: [(background + signal).toFloat32()],
            truth: [Float](repeating: 0, count: background.count)
                + [Float](repeating: 1, count: signal.count))
    }

    private static func twoDimensional(
        first: SampleMatrix, second: SampleMatrix, firstIsSignal: Bool
    ) -> Dataset {
        let firstLabel: Float = firstIsSignal ? 1 : 0
        return Dataset(
            validatedNames: ["x", "y"],
            columns: (0..<2).map { (first.column($0) + second.column($0)).toFloat32() },
            truth: [Float](repeating: firstLabel, count: first.rowCount)
                + [Float](repeating: 1 - firstLabel, count: second.rowCount))
    }
}
