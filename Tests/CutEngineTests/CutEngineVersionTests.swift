import CutEngine
import Testing

@Test func versionIsSemantic() {
    #expect(CutEngine.version.split(separator: ".").count == 3)
}
