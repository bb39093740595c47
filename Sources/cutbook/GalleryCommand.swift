import ArgumentParser
import CutPlot
import Foundation

/// `cutbook gallery OUTDIR`: renders an example of every CutPlot mark and feature.
struct GalleryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gallery",
        abstract: "Render CutPlot's gallery (PNG, SVG and PDF of every figure, and an index.html).")

    @Argument(help: "The folder to write the gallery into (created if missing).")
    var outputDirectory: String

    @Flag(help: "Print the time spent on every file.")
    var timings = false

    @Option(help: "Render only the figures whose names contain this text.")
    var only: String?

    func run() throws {
        let start = Date()
        let directory = URL(fileURLWithPath: outputDirectory)
        let summary = try Gallery.write(to: directory, only: only)
        for warning in summary.warnings { print("warning: \(warning)") }
        if timings {
            print("    wall   processor  item")
            for (item, seconds) in summary.seconds.sorted(by: { $0.key < $1.key }) {
                let cpu = summary.cpuSeconds[item] ?? .nan
                print(String(format: "%8.3f s %8.3f s  %@", seconds, cpu, item))
            }
        }
        let seconds = Date().timeIntervalSince(start)
        let figures = Gallery.entries.filter { entry in only.map(entry.name.contains) ?? true }
        print(
            "wrote \(summary.files.count) files (\(figures.count) figures) to \(directory.path) in \(String(format: "%.2f", seconds)) s"
        )
    }
}
