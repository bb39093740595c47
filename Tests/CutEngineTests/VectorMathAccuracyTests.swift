import CutEngine
import Foundation
import Testing

/// The error of `got` against the exact value `want`, in units in the last place of `want`
/// rounded to `Float` (the smallest subnormal's ulp for 0).
private func ulps(_ got: Float, _ want: Double) -> Double {
    let rounded = Float(want)
    let ulp = rounded == 0 ? Double(Float.leastNonzeroMagnitude) : Double(rounded.ulp)
    return abs(Double(got) - want) / ulp
}

/// The largest error in ulps of `function` against `reference` over `count` evenly spaced
/// points of [low, high], evaluated 16 at a time.
private func maximumError(
    _ function: (FloatVector) -> FloatVector, _ reference: (Double) -> Double,
    from low: Float, to high: Float, count: Int = 400_000
) -> Double {
    var worst = 0.0
    var index = 0
    while index < count {
        var x = FloatVector()
        for lane in 0..<FloatVector.scalarCount {
            x[lane] = low + (high - low) * Float(index + lane) / Float(count)
        }
        let y = function(x)
        for lane in 0..<FloatVector.scalarCount {
            worst = max(worst, ulps(y[lane], reference(Double(x[lane]))))
        }
        index += FloatVector.scalarCount
    }
    return worst
}

@Test func expIsWithinOneUlpOverTheNormalRange() {
    #expect(maximumError(VectorMath.exp, Foundation.exp, from: -87, to: 88.7) <= 1)
}

@Test func expIsWithinOneUlpIntoTheSubnormalRange() {
    #expect(maximumError(VectorMath.exp, Foundation.exp, from: -103, to: -87) <= 1)
}

@Test func logIsWithinTwoUlps() {
    #expect(maximumError(VectorMath.log, Foundation.log, from: 1e-6, to: 10) <= 2)
    #expect(maximumError(VectorMath.log, Foundation.log, from: 0.5, to: 2) <= 2)
    #expect(maximumError(VectorMath.log, Foundation.log, from: 1, to: 3e38) <= 2)
}

@Test func logOfSubnormalsIsWithinTwoUlps() {
    #expect(maximumError(VectorMath.log, Foundation.log, from: 1e-44, to: 1e-38) <= 2)
}

@Test func erfIsWithinTwoAndAHalfUlps() {
    #expect(maximumError(VectorMath.erf, Foundation.erf, from: -6, to: 6) <= 2.5)
    #expect(maximumError(VectorMath.erf, Foundation.erf, from: -0.01, to: 0.01) <= 2.5)
}

@Test func sigmoidIsWithinThreeUlpsIncludingSubnormalResults() {
    let reference: (Double) -> Double = { 1 / (1 + Foundation.exp(-$0)) }
    #expect(maximumError(VectorMath.sigmoid, reference, from: -100, to: 40) <= 3)
}

@Test func boundedKernelsAreWithinOneAndAHalfUlps() {
    let sigmoid: (Double) -> Double = { 1 / (1 + Foundation.exp(-$0)) }
    #expect(
        maximumError({ VectorMath.logisticMinusHalf($0) + 0.5 }, sigmoid, from: -1, to: 1) <= 1.5)
    #expect(
        maximumError(VectorMath.expNearZero, Foundation.exp, from: -0.2311, to: 0.2311) <= 1)
    #expect(maximumError(VectorMath.expOfNonPositive, Foundation.exp, from: -87, to: 0) <= 1.5)
}

@Test func gaussianIsWithinOneAndAHalfUlpsOverTheNormalRange() {
    let reference: (Double) -> Double = { Foundation.exp(-$0 * $0) }
    #expect(maximumError(VectorMath.gaussian, reference, from: -9.34, to: 9.34) <= 1.5)
    #expect(maximumError(VectorMath.gaussian, reference, from: 3, to: 3.01) <= 1.5)
}

@Test func gaussianIsExactlyZeroFarAway() {
    for d: Float in [9.364, 9.38, 9.4, 20, 1e20, -1e20, .infinity, -.infinity] {
        #expect(VectorMath.gaussian(FloatVector(repeating: d)) == FloatVector(), "d = \(d)")
    }
    #expect(VectorMath.gaussian(FloatVector()) == FloatVector(repeating: 1))
}

@Test func expOfNonPositiveFlushesBelowTheNormalRange() {
    let x = FloatVector(repeating: -90)
    #expect(VectorMath.expOfNonPositive(x) == FloatVector())
}

@Test func nonFiniteInputFollowsTheDocumentedRules() {
    #expect(VectorMath.exp(Float.nan).isNaN)
    #expect(VectorMath.exp(Float.infinity) == .infinity)
    #expect(VectorMath.exp(-Float.infinity) == 0)
    #expect(VectorMath.log(Float.nan).isNaN)
    #expect(VectorMath.log(-1).isNaN)
    #expect(VectorMath.log(0) == -.infinity)
    #expect(VectorMath.log(Float.infinity) == .infinity)
    #expect(VectorMath.erf(Float.nan).isNaN)
    #expect(VectorMath.erf(Float.infinity) == 1)
    #expect(VectorMath.erf(-Float.infinity) == -1)
    #expect(VectorMath.sigmoid(Float.nan).isNaN)
    #expect(VectorMath.sigmoid(Float.infinity) == 1)
    #expect(VectorMath.sigmoid(-Float.infinity) == 0)
}

@Test func scalarVersionsMatchTheVectorLanes() {
    let values: [Float] = [-3.5, -0.25, 0, 0.75, 2, 9]
    for value in values {
        let vector = FloatVector(repeating: value)
        #expect(VectorMath.exp(value) == VectorMath.exp(vector)[3])
        #expect(VectorMath.erf(value) == VectorMath.erf(vector)[7])
        #expect(VectorMath.sigmoid(value) == VectorMath.sigmoid(vector)[15])
    }
}
