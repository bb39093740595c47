/// Reads the small MathML vocabulary `MathML.convert` writes (`math`, `mrow`, `mi`, `mn`, `mo`,
/// `mtext`, `mspace`, `msub`, `msup`, `msubsup`, `mfrac`, `msqrt`, `mroot`) into a `MathNode`.
struct MathMLReader {
    /// Why the markup could not be read.
    struct Problem: Error {
        var message: String
    }

    private struct Element {
        var name: String
        var attributes: [String: String]
        var children: [Node]
    }

    private enum Node {
        case element(Element)
        case text(String)
    }

    private let characters: [Character]
    private var index = 0

    init(_ markup: String) {
        characters = Array(markup)
    }

    /// The formula.
    mutating func read() throws(Problem) -> MathNode {
        guard case .element(let root)? = try readNode() else {
            throw Problem(message: "expected a <math> element")
        }
        return try convert(root)
    }

    private func convert(_ element: Element) throws(Problem) -> MathNode {
        let children = element.children.compactMap { node -> Element? in
            if case .element(let child) = node { return child }
            return nil
        }
        let text = element.children.map { node -> String in
            if case .text(let string) = node { return string }
            return ""
        }.joined()
        func child(_ position: Int) throws(Problem) -> MathNode {
            guard children.indices.contains(position) else {
                throw Problem(message: "<\(element.name)> needs \(position + 1) children")
            }
            return try convert(children[position])
        }
        switch element.name {
        case "math", "mrow", "mstyle", "mpadded", "semantics", "mtd":
            var nodes: [MathNode] = []
            for child in children { nodes.append(try convert(child)) }
            return nodes.count == 1 ? nodes[0] : .row(nodes)
        case "mi":
            let upright = element.attributes["mathvariant"] == "normal" || text.count > 1
            return .identifier(text, italic: !upright)
        case "mn": return .number(text)
        case "mo": return .symbol(text)
        case "mtext": return .text(text)
        case "mspace":
            let width = element.attributes["width"] ?? "0em"
            return .space(Double(width.replacingOccurrences(of: "em", with: "")) ?? 0)
        case "msub": return .scripts(base: try child(0), sub: try child(1), sup: nil)
        case "msup": return .scripts(base: try child(0), sub: nil, sup: try child(1))
        case "msubsup": return .scripts(base: try child(0), sub: try child(1), sup: try child(2))
        case "mfrac": return .fraction(numerator: try child(0), denominator: try child(1))
        case "msqrt":
            var nodes: [MathNode] = []
            for child in children { nodes.append(try convert(child)) }
            return .root(nodes.count == 1 ? nodes[0] : .row(nodes), degree: nil)
        case "mroot": return .root(try child(0), degree: try child(1))
        case "munder": return .scripts(base: try child(0), sub: try child(1), sup: nil)
        case "mover": return .scripts(base: try child(0), sub: nil, sup: try child(1))
        case "munderover": return .scripts(base: try child(0), sub: try child(1), sup: try child(2))
        case "mtable":
            var rows: [[MathNode]] = []
            for row in children {
                var cells: [MathNode] = []
                for cell in row.children {
                    if case .element(let element) = cell { cells.append(try convert(element)) }
                }
                rows.append(cells)
            }
            return .table(rows)
        default: throw Problem(message: "unexpected element <\(element.name)>")
        }
    }

    private mutating func readNode() throws(Problem) -> Node? {
        guard index < characters.count else { return nil }
        guard characters[index] == "<" else { return .text(readText()) }
        index += 1
        let name = readName()
        var attributes: [String: String] = [:]
        while true {
            skipSpaces()
            guard index < characters.count else { throw Problem(message: "unterminated <\(name)>") }
            if characters[index] == "/" {
                index += 2
                return .element(Element(name: name, attributes: attributes, children: []))
            }
            if characters[index] == ">" {
                index += 1
                break
            }
            let key = readName()
            index += 2  // `="`
            var value = ""
            while index < characters.count, characters[index] != "\"" {
                value.append(characters[index])
                index += 1
            }
            index += 1
            attributes[key] = Self.unescape(value)
        }
        var children: [Node] = []
        while true {
            guard index < characters.count else { throw Problem(message: "missing </\(name)>") }
            if characters[index] == "<", index + 1 < characters.count, characters[index + 1] == "/"
            {
                index += 2
                let closing = readName()
                guard closing == name else {
                    throw Problem(message: "</\(closing)> closes <\(name)>")
                }
                index += 1
                return .element(Element(name: name, attributes: attributes, children: children))
            }
            if let node = try readNode() { children.append(node) }
        }
    }

    private mutating func readName() -> String {
        var name = ""
        while index < characters.count, characters[index].isLetter || characters[index].isNumber {
            name.append(characters[index])
            index += 1
        }
        return name
    }

    private mutating func readText() -> String {
        var text = ""
        while index < characters.count, characters[index] != "<" {
            text.append(characters[index])
            index += 1
        }
        return Self.unescape(text)
    }

    private mutating func skipSpaces() {
        while index < characters.count, characters[index] == " " { index += 1 }
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(
                of: "&amp;", with: "&")
    }
}
