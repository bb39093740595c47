import CutEngine
import Foundation
import Testing

/// Selections written as physicists write them (`CutSpec`): parsing, located errors, widths.
struct SelectionSpecTests {
    @Test func parsesLowerUpperAbsoluteAndWindowCuts() throws {
        let selection = try CutSpec(parsing: "pt > 40, abs(eta) < 2.0, 100 < mass < 150 ~ 5")
        #expect(selection.comparisons.map(\.op) == [.greater, .absLess, .window])
        #expect(selection.comparisons.map(\.column) == ["pt", "eta", "mass"])
        #expect(selection.initialValues == [40, 2, 100, 150])
        #expect(selection.parameterCount == 4)
        #expect(selection.parameterOffsets == [0, 1, 2])
        #expect(selection.comparisons[2].width == 5)
        #expect(selection.comparisons[0].width == nil)
        #expect(selection.description == "pt > 40, abs(eta) < 2, 100 < mass < 150 ~ 5")
        #expect(try CutSpec(parsing: selection.description) == selection)
    }

    @Test func numberFirstCutsReadAsTheirColumnCut() throws {
        let selection = try CutSpec(parsing: "40 < pt, 2 > abs(eta), 1.5e2 > m")
        #expect(selection.comparisons.map(\.op) == [.greater, .absLess, .less])
        #expect(selection.initialValues == [40, 2, 150])
    }

    @Test(arguments: [
        ("pt >= 40", 4, "strict"), ("pt > 40,", 8, "end of the selection"),
        ("pt > 40, abs(eta < 2", 17, "expected ')'"), ("150 < m < 100", 0, "low < high"),
        ("pt > x", 5, "expected a number"), ("pt > 40 ~ 0", 10, "greater than 0"),
        ("pt > 40 eta", 8, "separate cuts with ','"), ("0 < abs(eta) < 2", 8, "not to abs"),
    ])
    func errorsNameTheirCharacter(text: String, offset: Int, words: String) {
        do {
            _ = try CutSpec(parsing: text)
            Issue.record("'\(text)' parsed")
        } catch let error as CutSpecError {
            #expect(error.offset == offset, "\(error)")
            #expect(error.message.contains(words), "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func derivedWidthsAreATenthOfTheSpread() throws {
        let data = try Dataset(
            columns: [("x", [-3, -1, 1, 3]), ("y", [1, 1, 1, 1])], truth: [1, 0, 1, 0])
        let resolved = try CutSpec(parsing: "x > 0, abs(x) < 2 ~ 7").resolvingWidths(in: data)
        // std of x = √5; |x| is 3, 1, 1, 3 with std 1.
        #expect(resolved.comparisons[0].width == Float(5.0.squareRoot() / 10))
        #expect(resolved.comparisons[1].width == 7)
        #expect(throws: SelectionError.self) {
            try CutSpec(parsing: "y > 0").resolvingWidths(in: data)
        }
        #expect(throws: SelectionError.self) {
            try CutSpec(parsing: "z > 0").resolvingWidths(in: data)
        }
    }

    @Test func hardComparisonsAreTheStrictComparisons() throws {
        let selection = try CutSpec(parsing: "x > 1, x < 1, abs(x) > 1, abs(x) < 1, -1 < x < 1")
        let bound = try selection.bound(to: ["x"], relaxation: .hard)
        let x = FloatVector(
            -2, -1, -0.5, 0, 0.5, 1, 2, -0, 0.25, 1.5, -1.5, 3, -3, 0.99, -0.99, 1.01)
        for (k, comparison) in bound.enumerated() {
            let values = selection.comparisons[k].values
            let weights = comparison.weights(
                x, relaxation: .hard, cut: values[0], high: values.count > 1 ? values[1] : 0
            ).weight
            for lane in 0..<16 {
                let passes = selection.comparisons[k].passes(x[lane])
                #expect(
                    weights[lane] == (passes ? 1 : 0), "\(selection.comparisons[k]) at \(x[lane])")
            }
        }
    }

    @Test func modelExpressionsTakeAQuotedSelection() throws {
        let expression = try ModelExpression(
            parsing: "cuts(sigmoid, 'pt > 40 ~ 5, abs(eta) < 2 ~ 0.1') * sigmoid(mlp(8,8,1))")
        guard case .product(.select(.sigmoid(slope: 1), let selection), _) = expression else {
            Issue.record("parsed as \(expression)")
            return
        }
        #expect(selection.parameterCount == 2)
        #expect(try ModelExpression(parsing: expression.description) == expression)
        let model = try Model(expression, columnNames: ["pt", "eta", "mass"])
        #expect(model.structure.paths.first == "SelectionCut/cuts")
        #expect(try model.structure.array("SelectionCut/cuts") == [40, 2])
        #expect(model.outputBounds.isWithinUnitInterval)
        #expect(throws: ModelError.self) { try Model(expression, inputColumns: 3) }
    }

    @Test func selectionErrorsInsideAModelPointIntoTheQuotes() {
        do {
            _ = try ModelExpression(parsing: "cuts(sigmoid, 'pt > 40, abs(eta) <= 2')")
            Issue.record("parsed")
        } catch let error as ModelExpressionError {
            // 1-based column of '=' in the whole expression.
            #expect(error.column == 35, "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect(throws: ModelExpressionError.self) {
            try ModelExpression(parsing: "cuts(sigmoid, init=1, 'pt > 40')")
        }
        #expect(throws: ModelExpressionError.self) {
            try ModelExpression(parsing: "cuts(sigmoid, 'pt > 40', init=1)")
        }
    }
}
