import CutEngine
import Testing

@Suite struct RandomStateErrorTests {
    let signalMean = [1.5, 2.0]
    let signalCovariance = [[0.5, 0.2], [0.2, 0.5]]

    @Test func seedOutOfRangeIsRejected() {
        #expect(throws: RandomStateError.seedOutOfRange(-1)) { try RandomState(validatingSeed: -1) }
        #expect(throws: RandomStateError.seedOutOfRange(1 << 32)) {
            try RandomState(validatingSeed: 1 << 32)
        }
    }

    @Test func validatingSeedAcceptsTheFullRange() throws {
        var checked = try RandomState(validatingSeed: 4_294_967_295)
        var plain = RandomState(seed: UInt32.max)
        #expect(checked.nextUInt32() == plain.nextUInt32())
    }

    @Test(arguments: [0, -1, -1000])
    func nonPositiveCountsAreRejected(count: Int) {
        var stream = RandomState(seed: 1)
        #expect(throws: RandomStateError.nonPositiveCount(count)) {
            try stream.standardNormal(count: count)
        }
        #expect(throws: RandomStateError.nonPositiveCount(count)) {
            try stream.normal(mu: 0, sigma: 1, count: count)
        }
        #expect(throws: RandomStateError.nonPositiveCount(count)) {
            try stream.randomDoubles(count: count)
        }
        #expect(throws: RandomStateError.nonPositiveCount(count)) {
            try stream.multivariateNormal(
                mean: signalMean, covariance: signalCovariance, count: count)
        }
    }

    @Test func negativeSigmaIsRejectedWithoutDrawing() throws {
        var stream = RandomState(seed: 1)
        #expect(throws: RandomStateError.negativeSigma(-0.5)) {
            try stream.normal(mu: 0, sigma: -0.5, count: 3)
        }
        var fresh = RandomState(seed: 1)
        #expect(try stream.standardNormal(count: 3) == fresh.standardNormal(count: 3))
    }

    @Test func nonFiniteParametersAreRejected() {
        var stream = RandomState(seed: 1)
        #expect(throws: RandomStateError.nonFiniteParameter(name: "mu", value: .infinity)) {
            try stream.normal(mu: .infinity, sigma: 1, count: 3)
        }
        #expect(throws: RandomStateError.self) {
            try stream.normal(mu: 0, sigma: .nan, count: 3)
        }
        #expect(throws: RandomStateError.nonFiniteParameter(name: "mean[1]", value: -.infinity)) {
            try stream.multivariateNormal(
                mean: [0, -.infinity], covariance: signalCovariance, count: 3)
        }
    }

    @Test func emptyMeanIsRejected() {
        var stream = RandomState(seed: 1)
        #expect(throws: RandomStateError.emptyMean) {
            try stream.multivariateNormal(mean: [], covariance: [], count: 3)
        }
    }

    @Test func wrongCovarianceShapesAreRejected() {
        var stream = RandomState(seed: 1)
        #expect(throws: RandomStateError.covarianceShapeMismatch(rows: 1, meanDimension: 2)) {
            try stream.multivariateNormal(mean: signalMean, covariance: [[1, 0]], count: 3)
        }
        #expect(throws: RandomStateError.covarianceRowLength(row: 1, length: 3, expected: 2)) {
            try stream.multivariateNormal(
                mean: signalMean, covariance: [[1, 0], [0, 1, 0]], count: 3)
        }
    }

    @Test func nonSymmetricCovarianceIsRejected() {
        var stream = RandomState(seed: 1)
        let error = RandomStateError.covarianceNotSymmetric(
            row: 0, column: 1, value: 0.3, mirror: 0.2)
        #expect(throws: error) {
            try stream.multivariateNormal(
                mean: signalMean, covariance: [[0.5, 0.3], [0.2, 0.5]], count: 3)
        }
    }

    @Test(arguments: [
        [[1.0, 2.0], [2.0, 1.0]],
        [[-1.0, 0.0], [0.0, 1.0]],
        [[-0.5]],
        [[1.0, 0.0, 0.0], [0.0, -0.5, 0.0], [0.0, 0.0, 2.0]],
    ])
    func nonPositiveSemidefiniteCovarianceIsRejected(covariance: [[Double]]) {
        var stream = RandomState(seed: 1)
        let mean = [Double](repeating: 0, count: covariance.count)
        do {
            _ = try stream.multivariateNormal(mean: mean, covariance: covariance, count: 3)
            Issue.record("expected an error for \(covariance)")
        } catch RandomStateError.covarianceNotPositiveSemidefinite(let smallest) {
            #expect(smallest < -0.4)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func messagesSayWhatIsWrongAndHowToFix() {
        let notPSD = RandomStateError.covarianceNotPositiveSemidefinite(smallestEigenvalue: -1)
        #expect(notPSD.description.contains("not positive semi-definite"))
        #expect(notPSD.description.contains("-1.0"))
        let asymmetric = RandomStateError.covarianceNotSymmetric(
            row: 0, column: 1, value: 0.3, mirror: 0.2)
        #expect(asymmetric.description.contains("[0][1] = 0.3"))
        #expect(asymmetric.description.contains("transpose"))
        #expect(RandomStateError.negativeSigma(-2).description.contains("sigma -2.0"))
        #expect(RandomStateError.nonPositiveCount(0).description.contains("at least one"))
    }
}
