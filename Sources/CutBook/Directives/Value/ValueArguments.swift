extension ValueDirective {
    /// `<<value …>>` decoded.
    struct Arguments: DirectiveArguments {
        /// The result and field read, e.g. `brute.argmax`.
        let field: String

        init(_ item: ResolvedDirective) throws {
            field = try item.requiredText("field")
        }

        func validate() -> [Diagnostic] { [] }
    }
}
