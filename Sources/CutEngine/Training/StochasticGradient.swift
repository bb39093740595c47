/// A gradient of hard cuts estimated from Gaussian perturbations of the cut values, with no
/// relaxation anywhere: the forward pass is the true step function.
///
/// The estimate is of the gradient of the smoothed loss L_σ(c) = E[L(c + σε)], ε ~ N(0, I),
/// by the score function ∇L_σ(c) = E[L(c + σε) ε] / σ. Each epoch draws `pairs` antithetic
/// pairs (ε and −ε) and uses
///
///     ĝ = (1/M) Σ_j (L(c + σε_j) − L(c − σε_j)) ε_j / (2σ),
///
/// which is the score-function estimate with any baseline b subtracted, (L − b) ε, since b
/// cancels within a pair; the baseline b = L(c) is the epoch's loss. σ follows `noise`
/// (annealed toward 0, the smoothed loss approaches the hard one). The ε come from numpy's
/// `RandomState(seed)` stream, in order, so a training is the same on every run.
public struct StochasticGradient: Sendable, Hashable {
    /// σ per epoch, in the cuts' units.
    public let noise: Schedule
    /// The antithetic pairs drawn per epoch (M), at least 2.
    public let pairs: Int
    /// The seed of the perturbations' stream.
    public let seed: UInt32

    /// An estimator with `pairs` pairs per epoch and noise width `noise`.
    /// - Throws: `EngineError.nonPositiveSize` for fewer than 2 pairs (a variance needs two).
    public init(noise: Schedule, pairs: Int, seed: UInt32) throws {
        guard pairs >= 2 else {
            throw EngineError.nonPositiveSize(what: "pairs - 1", value: pairs - 1)
        }
        self.noise = noise
        self.pairs = pairs
        self.seed = seed
    }
}

/// How much single estimates of a stochastic training's gradient scatter: the sample variance
/// (summed over the cuts) of each epoch's estimates, averaged over the epochs, for three
/// forms computed from the same perturbed losses:
///
/// - `withoutBaseline`: one perturbation, L(c ± σε)(±ε)/σ;
/// - `withBaseline`: one perturbation with the baseline b = L(c), (L(c ± σε) − b)(±ε)/σ;
/// - `antitheticPairs`: one pair, (L(c + σε) − L(c − σε)) ε/(2σ), the form the training uses.
public struct EstimatorVariance: Sendable, Hashable {
    /// Variance of a single perturbation's estimate, no baseline.
    public var withoutBaseline: Double
    /// Variance of a single perturbation's estimate with the baseline L(c).
    public var withBaseline: Double
    /// Variance of one antithetic pair's estimate.
    public var antitheticPairs: Double
    /// The epochs averaged over.
    public var epochs: Int

    /// No epochs yet.
    public static let empty = EstimatorVariance(
        withoutBaseline: 0, withBaseline: 0, antitheticPairs: 0, epochs: 0)

    /// Adds one epoch's sample variances.
    mutating func add(plain: Double, baseline: Double, pair: Double) {
        let n = Double(epochs)
        withoutBaseline = (withoutBaseline * n + plain) / (n + 1)
        withBaseline = (withBaseline * n + baseline) / (n + 1)
        antitheticPairs = (antitheticPairs * n + pair) / (n + 1)
        epochs += 1
    }

    /// The sample variance, summed over coordinates, of `samples` (each one value per cut).
    static func sampleVariance(_ samples: [[Double]]) -> Double {
        guard samples.count > 1, let width = samples.first?.count else { return 0 }
        var total = 0.0
        for k in 0..<width {
            let mean = samples.reduce(0) { $0 + $1[k] } / Double(samples.count)
            total += samples.reduce(0) { $0 + ($1[k] - mean) * ($1[k] - mean) }
        }
        return total / Double(samples.count - 1)
    }
}

/// The training objective of `StochasticGradient`: `base` evaluates the hard cuts' loss (its
/// own gradient, zero for hard cuts, is not used); the gradient written is the estimate ĝ.
struct StochasticHardObjective<Base: TrainingObjective>: TrainingObjective {
    /// The hard cuts' objective.
    var base: Base
    /// The estimator's settings.
    let estimator: StochasticGradient
    /// The number of cuts.
    let cutCount: Int
    /// The perturbations' stream.
    private var random: RandomState
    /// This epoch's σ.
    private var sigma: Double
    /// The variances measured so far.
    private(set) var variance = EstimatorVariance.empty
    private var scratch = ParameterTree()

    init(base: Base, estimator: StochasticGradient, cutCount: Int) {
        self.base = base
        self.estimator = estimator
        self.cutCount = cutCount
        random = RandomState(seed: estimator.seed)
        sigma = estimator.noise.start
    }

    mutating func prepare(epoch: Int, of epochs: Int) throws {
        sigma = estimator.noise.value(epoch: epoch, of: epochs)
        try base.prepare(epoch: epoch, of: epochs)
    }

    /// The hard loss at `cuts` placed into `parameters`' cut entry.
    private mutating func loss(
        _ parameters: ParameterTree, entry: ParameterTree.Entry, cuts: [Double]
    )
        throws -> Double
    {
        var trial = parameters
        for k in 0..<cutCount { trial.values[entry.offset + k] = Float(cuts[k]) }
        let value = Double(try base.lossAndGradient(at: trial, gradient: &scratch))
        guard value.isFinite else {
            throw EngineError.invalidHyperparameter(
                name: "noise width", value: sigma,
                expected:
                    "small enough that every perturbed cut keeps a finite loss (the loss at \(cuts.map { Float($0) }) is \(value))"
            )
        }
        return value
    }

    mutating func lossAndGradient(at parameters: ParameterTree, gradient: inout ParameterTree)
        throws -> Float
    {
        let entry = try SelectionCut.cutsEntry(in: parameters, count: cutCount)
        if !gradient.hasSameStructure(as: parameters) { gradient = parameters.zeros() }
        let cuts = parameters.values[entry.range].map(Double.init)
        let baseline = try loss(parameters, entry: entry, cuts: cuts)
        var plain: [[Double]] = []
        var centred: [[Double]] = []
        var pairs: [[Double]] = []
        for _ in 0..<estimator.pairs {
            let epsilon = (0..<cutCount).map { _ in random.gauss() }
            let up = try loss(
                parameters, entry: entry, cuts: zip(cuts, epsilon).map { $0 + sigma * $1 })
            let down = try loss(
                parameters, entry: entry, cuts: zip(cuts, epsilon).map { $0 - sigma * $1 })
            plain.append(epsilon.map { up * $0 / sigma })
            plain.append(epsilon.map { -down * $0 / sigma })
            centred.append(epsilon.map { (up - baseline) * $0 / sigma })
            centred.append(epsilon.map { -(down - baseline) * $0 / sigma })
            pairs.append(epsilon.map { (up - down) * $0 / (2 * sigma) })
        }
        for k in 0..<cutCount {
            let mean = pairs.reduce(0) { $0 + $1[k] } / Double(pairs.count)
            gradient.values[entry.offset + k] = Float(mean)
        }
        for index in gradient.values.indices where !entry.range.contains(index) {
            gradient.values[index] = 0
        }
        variance.add(
            plain: EstimatorVariance.sampleVariance(plain),
            baseline: EstimatorVariance.sampleVariance(centred),
            pair: EstimatorVariance.sampleVariance(pairs))
        return Float(baseline)
    }
}
