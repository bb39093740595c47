/// Reading one number out of a result, as `value` and `assert` do (`brute.argmax`).
extension ResultValue {
    /// Why a field cannot be read.
    enum FieldProblem: Error, Equatable {
        /// No such field; the fields there are.
        case unknown(available: [String])
        /// The field is an array and needs `[index]`, or the index is out of range.
        case index(count: Int)
    }

    /// The number at `path` (its `field` and `index`; the result name is ignored), looked up
    /// in `fields`, the rules of `ResultField`.
    func number(at path: FieldPath) -> Result<Double, FieldProblem> {
        let reading = fields[path.field]
        switch (reading, path.index) {
        case (.number(let value)?, nil): return .success(value)
        case (.array(let values)?, nil): return .failure(.index(count: values.count))
        case (.array(let values)?, let index?):
            guard values.indices.contains(index) else {
                return .failure(.index(count: values.count))
            }
            return .success(values[index])
        default: return .failure(.unknown(available: fieldNames))
        }
    }

    /// Every field name, arrays written `name[i]`, the evaluated ones (`output.min`)
    /// included, sorted.
    var fieldNames: [String] {
        let read = fields.map { name, reading -> String in
            switch reading {
            case .number: return name.isEmpty ? "(the value itself)" : name
            case .array: return "\(name)[i]"
            }
        }
        return (read + ResultField.evaluatedNames(of: kindName)).sorted()
    }
}
