import CutPlot

/// Writes CutBook's TeX subset as MathML, so pages show math without scripts or network.
///
/// The TeX is parsed by CutPlot's `MathNode.parse` (the one parser pages, the book and plot
/// labels share): letters, numbers, operators, groups, scripts, `\frac`, `\tfrac`, `\dfrac`,
/// `\sqrt`, Greek letters, the symbol table's operators and function names, `\text{…}`,
/// `\mathrm{…}`, `\operatorname{…}`, `\left` / `\right`, spaces and matrices.
enum MathML {
    /// A problem in the TeX, at a character offset into it.
    typealias Problem = TeXProblem

    /// The MathML `<math>` element for `tex`.
    static func convert(_ tex: String, display: Bool) throws(Problem) -> String {
        let mode = display ? "block" : "inline"
        var output = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"\(mode)\">"
        write(try MathNode.parse(tex: tex), inline: !display, to: &output)
        return output + "</math>"
    }

    /// The characters MathML stretches by default (its operator dictionary marks them as
    /// fences).
    static let fences: Set<String> = ["(", ")", "[", "]", "{", "}", "|", "‖"]

    /// Appends the MathML of `node` (whose depth the parser bounds). In `inline` math a fence
    /// is written `stretchy="false"`, unless it is one of a pair around a fraction or a matrix
    /// (`MathNode.growingFences`, the rule the book follows too): a browser stretches a fence
    /// to what its row holds, so the parentheses of `w_x(c_x)` would grow to twice the
    /// line's height around the subscript. Display math keeps MathML's stretching.
    static func write(_ node: MathNode, inline: Bool = false, to output: inout String) {
        func write(_ node: MathNode, to output: inout String) {
            MathML.write(node, inline: inline, to: &output)
        }
        switch node {
        case .row(let nodes):
            output += "<mrow>"
            let growing = Set(MathNode.growingFences(in: nodes).flatMap { [$0.open, $0.close] })
            for (position, child) in nodes.enumerated() {
                if inline, growing.contains(position), case .symbol(let symbol) = child.unwrapped {
                    output += "<mo>\(escape(symbol))</mo>"
                } else {
                    write(child, to: &output)
                }
            }
            output += "</mrow>"
        case .identifier(let name, let italic):
            output += italic ? "<mi>" : "<mi mathvariant=\"normal\">"
            output += escape(name) + "</mi>"
        case .number(let digits): output += "<mn>\(escape(digits))</mn>"
        case .symbol(let symbol):
            output += inline && fences.contains(symbol) ? "<mo stretchy=\"false\">" : "<mo>"
            output += "\(escape(symbol))</mo>"
        case .text(let text): output += "<mtext>\(escape(text))</mtext>"
        case .space(let ems):
            let width = ems == ems.rounded() ? String(Int(ems)) : String(ems)
            output += "<mspace width=\"\(width)em\"/>"
        case .scripts(let base, let sub, let sup):
            let tag = sub == nil ? "msup" : sup == nil ? "msub" : "msubsup"
            output += "<\(tag)>"
            write(base, to: &output)
            if let sub { write(sub, to: &output) }
            if let sup { write(sup, to: &output) }
            output += "</\(tag)>"
        case .fraction(let numerator, let denominator):
            output += "<mfrac>"
            write(numerator, to: &output)
            write(denominator, to: &output)
            output += "</mfrac>"
        case .styled(let inner, let display):
            output += "<mstyle displaystyle=\"\(display)\">"
            write(inner, to: &output)
            output += "</mstyle>"
        case .root(let radicand, let degree):
            output += degree == nil ? "<msqrt>" : "<mroot>"
            write(radicand, to: &output)
            if let degree { write(degree, to: &output) }
            output += degree == nil ? "</msqrt>" : "</mroot>"
        case .table(let rows):
            output += "<mtable>"
            for row in rows {
                output += "<mtr>"
                for cell in row {
                    output += "<mtd>"
                    for child in cell.items { write(child, to: &output) }
                    output += "</mtd>"
                }
                output += "</mtr>"
            }
            output += "</mtable>"
        }
    }

    /// Escapes text for XML.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
