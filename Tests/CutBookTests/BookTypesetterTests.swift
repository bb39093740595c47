import Foundation
import Testing

@testable import CutBook

@Suite("Book typesetter")
struct BookTypesetterTests {
    @Test func fixtureBookHasTitleContentsAndChapters() throws {
        let data = try BookTypesetter().pdf(BookFixture.document)
        let file = try PDFProbe.write(data, name: "fixture")
        let info = try PDFProbe.info(file)
        #expect(info.pages >= 6)
        #expect(info.pageSize.hasPrefix("595.276 x 841.89"))
    }
}
