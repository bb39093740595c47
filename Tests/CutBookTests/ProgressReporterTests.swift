import Foundation
import Synchronization
import Testing

@testable import CutBook

/// The progress reporter's throttling, with a fake clock (no timing assertions).
struct ProgressReporterTests {
    final class Recorder: Sendable {
        let text = Mutex("")
        let clock = Mutex(0.0)
        var lines: [String] { text.withLock { $0 }.split(separator: "\n").map(String.init) }

        func reporter(_ mode: ProgressReporter.Mode = .plain) -> ProgressReporter {
            ProgressReporter(
                mode: mode, write: { text in self.text.withLock { $0 += text } },
                now: { self.clock.withLock { $0 } })
        }
    }

    @Test func shortWorkPrintsOnlyItsStartAndEnd() {
        let recorder = Recorder()
        let reporter = recorder.reporter()
        reporter.begin(id: "a", label: "scan")
        for done in 1...1000 {
            recorder.clock.withLock { $0 = Double(done) / 1000 }
            reporter.progress(id: "a", done: done, of: 1000, unit: "cut")
        }
        reporter.end(id: "a", succeeded: true)
        #expect(recorder.lines == ["run   scan", "done  scan (1.00 s)"])
    }

    @Test func linesWaitTwoSecondsThenComeEveryTenthAtMostOncePerFiveSeconds() {
        let recorder = Recorder()
        let reporter = recorder.reporter()
        reporter.begin(id: "a", label: "scan")
        for done in 1...100 {
            recorder.clock.withLock { $0 = Double(done) / 10 }
            reporter.progress(id: "a", done: done, of: 100, unit: "cut")
        }
        reporter.end(id: "a", succeeded: true)
        #expect(
            recorder.lines == [
                "run   scan",
                "      scan: cut 20/100 (20 %), about 8 s left",
                "      scan: cut 70/100 (70 %), about 3 s left",
                "done  scan (10.00 s)",
            ])
    }

    @Test func aLongTrainingPrintsAboutOneLinePerTenth() {
        let recorder = Recorder()
        let reporter = recorder.reporter()
        reporter.begin(id: "a", label: "fit")
        // 40,000 epochs over 400 s: every epoch reports, a tenth takes 40 s.
        for epoch in 1...40_000 {
            recorder.clock.withLock { $0 = Double(epoch) / 100 }
            reporter.epoch(id: "a", epoch: epoch, of: 40_000, loss: 1)
        }
        reporter.end(id: "a", succeeded: true)
        let progress = recorder.lines.dropFirst().dropLast()
        #expect(progress.first == "      fit: epoch 200/40000 (0 %) loss 1, about 6 min 38 s left")
        #expect(progress.count == 11)
        #expect(progress.last == "      fit: epoch 40000/40000 (100 %) loss 1")
        #expect(recorder.lines.last == "done  fit (400.00 s)")
    }

    @Test func slowTenthsGetAHeartbeatEveryMinute() {
        let recorder = Recorder()
        let reporter = recorder.reporter()
        reporter.begin(id: "a", label: "scan")
        // 1000 steps of 10 s: a tenth takes 1000 s, so each tenth gets lines every 60 s too.
        for done in 1...1000 {
            recorder.clock.withLock { $0 = Double(done) * 10 }
            reporter.progress(id: "a", done: done, of: 1000)
        }
        let progress = recorder.lines.dropFirst()
        // Per tenth: its first step, then every sixth step (60 s); and the final step.
        #expect(progress.count == 10 * 17 + 1)
        #expect(
            progress.prefix(3).map { $0.components(separatedBy: " (")[0] } == [
                "      scan: step 1/1000", "      scan: step 7/1000", "      scan: step 13/1000",
            ])
    }

    @Test func ticksReportWorkThatIsSilentForAMinute() {
        let recorder = Recorder()
        let reporter = recorder.reporter()
        reporter.begin(id: "a", label: "plot")
        recorder.clock.withLock { $0 = 3 }
        reporter.progress(id: "a", done: 1, of: 4, unit: "stage")
        for second in 4...130 {
            recorder.clock.withLock { $0 = Double(second) }
            reporter.tick()
        }
        #expect(
            recorder.lines == [
                "run   plot",
                "      plot: stage 1/4 (25 %), about 9 s left",
                "      plot: stage 1/4 (25 %), 1 min 3 s so far",
                "      plot: stage 1/4 (25 %), 2 min 3 s so far",
            ])
    }

    @Test func silentModeWritesNothing() {
        let recorder = Recorder()
        let reporter = recorder.reporter(.silent)
        reporter.begin(id: "a", label: "fit")
        recorder.clock.withLock { $0 = 100 }
        reporter.progress(id: "a", done: 5, of: 10)
        reporter.end(id: "a", succeeded: true)
        #expect(recorder.lines.isEmpty)
    }

    @Test func durationsReadNaturally() {
        #expect(ProgressReporter.duration(4.4) == "4 s")
        #expect(ProgressReporter.duration(200) == "3 min 20 s")
        #expect(ProgressReporter.duration(7500) == "2 h 5 min")
    }

    @Test func aLongScanInAReportPrintsProgress() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent,
            chapters: [
                (
                    "page",
                    "<<data sample draws=\"signal:normal(5,1)x2; background:normal(0,4)x3\" as=d>>\n<<scan loss cut=hard on=d steps=200000 as=s>>\n"
                )
            ])
        let recorder = Recorder()
        // Every reading of the clock moves it on by 0.1 s.
        let reporter = ProgressReporter(
            mode: .plain, write: { text in recorder.text.withLock { $0 += text } },
            now: {
                recorder.clock.withLock {
                    $0 += 0.1; return $0
                }
            })
        _ = try await ReportBuilder.build(
            Support.options(report: report, parent: parent), progress: reporter)
        let scanLines = recorder.lines.filter { $0.contains("<<scan as=s>>: cut ") }
        #expect(scanLines.count >= 5)
        #expect(scanLines.allSatisfy { $0.contains("/200000 (") })
        #expect(scanLines.dropLast().allSatisfy { $0.contains(" left") })
    }
}
