import CutEngine
import CutPlot

/// CutBook: the report pipeline from Markdown with directives to HTML and PDF.
public enum CutBook {
    /// The renderer's version, recorded in every page's provenance.
    public static let version = "0.2.0"
}
