import CutEngine
import Foundation
import Testing

@Suite struct LoaderCSVTests {
    @Test func readsANumpyWrittenFileWithATruthColumn() throws {
        let expected = LoaderFixtures.shared.csv
        let data = try CSVLoader.load(
            contentsOf: fixtureURL("loaders/events.csv"), truth: .column("label"))
        #expect(data.columnNames == ["x", "y"])
        #expect(try data.column(named: "x") == expected.x)
        #expect(try data.column(named: "y") == expected.y)
        #expect(data.truth == expected.label)
        #expect(data.signalCount == 3)
    }

    @Test func labelsEveryEventWhenThereIsNoTruthColumn() throws {
        let text = "x,y\n1,2\n3,4\n"
        let signal = try CSVLoader.parse(text, fileName: "s.csv", truth: .allSignal)
        #expect(signal.truth == [1, 1])
        #expect(signal.columns == [[1, 3], [2, 4]])
        let background = try CSVLoader.parse(text, fileName: "b.csv", truth: .allBackground)
        #expect(background.truth == [0, 0])
    }

    @Test func toleratesSpacesQuotesBlankLinesAndCarriageReturns() throws {
        let text = "\n \"x\" , label\r\n 1.5 , 1\r\n\n-2e-3,0\r\n"
        let data = try CSVLoader.parse(text, fileName: "t.csv", truth: .column("label"))
        #expect(data.columnNames == ["x"])
        #expect(data.columns == [[1.5, -2e-3]])
        #expect(data.truth == [1, 0])
    }

    @Test func truthColumnCanBeAnywhere() throws {
        let text = "label,x,y\n0,1,2\n1,3,4\n"
        let data = try CSVLoader.parse(text, fileName: "t.csv", truth: .column("label"))
        #expect(data.columnNames == ["x", "y"])
        #expect(data.truth == [0, 1])
    }

    @Test func roundTripsADatasetWrittenAsText() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = StudySamples.twoDimensional().events(
            at: Array(0..<50) + Array(19_950..<20_000))
        var text = "x,y,truth\n"
        for event in 0..<original.count {
            text +=
                "\(original.columns[0][event]),\(original.columns[1][event]),\(original.truth[event])\n"
        }
        let url = folder.appendingPathComponent("events.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        #expect(try CSVLoader.load(contentsOf: url, truth: .column("truth")) == original)
    }
}
