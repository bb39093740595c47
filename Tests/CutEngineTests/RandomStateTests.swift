import CutEngine
import Testing

@Suite struct RandomStateTests {
    let fixtures = RandomFixtures.shared

    @Test func catalogueGoldenNormals() throws {
        var stream = RandomState(seed: 19_680_801)
        let values = try stream.standardNormal(count: 4)
        let golden = [1.04930431, 0.86609917, 0.5511346, 1.72807779]
        #expect(maxAbsDifference(values, golden) < 5e-9)
    }

    @Test func catalogueGoldenNormalFiveOne() throws {
        var stream = RandomState(seed: 19_680_801)
        let values = try stream.normal(mu: 5, sigma: 1, count: 3)
        #expect(maxAbsDifference(values, [6.04930431, 5.86609917, 5.5511346]) < 5e-9)
    }

    @Test func rawWordsMatchNumpy() {
        var stream = RandomState(seed: fixtures.rawStream.seed)
        let words = (0..<fixtures.rawStream.words.count).map { _ in stream.nextUInt32() }
        #expect(words == fixtures.rawStream.words)
    }

    @Test func doublesMatchNumpyExactly() throws {
        var stream = RandomState(seed: fixtures.rawStream.seed)
        let doubles = try stream.randomDoubles(count: fixtures.rawStream.doubles.count)
        #expect(doubles == fixtures.rawStream.doubles)
    }

    @Test(arguments: RandomFixtures.shared.normalsBySeed.map(\.seed))
    func standardNormalsMatchNumpy(seed: UInt32) throws {
        let expected = try #require(fixtures.normalsBySeed.first { $0.seed == seed }).values
        var stream = RandomState(seed: seed)
        let values = try stream.standardNormal(count: expected.count)
        #expect(maxAbsDifference(values, expected) == 0)
    }

    @Test func normalFiveOneMatchesNumpy() throws {
        let expected = fixtures.normalFiveOne.values
        var stream = RandomState(seed: fixtures.normalFiveOne.seed)
        let values = try stream.normal(mu: 5, sigma: 1, count: expected.count)
        #expect(maxAbsDifference(values, expected) == 0)
    }

    @Test func gaussOneAtATimeEqualsBatch() throws {
        var single = RandomState(seed: 7)
        var batch = RandomState(seed: 7)
        let one = (0..<11).map { _ in single.gauss() }
        #expect(one == (try batch.standardNormal(count: 11)))
    }

    @Test func interleavedCallsMatchNumpy() throws {
        var stream = RandomState(seed: fixtures.interleaved.seed)
        for step in fixtures.interleaved.steps {
            let p = step.parameters
            let values: [Double]
            switch step.kind {
            case "standardNormal": values = try stream.standardNormal(count: p.count)
            case "randomDouble": values = try stream.randomDoubles(count: p.count)
            case "normal":
                values = try stream.normal(
                    mu: try #require(p.mu), sigma: try #require(p.sigma), count: p.count)
            case "multivariateNormal":
                values = try stream.multivariateNormal(
                    mean: try #require(p.mean), covariance: try #require(p.covariance),
                    count: p.count
                ).values
            default:
                Issue.record("unknown step kind \(step.kind)")
                return
            }
            #expect(maxAbsDifference(values, step.values) == 0, "step \(step.kind)")
        }
    }

    @Test func copiesContinueIdentically() throws {
        var original = RandomState(seed: 3)
        _ = original.gauss()  // leaves a cached second value
        var copy = original
        #expect(try original.standardNormal(count: 5) == copy.standardNormal(count: 5))
    }

    @Test func floatConversionRoundsEachValue() {
        let values = [1.0 / 3.0, -2.5, 1e-3]
        #expect(values.toFloat32() == [Float(1.0 / 3.0), -2.5, Float(1e-3)])
    }

    @Test func fixtureHasAtLeastTwoThousandValues() {
        let count =
            fixtures.normalsBySeed.reduce(0) { $0 + $1.values.count }
            + fixtures.rawStream.doubles.count + fixtures.normalFiveOne.values.count
            + fixtures.interleaved.steps.reduce(0) { $0 + $1.values.count }
            + fixtures.multivariateNormal.reduce(0) { $0 + $1.samples.count }
        #expect(count >= 2000)
    }
}
