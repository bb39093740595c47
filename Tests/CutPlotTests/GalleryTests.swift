import CutPlot
import Foundation
import Testing

@Test func galleryWritesEveryFigureInThreeFormatsAndAnIndex() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "cutplot-gallery-\(ProcessInfo.processInfo.processIdentifier)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let summary = try Gallery.write(to: folder)
    #expect(Gallery.entries.count >= 12)
    #expect(summary.files.count == Gallery.entries.count * 3 + 1)
    let index = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
    for entry in Gallery.entries {
        for format in ["png", "svg", "pdf"] {
            let file = folder.appendingPathComponent("\(entry.name).\(format)")
            let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int
            #expect((size ?? 0) > 1000, "\(file.lastPathComponent) is missing or tiny")
        }
        #expect(index.contains("src=\"\(entry.name).png\""))
    }
    // Only the bad-input and log figures are meant to warn.
    let warned = Set(summary.warnings.map { String($0.prefix { $0 != ":" }) })
    #expect(warned == ["bad-input-empty-and-nan", "line-gradient-squared-log"])
}

@Test func galleryNamesAreUniqueAndSayWhatTheyShow() {
    let names = Gallery.entries.map(\.name)
    #expect(Set(names).count == names.count)
    for name in names {
        #expect(name.split(separator: "-").count >= 2)
        #expect(name == name.lowercased())
    }
}

@Test func galleryFilterMatchingNothingNamesTheFigures() {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cutplot-none")
    do {
        _ = try Gallery.write(to: folder, only: "no-such-figure")
        Issue.record("expected an error")
    } catch {
        #expect("\(error)".contains("scan-significance-maximum"))
    }
}
