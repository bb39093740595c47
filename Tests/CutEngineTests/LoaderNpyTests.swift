import CutEngine
import Foundation
import Testing

@Suite struct LoaderNpyTests {
    let expected = LoaderFixtures.shared

    @Test func readsNumpyFloat64Vector() throws {
        let array = try NpyFile.read(contentsOf: fixtureURL("loaders/written_f8_1d.npy"))
        #expect(array.shape == [7])
        #expect(array.dataType == .float64)
        #expect(array.values == expected.vector64)
    }

    @Test func readsNumpyFloat64Matrix() throws {
        let array = try NpyFile.read(contentsOf: fixtureURL("loaders/written_f8_2d.npy"))
        #expect(array.shape == [5, 3])
        #expect(array.values == expected.matrix64)
        #expect(array.column(1) == [1, 4, 7, 10, 13].map { expected.matrix64[$0] })
    }

    @Test func readsNumpyFloat32VectorAndMatrix() throws {
        let vector = try NpyFile.read(contentsOf: fixtureURL("loaders/written_f4_1d.npy"))
        #expect(vector.dataType == .float32)
        #expect(vector.values == expected.vector32)
        let matrix = try NpyFile.read(contentsOf: fixtureURL("loaders/written_f4_2d.npy"))
        #expect(matrix.shape == [4, 2])
        #expect(matrix.floatValues == expected.matrix32.map { Float($0) })
    }

    @Test func readsVersionTwoAndThreeHeaders() throws {
        let two = try NpyFile.read(contentsOf: fixtureURL("loaders/version2_f8_2d.npy"))
        #expect(two.values == expected.matrix64)
        let three = try NpyFile.read(contentsOf: fixtureURL("loaders/version3_f4_1d.npy"))
        #expect(three.values == expected.vector32)
    }

    @Test func readsAnEmptyVector() throws {
        let array = try NpyFile.read(contentsOf: fixtureURL("loaders/written_f8_empty.npy"))
        #expect(array.shape == [0])
        #expect(array.values.isEmpty)
    }

    @Test(arguments: [
        "written_f8_1d.npy", "written_f8_2d.npy", "written_f4_1d.npy", "written_f4_2d.npy",
        "written_f8_empty.npy",
    ])
    func writerReproducesNumpyByteForByte(name: String) throws {
        let original = try fixtureData("loaders/" + name)
        let array = try NpyFile.decode(original, fileName: name)
        #expect(NpyFile.encode(array) == original)
    }

    @Test func roundTripsThroughAFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let arrays = [
            NpyArray(vector: [1.5, -2.25, .pi]),
            NpyArray(vector: [Float(0.1), -3, 1e-20]),
            try NpyArray(columns: [[1, 2, 3], [4, 5, 6]]),
            try NpyArray(shape: [2, 2], dataType: .float64, values: [1, 2, 3, 4]),
        ]
        for (index, array) in arrays.enumerated() {
            let url = folder.appendingPathComponent("array\(index).npy")
            try NpyFile.write(array, to: url)
            #expect(try NpyFile.read(contentsOf: url) == array)
        }
    }

    @Test func columnsAreStoredRowMajor() throws {
        let array = try NpyArray(columns: [[1, 2, 3], [4, 5, 6]])
        #expect(array.shape == [3, 2])
        #expect(array.values == [1, 4, 2, 5, 3, 6])
        #expect(array.column(1) == [4, 5, 6])
    }

    @Test(arguments: [0, 7, 1000, 123_457])
    func dataStartsOnASixtyFourByteBoundary(count: Int) throws {
        let array = NpyArray(vector: [Double](repeating: 0.5, count: count))
        let bytes = [UInt8](NpyFile.encode(array))
        let headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
        #expect((10 + headerLength) % 64 == 0)
        #expect(bytes.count == 10 + headerLength + 8 * count)
    }
}

@Suite struct LoaderNpyDatasetTests {
    @Test func datasetRoundTripsThroughAnNpyArray() throws {
        let data = StudySamples.twoDimensional()
        let array = data.npyArray
        #expect(array.shape == [20_000, 2])
        #expect(array.dataType == .float32)
        let decoded = try NpyFile.decode(NpyFile.encode(array), fileName: "d3.npy")
        #expect(try Dataset(npy: decoded, columnNames: ["x", "y"], truth: data.truth) == data)
    }

    @Test func columnNamesMustMatchTheArray() throws {
        let array = try NpyArray(columns: [[1, 2], [3, 4]])
        #expect(throws: DatasetError.columnNameCountMismatch(names: 1, columns: 2)) {
            try Dataset(npy: array, columnNames: ["x"], truth: [0, 1])
        }
    }
}
