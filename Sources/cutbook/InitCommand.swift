import ArgumentParser
import CutBook
import Foundation

/// `cutbook init DIR`: writes a small report that builds as it is.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Create a small report that builds as it is, with a README saying what to change.",
        discussion:
            "The folder is created if it does not exist; a folder that is not empty is refused (nothing is overwritten)."
    )

    @Argument(help: "The new report's folder (new or empty).")
    var directory: String

    func run() throws {
        do {
            try StarterReport.write(to: directory)
        } catch let refusal as StarterReport.Refusal {
            Diagnostics.report(line: "error: \(refusal)")
            throw ExitCode(2)
        } catch {
            Diagnostics.report(
                line:
                    "error: could not write the report into '\(directory)': \(error.localizedDescription)"
            )
            throw ExitCode.failure
        }
        print("created \(directory): report.yml, data.md, scan.md, README.md")
        print("build it with: cutbook build \(directory)")
    }
}
