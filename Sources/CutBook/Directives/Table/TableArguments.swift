import Foundation

extension TableDirective {
    /// `<<table …>>` decoded (each property reads the word or option of its name).
    struct Arguments: DirectiveArguments, Decodable {
        /// The directive as written, for locations.
        let written: Directive
        /// The kind word: result, softmax or selection.
        let kind: String
        /// `of=`, the result shown (validation asks for exactly one).
        let of: [String]
        /// `rows=`: all, or ends (the first and last five rows).
        let rows: String
        /// `a=` and `b=` of a softmax table.
        let a: [Double]?
        let b: [Double]?
        /// `on=`, the data set of a selection table.
        let on: [String]
        /// `sigma_b=`, the relative background uncertainty of a selection table's Z_A.
        let sigmaB: Double?
        /// `fields=` of a compare table, as written (comma-separated).
        let fields: String?
        /// `reference=` of a compare table: one number per field.
        let reference: [Double]?

        /// The kind `softmax` compares two vectors; otherwise `of=` is shown.
        var isSoftmax: Bool { kind == "softmax" }
        /// The kind `selection`: the training `of=` evaluated on the data set `on=`.
        var isSelection: Bool { kind == "selection" }
        /// The kind `compare`: reference numbers placed among a sweep's members.
        var isComparison: Bool { kind == "compare" }
        /// `fields=` split at its commas.
        var comparedFields: [String] {
            (fields ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        /// `rows=ends`: only the first and last five rows.
        var showsEndsOnly: Bool { rows == "ends" }

        func validate() -> [Diagnostic] {
            var check = RuleCheck(written)
            if isSoftmax {
                check.require(
                    a?.count == b?.count && a != nil, "softmax needs a= and b= of the same length")
            } else {
                check.require(of.count == 1, "needs of= naming one result")
            }
            if isSelection {
                check.require(on.count == 1, "selection needs on= naming one data set")
            }
            if isComparison {
                check.require(
                    fields != nil && reference != nil,
                    "compare needs fields= and reference=, one number per field (fields=loss reference=439072.69)"
                )
                if let given = reference, let option = written.option("reference"),
                    given.count != comparedFields.count
                {
                    check.fail(
                        "compare has \(comparedFields.count) field(s) in fields= but \(given.count) number(s) in reference=; give one per field",
                        at: option.valueLocation)
                }
            }
            return check.problems
        }
    }
}
