/// One problem found in a report, with the place it was found.
///
/// ```swift
/// do {
///     let options = BuildOptions(reportDirectory: "reports/draft")
///     _ = try await ReportBuilder.build(options, progress: .automatic())
/// } catch let failure as BuildFailure {
///     for diagnostic in failure.diagnostics {
///         print(diagnostic.headline)  // draft/scan.md:3:1: error: unknown directive 'scna'…
///     }
/// }
/// ```
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is; nil for problems that are not in a file (for example a missing folder).
    public var location: SourceLocation?
    /// The directive as written, when the problem is in one.
    public var directive: String?
    /// What is wrong: what was expected and what was found.
    public var message: String
    /// How to fix it (for example "did you mean 'steps'?"), when known.
    public var hint: String?

    /// Creates a diagnostic.
    init(
        location: SourceLocation?, directive: String? = nil, message: String, hint: String? = nil
    ) {
        self.location = location
        self.directive = directive
        self.message = message
        self.hint = hint
    }

    /// The first line: `file:line:col: error: message; hint`.
    public var headline: String {
        var line = ""
        if let location { line += "\(location): " }
        line += "error: \(message)"
        if let hint { line += "; \(hint)" }
        return line
    }

    /// The headline, then the directive with a caret under the column when known.
    public var description: String {
        guard let directive, let location else { return headline }
        let firstLine = directive.split(separator: "\n", omittingEmptySubsequences: false).first
        return headline + "\n    " + String(firstLine ?? "")
    }

    /// The GitHub Actions annotation for this problem.
    public var githubAnnotation: String {
        var properties: [String] = []
        if let location {
            properties = [
                "file=\(location.file)", "line=\(location.line)", "col=\(location.column)",
            ]
        }
        let text = (message + (hint.map { "; \($0)" } ?? ""))
            .replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\n", with: "%0A")
        let head = properties.isEmpty ? "::error" : "::error " + properties.joined(separator: ",")
        return head + "::" + text
    }
}

/// Every problem a build found, reported together.
///
/// ```swift
/// do {
///     _ = try ReportBuilder.status(reportDirectory: "reports/draft")
/// } catch let failure as BuildFailure {
///     print(failure)  // every problem, then "2 errors; nothing was written"
/// }
/// ```
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// The problems, in the order of the sources.
    public var diagnostics: [Diagnostic]

    /// Creates a failure from at least one diagnostic.
    init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// All problems, one block each, then a count.
    public var description: String {
        let count = diagnostics.count
        let summary = "\(count) error\(count == 1 ? "" : "s"); nothing was written"
        return (diagnostics.map(\.description) + [summary]).joined(separator: "\n")
    }
}

/// Collects diagnostics while a stage runs, so every problem is reported, not only the first.
struct DiagnosticBag {
    private(set) var diagnostics: [Diagnostic] = []

    mutating func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    mutating func add(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    var isEmpty: Bool { diagnostics.isEmpty }

    /// Throws a `BuildFailure` when anything was collected.
    func throwIfAny() throws {
        if !diagnostics.isEmpty { throw BuildFailure(diagnostics) }
    }
}
