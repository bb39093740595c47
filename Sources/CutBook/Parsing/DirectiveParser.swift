/// Parses the inside of one `<<verb words key=value key="quoted value">>` directive.
///
/// Words and options are separated by white space (a block directive may span several lines).
/// A value is either bare (up to the next white space or `>>`) or double-quoted, where `\"` and
/// `\\` stand for a quote and a backslash (any other backslash is kept, so TeX such as
/// `"$S/\sqrt{B}$"` needs no doubling).
struct DirectiveParser {
    /// The directive's characters from the opening `<<` to the closing `>>`, both included.
    let characters: [Character]
    /// Where `characters[0]` is.
    let start: SourceLocation

    /// Parses the directive or returns the diagnostics explaining why it cannot be parsed.
    func parse(isBlock: Bool) -> Result<Directive, Diagnostic> {
        let text = String(characters)
        var tokens:
            [(
                text: String, location: SourceLocation, characterLocations: [SourceLocation],
                quoted: Bool, valueStart: Int?
            )] = []
        var index = 2
        var location = start.advanced(by: 2)
        let end = characters.count - 2

        func step() {
            if characters[index] == "\n" {
                location = SourceLocation(file: location.file, line: location.line + 1, column: 1)
            } else {
                location = location.advanced(by: 1)
            }
            index += 1
        }

        while index < end {
            if characters[index].isWhitespace {
                step()
                continue
            }
            let tokenLocation = location
            var token = ""
            // Where each character of `token` is written (an escape at its backslash).
            var characterLocations: [SourceLocation] = []
            var quoted = false
            var valueStart: Int?
            while index < end && !characters[index].isWhitespace {
                let character = characters[index]
                if character == "\"" {
                    quoted = true
                    let quoteLocation = location
                    step()
                    var closed = false
                    while index < end {
                        let inner = characters[index]
                        if inner == "\\" && index + 1 < end
                            && (characters[index + 1] == "\"" || characters[index + 1] == "\\")
                        {
                            characterLocations.append(location)
                            step()
                            token.append(characters[index])
                            step()
                        } else if inner == "\"" {
                            step()
                            closed = true
                            break
                        } else {
                            characterLocations.append(location)
                            token.append(inner)
                            step()
                        }
                    }
                    if !closed {
                        return .failure(Messages.unterminatedQuote(at: quoteLocation, in: text))
                    }
                } else {
                    if character == "=" && valueStart == nil && !quoted {
                        valueStart = token.count + 1
                    }
                    characterLocations.append(location)
                    token.append(character)
                    step()
                }
            }
            tokens.append((token, tokenLocation, characterLocations, quoted, valueStart))
        }

        guard let first = tokens.first else {
            return .failure(Messages.emptyDirective(at: start, in: text))
        }
        if first.valueStart != nil || first.quoted {
            return .failure(Messages.missingVerb(found: first.text, at: first.location, in: text))
        }
        var directive = Directive(
            verb: first.text, words: [], options: [], location: start,
            verbLocation: first.location, isBlock: isBlock, text: text)
        for token in tokens.dropFirst() {
            if let valueStart = token.valueStart {
                let key = String(token.text.prefix(valueStart - 1))
                let value = String(token.text.dropFirst(valueStart))
                if key.isEmpty {
                    return .failure(Messages.missingKey(at: token.location, in: text))
                }
                directive.options.append(
                    .init(
                        key: key, value: value, keyLocation: token.location,
                        valueLocation: token.location.advanced(by: valueStart),
                        valueCharacterLocations: Array(
                            token.characterLocations.dropFirst(valueStart))))
            } else {
                directive.words.append(.init(text: token.text, location: token.location))
            }
        }
        return .success(directive)
    }
}
