import Foundation

/// The training workloads `cutbook bench` times, each one full epoch: forward pass, the seed
/// loss, its gradient and an Adam step (the same as `benchmarks/jax_reference.py`).
public enum BenchmarkWorkload: String, Sendable, CaseIterable {
    /// Two sigmoid cuts on study 4's 20,000 events.
    case cuts2dSigmoid = "cuts2d-sigmoid"
    /// Two erf cuts on study 4's 20,000 events.
    case cuts2dErf = "cuts2d-erf"
    /// MLP [2,15,30,15,1] on study 6's 80,000 events.
    case mlp
    /// Sigmoid cuts times the raw MLP output (study 7's model A).
    case cutsMLP = "cuts-mlp"
    /// Sigmoid cuts times the sigmoid of the MLP (study 7's model C).
    case cutsSigmoidMLP = "cuts-sigmoid-mlp"
    /// Model C with the sum-of-squares loss: the 40,000-epoch training of study 7.
    case cutsSigmoidMLPSquares = "cuts-sigmoid-mlp-squares"

    /// The model expression.
    public var expression: String {
        switch self {
        case .cuts2dSigmoid: return "cuts(sigmoid, init=(1,1))"
        case .cuts2dErf: return "cuts(erf, init=(1,1))"
        case .mlp: return "mlp(2,15,30,15,1)"
        case .cutsMLP: return "cuts(sigmoid, init=(1,1)) * mlp(2,15,30,15,1)"
        case .cutsSigmoidMLP, .cutsSigmoidMLPSquares:
            return "cuts(sigmoid, init=(1,1)) * sigmoid(mlp(2,15,30,15,1))"
        }
    }

    /// The loss: the seed loss, except for the squares workload.
    public var loss: EventLoss {
        self == .cutsSigmoidMLPSquares ? .sumOfSquares : .seed
    }

    /// The events: study 4's data for the cut workloads, study 6's for the network ones.
    public func data() -> Dataset {
        switch self {
        case .cuts2dSigmoid, .cuts2dErf: return StudySamples.twoDimensional()
        default: return StudySamples.neuralNetwork()
        }
    }

    /// Nominal floating-point operations per event and epoch, counted like the JAX reference:
    /// 40 for the cuts, loss and update; a network adds 2 flops per multiply-add of its forward
    /// pass, times 3 for forward and backward (949 multiply-adds for [2,15,30,15,1]).
    public var nominalFlopsPerEvent: Double {
        switch self {
        case .cuts2dSigmoid, .cuts2dErf: return 40
        default: return 3 * 2 * 949 + 40
        }
    }
}

/// Timings of one workload.
public struct BenchmarkResult: Sendable, Equatable {
    /// The workload's name.
    public let workload: String
    /// Events per epoch.
    public let events: Int
    /// Median, fastest and slowest epoch, in milliseconds.
    public let msPerEpochMedian: Double
    public let msPerEpochMin: Double
    public let msPerEpochMax: Double
    /// Events per second at the median epoch.
    public var eventsPerSecond: Double { Double(events) / (msPerEpochMedian / 1000) }
    /// Nominal GFLOP/s at the median epoch.
    public let gflops: Double
    /// The dense arithmetic the network kernels execute per epoch (nil for models without a
    /// network), counted at the first and last timed parameters and averaged.
    public var denseWork: DenseWork? = nil
    /// Executed dense GFLOP/s (`denseWork.issued`) at the median epoch.
    public var issuedGflops: Double? {
        denseWork.map { $0.issued / (msPerEpochMedian * 1e6) }
    }
}

/// Times training epochs of the benchmark workloads.
public enum Benchmark {
    /// Runs `warmup` untimed epochs, then times at least `epochs` epochs (and at least 20), and
    /// keeps timing until `minimumSeconds` have passed (at most 20,000 epochs), so that a short
    /// burst of other work on the machine cannot move the median of a fast workload.
    /// - Throws: model or data errors (none for the built-in workloads).
    public static func run(
        _ workload: BenchmarkWorkload, epochs: Int = 30, warmup: Int = 5,
        minimumSeconds: Double = 1, executor: BlockExecutor = .shared
    ) throws -> BenchmarkResult {
        let data = workload.data()
        let model = try Model(parsing: workload.expression, inputColumns: data.columnCount)
        let parameters = model.initialParameters(seed: 0)
        var times: [Double]
        var work: DenseWork? = nil
        let loss = workload.loss
        // Two-cut workloads run the engine's fused kernel on one thread: an epoch of 15–30 µs
        // is too short for a second thread to pay off on a shared machine.
        if let fused = try ModelTraining.fusedObjective(model: model, data: data, loss: loss) {
            var objective = fused
            times = try timeEpochs(
                &objective, from: parameters, epochs: epochs, warmup: warmup,
                minimumSeconds: minimumSeconds
            ).times
        } else {
            let evaluator = try ModelEvaluator(
                model: model, data: data, loss: workload.loss, executor: executor)
            var objective = ModelObjective(evaluator: evaluator)
            let timing = try timeEpochs(
                &objective, from: parameters, epochs: epochs, warmup: warmup,
                minimumSeconds: minimumSeconds)
            times = timing.times
            work = averageWork(
                try evaluator.denseWork(parameters), try evaluator.denseWork(timing.last))
        }
        times.sort()
        let median =
            times.count % 2 == 1
            ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
        return BenchmarkResult(
            workload: workload.rawValue, events: data.count, msPerEpochMedian: median,
            msPerEpochMin: times.first!, msPerEpochMax: times.last!,
            gflops: workload.nominalFlopsPerEvent * Double(data.count) / (median * 1e6),
            denseWork: work.flatMap { $0.dense > 0 ? $0 : nil })
    }

    private static func averageWork(_ a: DenseWork, _ b: DenseWork) -> DenseWork {
        DenseWork(
            issued: (a.issued + b.issued) / 2, useful: (a.useful + b.useful) / 2,
            dense: (a.dense + b.dense) / 2)
    }

    /// Milliseconds of each timed epoch (evaluation plus Adam step) and the parameters after
    /// the last one.
    private static func timeEpochs<Objective: TrainingObjective>(
        _ objective: inout Objective, from start: ParameterTree, epochs: Int, warmup: Int,
        minimumSeconds: Double
    ) throws -> (times: [Double], last: ParameterTree) {
        let optimizer = try Optimizer.adam(learningRate: 0.002)
        var parameters = start
        var gradient = parameters.zeros()
        var state = optimizer.initialState(for: parameters)
        var scratch = [Float](repeating: 0, count: parameters.count)
        var times: [Double] = []
        let clock = ContinuousClock()
        var timed = 0.0
        var epoch = 0
        while epoch < warmup + max(20, epochs)
            || (timed < minimumSeconds * 1000 && epoch < warmup + 20_000)
        {
            defer { epoch += 1 }
            let begin = clock.now
            _ = try objective.lossAndGradient(at: parameters, gradient: &gradient)
            try optimizer.step(&parameters, gradient: gradient, state: &state, scratch: &scratch)
            let elapsed = clock.now - begin
            if epoch >= warmup {
                let milliseconds =
                    Double(elapsed.components.seconds) * 1000
                    + Double(elapsed.components.attoseconds) * 1e-15
                times.append(milliseconds)
                timed += milliseconds
            }
        }
        return (times, parameters)
    }
}
