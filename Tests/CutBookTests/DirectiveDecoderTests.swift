import Foundation
import Testing

@testable import CutBook

/// `DirectiveDecoder`: properties read the word or option of their name as the validator typed
/// it, and a property of a type no option has fails instead of reading something else.
@Suite struct DirectiveDecoderTests {
    /// `<<data sample … seed=7 as=toy>>`, validated.
    static func resolved() throws -> ResolvedDirective {
        let parent = try Support.temporaryFolder()
        let page =
            "<<data sample draws=\"signal:normal(5,1)x20; background:normal(0,4)x30\" seed=7"
            + " as=toy>>\n"
        let report = try Support.writeReport(in: parent, chapters: [("page", page)])
        let resolved = try Validator.validate(ReportLoader.load(directory: report.path))
        return try #require(resolved.first { $0.verb == .data })
    }

    struct Readable: Decodable {
        let source: String
        let seed: Int
        let order: String
    }

    struct SeedAsFloat: Decodable { let seed: Float }
    struct SeedAsUInt8: Decodable { let seed: UInt8 }

    @Test func propertiesReadTheirOptions() throws {
        let read = try Readable(from: DirectiveDecoder(try Self.resolved()))
        #expect(read.source == "sample")
        #expect(read.seed == 7)
        #expect(read.order == "signal-first")
    }

    @Test func typesNoOptionHasFail() throws {
        let item = try Self.resolved()
        #expect(throws: DecodingError.self) { try SeedAsFloat(from: DirectiveDecoder(item)) }
        #expect(throws: DecodingError.self) { try SeedAsUInt8(from: DirectiveDecoder(item)) }
    }
}
