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

    @Option(help: "Threads to use (default: one per core).")
    var threads: Int?

    func validate() throws {
        guard epochs >= 20 else {
            throw ValidationError("--epochs must be at least 20, found \(epochs).")
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
        return try workloads.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let workload = BenchmarkWorkload(rawValue: trimmed) else {
                let known = BenchmarkWorkload.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("unknown workload '\(trimmed)'; choose from \(known).")
            }
            return workload
        }
    }

    func run() throws {
        let executor = threads.map { BlockExecutor(threadCount: $0) } ?? .shared
        var results: [BenchmarkResult] = []
        for workload in try selectedWorkloads() {
            let result = try Benchmark.run(
                workload, epochs: epochs, warmup: warmup, executor: executor)
            results.append(result)
            if !json { print(Self.row(result)) }
        }
        if json { print(try Self.json(results)) }
    }

    static func row(_ r: BenchmarkResult) -> String {
        let name = r.workload.padding(toLength: 18, withPad: " ", startingAt: 0)
        return String(
            format:
                "%@ %7d events  median %8.3f ms  min %8.3f  max %8.3f  %6.1f M events/s  %6.1f GFLOP/s",
            name, r.events, r.msPerEpochMedian, r.msPerEpochMin, r.msPerEpochMax,
            r.eventsPerSecond / 1e6, r.gflops)
    }

    static func json(_ results: [BenchmarkResult]) throws -> String {
        let objects: [[String: Any]] = results.map {
            [
                "workload": $0.workload, "events": $0.events,
                "ms_per_epoch_median": $0.msPerEpochMedian, "ms_per_epoch_min": $0.msPerEpochMin,
                "ms_per_epoch_max": $0.msPerEpochMax, "gflops": $0.gflops,
            ]
        }
        let data = try JSONSerialization.data(
            withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
