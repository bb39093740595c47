import CutEngine
import Foundation
import Synchronization
import Testing

@testable import CutBook

/// The runner's scheduling: work on CutEngine's whole thread pool runs alone, and the results
/// do not depend on `--jobs`.
struct SchedulingTests {
    /// One directive's run: when it started and ended, and what it produced.
    struct Run: Sendable {
        var id: String
        var start: UInt64
        var end: UInt64
        var value: ResultValue
    }

    /// Every run of a build, recorded by `RecordingExecutor`s.
    final class Recorder: Sendable {
        let runs = Mutex<[Run]>([])
    }

    /// Runs the standard executor of a verb and records the run.
    struct RecordingExecutor: DirectiveExecutor {
        let inner: any DirectiveExecutor
        let recorder: Recorder

        func execute(
            _ directive: ResolvedDirective, inputs: ExecutionInputs, context: ExecutionContext
        ) throws -> ResultValue {
            let start = DispatchTime.now().uptimeNanoseconds
            let value = try inner.execute(directive, inputs: inputs, context: context)
            let end = DispatchTime.now().uptimeNanoseconds
            recorder.runs.withLock {
                $0.append(Run(id: directive.id, start: start, end: end, value: value))
            }
            return value
        }
    }

    /// Builds the `models` fixture (a network, its evaluations, cut scans and figures) with a
    /// fresh cache and `jobs` directives at a time; returns the runs and the plan.
    static func build(jobs: Int) async throws -> (runs: [Run], plan: ExecutionPlan) {
        let parent = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let report = try Support.copyFixture("models", into: parent)
        var options = Support.options(report: report, parent: parent)
        options.jobs = jobs
        let recorder = Recorder()
        var executors = ExecutorSet.standard.executors
        for (verb, executor) in executors {
            executors[verb] = RecordingExecutor(inner: executor, recorder: recorder)
        }
        options.executors = ExecutorSet(executors)
        let computed = try await ReportBuilder.compute(
            options, progress: ProgressReporter(mode: .plain, write: { _ in }))
        return (recorder.runs.withLock { $0 }, computed.plan)
    }

    @Test func workOnTheWholePoolRunsAlone() async throws {
        let (runs, plan) = try await Self.build(jobs: 2)
        let poolUsers = runs.filter { plan.usesThreadPool($0.id) }
        // The fixture trains one network, `net`, and evaluates it in scans and figures; the
        // data, the surface scan and the other figures are one-thread work.
        let names = Set(poolUsers.compactMap { plan.nodes[$0.id]?.directive.resultName })
        #expect(names.contains("net"))
        #expect(names.contains("passing"))
        #expect(poolUsers.count < runs.count - 3)
        for user in poolUsers {
            for other in runs where other.id != user.id {
                let overlaps = other.start < user.end && user.start < other.end
                #expect(!overlaps, "\(other.id) ran beside the network's training \(user.id)")
            }
        }
    }

    /// A run's value as the cache stores it, with its wall-clock seconds taken out (the one
    /// field that varies); a data set (not cached) by its description.
    static func comparable(_ value: ResultValue) throws -> Data {
        if case .object(let object) = value, let data = object.payload as? Dataset {
            return Data("\(data.columnNames) \(data.columns) \(data.truth)".utf8)
        }
        guard case .training(var record) = value else { return try value.binaryEncoded() }
        record.seconds = 0
        return try ResultValue.training(record).binaryEncoded()
    }

    @Test func resultsAreTheSameForOneAndTwoJobs() async throws {
        let one = try await Self.build(jobs: 1).runs
        let two = try await Self.build(jobs: 2).runs
        let first = Dictionary(
            uniqueKeysWithValues: try one.map { ($0.id, try Self.comparable($0.value)) })
        let second = Dictionary(
            uniqueKeysWithValues: try two.map { ($0.id, try Self.comparable($0.value)) })
        #expect(first.count == second.count)
        #expect(first.count > 10)
        for (id, value) in first {
            #expect(second[id] == value, "\(id) differs between --jobs 1 and --jobs 2")
        }
    }
}
