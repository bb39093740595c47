import Foundation
import Testing

@testable import CutBook

/// `<<train cuts …>>` and the same cuts written as a model expression go through CutEngine's one
/// training entry point, so they give the same numbers bit for bit.
struct TrainPathTests {
    /// The final cuts and loss of trainings `a` (cuts) and `b` (model), printed exactly.
    static func page(loss: String) -> String {
        let fields = ["cuts[0]", "cuts[1]", "loss", "first_loss"]
        let values = ["a", "b"].map { name in
            name + ": " + fields.map { "<<value \(name).\($0) fmt=.9e>>" }.joined(separator: " ")
        }
        return """
            <<data d3 as=d>>

            <<train cuts sigmoid on=d init=0.5,-0.25 epochs=40 lr=0.01 loss=\(loss) as=a>>

            <<train model model="cuts(sigmoid, init=(0.5,-0.25))" on=d epochs=40 lr=0.01 loss=\(loss) seed=7 as=b>>

            \(values.joined(separator: "\n\n"))

            """
    }

    @Test(arguments: ["seed", "squares", "bce"])
    func trainCutsAndModelCutsAreBitIdentical(loss: String) async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(
            in: parent, chapters: [("page", Self.page(loss: loss))])
        let summary = try await ReportBuilder.build(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let html = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("page.html"), encoding: .utf8)
        let printed = try #require(try Self.values(in: html))
        #expect(printed["a"]?.count == 4)
        #expect(printed["a"] == printed["b"])
        #expect(printed["a"]?[2] != printed["a"]?[3], "the training moved")
    }

    /// The printed values after `a:` and `b:`.
    static func values(in html: String) throws -> [String: [String]]? {
        let pattern = try NSRegularExpression(pattern: #"<span class="value">([^<]*)</span>"#)
        var result: [String: [String]] = [:]
        for name in ["a", "b"] {
            guard
                let line = html.components(separatedBy: "\n").first(where: {
                    $0.contains("\(name): <span")
                })
            else { return nil }
            let range = NSRange(line.startIndex..., in: line)
            result[name] = pattern.matches(in: line, range: range).map {
                String(line[Range($0.range(at: 1), in: line)!])
            }
        }
        return result
    }
}
