import CutEngine
import CutPlot

/// CutBook: the report pipeline from Markdown with directives to HTML and PDF.
///
/// ```swift
/// print("rendered by CutBook \(CutBook.version)")
/// ```
public enum CutBook {
    /// The renderer's version, recorded in every page's provenance.
    public static let version = "0.2.0"
}
