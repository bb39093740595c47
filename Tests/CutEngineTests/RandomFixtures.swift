import Foundation

/// Golden vectors written by `scripts/golden/make_random_fixtures.py` from numpy's legacy
/// `RandomState`, read from the test bundle's `Fixtures/random.json`.
struct RandomFixtures: Decodable {
    struct SeededValues: Decodable {
        let seed: UInt32
        let values: [Double]
    }

    struct RawStream: Decodable {
        let seed: UInt32
        let words: [UInt32]
        let doubles: [Double]
    }

    struct Step: Decodable {
        struct Parameters: Decodable {
            let count: Int
            let mu: Double?
            let sigma: Double?
            let mean: [Double]?
            let covariance: [[Double]]?
        }
        let kind: String
        let parameters: Parameters
        let values: [Double]
    }

    struct Interleaved: Decodable {
        let seed: UInt32
        let steps: [Step]
    }

    struct MultivariateCase: Decodable {
        let name: String
        /// How closely numpy's samples are reproduced: "exact", "close" (rounding) or
        /// "rankDeficient" (vectors of zero singular values differ).
        let match: String
        let seed: UInt32
        let count: Int
        let mean: [Double]
        let covariance: [[Double]]
        let singularValues: [Double]
        let vectorsTransposed: [Double]
        let samples: [Double]
    }

    let generator: String
    let normalsBySeed: [SeededValues]
    let rawStream: RawStream
    let normalFiveOne: SeededValues
    let interleaved: Interleaved
    let multivariateNormal: [MultivariateCase]

    /// The decoded fixture, loaded once.
    static let shared: RandomFixtures = {
        do {
            return try JSONDecoder().decode(RandomFixtures.self, from: fixtureData("random.json"))
        } catch {
            fatalError("cannot read Fixtures/random.json: \(error)")
        }
    }()
}

/// The bytes of a file in the test bundle's `Fixtures` folder.
func fixtureData(_ name: String) throws -> Data {
    try Data(contentsOf: fixtureURL(name))
}

/// The location of a file in the test bundle's `Fixtures` folder.
func fixtureURL(_ name: String) -> URL {
    guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
        fatalError("the test bundle has no Fixtures folder")
    }
    return folder.appendingPathComponent(name)
}

/// The largest absolute difference between two equally long arrays (infinity if lengths differ).
func maxAbsDifference(_ a: [Double], _ b: [Double]) -> Double {
    guard a.count == b.count else { return .infinity }
    return zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
}
