extension LogDirective {
    /// `<<log …>>` decoded.
    struct Arguments: DirectiveArguments {
        /// `of=`, the training whose log is shown.
        let training: String

        init(_ item: ResolvedDirective) throws {
            guard let name = item.names("of").first else {
                throw Messages.unresolved("of", in: item)
            }
            training = name
        }

        func validate() -> [Diagnostic] { [] }
    }
}
