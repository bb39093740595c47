import Foundation

/// Turns a study's Markdown into Markdown with placeholders plus the directives, math spans and
/// cross-references it contained, each with its source location.
///
/// Rules, in the order they apply to each line:
/// 1. Inside a code block — fenced, or indented where CommonMark makes it code, as cmark-gfm
///    finds it (`CodeBlockLines`) — every line is literal text.
/// 2. A line holding only a directive (which may continue over several lines until `>>`) is a
///    block directive; `<<include file.md>>` is replaced by that file's scanned contents.
/// 3. A line holding only `$$` opens display math, closed by the next such line.
/// 4. Otherwise the line is scanned for code spans (literal), `\<<` (a literal `<<`),
///    inline directives, `$$…$$` and `$…$` math and `@fig:label`/`@tab:label` references.
struct StudyScanner {
    /// The files the report may read; included files are looked up there.
    let files: ReportFiles
    /// The name shown in locations for files of this report (the folder's name).
    var displayPrefix: String { files.displayName }
    /// The placeholder prefix, unique within every file scanned.
    let prefix: String

    private(set) var markdown = ""
    private(set) var directives: [Directive] = []
    private(set) var math: [MathSpan] = []
    private(set) var references: [CrossReference] = []
    private(set) var diagnostics = DiagnosticBag()
    private var includeStack: [String] = []

    init(files: ReportFiles, prefix: String) {
        self.files = files
        self.prefix = prefix
    }

    /// Scans `text`, the contents of `file` (a path relative to the report folder). Line endings
    /// may be `\n`, `\r\n` or `\r`, and a byte-order mark is skipped.
    mutating func scan(text rawText: String, file: String) {
        includeStack.append(file)
        defer { includeStack.removeLast() }
        let text = ReportFiles.normalizedText(rawText)
        let shownFile = displayPrefix.isEmpty ? file : "\(displayPrefix)/\(file)"
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        let codeLines = CodeBlockLines.lines(in: text)
        var lineIndex = 0
        while lineIndex < lines.count {
            let line = lines[lineIndex]
            let lineNumber = lineIndex + 1
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            if codeLines.contains(lineNumber) {
                emitLine(line)
                lineIndex += 1
                continue
            }
            let trimmed = String(body).trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("<<") {
                lineIndex = scanBlockDirective(
                    lines: lines, from: lineIndex, indent: indent, file: shownFile)
                continue
            }
            if trimmed == "$$" {
                lineIndex = scanDisplayMath(lines: lines, from: lineIndex, file: shownFile)
                continue
            }
            var inline = InlineScanner(
                characters: line,
                location: SourceLocation(file: shownFile, line: lineNumber, column: 1))
            inline.scan(into: &self)
            emitLine(inline.output)
            lineIndex += 1
        }
    }

    /// Handles a line starting with `<<`; returns the index of the next line to scan.
    private mutating func scanBlockDirective(
        lines: [[Character]], from start: Int, indent: Int, file: String
    ) -> Int {
        var characters: [Character] = Array(lines[start].dropFirst(indent))
        var last = start
        while !String(characters).contains(">>") && last + 1 < lines.count {
            last += 1
            characters.append("\n")
            characters.append(contentsOf: lines[last])
        }
        let location = SourceLocation(file: file, line: start + 1, column: indent + 1)
        let text = String(characters)
        guard let close = text.range(of: ">>") else {
            diagnostics.add(Messages.unterminatedDirective(at: location, in: text))
            return lines.count
        }
        let after = text[close.upperBound...]
        if !after.allSatisfy(\.isWhitespace) {
            // Text follows the directive on the same line: it is inline, part of a paragraph.
            var inline = InlineScanner(
                characters: lines[start], location: location.advanced(by: -indent))
            inline.scan(into: &self)
            emitLine(inline.output)
            return start + 1
        }
        let directiveCharacters = Array(text[..<close.upperBound])
        let parser = DirectiveParser(characters: directiveCharacters, start: location)
        switch parser.parse(isBlock: true) {
        case .failure(let diagnostic):
            diagnostics.add(diagnostic)
        case .success(let directive) where directive.verb == Verb.include.rawValue:
            include(directive)
        case .success(let directive):
            emitBlock(directive: directive, indent: indent)
        }
        return last + 1
    }

    private mutating func scanDisplayMath(lines: [[Character]], from start: Int, file: String)
        -> Int
    {
        var tex: [String] = []
        var index = start + 1
        while index < lines.count {
            if String(lines[index]).trimmingCharacters(in: .whitespaces) == "$$" {
                let location = SourceLocation(file: file, line: start + 1, column: 1)
                let token = addMath(
                    MathSpan(tex: tex.joined(separator: "\n"), isDisplay: true, location: location))
                emitLine(Array("\n" + token + "\n"))
                return index + 1
            }
            tex.append(String(lines[index]))
            index += 1
        }
        diagnostics.add(
            Messages.unterminatedMath(at: SourceLocation(file: file, line: start + 1, column: 1)))
        return lines.count
    }

    private mutating func include(_ directive: Directive) {
        guard directive.words.count == 1, directive.options.isEmpty else {
            diagnostics.add(Messages.includeNeedsOneFile(directive))
            return
        }
        let path = directive.words[0].text
        if includeStack.contains(path) {
            diagnostics.add(Messages.includeCycle(directive, chain: includeStack + [path]))
            return
        }
        let url: URL
        switch files.locate(path, at: directive.words[0].location, for: .include) {
        case .failure(let diagnostic):
            var located = diagnostic
            located.directive = directive.text
            diagnostics.add(located)
            return
        case .success(let found):
            url = found
        }
        guard let text = ReportFiles.text(at: url) else {
            diagnostics.add(Messages.includeMissing(directive, path: path))
            return
        }
        scan(text: text, file: path)
    }

    // MARK: Output

    mutating func emitLine(_ characters: [Character]) {
        markdown += String(characters)
        markdown += "\n"
    }

    private mutating func emitBlock(directive: Directive, indent: Int) {
        let token = addDirective(directive)
        let pad = String(repeating: " ", count: indent)
        markdown += "\n\(pad)\(token)\n\n"
    }

    mutating func addDirective(_ directive: Directive) -> String {
        directives.append(directive)
        return Placeholder.token(prefix: prefix, kind: .directive, index: directives.count - 1)
    }

    mutating func addMath(_ span: MathSpan) -> String {
        math.append(span)
        return Placeholder.token(prefix: prefix, kind: .math, index: math.count - 1)
    }

    mutating func addReference(_ reference: CrossReference) -> String {
        references.append(reference)
        return Placeholder.token(prefix: prefix, kind: .reference, index: references.count - 1)
    }

    mutating func addDiagnostic(_ diagnostic: Diagnostic) {
        diagnostics.add(diagnostic)
    }
}
