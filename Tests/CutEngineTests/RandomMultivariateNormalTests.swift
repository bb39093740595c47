import CutEngine
import Testing

@Suite struct RandomMultivariateNormalTests {
    static let cases = RandomFixtures.shared.multivariateNormal
    static let exactCases = cases.filter { $0.name != "dense 3x3" }.map(\.name)

    static func fixture(_ name: String) throws -> RandomFixtures.MultivariateCase {
        try #require(cases.first { $0.name == name })
    }

    static func draw(_ fixture: RandomFixtures.MultivariateCase) throws -> SampleMatrix {
        var stream = RandomState(seed: fixture.seed)
        return try stream.multivariateNormal(
            mean: fixture.mean, covariance: fixture.covariance, count: fixture.count)
    }

    @Test(arguments: exactCases)
    func samplesMatchNumpy(name: String) throws {
        let fixture = try Self.fixture(name)
        let samples = try Self.draw(fixture)
        #expect(samples.rowCount == fixture.count)
        #expect(samples.columnCount == fixture.mean.count)
        #expect(maxAbsDifference(samples.values, fixture.samples) == 0)
    }

    @Test func catalogueSignalMatchesNumpyBitForBit() throws {
        let fixture = try Self.fixture("catalogue signal")
        let samples = try Self.draw(fixture)
        #expect(maxAbsDifference(samples.values, fixture.samples) == 0)
    }

    @Test func catalogueBackgroundMatchesNumpyBitForBit() throws {
        let fixture = try Self.fixture("catalogue background")
        let samples = try Self.draw(fixture)
        #expect(maxAbsDifference(samples.values, fixture.samples) == 0)
    }

    /// For n ≥ 3 only the distribution is promised: the sample covariance of many draws
    /// approaches the requested one, and the first moment is the mean.
    @Test func denseThreeByThreeHasTheRequestedCovariance() throws {
        let fixture = try Self.fixture("dense 3x3")
        var stream = RandomState(seed: 99)
        let count = 200_000
        let samples = try stream.multivariateNormal(
            mean: fixture.mean, covariance: fixture.covariance, count: count)
        let columns = samples.columns
        let means = columns.map { $0.reduce(0, +) / Double(count) }
        for i in 0..<3 {
            #expect(abs(means[i] - fixture.mean[i]) < 0.02)
            for j in 0..<3 {
                var sum = 0.0
                for k in 0..<count {
                    sum += (columns[i][k] - means[i]) * (columns[j][k] - means[j])
                }
                #expect(abs(sum / Double(count - 1) - fixture.covariance[i][j]) < 0.03)
            }
        }
    }

    @Test func columnsSplitRowMajorValues() throws {
        let fixture = try Self.fixture("catalogue signal")
        let samples = try Self.draw(fixture)
        let x = samples.column(0)
        let y = samples.column(1)
        #expect(x[3] == samples[3, 0])
        #expect(y[3] == samples.values[7])
        #expect(samples.columns == [x, y])
    }
}
