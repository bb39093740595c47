import CutEngine
import Foundation
import Testing

@Suite struct LoaderCSVErrorTests {
    func error(_ text: String, truth: CSVTruth = .allSignal) -> CSVError? {
        do {
            _ = try CSVLoader.parse(text, fileName: "e.csv", truth: truth)
            return nil
        } catch let error as CSVError {
            return error
        } catch {
            return nil
        }
    }

    @Test func emptyFile() {
        #expect(error("") == .emptyFile(file: "e.csv"))
        #expect(error("\n  \n") == .emptyFile(file: "e.csv"))
        #expect(error("")?.description.hasPrefix("e.csv:1:1: the file is empty") == true)
    }

    @Test func missingHeader() {
        let found = error("1.5,2\n3,4\n")
        #expect(found == .missingHeader(file: "e.csv", line: 1, column: 1, found: "1.5"))
        #expect(found?.description.contains("add a first line naming the columns") == true)
    }

    @Test func headerOnly() {
        #expect(error("x,y\n") == .noDataRows(file: "e.csv", line: 1))
    }

    @Test func emptyAndDuplicateColumnNames() {
        #expect(error("x,,y\n1,2,3\n") == .emptyColumnName(file: "e.csv", line: 1, column: 3))
        #expect(
            error("x,y,x\n1,2,3\n")
                == .duplicateColumnName(file: "e.csv", line: 1, column: 5, name: "x"))
    }

    @Test func raggedRowsNameTheLineAndColumn() {
        let short = error("x,y,z\n1,2,3\n4,5\n")
        #expect(short == .raggedRow(file: "e.csv", line: 3, column: 4, found: 2, expected: 3))
        #expect(
            short?.description
                == "e.csv:3:4: this row has 2 fields but the header has 3; give every row one value"
                + " per column")
        let long = error("x,y\n1,2\n3,4,55\n")
        #expect(long == .raggedRow(file: "e.csv", line: 3, column: 5, found: 3, expected: 2))
    }

    @Test func nonNumbersNameTheLineColumnAndField() {
        let found = error("x,y\n1,2\n3, abc\n")
        #expect(
            found == .notANumber(file: "e.csv", line: 3, column: 4, field: "abc", columnName: "y"))
        #expect(
            found?.description.hasPrefix("e.csv:3:4: 'abc' in column 'y' is not a number") == true)
        #expect(
            error("x,y\n1,\n")
                == .notANumber(file: "e.csv", line: 2, column: 3, field: "", columnName: "y"))
    }

    @Test func nonFiniteNumbersAreRejected() {
        #expect(
            error("x\nnan\n")
                == .nonFiniteNumber(
                    file: "e.csv", line: 2, column: 1, field: "nan", columnName: "x"))
        #expect(
            error("x\n1e300\n")
                == .nonFiniteNumber(
                    file: "e.csv", line: 2, column: 1, field: "1e300", columnName: "x"))
    }

    @Test func truthColumnProblems() {
        let missing = error("x,y\n1,2\n", truth: .column("label"))
        #expect(
            missing == .truthColumnMissing(file: "e.csv", name: "label", available: ["x", "y"]))
        #expect(missing?.description.contains("the columns are 'x', 'y'") == true)
        #expect(
            error("x,label\n1,2\n", truth: .column("label"))
                == .invalidTruthValue(file: "e.csv", line: 2, column: 3, field: "2"))
        #expect(error("label\n1\n", truth: .column("label")) == .noFeatureColumns(file: "e.csv"))
    }

    @Test func unreadableFile() {
        #expect(throws: CSVError.self) {
            try CSVLoader.load(
                contentsOf: URL(fileURLWithPath: "/nonexistent/events.csv"), truth: .allSignal)
        }
    }
}
