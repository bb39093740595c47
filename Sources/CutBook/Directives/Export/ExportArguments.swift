extension ExportDirective {
    /// `<<export …>>` decoded.
    struct Arguments: DirectiveArguments {
        /// `of=`, the training exported.
        let training: String
        /// `format=` (only `onnx` today).
        let format: String

        init(_ item: ResolvedDirective) throws {
            guard let name = item.names("of").first else {
                throw Messages.unresolved("of", in: item)
            }
            training = name
            format = try item.requiredText("format")
        }

        /// Where the file goes in the output folder: `exports/<training>.<format>`.
        var path: String { "exports/\(training).\(format)" }

        func validate() -> [Diagnostic] { [] }
    }
}
