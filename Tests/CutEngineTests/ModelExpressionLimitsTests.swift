import CutEngine
import Testing

/// The limits that keep a model expression from exhausting the stack or the memory; each case
/// was found by fuzzing (`Fuzz/Corpus/model-expression/regression-*`).
struct ModelExpressionLimitsTests {
    /// The error `text` gives, or nil when it parses.
    func parseError(_ text: String) -> ModelExpressionError? {
        do {
            _ = try ModelExpression(parsing: text)
            return nil
        } catch let error as ModelExpressionError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func deepParenthesesAreAnErrorNotAStackOverflow() {
        // 100 000 open parentheses overflowed the stack of the recursive parser.
        let text =
            String(repeating: "(", count: 100_000) + "mlp(1)"
            + String(repeating: ")", count: 100_000)
        let error = parseError(text)
        #expect(error?.column == 65)
        #expect(
            error?.message
                == "the expression nests more than 64 deep; write it with fewer parentheses")
    }

    @Test func deepSigmoidsAreAnError() {
        let text =
            String(repeating: "sigmoid(", count: 65) + "mlp(1)"
            + String(repeating: ")", count: 65)
        let error = parseError(text)
        #expect(error?.column == 64 * 8 + 1)
        #expect(error?.message.hasPrefix("the expression nests more than 64 deep") == true)
    }

    @Test func nestingUpToTheLimitParses() throws {
        let text =
            String(repeating: "sigmoid(", count: 32) + String(repeating: "(", count: 32)
            + "mlp(2,1)" + String(repeating: ")", count: 64)
        let model = try Model(parsing: text, inputColumns: 2)
        #expect(model.parameterCount == 2 * 2 + 2 + 2 * 1 + 1)
    }

    @Test func aLayerAboveTheLargestSizeIsAnError() {
        let error = parseError("mlp(2,10001,1)")
        #expect(error?.column == 7)
        #expect(
            error?.message
                == "a layer size must be a whole number of at least 1 and at most 10000, found 10001.0"
        )
    }

    @Test func networksTooLargeForMemoryAreAnError() {
        // mlp(29999,9915,1) asked for 297 million weights and ran out of memory.
        let error = parseError("mlp(29999,9915,1)")
        #expect(error?.column == 5)
        #expect(
            error?.message
                == "a layer size must be a whole number of at least 1 and at most 10000, found 29999.0"
        )
        let total = parseError("mlp(2,10000,1000,1)")
        #expect(total?.column == 13)
        #expect(
            total?.message
                == "the networks have 10020000 weights up to this layer, more than the 10000000 supported; use smaller layers"
        )
    }

    @Test func theWeightLimitCountsEveryNetworkOfAProduct() {
        let error = parseError(
            "mlp(2,3000,1000,1) * mlp(2,3000,1000,1) * mlp(2,3000,1000,1) * mlp(2,3000,1000,1)")
        #expect(error?.column == 75)
        #expect(error?.message.hasPrefix("the networks have 12027000 weights") == true)
    }
}
