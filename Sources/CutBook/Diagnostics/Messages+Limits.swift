import CutEngine

extension Messages {
    /// report.yml's `defaults.seed` is an integer outside the 32-bit range.
    static func seedOutOfRange(_ seed: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            location: location,
            message: "'seed' is \(seed), out of range: expected \(Limits.seedSummary)",
            hint: "random streams take a 32-bit seed, as numpy's RandomState does")
    }

    /// A model whose training would need more memory than the limit.
    static func modelTooLarge(_ estimate: MemoryEstimate, location: SourceLocation?)
        -> ExecutionError
    {
        ExecutionError(
            "the model would need \(estimate.summary)", location: location,
            hint: "use fewer or narrower network layers")
    }

    /// One draw of `draws=` that would need more memory than the limit.
    static func drawTooLarge(_ draw: String, estimate: MemoryEstimate, most: Int) -> String {
        "draw '\(draw)' would need \(estimate.summary): draw at most \(most) events"
    }

    /// The draws of `draws=` together would need more memory than the limit.
    static func drawsTooLarge(_ estimate: MemoryEstimate) -> String {
        "the draws together would need \(estimate.summary): draw fewer events"
    }

    /// A scan surface whose grid would need more memory than the limit.
    static func surfaceTooLarge(_ estimate: MemoryEstimate, most: Int) -> String {
        "a surface of these steps would need \(estimate.summary): use steps=\(most) or fewer"
    }
}

extension Messages {
    /// Markdown nested deeper than the book walks (block quotes, lists, emphasis).
    static func markdownTooDeep(at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            location: location,
            message:
                "Markdown nests more than \(MarkdownDepth.limit) levels deep here (block quotes, lists or emphasis inside each other)",
            hint: "flatten the nesting to at most \(MarkdownDepth.limit) levels")
    }

    /// A caption whose inline Markdown nests deeper than the book walks.
    static func captionTooDeep(in file: String) -> Diagnostic {
        Diagnostic(
            location: nil,
            message:
                "\(file): a caption's Markdown nests more than \(MarkdownDepth.limit) levels deep (emphasis or links inside each other)",
            hint: "flatten the caption's emphasis to at most \(MarkdownDepth.limit) levels")
    }
}
