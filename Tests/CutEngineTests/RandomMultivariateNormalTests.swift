import CutEngine
import Foundation
import Testing

@Suite struct RandomMultivariateNormalTests {
    static let cases = RandomFixtures.shared.multivariateNormal
    static func names(_ match: String) -> [String] {
        cases.filter { $0.match == match }.map(\.name)
    }

    static func fixture(_ name: String) throws -> RandomFixtures.MultivariateCase {
        try #require(cases.first { $0.name == name })
    }

    static func draw(_ fixture: RandomFixtures.MultivariateCase) throws -> SampleMatrix {
        var stream = RandomState(seed: fixture.seed)
        return try stream.multivariateNormal(
            mean: fixture.mean, covariance: fixture.covariance, count: fixture.count)
    }

    @Test(arguments: names("exact"))
    func samplesMatchNumpyExactly(name: String) throws {
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

    /// n ≥ 3: LAPACK's path is retraced, so signs and order agree with numpy and the samples
    /// differ only by rounding.
    @Test(arguments: names("close"))
    func largerCovariancesMatchNumpyToRounding(name: String) throws {
        let fixture = try Self.fixture(name)
        let samples = try Self.draw(fixture)
        #expect(maxAbsDifference(samples.values, fixture.samples) < 1e-12)
    }

    /// The vectors of zero singular values are decided by rounding, but they enter the samples
    /// scaled by √s ≈ 1e-8.
    @Test(arguments: names("rankDeficient"))
    func rankDeficientCovariancesMatchNumpyClosely(name: String) throws {
        let fixture = try Self.fixture(name)
        let samples = try Self.draw(fixture)
        #expect(maxAbsDifference(samples.values, fixture.samples) < 1e-6)
    }

    /// Above 25 dimensions (Jacobi, our own signs) only the distribution is promised: the
    /// sample covariance of many draws approaches the requested one.
    @Test func veryLargeCovarianceHasTheRequestedDistribution() throws {
        let n = 27
        var covariance = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in 0..<n {
                covariance[i][j] = (i == j ? 2.0 : 0) + 0.5 * cos(Double(i - j))
            }
        }
        let mean = (0..<n).map { Double($0) / 10 }
        var stream = RandomState(seed: 99)
        let count = 40_000
        let samples = try stream.multivariateNormal(
            mean: mean, covariance: covariance, count: count)
        let columns = samples.columns
        let means = columns.map { $0.reduce(0, +) / Double(count) }
        for i in [0, 5, 26] {
            #expect(abs(means[i] - mean[i]) < 0.05)
            for j in [0, 1, 13, 26] {
                var sum = 0.0
                for k in 0..<count {
                    sum += (columns[i][k] - means[i]) * (columns[j][k] - means[j])
                }
                #expect(abs(sum / Double(count - 1) - covariance[i][j]) < 0.08)
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
