import CutEngine
import Testing

/// Parsing the model expressions of the talk, printing them back, and their errors.
struct ModelExpressionTests {
    @Test func parsesEveryForm() throws {
        #expect(
            try ModelExpression(parsing: "cuts(sigmoid)")
                == .cuts(.sigmoid(slope: 1), initial: .all(1)))
        #expect(
            try ModelExpression(parsing: "cuts(erf, init=(1,1))")
                == .cuts(.erf, initial: .each([1, 1])))
        #expect(
            try ModelExpression(parsing: "cuts(balanced, init=-60)")
                == .cuts(.balancedSigmoid, initial: .all(-60)))
        #expect(
            try ModelExpression(parsing: "mlp(2,15,30,15,1)")
                == .mlp(outputSizes: [2, 15, 30, 15, 1]))
        #expect(
            try ModelExpression(parsing: "sigmoid(mlp(2,1))")
                == .sigmoid(.mlp(outputSizes: [2, 1])))
        #expect(
            try ModelExpression(parsing: " cuts( hard ) * ( mlp(1) ) ")
                == .product(.cuts(.hard, initial: .all(1)), .mlp(outputSizes: [1])))
        #expect(
            try ModelExpression(parsing: "cuts(sigmoid, slope=2.5, init=0)")
                == .cuts(.sigmoid(slope: 2.5), initial: .all(0)))
    }

    @Test func productsAssociateToTheLeft() throws {
        let parsed = try ModelExpression(parsing: "mlp(1) * mlp(1) * cuts(erf)")
        #expect(
            parsed
                == .product(
                    .product(.mlp(outputSizes: [1]), .mlp(outputSizes: [1])),
                    .cuts(.erf, initial: .all(1))))
    }

    @Test func descriptionParsesBack() throws {
        for text in [
            "cuts(sigmoid, init=(1,1)) * sigmoid(mlp(2,15,30,15,1))", "cuts(balanced, init=-60)",
            "cuts(sigmoid, slope=2, init=0.5) * mlp(4,1)",
        ] {
            let expression = try ModelExpression(parsing: text)
            #expect(try ModelExpression(parsing: expression.description) == expression)
        }
        #expect(
            try ModelExpression(parsing: "cuts(erf,init=(1,1))*mlp(2,1)").description
                == "cuts(erf, init=(1,1)) * mlp(2,1)")
    }

    static let errors: [(text: String, column: Int, suggestion: String?, fragment: String)] = [
        ("mpl(2,15,1)", 1, "mlp", "unknown function 'mpl'"),
        ("cuts(sigmoid) * sigmod(mlp(2,1))", 17, "sigmoid", "unknown function 'sigmod'"),
        ("cuts(sigmod)", 6, "sigmoid", "unknown relaxation 'sigmod'"),
        ("cuts(Erf)", 6, "erf", "unknown relaxation 'Erf'"),
        ("cuts(erf, int=(1,1))", 11, "init", "unknown option 'int'"),
        ("cuts(erf, slope=2)", 11, nil, "slope= applies only to the sigmoid"),
        ("cuts(sigmoid, slope=0)", 21, nil, "greater than 0"),
        ("mlp(2,0,1)", 7, nil, "whole number of at least 1"),
        ("mlp(2,1.5,1)", 7, nil, "whole number of at least 1"),
        ("mlp(2,15", 9, nil, "expected ',' or ')', found the end of the expression"),
        ("mlp(2,x)", 7, nil, "expected a number, found 'x'"),
        ("", 1, nil, "the expression is empty"),
        ("mlp(2,1) *", 11, nil, "ends where a model was expected"),
        ("mlp(2,1) mlp(1)", 10, nil, "unexpected 'm' after a complete model"),
        ("cuts(erf, init=(1,1)", 21, nil, "expected ',' or ')', found the end"),
        ("xyzzy(1)", 1, nil, "unknown function 'xyzzy'"),
    ]

    @Test(arguments: 0..<errors.count)
    func errorPointsAtTheColumn(index: Int) {
        let expected = Self.errors[index]
        #expect {
            try ModelExpression(parsing: expected.text)
        } throws: { error in
            guard let error = error as? ModelExpressionError else { return false }
            #expect(error.column == expected.column, "\(expected.text): \(error)")
            #expect(error.suggestion == expected.suggestion, "\(expected.text): \(error)")
            #expect(error.message.contains(expected.fragment), "\(expected.text): \(error)")
            return true
        }
    }

    @Test func errorDescriptionShowsACaret() {
        let error = ModelExpressionError(
            source: "cuts(sigmoid) * mpl(2,1)", column: 17, message: "unknown function 'mpl'",
            suggestion: "mlp")
        #expect(
            error.description
                == "column 17: unknown function 'mpl'; did you mean 'mlp'?\n"
                + "  cuts(sigmoid) * mpl(2,1)\n" + "                  ^")
    }
}
