/// A problem in TeX math, at a character offset into it, with a hint when one helps.
public struct TeXProblem: Error, Equatable, Sendable {
    /// What is wrong.
    public var message: String
    /// The offset, in characters, into the TeX.
    public var offset: Int
    /// How to fix it (for an unknown command, the nearest known one), or nil.
    public var hint: String?

    /// Creates a problem.
    public init(message: String, offset: Int, hint: String? = nil) {
        self.message = message
        self.offset = offset
        self.hint = hint
    }
}
