import CutEngine
import Testing

/// `OutputBounds`: which model outputs are probabilities, decided from the expression.
struct OutputBoundsTests {
    func bounds(_ text: String, columns: Int = 2) throws -> OutputBounds {
        try Model(parsing: text, inputColumns: columns).outputBounds
    }

    @Test func sigmoidAndUnitCutsAreInTheUnitInterval() throws {
        for text in [
            "sigmoid(mlp(2,4,1))", "cuts(sigmoid)", "cuts(erf)", "cuts(hard)",
            "cuts(sigmoid) * sigmoid(mlp(2,15,30,15,1))", "cuts(erf) * cuts(hard)",
        ] {
            let found = try bounds(text)
            #expect(found == .unit, "\(text)")
            #expect(found.isWithinUnitInterval, "\(text)")
        }
    }

    @Test func balancedCutsAreInMinusOneToOne() throws {
        #expect(try bounds("cuts(balanced)") == .balanced)
        #expect(try bounds("cuts(balanced)", columns: 3) == .balanced)
        #expect(try bounds("cuts(balanced) * cuts(sigmoid)") == .balanced)
        #expect(try !bounds("cuts(balanced)").isWithinUnitInterval)
        #expect(try bounds("sigmoid(cuts(balanced))").isWithinUnitInterval)
    }

    @Test func networksAndTheirProductsAreUnbounded() throws {
        #expect(try bounds("mlp(3,16,16,1)", columns: 3) == .unbounded)
        #expect(try bounds("cuts(sigmoid) * mlp(2,4,1)") == .unbounded)
        #expect(try !bounds("mlp(2,4,1) * sigmoid(mlp(2,4,1))").isWithinUnitInterval)
    }

    @Test func intervalProductTakesTheExtremeCorners() {
        let shifted = OutputBounds(lower: -2, upper: 3)
        #expect(shifted.times(.unit) == OutputBounds(lower: -2, upper: 3))
        #expect(shifted.times(shifted) == OutputBounds(lower: -6, upper: 9))
        #expect(OutputBounds.unit.times(.unbounded) == .unbounded)
        #expect(
            OutputBounds(lower: 0, upper: 0).times(.unbounded) == OutputBounds(lower: 0, upper: 0))
    }

    @Test func describesItselfAsAnInterval() {
        #expect(OutputBounds.unit.description == "[0, 1]")
        #expect(OutputBounds.balanced.description == "[-1, 1]")
        #expect(OutputBounds.unbounded.description == "(-inf, inf)")
    }
}
