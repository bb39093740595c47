extension LogDirective {
    /// `<<log …>>` decoded (each property reads the option of its name).
    struct Arguments: DirectiveArguments, Decodable {
        /// `of=`, the training whose log is shown.
        let of: ResultReference

        func validate() -> [Diagnostic] { [] }
    }
}
