/// Scans one line of prose: code spans are copied literally, `\<<` becomes a literal `<<`,
/// and inline directives, math and cross-references become placeholders.
struct InlineScanner {
    let characters: [Character]
    /// Where `characters[0]` is.
    let location: SourceLocation
    private(set) var output: [Character] = []

    init(characters: [Character], location: SourceLocation) {
        self.characters = characters
        self.location = location
    }

    mutating func scan(into study: inout StudyScanner) {
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "`" {
                index = copyCodeSpan(from: index)
            } else if character == "\\" && index + 1 < characters.count {
                let next = characters[index + 1]
                if next == "<" && index + 2 < characters.count && characters[index + 2] == "<" {
                    output.append(contentsOf: #"\<\<"#)
                    index += 3
                } else {
                    output.append(contentsOf: [character, next])
                    index += 2
                }
            } else if character == "<" && next(index) == "<" {
                index = scanDirective(from: index, into: &study)
            } else if character == "$" {
                index = scanMath(from: index, into: &study)
            } else if character == "@" && isReferenceStart(index) {
                index = scanReference(from: index, into: &study)
            } else {
                output.append(character)
                index += 1
            }
        }
    }

    private func next(_ index: Int) -> Character? {
        index + 1 < characters.count ? characters[index + 1] : nil
    }

    /// A backtick run opens a code span closed by the next run of the same length; without one
    /// the backticks are literal (CommonMark's rule).
    private mutating func copyCodeSpan(from start: Int) -> Int {
        let run = characters[start...].prefix { $0 == "`" }.count
        var index = start + run
        while index < characters.count {
            if characters[index] == "`" {
                let closing = characters[index...].prefix { $0 == "`" }.count
                if closing == run {
                    output.append(contentsOf: characters[start..<(index + closing)])
                    return index + closing
                }
                index += closing
            } else {
                index += 1
            }
        }
        output.append(contentsOf: characters[start..<(start + run)])
        return start + run
    }

    private mutating func scanDirective(from start: Int, into study: inout StudyScanner) -> Int {
        let here = location.advanced(by: start)
        var index = start + 2
        var inQuote = false
        while index + 1 < characters.count {
            let character = characters[index]
            if character == "\\" && inQuote {
                index += 2
                continue
            }
            if character == "\"" { inQuote.toggle() }
            if !inQuote && character == ">" && characters[index + 1] == ">" {
                let slice = Array(characters[start...(index + 1)])
                let parser = DirectiveParser(characters: slice, start: here)
                switch parser.parse(isBlock: false) {
                case .success(let directive):
                    output.append(contentsOf: study.addDirective(directive))
                case .failure(let diagnostic):
                    study.addDiagnostic(diagnostic)
                }
                return index + 2
            }
            index += 1
        }
        study.addDiagnostic(
            Messages.unterminatedDirective(at: here, in: String(characters[start...])))
        return characters.count
    }

    /// `$$…$$` is display math, `$…$` inline math when the opening dollar is followed by a
    /// non-space and the closing one preceded by a non-space and not followed by a digit
    /// (so that "$5 and $6" stays text).
    private mutating func scanMath(from start: Int, into study: inout StudyScanner) -> Int {
        let here = location.advanced(by: start)
        let display = next(start) == "$"
        let open = display ? 2 : 1
        var index = start + open
        guard index < characters.count, !characters[index].isWhitespace else {
            output.append(contentsOf: characters[start..<index])
            return index
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\\" {
                index += 2
                continue
            }
            if character == "$" {
                let closes = display ? (next(index) == "$") : true
                let before = characters[index - 1]
                let after = index + open < characters.count ? characters[index + open] : nil
                if closes && !before.isWhitespace && !(after?.isNumber ?? false) {
                    let tex = String(characters[(start + open)..<index])
                    let span = MathSpan(tex: tex, isDisplay: display, location: here)
                    output.append(contentsOf: study.addMath(span))
                    return index + open
                }
            }
            index += 1
        }
        output.append(contentsOf: characters[start..<(start + open)])
        return start + open
    }

    private func isReferenceStart(_ index: Int) -> Bool {
        if index > 0 {
            let before = characters[index - 1]
            if before.isLetter || before.isNumber { return false }
        }
        let rest = String(characters[(index + 1)...].prefix(4))
        return rest == "fig:" || rest == "tab:"
    }

    private mutating func scanReference(from start: Int, into study: inout StudyScanner) -> Int {
        let kind = String(characters[(start + 1)..<(start + 4)])
        var end = start + 5
        while end < characters.count, Self.isLabelCharacter(characters[end]) { end += 1 }
        // A trailing dot or dash ends the sentence, not the label.
        while end > start + 5, characters[end - 1] == "." || characters[end - 1] == "-" { end -= 1 }
        guard end > start + 5 else {
            output.append(characters[start])
            return start + 1
        }
        let label = String(characters[(start + 5)..<end])
        let reference = CrossReference(
            kind: kind, label: label, location: location.advanced(by: start))
        output.append(contentsOf: study.addReference(reference))
        return end
    }

    static func isLabelCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "-" || character == "_"
            || character == "."
    }
}
