import CutEngine
import Testing

/// The grammar table the parser and `docs/model-grammar.md` share.
struct ModelGrammarTests {
    /// Every example of the table parses, and its canonical text parses back to it.
    @Test(arguments: ModelGrammar.allExamples)
    func exampleParses(text: String) throws {
        let expression = try ModelExpression(parsing: text)
        #expect(try ModelExpression(parsing: expression.description) == expression, "\(text)")
    }

    /// Each function is listed once, has a form, an argument and an example, and the
    /// examples of a function call it.
    @Test func everyFunctionIsDescribed() {
        let names = ModelGrammar.functions.map(\.name)
        #expect(names == ModelFunction.Name.allCases)
        for function in ModelGrammar.functions {
            #expect(!function.forms.isEmpty && !function.arguments.isEmpty, "\(function.name)")
            #expect(!function.builds.isEmpty && !function.examples.isEmpty, "\(function.name)")
            for example in function.examples {
                #expect(example.contains("\(function.name.rawValue)("), "\(example)")
            }
        }
    }

    /// The table's `cuts` arguments name exactly the options the parser accepts, and an option
    /// outside the table is refused with the table's names.
    @Test func cutsOptionsComeFromTheTable() throws {
        let cuts = try #require(ModelGrammar.functions.first { $0.name == .cuts })
        let written = cuts.arguments.map(\.name).filter { $0.hasSuffix("=") }
        #expect(written == CutsOption.allCases.map { "\($0.rawValue)=" })
        #expect(ModelExpression.cutOptionNames == ["init", "slope"])
        #expect {
            try ModelExpression(parsing: "cuts(erf, width=2)")
        } throws: { error in
            (error as? ModelExpressionError)?.message
                == "unknown option 'width' of cuts (known: init, slope)"
        }
    }

    /// `mlp` takes output sizes, as Haiku does: the input width comes from the data.
    @Test func mlpInfersItsInputWidth() throws {
        let model = try Model(parsing: "mlp(8,8,1)", inputColumns: 4)
        let parameters = model.initialParameters(seed: 1)
        #expect(try parameters.entry("mlp/linear_0/w").shape == [4, 8])
        #expect(try parameters.entry("mlp/linear_2/w").shape == [8, 1])
    }

    /// Every selection form's example parses to one comparison with the form's operator, and
    /// every operator has a form.
    @Test func selectionFormsParse() throws {
        for form in CutSpec.forms {
            let selection = try CutSpec(parsing: form.example)
            #expect(selection.comparisons.map(\.op) == [form.op], "\(form.example)")
            #expect(try CutSpec(parsing: selection.description) == selection)
        }
        #expect(Set(CutSpec.forms.map(\.op)) == Set(CutOperator.allCases))
        #expect(try CutSpec(parsing: "pt > 40 ~ 5").comparisons[0].width == 5)
        #expect(CutSpec.widthRule.contains("one tenth of the standard deviation"))
    }
}
