import CutPlot
import Testing

@Test func versionIsSemantic() {
    #expect(CutPlot.version.split(separator: ".").count == 3)
}
