/// Errors CutPlot throws. Each message says what is wrong and how to fix it.
public enum PlotError: Error, Equatable, CustomStringConvertible {
    /// A name (colormap, line style, marker, colour) that CutPlot does not know.
    case unknownName(kind: String, name: String, valid: [String])
    /// Cairo reported a failure.
    case cairo(operation: String, status: String)
    /// A file could not be written.
    case cannotWrite(path: String, reason: String)
    /// Inputs whose sizes must agree do not.
    case mismatchedLengths(what: String, expected: Int, found: Int)
    /// A parameter outside its valid range.
    case invalidParameter(name: String, value: String, expected: String)
    /// Label markup whose `$…$` math is outside the TeX subset, at a character offset into the
    /// markup.
    case invalidMath(markup: String, message: String, offset: Int)

    public var description: String {
        switch self {
        case .unknownName(let kind, let name, let valid):
            return "unknown \(kind) '\(name)': use one of \(valid.joined(separator: ", "))"
        case .cairo(let operation, let status):
            return "Cairo failed in \(operation): \(status)"
        case .cannotWrite(let path, let reason):
            let cause = reason.hasSuffix(".") ? String(reason.dropLast()) : reason
            return "cannot write '\(path)': \(cause); check that the folder exists and is writable"
        case .mismatchedLengths(let what, let expected, let found):
            return
                "\(what): expected \(expected) values, found \(found); give arrays of equal length"
        case .invalidParameter(let name, let value, let expected):
            return "invalid \(name) \(value): expected \(expected)"
        case .invalidMath(let markup, let message, let offset):
            return "math in label '\(markup)' at character \(offset + 1): \(message)"
        }
    }
}

extension CaseIterable where Self: RawRepresentable, Self.RawValue == String {
    /// The case whose raw value is `name`, ignoring letter case: the one lookup behind the
    /// `init(named:)` of CutPlot's named enumerations.
    /// - Throws: `PlotError.unknownName` with `kind` and the valid names.
    static func named(_ name: String, kind: String) throws -> Self {
        let key = name.lowercased()
        guard let found = allCases.first(where: { $0.rawValue.lowercased() == key }) else {
            throw PlotError.unknownName(kind: kind, name: name, valid: allCases.map(\.rawValue))
        }
        return found
    }
}
