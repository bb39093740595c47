/// The one rule for section anchors, used by the HTML pages (the `id` of each `<h2>` and
/// `<h3>`, and the contents' links to them) and by the PDF book (each heading's destination,
/// `sec-<study>-<anchor>`): the heading's text without tags, lower-cased, its runs of ASCII
/// letters and digits joined by `-` (`section` when there are none), and `-2`, `-3`, … after
/// a name already used in the same study.
struct HeadingAnchors {
    private var used: Set<String> = []

    /// A fresh set: no name used yet.
    init() {}

    /// The anchor of the next heading, whose text is `html` (tags are removed).
    mutating func anchor(forHTML html: String) -> String {
        let slug = Self.slug(of: html)
        var candidate = slug
        var number = 2
        while used.contains(candidate) {
            candidate = "\(slug)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Lower-case ASCII letters and digits of the text (tags removed), words joined by `-`.
    static func slug(of html: String) -> String {
        let words = HTML.removingTags(html).lowercased().split {
            !($0.isLetter || $0.isNumber) || !$0.isASCII
        }
        return words.isEmpty ? "section" : words.joined(separator: "-")
    }
}
