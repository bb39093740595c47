/// A formula as a tree, read from the MathML that the HTML renderer's TeX parser writes, so the
/// book and the site accept exactly the same TeX and report the same errors.
public indirect enum MathNode: Sendable, Equatable {
    /// Nodes set side by side.
    case row([MathNode])
    /// A variable or function name; single letters are italic, names upright.
    case identifier(String, italic: Bool)
    /// A number, upright.
    case number(String)
    /// An operator, relation or fence, upright, spaced when it is binary.
    case symbol(String)
    /// Text inside math (`\text{…}`), upright.
    case text(String)
    /// Horizontal space in ems.
    case space(Double)
    /// A base with a subscript, a superscript or both.
    case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
    /// A fraction with a horizontal bar.
    case fraction(numerator: MathNode, denominator: MathNode)
    /// A radical with its bar over the radicand, and an optional degree.
    case root(MathNode, degree: MathNode?)
    /// A matrix or array: rows of cells, centred on the math axis.
    case table([[MathNode]])

    /// The TeX of `tex` as a tree, through `MathML.convert`.
    /// - Throws: `MathML.Problem` for TeX the subset does not accept.
    public static func parse(tex: String) throws(MathML.Problem) -> MathNode {
        let markup = try MathML.convert(tex, display: false)
        do {
            var reader = MathMLReader(markup)
            return try reader.read()
        } catch {
            throw MathML.Problem(
                message: "internal MathML could not be read: \(error.message)", offset: 0)
        }
    }
}
