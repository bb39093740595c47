import CutEngine
import CutPlot
import Foundation

/// The finished PDF files of a build, kept in the result cache so that a warm build whose
/// sources and results are unchanged copies the book instead of typesetting it again (the
/// typesetter redraws every figure as vectors, which takes seconds for the workshop report).
///
/// The key covers everything the book is made from: the versions of CutEngine, CutPlot and
/// CutBook, the paper and date, the studies asked for, the report's title and authors, every
/// study's Markdown and directive text (presentation options such as captions are not part of
/// the results' keys, and figure numbers depend on all studies), every directive's result key,
/// and the provenance printed on the title page. An entry is `book-<key>.bin`: a first line
/// `cutbook-book 3 <checksum of the rest>`, the key on a line of its own, then for each file
/// its name, a zero byte, its length (8 bytes, little-endian) and its bytes. An entry that does
/// not check out, or names another key, is ignored and rewritten, never trusted.
struct BookCache {
    /// The result cache whose folder and read setting the book entries share.
    let cache: ResultCache

    static let magic = "cutbook-book 3"
    static let earlierMagics = ["cutbook-book 1", "cutbook-book 2"]

    /// The key of the book made from `inputs` for the studies `chosen`.
    static func key(for inputs: BookWriter.Inputs, chosen: [String]) -> String {
        var hasher = SHA256()
        // The third kind of book places each figure's own PDF page in it (the second drew the
        // figure's PDF again, the first ran the plot a second time).
        hasher.update(field: "cutbook-book 3")
        for version in [CutEngine.version, CutPlot.version, CutBook.version] {
            hasher.update(field: version)
        }
        hasher.update(field: inputs.options.paper.rawValue)
        hasher.update(field: inputs.options.date)
        hasher.update(field: inputs.studies.isEmpty ? "whole report" : "studies")
        for study in chosen { hasher.update(field: study) }
        let settings = inputs.report.settings
        hasher.update(field: inputs.report.name)
        hasher.update(field: settings.title)
        for author in settings.authors { hasher.update(field: author) }
        for study in inputs.report.studies {
            hasher.update(field: study.name)
            hasher.update(field: study.title)
            hasher.update(field: study.markdown)
            for directive in study.directives { hasher.update(field: directive.text) }
        }
        for id in inputs.plan.order {
            hasher.update(field: id)
            hasher.update(field: inputs.plan.nodes[id]?.key ?? "")
        }
        let provenance = inputs.provenance
        hasher.update(field: provenance.cutbookVersion)
        hasher.update(field: provenance.engineVersion)
        hasher.update(field: provenance.gitCommit ?? "no commit")
        return hasher.finalizeHex()
    }

    private func url(for key: String) -> URL {
        cache.directory.appendingPathComponent("book-\(key).bin")
    }

    /// The files stored under `key`, or nil when there are none, reading is off, or the entry
    /// does not check out (then `note` is told why, unless the entry is of an earlier format).
    func load(_ key: String, note: (String) -> Void = { _ in }) -> [String: Data]? {
        guard cache.reads else { return nil }
        CacheTemporaryFiles.sweepOnce(cache.directory)
        let file = url(for: key)
        guard let data = try? Data(contentsOf: file, options: .mappedIfSafe) else { return nil }
        switch CacheEntryFrame.unframe(
            data, key: key, magic: Self.magic, earlierMagics: Self.earlierMagics)
        {
        case .body(let body):
            if let files = Self.decode(body) { return files }
            note(Messages.bookCacheEntryUnsound(file.lastPathComponent, reason: "is unreadable"))
        case .otherKey:
            note(
                Messages.bookCacheEntryUnsound(
                    file.lastPathComponent, reason: "holds another book"))
        case .damaged(let reason):
            note(
                Messages.bookCacheEntryUnsound(
                    file.lastPathComponent, reason: "is corrupt (\(reason))"))
        case .earlierFormat:
            break
        }
        return nil
    }

    /// Stores `files` under `key` (written to a temporary file, then renamed).
    func store(_ files: [String: Data], for key: String) throws {
        try FileManager.default.createDirectory(
            at: cache.directory, withIntermediateDirectories: true)
        CacheTemporaryFiles.sweepOnce(cache.directory)
        let data = CacheEntryFrame.frame(Self.encode(files), key: key, magic: Self.magic)
        let temporary = CacheTemporaryFiles.url(in: cache.directory)
        try data.write(to: temporary)
        let target = url(for: key)
        _ = try? FileManager.default.removeItem(at: target)
        try FileManager.default.moveItem(at: temporary, to: target)
    }

    static func encode(_ files: [String: Data]) -> Data {
        var body = Data()
        for name in files.keys.sorted() {
            let bytes = files[name]!
            body.append(contentsOf: Array(name.utf8))
            body.append(0)
            var length = UInt64(bytes.count).littleEndian
            withUnsafeBytes(of: &length) { body.append(contentsOf: $0) }
            body.append(bytes)
        }
        return body
    }

    static func decode(_ body: Data) -> [String: Data]? {
        var files: [String: Data] = [:]
        var index = body.startIndex
        while index < body.endIndex {
            guard let zero = body[index...].firstIndex(of: 0),
                let name = String(data: body[index..<zero], encoding: .utf8),
                body.endIndex - (zero + 1) >= 8
            else { return nil }
            var length: UInt64 = 0
            for (shift, byte) in body[(zero + 1)..<(zero + 9)].enumerated() {
                length |= UInt64(byte) << (8 * UInt64(shift))
            }
            let start = zero + 9
            guard UInt64(body.endIndex - start) >= length else { return nil }
            let end = start + Int(length)
            files[name] = Data(body[start..<end])
            index = end
        }
        return files
    }
}
