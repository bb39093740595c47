import Foundation
import Testing

@testable import CutBook

/// The `cutbook` binary, copied away from the package (so no templates folder is in sight),
/// creates a report with `init` and builds it from any working folder: the second build, from
/// another folder, computes nothing; `--param` changes a result and switching back computes
/// nothing.
@Suite struct CommandLineAnywhereTests {
    /// Runs `binary` with `arguments` in `folder`; the exit status and the two outputs.
    private func run(_ binary: URL, _ arguments: [String], in folder: URL) throws
        -> CapturedProcess.Outcome
    {
        try CapturedProcess.run(arguments, executable: binary, in: folder)
    }

    @Test(Support.needsBuiltBinary)
    func initThenBuildFromAnyFolderWithACopiedBinary() throws {
        let parent = try Support.temporaryFolder()
        let tools = parent.appendingPathComponent("tools")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        let binary = tools.appendingPathComponent("cutbook")
        try FileManager.default.copyItem(at: OutputKillTests.binary!, to: binary)
        let study = parent.appendingPathComponent("x/study")
        let root = URL(fileURLWithPath: "/")

        let created = try run(binary, ["init", study.path], in: root)
        #expect(created.status == 0)
        let refused = try run(binary, ["init", study.path], in: root)
        #expect(refused.status == 2)
        #expect(refused.err.contains("the folder is not empty"))

        let first = try run(binary, ["build", study.path], in: root)
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.hasPrefix("built \(study.path)/_build: 3 pages, 2 figures"))
        let second = try run(binary, ["build", "study"], in: study.deletingLastPathComponent())
        #expect(second.out.contains("; 0 computed (0 trainings)"), "\(second.out)")

        let changed = try run(binary, ["build", ".", "-P", "steps=40"], in: study)
        #expect(!changed.out.contains("; 0 computed"), "\(changed.out)")
        let page = try String(
            contentsOf: study.appendingPathComponent("_build/scan.html"), encoding: .utf8)
        #expect(page.contains("<span class=\"value\">40</span> cut values"))
        let back = try run(binary, ["build", study.path], in: tools)
        #expect(back.out.contains("; 0 computed (0 trainings)"), "\(back.out)")

        let badSyntax = try run(binary, ["build", study.path, "--param", "steps"], in: root)
        #expect(badSyntax.status != 0)
        #expect(badSyntax.err.contains("--param 'steps' has no '=': expected NAME=VALUE"))
        let listed = try run(binary, ["list", study.path], in: root)
        #expect(listed.out.contains("scan  cached"), "\(listed.out)")
        let cleaned = try run(binary, ["clean", study.path, "--outputs"], in: root)
        #expect(cleaned.status == 0)
        #expect(
            !FileManager.default.fileExists(atPath: study.appendingPathComponent("_build").path))
        #expect(
            !FileManager.default.fileExists(
                atPath: study.appendingPathComponent(".cutbook-cache").path))
    }
}
