import Foundation

/// The values numpy stored in the loader fixtures, written by
/// `scripts/golden/make_loader_fixtures.py` into `Fixtures/loaders/expected.json`.
struct LoaderFixtures: Decodable {
    struct CSVColumns: Decodable {
        let x: [Float]
        let y: [Float]
        let label: [Float]
    }

    let vector64: [Double]
    let matrix64: [Double]
    let vector32: [Double]
    let matrix32: [Double]
    let csv: CSVColumns

    static let shared: LoaderFixtures = {
        do {
            return try JSONDecoder().decode(
                LoaderFixtures.self, from: fixtureData("loaders/expected.json"))
        } catch {
            fatalError("cannot read Fixtures/loaders/expected.json: \(error)")
        }
    }()
}

/// A fresh, empty temporary folder for files a test writes.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("CutEngineTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
