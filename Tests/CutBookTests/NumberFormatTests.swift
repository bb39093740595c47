import Foundation
import Testing

@testable import CutBook

/// `fmt=` number formats.
struct NumberFormatTests {
    @Test func fixedExponentSignificant() {
        #expect(NumberFormat(".3f")!.format(3.73737) == "3.737")
        #expect(NumberFormat(".2e")!.format(20880) == "2.09e+04")
        #expect(NumberFormat(".4g")!.format(22.4449) == "22.44")
    }

    @Test func groupingAndIntegers() {
        #expect(NumberFormat(",.0f")!.format(440222.4) == "440,222")
        #expect(NumberFormat(",d")!.format(-1234567) == "-1,234,567")
    }

    @Test func negativeZeroLosesItsSign() {
        #expect(NumberFormat(".2f")!.format(-0.001) == "0.00")
    }

    @Test func nonFiniteValuesAreNamed() {
        #expect(NumberFormat(".3f")!.format(.nan) == "NaN")
        #expect(NumberFormat(".3f")!.format(-.infinity) == "−∞")
    }

    @Test func malformedFormatsAreRejected() {
        #expect(NumberFormat("3f") == nil)
        #expect(NumberFormat(".f") == nil)
        #expect(NumberFormat(".3x") == nil)
    }

    @Test func theDefaultFormatWritesWholeNumbersWhole() throws {
        var format = try #require(NumberFormat(".4g"))
        #expect(format.format(40000) == "4e+04")
        format.wholeIntegers = true
        #expect(format.format(40000) == "40000")
        #expect(format.format(-123456) == "-123456")
        #expect(format.format(-0.0) == "0")
        #expect(format.format(22.4449) == "22.44")
        #expect(format.format(40000.5) == "4e+04")
        #expect(format.format(.infinity) == "∞")
    }

    @Test func aBuiltValueWritesCountsWholeUnlessFmtIsGiven() async throws {
        let page = """
            <<data sample as=d seed=3 draws="signal:normal(5,1)x40000; background:normal(0,4)x25000">>

            count <<value d.events>> written <<value d.signal fmt=.4g>> max <<value d.x.max>> end

            """
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("page", page)])
        let summary = try await ReportBuilder.build(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let html = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("page.html"), encoding: .utf8
        ).replacing(/<[^>]+>/, with: "")
        let match = try #require(html.firstMatch(of: /count (\S+) written (\S+) max (\S+) end/))
        #expect(match.1 == "65000")
        #expect(match.2 == "4e+04")
        // A value that is not whole keeps the default .4g.
        #expect(match.3.contains("."), "\(match.3)")
    }

    @Test func plainIsShortestExact() {
        #expect(NumberFormat.plain(100) == "100")
        #expect(NumberFormat.plain(0.1) == "0.1")
    }
}
