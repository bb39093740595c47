import CutEngine
import Foundation
import Testing

@testable import CutBook

/// A selection study as a physicist writes it, end to end: a weighted CSV, a stratified split,
/// cuts written as comparisons trained on Z_A with a validation set, and a model with a quoted
/// selection; and the errors of `select=` located inside the option.
@Suite(.serialized) struct SelectionStudyTests {
    /// A small weighted sample of jets (pt, eta, mass, score, label, w), deterministic.
    static func events(count: Int = 3_000) -> String {
        var stream = RandomState(seed: 11)
        var lines = ["pt,eta,mass,score,label,w"]
        for index in 0..<count {
            let signal = index % 4 == 0
            let u = stream.randomDouble()
            let pt = signal ? 30 - 45 * log(1 - u) : 20 - 25 * log(1 - u)
            let eta = signal ? stream.gauss() : 6 * stream.randomDouble() - 3
            let mass = signal ? 125 + 12 * stream.gauss() : 50 - 60 * log(1 - stream.randomDouble())
            let score = signal ? 0.4 + 0.5 * stream.randomDouble() : 0.6 * stream.randomDouble()
            let weight = (signal ? 0.05 : 1) * (1 + 0.1 * stream.gauss())
            lines.append(
                [pt, eta, mass, score].map { String(format: "%.4f", $0) }.joined(separator: ",")
                    + ",\(signal ? 1 : 0)," + String(format: "%.5f", weight))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let study = """
        <<data csv file=events.csv columns=pt,eta,mass,score truth=label weight=w as=ev>>
        <<data split of=ev fraction=0.7 seed=5 as=ev_train,ev_test>>
        <<train cuts sigmoid on=ev_train select="pt > 40, abs(eta) < 2.0, 100 < mass < 150" loss=asimov sigma_b=0.1 epochs=60 lr=0.05 validation=ev_test as=sel>>
        <<train model model="cuts(sigmoid, 'score > 0.3') * sigmoid(mlp(4,1))" on=ev_train loss=bce epochs=20 lr=0.01 validation=ev_test as=net>>

        train <<value ev_train.signal fmt=d>> <<value ev_train.background fmt=d>> test <<value ev_test.signal fmt=d>> <<value ev_test.background fmt=d>>

        first <<value sel.first_loss fmt=.6f>> last <<value sel.loss fmt=.6f>>

        <<plot line of=sel>>

        """

    static func build(_ page: String) async throws -> (URL, String) {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("page", page)])
        try events().write(
            to: report.appendingPathComponent("events.csv"), atomically: true, encoding: .utf8)
        let summary = try await ReportBuilder.build(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let html = try String(
            contentsOf: summary.outDirectory.appendingPathComponent("page.html"), encoding: .utf8)
        return (parent, html)
    }

    @Test func theStudyBuildsAndZARises() async throws {
        let (_, page) = try await Self.build(Self.study)
        let html = page.replacing(/<[^>]+>/, with: "")
        // 750 signal and 2250 background events, split 70/30 within each class.
        #expect(html.contains("train 525 1575 test 225 675"))
        let numbers = try #require(
            html.firstMatch(of: /first ([0-9.]+) last ([0-9.]+)/).map {
                (Double($0.1)!, Double($0.2)!)
            })
        #expect(numbers.1 > numbers.0, "Z_A rose from \(numbers.0) to \(numbers.1)")
    }

    @Test func theTrainingRecordsValidationLossesAndDerivedWidths() async throws {
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("page", Self.study)])
        try Self.events().write(
            to: report.appendingPathComponent("events.csv"), atomically: true, encoding: .utf8)
        let loaded = try ReportLoader.load(directory: report.path)
        let resolved = try Validator.validate(loaded)
        let train = try #require(resolved.first { $0.resultName == "sel" })
        #expect(train.inputs == ["ev_train", "ev_test"])
        let split = try #require(resolved.first { $0.resultNames == ["ev_train", "ev_test"] })
        #expect(split.inputs == ["ev"])
        _ = try await ReportBuilder.build(
            Support.options(report: report, parent: parent),
            progress: ProgressReporter(mode: .silent))
        let cache = ResultCache(directory: parent.appendingPathComponent("cache"))
        let plan = try ExecutionPlan(directives: resolved, files: loaded.files)
        guard case .hit(.training(let record)) = cache.load(plan.nodes[train.id]!.key) else {
            Issue.record("no cached training")
            return
        }
        #expect(record.validationLosses.count == record.log.count)
        #expect(record.model.hasPrefix("cuts(sigmoid, 'pt > 40 ~ "), "\(record.model)")
        let selection = try CutSpec(parsing: String(record.model.dropFirst(15).dropLast(2)))
        #expect(selection.hasAllWidths)
        #expect(selection.comparisons.map(\.op) == [.greater, .absLess, .window])
    }

    @Test func selectionErrorsPointIntoTheOption() async throws {
        let page = """
            <<data csv file=events.csv columns=pt,eta,mass,score truth=label weight=w as=ev>>
            <<train cuts sigmoid on=ev select="pt > 40, abs(eta) <= 2" loss=asimov epochs=2 as=a>>
            <<train cuts sigmoid on=ev select="pt > 40, abs(etta) < 2" loss=ssb epochs=2 as=b>>

            """
        let headlines = try await Self.refusals(of: page)
        #expect(
            headlines.contains {
                // The '=' of "<=", column 55 of the line.
                $0.hasPrefix(
                    "report/page.md:2:55: error: <<train>> failed: select=: cuts are strict")
            }, "\(headlines)")
        #expect(
            headlines.contains { $0.contains("'etta', which the data set does not have") },
            "\(headlines)")
    }

    /// The headlines of the diagnostics a build of `page` fails with (none, and an issue
    /// recorded, when it builds).
    static func refusals(of page: String) async throws -> [String] {
        do {
            _ = try await build(page)
            Issue.record("built: \(page)")
            return []
        } catch let failure as BuildFailure {
            return failure.diagnostics.map(\.headline)
        }
    }

    @Test func optionsThatDoNotFitASelectionAreRefused() async throws {
        for (option, words) in [
            ("init=1,2", "remove init="), ("slope=2", "remove slope="),
            ("sigma_b=0.1 loss=ssb", "sigma_b= is the background uncertainty"),
        ] {
            let page = """
                <<data csv file=events.csv columns=pt,eta truth=label weight=w as=ev>>
                <<train cuts sigmoid on=ev select="pt > 40" \(option) epochs=2 as=a>>

                """
            let headlines = try await Self.refusals(of: page)
            #expect(headlines.contains { $0.contains(words) }, "\(option): \(headlines)")
        }
    }

    /// A classifier on weighted events trains on class-balanced weights by default (a rare,
    /// light signal is otherwise learnt away: every output stays below 0.5); balance=none
    /// keeps the raw weights; a yield loss refuses balancing.
    @Test func classifierLossesBalanceWeightedClassesByDefault() async throws {
        func net(_ balance: String) -> String {
            """
            <<data csv file=events.csv columns=pt,eta,mass,score truth=label weight=w as=ev>>
            <<train model model="cuts(sigmoid, 'score > 0.3') * sigmoid(mlp(8,8,1))" on=ev loss=bce epochs=100 \(balance) as=net>>
            <<table selection of=net on=ev as=t>>

            selected <<value t.S[1] fmt=.4f>> <<value net.loss fmt=.6f>>

            """
        }
        func selected(_ page: String) throws -> (Double, Double) {
            let text = page.replacing(/<[^>]+>/, with: "")
            return try #require(
                text.firstMatch(of: /selected ([0-9.]+) ([0-9.]+)/).map {
                    (Double($0.1)!, Double($0.2)!)
                })
        }
        let byDefault = try selected(try await Self.build(net("")).1)
        let explicit = try selected(try await Self.build(net("balance=classes")).1)
        let raw = try selected(try await Self.build(net("balance=none")).1)
        #expect(byDefault == explicit)
        // The relaxed signal yield (the model's outputs summed with the raw weights) and the
        // loss of a network trained on other weights differ.
        #expect(raw != byDefault, "balance=none: \(raw); balanced: \(byDefault)")
        let refused = """
            <<data csv file=events.csv columns=pt,eta truth=label weight=w as=ev>>
            <<train cuts sigmoid on=ev select="pt > 40" loss=ssb balance=classes epochs=2 as=a>>

            """
        let headlines = try await Self.refusals(of: refused)
        #expect(
            headlines.contains {
                $0.hasPrefix("report/page.md:2:62: error:")
                    && $0.contains("S/√B and Z_A use the raw weights")
            }, "\(headlines)")
    }

    /// The default's revision is part of the key of a weighted classifier training only, so
    /// entries trained on raw weights before it are not trusted, and no other key changed.
    @Test func theBalancingDefaultIsInTheKeyOfWeightedClassifiersOnly() throws {
        let page = """
            <<data csv file=events.csv columns=pt,eta truth=label weight=w as=ev>>
            <<data csv file=events.csv columns=pt,eta truth=label as=plain>>
            <<train model model="sigmoid(mlp(4,1))" on=ev loss=bce epochs=2 as=weighted>>
            <<train model model="sigmoid(mlp(4,1))" on=plain loss=bce epochs=2 as=unweighted>>
            <<train model model="sigmoid(mlp(4,1))" on=ev loss=bce balance=classes epochs=2 as=said>>

            """
        let parent = try Support.temporaryFolder()
        let report = try Support.writeReport(in: parent, chapters: [("page", page)])
        try Self.events().write(
            to: report.appendingPathComponent("events.csv"), atomically: true, encoding: .utf8)
        let loaded = try ReportLoader.load(directory: report.path)
        let resolved = try Validator.validate(loaded)
        let marks = Dictionary(
            uniqueKeysWithValues: resolved.compactMap { item in
                item.resultName.map {
                    ($0, TrainDirective.resultRevision(of: item) { Self.upstream(item, resolved) })
                }
            })
        #expect(marks["weighted"] == .some("balance-default 1"))
        #expect(marks["unweighted"] == .some(nil))
        #expect(marks["said"] == .some(nil))
    }

    /// The directives `item` reads, through data derivations.
    static func upstream(_ item: ResolvedDirective, _ all: [ResolvedDirective])
        -> [ResolvedDirective]
    {
        let direct = all.filter { !Set($0.resultNames).isDisjoint(with: item.inputs) }
        return direct + direct.flatMap { upstream($0, all) }
    }
}
