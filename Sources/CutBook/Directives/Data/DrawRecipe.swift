import CutEngine

/// The `draws=` of `<<data sample>>`: which distributions to draw from one random stream, in
/// order, and whether each draw is signal, background or skipped (drawn and thrown away to move
/// the stream along, as the seed notebooks did).
///
/// Grammar: `draw (';' draw)*`, `draw = role ':' dist 'x' count`, `role = signal | background |
/// skip`, `dist = normal(mu, sigma) | mvn(mx, my; cxx, cxy, cyx, cyy)`.
struct DrawRecipe: Sendable, Equatable {
    enum Role: String, Sendable {
        case signal, background, skip
    }

    enum Distribution: Sendable, Equatable {
        case normal(mu: Double, sigma: Double)
        case multivariateNormal(mean: [Double], covariance: [[Double]])

        var dimension: Int {
            switch self {
            case .normal: return 1
            case .multivariateNormal(let mean, _): return mean.count
            }
        }
    }

    struct Draw: Sendable, Equatable {
        var role: Role
        var distribution: Distribution
        var count: Int
        /// The draw as written, for messages.
        var text: String
    }

    struct Problem: Error {
        var message: String
    }

    var draws: [Draw]

    /// The number of columns of the drawn data (every kept draw must agree).
    var dimension: Int { draws.first { $0.role != .skip }?.distribution.dimension ?? 1 }

    static func parse(_ text: String) throws(Problem) -> DrawRecipe {
        var draws: [Draw] = []
        for part in splitOutsideParentheses(text, separator: ";") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw Problem(
                    message: "'\(trimmed)' needs role:dist xN, e.g. signal:normal(5,1)x1000")
            }
            let roleText = String(trimmed[..<colon])
            guard let role = Role(rawValue: roleText) else {
                let hint = NearestName.nearest(to: roleText, in: ["signal", "background", "skip"])
                throw Problem(
                    message: "unknown role '\(roleText)': expected signal, background or skip"
                        + (hint.map { " (did you mean '\($0)'?)" } ?? ""))
            }
            let rest = trimmed[trimmed.index(after: colon)...]
            guard let close = rest.lastIndex(of: ")"),
                rest[rest.index(after: close)...].hasPrefix("x"),
                let count = Int(rest[rest.index(close, offsetBy: 2)...]), count > 0
            else {
                throw Problem(message: "'\(trimmed)' must end in )xN with N a positive count")
            }
            draws.append(
                Draw(
                    role: role, distribution: try distribution(String(rest[...close])),
                    count: count, text: trimmed))
        }
        let recipe = DrawRecipe(draws: draws)
        guard draws.contains(where: { $0.role == .signal }),
            draws.contains(where: { $0.role == .background })
        else {
            throw Problem(message: "needs at least one signal and one background draw")
        }
        for draw in draws
        where draw.role != .skip && draw.distribution.dimension != recipe.dimension {
            throw Problem(message: "signal and background draws must have the same dimension")
        }
        try recipe.checkMemory()
        return recipe
    }

    private static func distribution(_ text: String) throws(Problem) -> Distribution {
        guard let open = text.firstIndex(of: "(") else {
            throw Problem(message: "'\(text)' has no '('")
        }
        let name = String(text[..<open])
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let groups = inside.split(separator: ";", omittingEmptySubsequences: false).map { group in
            group.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        }
        guard groups.allSatisfy({ $0.allSatisfy { $0?.isFinite == true } }) else {
            throw Problem(message: "'\(text)' has an argument that is not a number")
        }
        let numbers = groups.map { $0.map { $0! } }
        switch name {
        case "normal":
            guard numbers.count == 1, numbers[0].count == 2, numbers[0][1] > 0 else {
                throw Problem(message: "normal takes (mu, sigma) with sigma > 0, found '\(text)'")
            }
            return .normal(mu: numbers[0][0], sigma: numbers[0][1])
        case "mvn":
            guard numbers.count == 2, numbers[1].count == numbers[0].count * numbers[0].count else {
                throw Problem(
                    message:
                        "mvn takes (means; covariance row by row), e.g. mvn(1.5,2;0.5,0.2,0.2,0.5), found '\(text)'"
                )
            }
            let n = numbers[0].count
            let covariance = (0..<n).map { Array(numbers[1][($0 * n)..<($0 * n + n)]) }
            return .multivariateNormal(mean: numbers[0], covariance: covariance)
        default:
            let hint = NearestName.nearest(to: name, in: ["normal", "mvn"])
            throw Problem(
                message: "unknown distribution '\(name)': expected normal or mvn"
                    + (hint.map { " (did you mean '\($0)'?)" } ?? ""))
        }
    }

    static func splitOutsideParentheses(_ text: String, separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if character == separator && depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}

/// The memory drawing a recipe takes, estimated before anything is drawn.
extension DrawRecipe {
    /// Bytes per value of one draw: the drawn `Double` and its copy into the kept columns.
    static let bytesPerDrawnValue = 16.0
    /// Bytes per kept value of the data set: the kept `Double`, the two classes joined, and the
    /// data set's `Float`.
    static let bytesPerKeptValue = 20.0

    /// The memory of one draw while it is drawn.
    static func memoryEstimate(of draw: Draw) -> MemoryEstimate {
        let columns = draw.distribution.dimension
        return MemoryEstimate(
            bytes: Double(draw.count) * Double(columns) * bytesPerDrawnValue,
            breakdown:
                "\(draw.count) events × \(columns) column\(columns == 1 ? "" : "s") × \(Int(bytesPerDrawnValue)) bytes"
        )
    }

    /// The memory of the whole data set: every kept value, and a `Float` label per event.
    var memoryEstimate: MemoryEstimate {
        let events = draws.filter { $0.role != .skip }.reduce(0.0) { $0 + Double($1.count) }
        let widest = draws.map { Self.memoryEstimate(of: $0).bytes }.max() ?? 0
        return MemoryEstimate(
            bytes: events * Double(dimension) * Self.bytesPerKeptValue + events * 4 + widest,
            breakdown:
                "\(Int64(events)) events × \(dimension) column\(dimension == 1 ? "" : "s") × \(Int(Self.bytesPerKeptValue)) bytes + 4 bytes of label per event + the largest draw"
        )
    }

    /// Throws when one draw, or all of them, would need more than `MemoryLimit.bytes`.
    func checkMemory() throws(Problem) {
        for draw in draws {
            let estimate = Self.memoryEstimate(of: draw)
            if estimate.exceedsLimit {
                let perEvent = Double(draw.distribution.dimension) * Self.bytesPerDrawnValue
                throw Problem(
                    message: Messages.drawTooLarge(
                        draw.text, estimate: estimate,
                        most: Int(MemoryLimit.bytes / perEvent)))
            }
        }
        let total = memoryEstimate
        if total.exceedsLimit { throw Problem(message: Messages.drawsTooLarge(total)) }
    }
}
