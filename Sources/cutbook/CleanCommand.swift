import ArgumentParser
import CutBook
import Foundation

/// `cutbook clean`: removes the result cache (and with `--outputs` the built sites), only what
/// CutBook marked as its own.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract:
            "Remove the result cache .cutbook-cache/ (and the sites in build/ with --outputs).",
        discussion:
            "Only folders CutBook marked as its own are removed: a cache with CACHEDIR.TAG and sites with .cutbook-site. Other folders are listed as skipped."
    )

    @Flag(help: "Also remove the sites CutBook wrote in build/.")
    var outputs = false

    func run() throws {
        let outcome = OutputCleaner.clean(
            cache: ".cutbook-cache", outputs: outputs ? "build" : nil)
        for path in outcome.removed { print("removed \(path)/") }
        for skip in outcome.skipped {
            FileHandle.standardError.write(Data("\(skip)\n".utf8))
        }
    }
}
