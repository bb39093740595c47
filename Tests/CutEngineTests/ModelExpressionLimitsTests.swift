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

    @Test func networksTooLargeForMemoryAreRefusedBeforeTheyAreBuilt() throws {
        // mlp(29999,9915,1) asked for 297 million weights and ran out of memory when built:
        // it parses, and its estimate is refused before anything is allocated.
        let expression = try ModelExpression(parsing: "mlp(29999,9915,1)")
        let estimate = expression.memoryEstimate(inputColumns: 2)
        #expect(estimate.exceedsLimit)
        #expect(expression.parameterEstimate(inputColumns: 2) > 297_000_000)
    }
}
