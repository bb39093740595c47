/// CutPlot: publication-quality figures drawn with Cairo and Pango.
public enum CutPlot {
    /// The plotting library's version; part of every figure's cache key.
    public static let version = "0.1.0"
}
