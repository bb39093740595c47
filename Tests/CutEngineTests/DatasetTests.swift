import CutEngine
import Testing

@Suite struct DatasetTests {
    func signal() throws -> Dataset {
        try Dataset(columns: [("x", [1, 2]), ("y", [10, 20])], isSignal: true)
    }

    func background() throws -> Dataset {
        try Dataset(columns: [("x", [-1, -2, -3]), ("y", [-10, -20, -30])], isSignal: false)
    }

    @Test func countsSignalAndBackground() throws {
        let data = try Dataset(columns: [("x", [1, 2, 3, 4])], truth: [1, 0, 0, 1])
        #expect(data.count == 4)
        #expect(data.signalCount == 2)
        #expect(data.backgroundCount == 2)
        #expect(data.isSignal(0))
        #expect(!data.isSignal(1))
    }

    @Test func columnsByNameAndIndex() throws {
        let data = try signal()
        #expect(data.columnNames == ["x", "y"])
        #expect(try data.column(named: "y") == [10, 20])
        #expect(try data.column(at: 0) == [1, 2])
        #expect(try data.columnIndex(of: "y") == 1)
    }

    @Test func unknownColumnNamesTheValidOnes() throws {
        let data = try signal()
        #expect(throws: DatasetError.unknownColumn("z", available: ["x", "y"])) {
            try data.column(named: "z")
        }
        let message = DatasetError.unknownColumn("z", available: ["x", "y"]).description
        #expect(message == "no column named 'z'; the columns are 'x', 'y'")
    }

    @Test func columnIndexOutOfRangeIsAnError() throws {
        #expect(throws: DatasetError.columnIndexOutOfRange(2, columnCount: 2)) {
            try signal().column(at: 2)
        }
    }

    @Test func concatenationKeepsTheStatedOrder() throws {
        let data = try Dataset.concatenating([background(), signal()])
        #expect(data.columns == [[-1, -2, -3, 1, 2], [-10, -20, -30, 10, 20]])
        #expect(data.truth == [0, 0, 0, 1, 1])
        let reversed = try Dataset.concatenating([signal(), background()])
        #expect(reversed.truth == [1, 1, 0, 0, 0])
    }

    @Test func signalAndBackgroundSubsetsKeepEventOrder() throws {
        let data = try Dataset.concatenating([signal(), background(), signal()])
        #expect(data.signal.columns[0] == [1, 2, 1, 2])
        #expect(data.background.columns[1] == [-10, -20, -30])
        #expect(data.signal.signalCount == 4)
        #expect(data.background.signalCount == 0)
    }

    @Test func eventsAtIndicesFollowTheIndices() throws {
        let picked = try background().events(at: [2, 0, 2])
        #expect(picked.columns[0] == [-3, -1, -3])
        #expect(picked.truth == [0, 0, 0])
    }

    @Test func concatenatingMismatchedColumnsIsAnError() throws {
        let other = try Dataset(columns: [("y", [1]), ("x", [2])], isSignal: true)
        let error = DatasetError.mismatchedColumns(
            part: 1, columns: ["y", "x"], expected: ["x", "y"])
        #expect(throws: error) { try Dataset.concatenating([signal(), other]) }
        #expect(throws: DatasetError.nothingToConcatenate) { try Dataset.concatenating([]) }
    }

    @Test func constructionErrors() {
        #expect(throws: DatasetError.noColumns) { try Dataset(columns: [], truth: []) }
        #expect(throws: DatasetError.duplicateColumn("x")) {
            try Dataset(columns: [("x", [1]), ("x", [2])], truth: [1])
        }
        #expect(throws: DatasetError.emptyColumnName(index: 1)) {
            try Dataset(columns: [("x", [1]), ("", [2])], truth: [1])
        }
        #expect(throws: DatasetError.columnLengthMismatch(column: "y", count: 1, expected: 2)) {
            try Dataset(columns: [("x", [1, 2]), ("y", [2])], truth: [1, 0])
        }
        #expect(throws: DatasetError.invalidTruthLabel(event: 1, value: 0.5)) {
            try Dataset(columns: [("x", [1, 2])], truth: [1, 0.5])
        }
    }

    @Test func errorMessagesSayHowToFix() {
        #expect(
            DatasetError.columnLengthMismatch(column: "y", count: 1, expected: 2).description
                == "column 'y' has 1 values but there are 2 events: every column needs one value"
                + " per event")
        #expect(DatasetError.invalidTruthLabel(event: 3, value: 2).description.contains("event 3"))
    }
}
