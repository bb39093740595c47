/// A formula as a tree, parsed once from CutBook's TeX subset and written by the page
/// (MathML), book (PDF) and plot-label writers.
///
/// The tree keeps TeX's grouping: a braced group or the whole formula is a `row`, so a writer
/// that needs the groups (MathML's `<mrow>`) finds them. Its depth is bounded by
/// `MathNode.maximumDepth`, so writers may recurse over it.
public indirect enum MathNode: Sendable, Equatable {
    /// Nodes set side by side: a braced group, a matrix cell or the whole formula.
    case row([MathNode])
    /// A variable, Greek letter, symbol or function name; italic or upright.
    case identifier(String, italic: Bool)
    /// A number, upright.
    case number(String)
    /// An operator, relation or fence, upright.
    case symbol(String)
    /// Text inside math (`\text{…}`), upright, spaces kept.
    case text(String)
    /// Horizontal space in ems (negative for `\!`).
    case space(Double)
    /// A base with a subscript, a superscript or both.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    /// A fraction with a horizontal bar.
    case fraction(numerator: MathNode, denominator: MathNode)
    /// A part set in display or text style (`\dfrac`, `\tfrac`).
    case styled(MathNode, display: Bool)
    /// A radical over the radicand, with an optional degree.
    case root(MathNode, degree: MathNode?)
    /// A matrix: rows of cells, each cell a `row`.
    case table([[MathNode]])

    /// How deeply groups, commands and scripts may nest; deeper TeX is a located error, so
    /// that no parser or writer recursion can run out of stack.
    public static let maximumDepth = 64

    /// The tree of `tex`.
    /// - Throws: `TeXProblem` for TeX outside the subset, located in `tex`.
    public static func parse(tex: String) throws(TeXProblem) -> MathNode {
        var parser = TeXParser(tex)
        return try parser.parseFormula()
    }

    /// The nodes a writer sets in sequence: a row's children, or the node alone.
    public var items: [MathNode] {
        if case .row(let nodes) = self { return nodes }
        return [self]
    }

    /// The node with single-child rows and styles taken off (`{x}` is `x`).
    public var unwrapped: MathNode {
        var node = self
        while true {
            switch node {
            case .row(let nodes) where nodes.count == 1: node = nodes[0]
            case .styled(let inner, _): node = inner
            default: return node
            }
        }
    }
}
