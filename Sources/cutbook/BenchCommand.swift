import ArgumentParser
import CutEngine
import Foundation

/// `cutbook bench`: times training epochs of the standard workloads.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time training epochs (forward, seed loss, gradient, Adam) of the workloads.",
        discussion: """
            Workloads: \(BenchmarkWorkload.allCases.map(\.rawValue).joined(separator: ", ")).
            Use a release build (swift build -c release). Compare with the JAX reference by
            running benchmarks/compare.sh.
            """)

    @Flag(help: "Print a JSON list of objects instead of a table.")
    var json = false

    @Option(help: "Comma-separated workloads to run (default: all).")
    var workloads: String?

    @Option(help: "Timed epochs per workload (at least 20).")
    var epochs = 30

    @Option(help: "Untimed warm-up epochs per workload.")
    var warmup = 5

    @Option(help: "Keep timing each workload for at least this many seconds.")
    var minSeconds = 1.0

    @Option(help: "Threads to use (default: one per core).")
    var threads: Int?

    @OptionGroup(title: "Whole training")
    var training: TrainingOptions

    @OptionGroup(title: "Parity mode")
    var parityMode: ParityOptions

    func validate() throws {
        guard epochs >= 20 else {
            throw ValidationError("--epochs must be at least 20, found \(epochs).")
        }
        guard minSeconds >= 0, minSeconds.isFinite else {
            throw ValidationError("--min-seconds must be 0 or more, found \(minSeconds).")
        }
        guard warmup >= 0 else {
            throw ValidationError("--warmup must be 0 or more, found \(warmup).")
        }
        if let threads, threads < 1 {
            throw ValidationError("--threads must be at least 1, found \(threads).")
        }
        _ = try selectedWorkloads()
    }

    func selectedWorkloads() throws -> [BenchmarkWorkload] {
        guard let workloads else { return BenchmarkWorkload.allCases }
        return try workloads.split(separator: ",").map {
            try Self.workload(named: $0.trimmingCharacters(in: .whitespaces))
        }
    }

    /// The workload called `name`, or a validation error listing the known ones.
    static func workload(named name: String) throws -> BenchmarkWorkload {
        guard let workload = BenchmarkWorkload(rawValue: name) else {
            let known = BenchmarkWorkload.allCases.map(\.rawValue).joined(separator: ", ")
            throw ValidationError("unknown workload '\(name)'; choose from \(known).")
        }
        return workload
    }

    /// Prints `summary` as one line of JSON with sorted keys.
    static func printJSON(_ summary: [String: Any]) throws {
        let data = try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    func run() throws {
        let executor = threads.map { BlockExecutor(threadCount: $0) } ?? .shared
        if let train = training.train {
            try Self.printJSON(
                Self.timeTraining(
                    Self.workload(named: train), epochs: training.trainEpochs, executor: executor))
            return
        }
        if let parity = parityMode.parity {
            try Self.printJSON(
                ParityRun.run(
                    folder: URL(fileURLWithPath: parity), epochs: parityMode.parityEpochs,
                    seed: parityMode.paritySeed, executor: executor))
            return
        }
        var results: [BenchmarkResult] = []
        for workload in try selectedWorkloads() {
            let result = try Benchmark.run(
                workload, epochs: epochs, warmup: warmup, minimumSeconds: minSeconds,
                executor: executor)
            results.append(result)
            if !json { print(Self.row(result)) }
        }
        if json { print(try Self.json(results)) }
    }

    /// Trains `workload`'s model on its data with Adam for `epochs` epochs from seed 0.
    static func timeTraining(_ workload: BenchmarkWorkload, epochs: Int, executor: BlockExecutor)
        throws -> [String: Any]
    {
        let data = workload.data()
        let model = try Model(parsing: workload.expression, inputColumns: data.columnCount)
        let training = try ModelTraining(model: model, loss: workload.loss.name, epochs: epochs)
        let result = try training.run(on: data, seed: 0, executor: executor)
        var summary: [String: Any] = [
            "workload": workload.rawValue, "epochs": result.training.epochsRun,
            "seconds": result.training.seconds,
            "ms_per_epoch": 1000 * result.training.seconds / Double(max(1, epochs)),
            "first_loss": Double(result.training.lossHistory.first ?? .nan),
            "final_loss": Double(result.training.lossHistory.last ?? .nan),
        ]
        if let cuts = try? result.parameters.array("SelectionCut/cuts") {
            summary["cuts"] = cuts.map(Double.init)
        }
        return summary
    }

    static func row(_ r: BenchmarkResult) -> String {
        let name = r.workload.padding(toLength: 26, withPad: " ", startingAt: 0)
        let issued = r.issuedGflops.map { String(format: "  %6.1f executed", $0) } ?? ""
        return String(
            format:
                "%@ %7d events  median %8.3f ms  min %8.3f  max %8.3f  %6.1f M events/s  %6.1f GFLOP/s",
            name, r.events, r.msPerEpochMedian, r.msPerEpochMin, r.msPerEpochMax,
            r.eventsPerSecond / 1e6, r.gflops) + issued
    }

    static func json(_ results: [BenchmarkResult]) throws -> String {
        let objects: [[String: Any]] = results.map {
            var object: [String: Any] = [
                "workload": $0.workload, "events": $0.events,
                "ms_per_epoch_median": $0.msPerEpochMedian, "ms_per_epoch_min": $0.msPerEpochMin,
                "ms_per_epoch_max": $0.msPerEpochMax, "gflops": $0.gflops,
            ]
            if let work = $0.denseWork, let issued = $0.issuedGflops {
                object["dense_mflop_issued"] = work.issued / 1e6
                object["dense_mflop_useful"] = work.useful / 1e6
                object["dense_mflop_unskipped"] = work.dense / 1e6
                object["gflops_issued"] = issued
            }
            return object
        }
        let data = try JSONSerialization.data(
            withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}

/// `cutbook bench --train`: one whole training instead of single epochs.
struct TrainingOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Time a whole training of this workload's model, loss and data (instead of single "
                + "epochs) and print it as JSON.", valueName: "WORKLOAD"))
    var train: String?

    @Option(help: "Epochs of the --train training.")
    var trainEpochs = 40_000
}

/// `cutbook bench --parity`: the parity training against the JAX reference.
struct ParityOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Parity mode: write study 6's events and the initial network to DIR as .npy, train "
                + "the MLP and print the final seed loss and accuracy as JSON.",
            valueName: "DIR"))
    var parity: String?

    @Option(help: "Epochs of the parity training.")
    var parityEpochs = 2000

    @Option(help: "Seed of the parity training's initial weights.")
    var paritySeed: UInt32 = 0

    func validate() throws {
        guard parityEpochs >= 1 else {
            throw ValidationError("--parity-epochs must be at least 1, found \(parityEpochs).")
        }
    }
}
