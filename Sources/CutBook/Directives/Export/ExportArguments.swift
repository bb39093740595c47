extension ExportDirective {
    /// `<<export …>>` decoded (each property reads the option of its name).
    struct Arguments: DirectiveArguments, Decodable {
        /// `of=`, the training exported.
        let of: ResultReference
        /// `format=` (only `onnx` today).
        let format: String

        /// Where the file goes in the output folder: `exports/<training>.<format>`; a sweep's
        /// member `s[2]` goes to `exports/s.2.onnx` (brackets are patterns to a shell, and a
        /// result name has no dot, so that names no other training's file).
        var path: String {
            let stem = of.name.replacingOccurrences(of: "[", with: ".")
                .replacingOccurrences(of: "]", with: "")
            return "exports/\(stem).\(format)"
        }

        func validate() -> [Diagnostic] { [] }
    }
}
