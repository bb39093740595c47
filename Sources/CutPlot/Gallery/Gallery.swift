import Foundation

/// Example figures of every mark and feature, built from synthetic data shaped like the
/// studies'. `cutbook gallery OUTDIR` writes them; they are the visual test of CutPlot.
public enum Gallery {
    /// One gallery entry: a file-name stem that says what it shows, a caption, a builder.
    public struct Entry: Sendable {
        /// The file-name stem, e.g. `line-dashed-reference`.
        public let name: String
        /// What the figure demonstrates.
        public let caption: String
        /// Builds the figure.
        public let make: @Sendable () -> Figure
    }

    /// All entries, in display order.
    public static var entries: [Entry] {
        scanEntries + histogramEntries + twoDEntries + surfaceEntries + miscEntries
    }

    /// What writing the gallery produced.
    public struct Summary: Sendable {
        /// Files written (figures in three formats, plus the index), in entry order.
        public var files: [String]
        /// Warnings of every figure, prefixed by the figure's name.
        public var warnings: [String]
        /// Seconds spent on each file, and on making each figure's synthetic data.
        public var seconds: [String: Double]
        /// Processor seconds of the rendering thread for the same items (unlike `seconds`,
        /// not inflated when other processes share the machine).
        public var cpuSeconds: [String: Double] = [:]
        /// Each figure's width in points, by entry name (the index shows it at that width).
        var widths: [String: Double] = [:]
        /// Each figure's description, by entry name (the index's `alt` text).
        var descriptions: [String: String] = [:]
    }

    /// Writes every entry as PNG, SVG and PDF into `directory` (created if needed), plus an
    /// `index.html` showing them all. Figures are rendered in parallel; the files do not
    /// depend on the order. `only` restricts the work to entries whose names contain it.
    /// - Throws: `PlotError.cannotWrite` or `PlotError.cairo` (the first failure, by entry).
    public static func write(to directory: URL, only: String? = nil) throws -> Summary {
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true)
        } catch {
            throw PlotError.cannotWrite(path: directory.path, reason: error.localizedDescription)
        }
        let all = entries.filter { only == nil || $0.name.contains(only!) }
        if all.isEmpty, let only {
            throw PlotError.unknownName(
                kind: "gallery figure (part of a name)", name: only, valid: entries.map(\.name))
        }
        let results = ResultSlots(count: all.count)
        DispatchQueue.concurrentPerform(iterations: all.count) { index in
            results.store(index, Result { try writeEntry(all[index], to: directory) })
        }
        var summary = Summary(files: [], warnings: [], seconds: [:])
        for result in results.values {
            let part = try result.get()
            summary.files += part.files
            summary.warnings += part.warnings
            summary.seconds.merge(part.seconds) { a, _ in a }
            summary.cpuSeconds.merge(part.cpuSeconds) { a, _ in a }
            summary.widths.merge(part.widths) { a, _ in a }
            summary.descriptions.merge(part.descriptions) { a, _ in a }
        }
        let index = directory.appendingPathComponent("index.html")
        do {
            try indexHTML(widths: summary.widths, descriptions: summary.descriptions).write(
                to: index, atomically: true, encoding: .utf8)
        } catch {
            throw PlotError.cannotWrite(path: index.path, reason: error.localizedDescription)
        }
        summary.files.append("index.html")
        return summary
    }

    private static func writeEntry(_ entry: Entry, to directory: URL) throws -> Summary {
        var part = Summary(files: [], warnings: [], seconds: [:])
        var start = Date()
        var cpuStart = threadCPUSeconds()
        let figure = entry.make()
        let dataKey = entry.name + " (synthetic data)"
        part.seconds[dataKey] = Date().timeIntervalSince(start)
        part.cpuSeconds[dataKey] = threadCPUSeconds() - cpuStart
        start = Date()
        cpuStart = threadCPUSeconds()
        for format in ["png", "svg", "pdf"] {
            let url = directory.appendingPathComponent("\(entry.name).\(format)")
            switch format {
            case "png": try figure.write(png: url)
            case "svg": try figure.write(svg: url)
            default: try figure.write(pdf: url)
            }
            let (now, cpuNow) = (Date(), threadCPUSeconds())
            part.seconds[url.lastPathComponent] = now.timeIntervalSince(start)
            part.cpuSeconds[url.lastPathComponent] = cpuNow - cpuStart
            (start, cpuStart) = (now, cpuNow)
            part.files.append(url.lastPathComponent)
        }
        part.warnings = figure.warnings.map { "\(entry.name): \($0)" }
        part.widths[entry.name] = figure.width
        part.descriptions[entry.name] = figure.altText
        return part
    }

    /// One result slot per entry, filled from concurrent workers.
    private final class ResultSlots: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [Result<Summary, Error>?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func store(_ index: Int, _ result: Result<Summary, Error>) {
            lock.lock()
            slots[index] = result
            lock.unlock()
        }

        var values: [Result<Summary, Error>] { slots.compactMap { $0 } }
    }

    /// The HTML page showing every figure with links to its three files.
    /// Figures are shown at their size in points (one CSS pixel per point), so the 2× PNGs
    /// stay sharp on high-density screens.
    static func indexHTML(widths: [String: Double], descriptions: [String: String]) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>CutPlot gallery</title>
            <style>
            body { font-family: "DejaVu Sans", sans-serif; margin: 2em; background: #fafafa; }
            figure { display: inline-block; margin: 1em; padding: 1em; background: white;
                     border: 1px solid #ddd; vertical-align: top; }
            img { height: auto; display: block; max-width: 100%; }
            figcaption { max-width: 461px; font-size: 0.9em; margin-top: 0.5em; }
            </style></head><body>
            <h1>CutPlot gallery</h1>
            <p>Every mark and feature of CutPlot, drawn from synthetic data. Each figure is
            available as PNG (2×), SVG and PDF.</p>

            """
        for entry in entries where widths[entry.name] != nil {
            html += """
                <figure id="\(entry.name)"><img src="\(entry.name).png" width="\(Int(widths[entry.name] ?? 461))" alt="\(escaped(descriptions[entry.name] ?? entry.name))">
                <figcaption><b>\(entry.name)</b>: \(entry.caption)
                [<a href="\(entry.name).png">PNG</a> · <a href="\(entry.name).svg">SVG</a> ·
                <a href="\(entry.name).pdf">PDF</a>]</figcaption></figure>

                """
        }
        return html + "</body></html>\n"
    }

    /// Text made safe for an HTML attribute.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "\"", with: "&quot;"
        )
        .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Processor time used so far by the calling thread.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
