import CutEngine
import Foundation
import Testing

@testable import CutBook

/// Seeds, sizes and memory estimates are checked where they are read: an out-of-range seed or
/// a directive that would need more than `MemoryLimit` is refused with a located message, and a
/// large size within the limit is accepted.
@Suite(.serialized) struct LimitsTests {
    private func headlines(chapter: String, settings: String? = nil) async throws -> [String] {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent, chapters: [("page", chapter)], settings: settings)
        do {
            _ = try await ReportBuilder.build(
                Support.options(report: report, parent: parent),
                progress: ProgressReporter(mode: .silent))
            return []
        } catch let failure as BuildFailure {
            return failure.diagnostics.map(\.headline)
        }
    }

    private func validates(_ chapter: String) throws -> Bool {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("page", chapter)])
        return Support.headlines { try Support.check(report) } == nil
    }

    private static let small =
        "<<data sample draws=\"signal:normal(5,1)x20; background:normal(0,4)x30\" as=d>>\n"

    @Test func defaultSeedBeyond32BitsIsRefusedAtItsLine() async throws {
        let settings = "title: T\nchapters: [page]\ndefaults:\n  seed: 4294967296\n"
        #expect(
            try await headlines(chapter: "# Page\n", settings: settings) == [
                "report/report.yml:4:9: error: 'seed' is 4294967296, out of range: expected an integer from 0 to 4294967295; random streams take a 32-bit seed, as numpy's RandomState does"
            ])
    }

    @Test func negativeDefaultSeedIsRefused() async throws {
        let settings = "title: T\nchapters: [page]\ndefaults:\n  seed: -1\n"
        #expect(
            try await headlines(chapter: "# Page\n", settings: settings) == [
                "report/report.yml:4:9: error: 'seed' is -1, out of range: expected an integer from 0 to 4294967295; random streams take a 32-bit seed, as numpy's RandomState does"
            ])
    }

    @Test func largestDefaultSeedIsAccepted() async throws {
        let settings = "title: T\nchapters: [page]\ndefaults:\n  seed: 4294967295\n"
        #expect(try await headlines(chapter: "# Page\n" + Self.small, settings: settings) == [])
    }

    @Test func hugeDrawIsRefusedBeforeDrawing() async throws {
        let chapter =
            "<<data sample draws=\"signal:normal(0,1)x10000000000; background:normal(0,1)x5\" as=d>>\n"
        #expect(
            try await headlines(chapter: chapter) == [
                "report/page.md:1:21: error: <<data>> draws=: draw 'signal:normal(0,1)x10000000000' would need about 160 GB (10000000000 events × 1 column × 16 bytes), above the 4 GiB limit: draw at most 268435456 events"
            ])
    }

    @Test func drawsTogetherTooLargeAreRefused() async throws {
        let chapter =
            "<<data sample draws=\"signal:normal(0,1)x200000000; background:normal(0,1)x200000000\" as=d>>\n"
        #expect(
            try await headlines(chapter: chapter) == [
                "report/page.md:1:21: error: <<data>> draws=: the draws together would need about 12.8 GB (400000000 events × 1 column × 20 bytes + 4 bytes of label per event + the largest draw), above the 4 GiB limit: draw fewer events"
            ])
    }

    @Test func largeDrawWithinTheLimitIsAccepted() throws {
        #expect(
            try validates(
                "<<data sample draws=\"signal:normal(0,1)x100000000; background:normal(0,1)x10\" as=d>>\n"
            ))
    }

    @Test func hugeModelIsRefusedBeforeItIsBuilt() async throws {
        let chapter =
            Self.small
            + "<<train model model=\"mlp(2,100000,100000,1)\" on=d epochs=1 as=n>>\n"
        #expect(
            try await headlines(chapter: chapter) == [
                "report/page.md:2:21: error: <<train>> failed: the model would need about 321 GB (10000500005 parameters × 32 bytes + 819 MB of activations for two workers' chunks), above the 4 GiB limit; use fewer or narrower network layers"
            ])
    }

    @Test func largeModelWithinTheLimitIsAccepted() throws {
        let expression = try ModelExpression(
            parsing: "cuts(sigmoid) * sigmoid(mlp(2,10000,10000,1))")
        let estimate = expression.memoryEstimate(inputColumns: 2)
        #expect(!estimate.exceedsLimit)
        // The cuts (2), then the layers 2→2, 2→10000, 10000→10000 and 10000→1.
        #expect(
            expression.parameterEstimate(inputColumns: 2) == 2 + 6 + 30000 + 100_010_000 + 10001)
    }

    @Test func hugeSurfaceIsRefused() async throws {
        let chapter =
            "<<data d3 as=d3>>\n<<scan surface cut=sigmoid loss=ssb on=d3 steps=20000 as=s>>\n"
        #expect(
            try await headlines(chapter: chapter) == [
                "report/page.md:2:49: error: <<scan>> a surface of these steps would need about 6.4 GB (20000 × 20000 points × 16 bytes), above the 4 GiB limit: use steps=16384 or fewer"
            ])
    }

    @Test func largeSurfaceWithinTheLimitIsAccepted() throws {
        #expect(
            try validates(
                "<<data d3 as=d3>>\n<<scan surface cut=sigmoid loss=ssb on=d3 steps=16384 as=s>>\n"
            ))
    }
}
