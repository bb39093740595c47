import Foundation
import Testing

@testable import CutServe

/// Request paths name files inside the site folder only: `..`, hidden names and symbolic
/// links that lead out are refused.
struct SiteFilesTests {
    /// A site folder `site` with `index.html`, `figures/a.svg`, a hidden marker, a secret next
    /// to the site and links into and out of it.
    private func makeSite() throws -> (site: SiteFiles, parent: URL) {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cutserve-tests-\(UUID().uuidString)")
        let root = parent.appendingPathComponent("site")
        let manager = FileManager.default
        try manager.createDirectory(
            at: root.appendingPathComponent("figures"), withIntermediateDirectories: true)
        try Data("<p>index</p>".utf8).write(to: root.appendingPathComponent("index.html"))
        try Data("<svg/>".utf8).write(to: root.appendingPathComponent("figures/a.svg"))
        try Data("marker".utf8).write(to: root.appendingPathComponent(".cutbook-site"))
        try Data("secret".utf8).write(to: parent.appendingPathComponent("secret.txt"))
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("leak.txt").path,
            withDestinationPath: "../secret.txt")
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("outside").path, withDestinationPath: parent.path)
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("same.svg").path,
            withDestinationPath: "figures/a.svg")
        return (SiteFiles(root: root.path), parent)
    }

    @Test func folderRequestsServeTheirIndex() throws {
        let (site, parent) = try makeSite()
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(site.file(for: "/")?.lastPathComponent == "index.html")
        #expect(site.file(for: "")?.lastPathComponent == "index.html")
        #expect(site.file(for: "/figures/a.svg")?.lastPathComponent == "a.svg")
        #expect(site.file(for: "/figures/") == nil, "a folder without index.html")
    }

    @Test func dotDotSegmentsAreRefused() throws {
        let (site, parent) = try makeSite()
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(site.file(for: "/../secret.txt") == nil)
        #expect(site.file(for: "/figures/../../secret.txt") == nil)
        #expect(site.file(for: "/figures/../index.html") == nil, "refused, not resolved")
        #expect(site.file(for: "/./index.html") == nil)
    }

    @Test func absolutePathsStayInsideTheSite() throws {
        let (site, parent) = try makeSite()
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(site.file(for: "//etc/passwd") == nil)
        #expect(site.file(for: parent.appendingPathComponent("secret.txt").path) == nil)
    }

    @Test func hiddenFilesAndOddCharactersAreRefused() throws {
        let (site, parent) = try makeSite()
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(site.file(for: "/.cutbook-site") == nil)
        #expect(site.file(for: "/index.html\0") == nil)
        #expect(site.file(for: "/figures\\a.svg") == nil)
    }

    @Test func symbolicLinksOutOfTheSiteAreRefused() throws {
        let (site, parent) = try makeSite()
        defer { try? FileManager.default.removeItem(at: parent) }
        #expect(site.file(for: "/leak.txt") == nil)
        #expect(site.file(for: "/outside/secret.txt") == nil)
        #expect(site.file(for: "/same.svg")?.lastPathComponent == "a.svg", "a link inside")
    }

    @Test func mediaTypesFollowTheExtension() {
        #expect(SiteFiles.contentType(of: URL(fileURLWithPath: "a/b.SVG")) == "image/svg+xml")
        #expect(SiteFiles.contentType(of: URL(fileURLWithPath: "x.html")).hasPrefix("text/html"))
        #expect(
            SiteFiles.contentType(of: URL(fileURLWithPath: "x.unknown"))
                == "application/octet-stream")
    }
}
