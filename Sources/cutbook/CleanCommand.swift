import ArgumentParser
import Foundation

/// `cutbook clean`: removes the result cache (and with `--outputs` the built sites).
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Remove the result cache .cutbook-cache/ (and build/ with --outputs).")

    @Flag(help: "Also remove build/.")
    var outputs = false

    func run() throws {
        var folders = [".cutbook-cache"]
        if outputs { folders.append("build") }
        for folder in folders where FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.removeItem(atPath: folder)
            print("removed \(folder)/")
        }
    }
}
