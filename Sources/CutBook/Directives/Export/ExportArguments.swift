extension ExportDirective {
    /// `<<export …>>` decoded (each property reads the option of its name).
    struct Arguments: DirectiveArguments, Decodable {
        /// `of=`, the training exported.
        let of: ResultReference
        /// `format=` (only `onnx` today).
        let format: String

        /// Where the file goes in the output folder: `exports/<training>.<format>`.
        var path: String { "exports/\(of.name).\(format)" }

        func validate() -> [Diagnostic] { [] }
    }
}
