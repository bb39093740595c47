/// `<<export of=net format=onnx>>`: a trained model written to `exports/<name>.onnx` in the
/// output folder, for ONNX Runtime in an analysis framework.
///
/// Its declaration (words, options, defaults and help: the reference is generated from it).
enum ExportDirective: DirectiveKind {
    static var presenter: (any DirectivePresenter.Type)? { ExportPresentation.self }
    static var executor: (any DirectiveExecutor)? { ExportExecutor() }

    /// A sweep member's file is `exports/s.2.onnx` since revision 1 of its name; cache entries
    /// written before hold `exports/s[2].onnx`, so they are not trusted.
    static func resultRevision(
        of item: ResolvedDirective, upstream: () -> [ResolvedDirective]
    ) -> String? {
        item.names("of").contains { $0.contains("[") } ? "member-file-name 1" : nil
    }

    /// The formats `format=` takes.
    static let formats = ["onnx"]

    /// The declaration.
    static let spec = DirectiveSpec(
        summary:
            "Writes a trained model to exports/<name>.onnx (a sweep member s[2]: exports/s.2.onnx): input x (float32, [N, columns] in the data set's column order), output y ([N, 1], the model's raw output).",
        placement: .block, produces: "file",
        words: [],
        options: [
            .of(required: true, "The training whose final parameters are exported."),
            OptionSpec(
                "format", .choice(formats), default: "onnx",
                help:
                    "onnx: an ONNX model (opset 17) of the expression: networks, relaxed cuts, sigmoid and products."
            ),
        ],
        examples: ["<<export of=fit format=onnx>>"])
}
