import CutEngine
import Foundation
import Testing

/// Summaries of the catalogue's data sets written by `scripts/golden/make_sample_fixtures.py`.
struct SampleFixtures: Decodable {
    struct Column: Decodable {
        let name: String
        let first: [Float]
        let last: [Float]
        let sum: Double
        let min: Float
        let max: Float
    }

    struct Summary: Decodable {
        let name: String
        let count: Int
        let signalCount: Int
        let firstLabel: Float
        let lastLabel: Float
        let columns: [Column]
    }

    let datasets: [Summary]

    static let shared: SampleFixtures = {
        do {
            return try JSONDecoder().decode(SampleFixtures.self, from: fixtureData("samples.json"))
        } catch {
            fatalError("cannot read Fixtures/samples.json: \(error)")
        }
    }()
}

@Suite struct DatasetStudySamplesTests {
    static let recipes: [String: @Sendable () -> Dataset] = [
        "simpleProblem": { StudySamples.simpleProblem() },
        "relaxationComparison": { StudySamples.relaxationComparison() },
        "mlLoss": { StudySamples.mlLoss() },
        "twoDimensional": { StudySamples.twoDimensional() },
        "neuralNetwork": { StudySamples.neuralNetwork() },
    ]

    @Test(arguments: SampleFixtures.shared.datasets.map(\.name))
    func recipeMatchesNumpy(name: String) throws {
        let expected = try #require(SampleFixtures.shared.datasets.first { $0.name == name })
        let recipe = try #require(Self.recipes[name])
        let data = recipe()
        #expect(data.count == expected.count)
        #expect(data.signalCount == expected.signalCount)
        #expect(data.truth.first == expected.firstLabel)
        #expect(data.truth.last == expected.lastLabel)
        #expect(data.columnNames == expected.columns.map(\.name))
        for column in expected.columns {
            let values = try data.column(named: column.name)
            #expect(Array(values.prefix(5)) == column.first, "\(name).\(column.name) first")
            #expect(Array(values.suffix(5)) == column.last, "\(name).\(column.name) last")
            #expect(values.min() == column.min)
            #expect(values.max() == column.max)
            let sum = values.reduce(0.0) { $0 + Double($1) }
            #expect(abs(sum - column.sum) < 1e-8, "\(name).\(column.name) sum")
        }
    }

    @Test func simpleProblemStartsWithTheCatalogueGoldenSignal() throws {
        let signal = try StudySamples.simpleProblem().signal.column(named: "x")
        let golden: [Float] = [6.04930431, 5.86609917, 5.5511346]
        #expect(zip(signal.prefix(3), golden).allSatisfy { abs($0 - $1) < 1e-6 })
    }

    /// Study 2's cut range: `min − 0.2|min|` … `max + 0.2|max|` over both samples is
    /// −17.0294 … 18.6516 in the catalogue.
    @Test func relaxationComparisonGivesTheCatalogueCutRange() throws {
        let x = try StudySamples.relaxationComparison().column(named: "x")
        let low = try #require(x.min())
        let high = try #require(x.max())
        #expect(abs(Double(low - 0.2 * abs(low)) - -17.0294) < 5e-5)
        #expect(abs(Double(high + 0.2 * abs(high)) - 18.6516) < 5e-5)
    }

    @Test func mlLossSharesTheSimpleProblemsBackground() throws {
        let d1 = StudySamples.simpleProblem()
        let ml = StudySamples.mlLoss()
        #expect(ml.background == d1.background)
        #expect(
            ml.truth == [Float](repeating: 0, count: 10_000) + [Float](repeating: 1, count: 10_000))
    }

    @Test func recipesAreDeterministic() {
        #expect(StudySamples.twoDimensional() == StudySamples.twoDimensional())
        #expect(StudySamples.neuralNetwork(seed: 7) != StudySamples.neuralNetwork())
    }
}
