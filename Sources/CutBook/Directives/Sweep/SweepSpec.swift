/// The result of a sweep (`<<train … seeds=1..10 as=s>>`, `sweep="lr=…"`): not a verb anyone
/// writes, but the node the validator adds after a sweep's members, which gathers them.
///
/// It is not cached: it only collects the members' cached results and their statistics, so it
/// is derived again in every build that reads it, as are the directives that read it (see
/// `ExecutionPlan.derived`). That keeps each member a result of its own, which shards spread.
enum SweepDirective: DirectiveKind {
    static let isCached = false
    static let isWritten = false
    static var executor: (any DirectiveExecutor)? { SweepExecutor() }

    /// The declaration (internal: the reference lists only the verbs one writes).
    static let spec = DirectiveSpec(
        summary: "Gathers a sweep's members and their statistics.",
        placement: .block, produces: "sweep",
        words: [],
        options: [
            .name,
            .of(required: true, "The members, in order."),
            OptionSpec("option", .text, required: true, help: "The option the members vary."),
            OptionSpec("values", .text, required: true, help: "Each member's value."),
        ],
        examples: [])

    /// The node that gathers `members` (named `name[1]`, …) of the sweep `axis` written as
    /// `written`.
    static func gathering(
        _ members: [String], as name: String, axis: SweepAxis, id: String, study: String,
        written: Directive
    ) -> ResolvedDirective {
        ResolvedDirective(
            id: id, study: study, directive: written, verb: .sweep, words: [:],
            options: [
                "as": .text(name), "of": .names(members), "option": .text(axis.option),
                "values": .names(axis.members.map(\.value)),
            ],
            inputs: members)
    }
}

/// Collects the members' trainings, in order, into a `SweepResult`.
struct SweepExecutor: DirectiveExecutor {
    func execute(_ directive: ResolvedDirective, inputs: ExecutionInputs, context: ExecutionContext)
        throws -> ResultValue
    {
        let members = directive.names("of")
        let records = try members.map { try inputs.training($0, in: directive) }
        let result = SweepResult(
            name: directive.resultName ?? "", option: directive.text("option") ?? "",
            values: directive.names("values"), members: members, records: records)
        return .object(EngineObject(kind: SweepResult.kind, payload: result))
    }
}
