import CutEngine
import Testing

@Test func parameterTreeStoresArraysFlatInInsertionOrder() throws {
    let tree = try ParameterTree([
        ("SelectionCut/cuts", [2], [1, 2]), ("mlp/linear_0/w", [2, 3], [1, 2, 3, 4, 5, 6]),
    ])
    #expect(tree.values == [1, 2, 1, 2, 3, 4, 5, 6])
    #expect(tree.paths == ["SelectionCut/cuts", "mlp/linear_0/w"])
    #expect(try tree.entry("mlp/linear_0/w").offset == 2)
    #expect(try tree.array("mlp/linear_0/w") == [1, 2, 3, 4, 5, 6])
}

@Test func parameterTreePrintsPathsShapesAndValues() throws {
    let tree = try ParameterTree([("SelectionCut/cuts", [2], [1, -0.5])])
    #expect(tree.description == "SelectionCut/cuts [2] = [1.0, -0.5]")
}

@Test func parameterTreeSetReplacesOneArray() throws {
    var tree = try ParameterTree([("a", [1], [1]), ("b", [2], [2, 3])])
    try tree.set("b", to: [7, 8])
    #expect(tree.values == [1, 7, 8])
}

@Test func zerosKeepsTheStructure() throws {
    let tree = try ParameterTree([("a", [3], [1, 2, 3])])
    let zeros = tree.zeros()
    #expect(zeros.hasSameStructure(as: tree))
    #expect(zeros.values == [0, 0, 0])
}

@Test func unknownPathIsATypedErrorNamingThePaths() throws {
    let tree = try ParameterTree([("SelectionCut/cuts", [2], [1, 1])])
    #expect(throws: EngineError.unknownParameter(path: "cuts", available: ["SelectionCut/cuts"])) {
        try tree.array("cuts")
    }
}

@Test func duplicatePathIsRejected() throws {
    var tree = try ParameterTree([("a", [1], [1])])
    #expect(throws: EngineError.duplicateParameter(path: "a")) {
        try tree.add("a", shape: [1], values: [2])
    }
}

@Test func nonPositiveDimensionIsRejected() {
    #expect(throws: EngineError.nonPositiveSize(what: "dimension of 'a'", value: 0)) {
        try ParameterTree([("a", [0], [])])
    }
    #expect(throws: EngineError.nonPositiveSize(what: "dimension of 'a'", value: -2)) {
        try ParameterTree([("a", [-2], [])])
    }
}

@Test func valuesThatDoNotFitTheShapeAreRejected() throws {
    #expect(throws: EngineError.self) { try ParameterTree([("a", [2, 2], [1, 2, 3])]) }
    var tree = try ParameterTree([("a", [2], [1, 2])])
    #expect(throws: EngineError.self) { try tree.set("a", to: [1]) }
    #expect(throws: EngineError.self) { try tree.withValues([1, 2, 3]) }
}

@Test func errorMessagesSayWhatAndHowToFix() {
    let message = EngineError.invalidLearningRate(-1).description
    #expect(message.contains("-1"))
    #expect(message.contains("greater than 0"))
}
