/// How the book is set: paper size and the fixed date written into the PDF.
///
/// ```swift
/// var options = BuildOptions(reportDirectory: "reports/workshop")
/// options.formats = ["pdf"]
/// options.paper = try BookOptions.Paper(named: "letter")
/// ```
public struct BookOptions: Sendable, Equatable {
    /// A paper size in points (1/72 inch).
    ///
    /// ```swift
    /// let paper = try BookOptions.Paper(named: "a4")  // throws for names other than a4 and letter
    /// ```
    public enum Paper: String, Sendable, CaseIterable {
        /// ISO A4, 210 × 297 mm.
        case a4
        /// US Letter, 8.5 × 11 in.
        case letter

        /// Width and height in points.
        var size: (width: Double, height: Double) {
            switch self {
            case .a4: return (595.276, 841.890)
            case .letter: return (612, 792)
            }
        }

        /// The paper named `name` (`a4`, `letter`, any case).
        /// - Throws: `BookError.unknownPaper`.
        public init(named name: String) throws {
            guard let paper = Paper(rawValue: name.lowercased()) else {
                throw BookError.unknownPaper(name)
            }
            self = paper
        }
    }

    /// The paper size; A4 unless asked otherwise.
    public var paper: Paper = .a4
    /// The creation date written into the PDF, fixed so that the same report gives the same bytes.
    var date = "2000-01-01T00:00:00Z"

    /// Options with A4 paper.
    init(paper: Paper = .a4) {
        self.paper = paper
    }
}
