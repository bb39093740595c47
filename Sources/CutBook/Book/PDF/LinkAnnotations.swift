import CCairo
import Foundation

/// The links of each page, in page coordinates (points from the top-left corner).
///
/// With Cairo 1.18 or later a link is written at once as a Cairo `Link` tag; with older Cairo
/// the links are kept for `LinkAnnotations`, which adds them after Cairo has finished.
final class LinkCollector {
    /// One link: its area and its target.
    struct Link {
        var x: Double
        var y: Double
        var width: Double
        var height: Double
        var target: BookLink
    }

    /// The page being drawn (0-based).
    var currentPage = 0
    private(set) var pages: [Int: [Link]] = [:]
    /// The Cairo context to tag links in, when this Cairo's link tags are sound.
    private let taggedContext: OpaquePointer?

    /// A collector for links drawn with `cairo`.
    init(cairo: OpaquePointer) {
        taggedContext = cairo_version() >= 11800 ? cairo : nil
    }

    /// Makes the area a link to `target` on the current page.
    func add(_ target: BookLink, x: Double, y: Double, width: Double, height: Double) {
        guard width > 0, height > 0 else { return }
        if let context = taggedContext {
            let destination: String
            switch target {
            case .uri(let uri): destination = "uri='\(PDFTags.quoted(uri))'"
            case .destination(let name): destination = "dest='\(PDFTags.quoted(name))'"
            }
            let rect = [x, y, width, height].map { String(format: "%.2f", $0) }.joined(
                separator: " ")
            cairo_tag_begin(context, "Link", "\(destination) rect=[\(rect)]")
            cairo_tag_end(context, "Link")
            return
        }
        pages[currentPage, default: []].append(
            Link(x: x, y: y, width: width, height: height, target: target))
    }
}

/// Adds link annotations to a finished Cairo PDF as an incremental update: new annotation
/// objects, new versions of the pages that hold them (the same dictionaries with `/Annots`),
/// and a cross-reference section chained to Cairo's by `/Prev`.
///
/// Why not Cairo's own `Link` tags before Cairo 1.18: Cairo 1.16 (Debian bookworm) writes with every link a
/// structure-tree reference to an object it never writes, and the file is then damaged
/// (`qpdf --check`). Its named destinations and outline are sound and are kept.
enum LinkAnnotations {
    /// Why the PDF could not be read back.
    struct Problem: Error {
        var message: String
    }

    /// `pdf` with the links of `collector`; pages are `pageHeight` points high.
    static func add(_ collector: LinkCollector, to pdf: Data, pageHeight: Double) throws(Problem)
        -> Data
    {
        guard !collector.pages.isEmpty else { return pdf }
        let bytes = [UInt8](pdf)
        let trailer = try self.trailer(in: bytes)
        let pageObjects = try pages(in: bytes)
        var output = pdf
        var offsets: [(object: Int, offset: Int)] = []
        var next = trailer.size
        func append(_ string: String) {
            output.append(contentsOf: Array(string.utf8))
        }
        if output.last != 0x0A { append("\n") }
        for page in collector.pages.keys.sorted() {
            guard page < pageObjects.count else {
                throw Problem(message: "no page \(page + 1) in the PDF")
            }
            var annotations: [Int] = []
            for link in collector.pages[page]! {
                let object = next
                next += 1
                annotations.append(object)
                offsets.append((object, output.count))
                append("\(object) 0 obj\n\(annotation(link, pageHeight: pageHeight))\nendobj\n")
            }
            let (object, dictionary) = pageObjects[page]
            offsets.append((object, output.count))
            let references = annotations.map { "\($0) 0 R" }.joined(separator: " ")
            append("\(object) 0 obj\n\(dictionary)   /Annots [ \(references) ]\n>>\nendobj\n")
        }
        let xref = output.count
        var table = "xref\n0 1\n0000000000 65535 f \n"
        for entry in offsets.sorted(by: { $0.object < $1.object }) {
            table += "\(entry.object) 1\n" + String(format: "%010d 00000 n \n", entry.offset)
        }
        append(table)
        append(
            "trailer\n<< /Size \(next)\n   /Root \(trailer.root)\n   /Info \(trailer.info)\n   /Prev \(trailer.startxref)\n>>\n"
        )
        append("startxref\n\(xref)\n%%EOF\n")
        return output
    }

    private static func annotation(_ link: LinkCollector.Link, pageHeight: Double) -> String {
        func number(_ value: Double) -> String { String(format: "%.2f", value) }
        let rect = [
            link.x, pageHeight - link.y - link.height, link.x + link.width, pageHeight - link.y,
        ]
        .map(number).joined(separator: " ")
        let action: String
        switch link.target {
        case .uri(let uri): action = "/A << /Type /Action /S /URI /URI (\(literal(uri))) >>"
        case .destination(let name): action = "/Dest (\(literal(name)))"
        }
        return "<< /Type /Annot /Subtype /Link /Rect [ \(rect) ] /BS << /W 0 >> \(action) >>"
    }

    /// A PDF literal string's inside: backslash, parentheses escaped; other bytes as octal.
    static func literal(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "("), UInt8(ascii: ")"):
                out += "\\" + String(UnicodeScalar(byte))
            case 0x20...0x7E: out += String(UnicodeScalar(byte))
            default: out += String(format: "\\%03o", byte)
            }
        }
        return out
    }

    /// The first (or last) offset of `needle` in `bytes[range]`.
    static func find(
        _ needle: String, in bytes: [UInt8], from start: Int = 0, backwards: Bool = false
    ) -> Int? {
        let pattern = Array(needle.utf8)
        guard bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        let last = bytes.count - pattern.count
        var offset = backwards ? last : start
        while backwards ? offset >= start : offset <= last {
            if bytes[offset] == pattern[0]
                && bytes[offset..<offset + pattern.count].elementsEqual(pattern)
            {
                return offset
            }
            offset += backwards ? -1 : 1
        }
        return nil
    }

    /// The text of `bytes[range]` (ASCII parts of the PDF).
    private static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private static func trailer(in bytes: [UInt8]) throws(Problem) -> (
        size: Int, root: String, info: String, startxref: Int
    ) {
        guard let trailerStart = find("trailer", in: bytes, backwards: true),
            let startxref = find("startxref", in: bytes, backwards: true), startxref > trailerStart
        else { throw Problem(message: "no trailer in the PDF") }
        let dictionary = text(bytes, trailerStart..<startxref)
        func value(_ key: String) -> String? {
            guard let range = dictionary.range(of: key) else { return nil }
            return dictionary[range.upperBound...].split(separator: "\n").first?
                .trimmingCharacters(in: .whitespaces)
        }
        let offset = text(bytes, startxref + 9..<bytes.count).split(separator: "\n").first
        guard let size = value("/Size").flatMap({ Int($0) }), let root = value("/Root"),
            let start = offset.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) })
        else { throw Problem(message: "the PDF's trailer lacks /Size, /Root or startxref") }
        return (size, root, value("/Info") ?? "null", start)
    }

    /// Each page's object number and dictionary without its closing `>>`, in page order, from
    /// Cairo's `N 0 obj` / `<< /Type /Page % P` page objects.
    private static func pages(in bytes: [UInt8]) throws(Problem) -> [(
        object: Int, dictionary: String
    )] {
        var found: [Int: (Int, String)] = [:]
        var search = 0
        while let marker = find("<< /Type /Page % ", in: bytes, from: search) {
            search = marker + 1
            // The line before holds `N 0 obj`.
            var lineStart = marker - 1
            while lineStart > 0 && bytes[lineStart - 1] != 0x0A { lineStart -= 1 }
            let header = text(bytes, lineStart..<max(lineStart, marker - 1))
            let pageText = text(bytes, marker + 17..<min(bytes.count, marker + 27))
            guard header.hasSuffix(" 0 obj"), let number = Int(header.split(separator: " ")[0]),
                let page = Int(pageText.prefix { $0.isNumber }),
                let end = find("\n>>\nendobj", in: bytes, from: marker)
            else { throw Problem(message: "a page object of the PDF could not be read") }
            found[page] = (number, text(bytes, marker..<end) + "\n")
        }
        guard !found.isEmpty, found.keys.sorted() == Array(1...found.count) else {
            throw Problem(message: "the PDF's page objects are not numbered 1…n")
        }
        return (1...found.count).map { found[$0]! }
    }
}
