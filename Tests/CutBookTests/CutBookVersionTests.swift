import CutBook
import Testing

@Test func versionIsSemantic() {
    #expect(CutBook.version.split(separator: ".").count == 3)
}
