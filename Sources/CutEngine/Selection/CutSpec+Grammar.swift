/// The selection grammar as a table: every way a comparison is written, what it means and an
/// example, the source of the selection section of `docs/model-grammar.md`. A test parses each
/// example and checks it gives the operator listed, so the table and `CutSpecParser` agree.
extension CutSpec {
    /// One written form of a comparison.
    public struct Form: Sendable {
        /// The form, with `x` for a column, `c` for a number and `w` for a width.
        public let written: String
        /// The operator it parses to.
        public let op: CutOperator
        /// What it means.
        public let meaning: String
        /// A selection using it.
        public let example: String
    }

    /// Every form, in the order the reference lists them.
    public static let forms: [Form] = [
        Form(
            written: "x > c", op: .greater, meaning: "a lower cut: keep events above c",
            example: "pt > 40"),
        Form(
            written: "x < c", op: .less, meaning: "an upper cut: keep events below c",
            example: "mass < 150"),
        Form(
            written: "abs(x) < c", op: .absLess,
            meaning: "a cut on the absolute value: keep −c < x < c", example: "abs(eta) < 2.4"),
        Form(
            written: "abs(x) > c", op: .absGreater,
            meaning: "keep |x| above c (a forward region)", example: "abs(eta) > 1.5"),
        Form(
            written: "a < x < b", op: .window,
            meaning:
                "a window with two trained edges, low then high; a < b, and not on abs(…) (write two cuts instead)",
            example: "100 < mass < 150"),
        Form(
            written: "c < x", op: .greater,
            meaning: "the number first: the same as x > c (and `c > x` is x < c)",
            example: "40 < pt"),
    ]

    /// What a width is and which one is the default, for the reference; its numbers come from
    /// `derivedWidthFraction`, the value `resolvingWidths(in:)` uses.
    public static var widthRule: String {
        let share = Int((1 / derivedWidthFraction).rounded())
        return
            "Each cut is relaxed over a width in its own column's units: the relaxation is applied to (x − c)/w, so a sigmoid cut's weight goes from 27% to 73% between c − w and c + w. Write it after `~` (`pt > 40 ~ 5`, `abs(eta) < 2 ~ 0.1`; it must be > 0). When it is not written the default is one \(share == 10 ? "tenth" : "1/\(share)") of the standard deviation of what the cut compares, over all events of the training data (unweighted; of |x| for abs(…)): scale-free, so a cut on a [0, 1] score and a cut on a pT in GeV are relaxed alike, narrow enough that the relaxed selection is close to the hard one, and wide enough that events near the cut feel the gradient. A `hard` relaxation has no width."
    }
}
