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

    @Test func plainIsShortestExact() {
        #expect(NumberFormat.plain(100) == "100")
        #expect(NumberFormat.plain(0.1) == "0.1")
    }
}
