/// The dash pattern of a line.
public enum LineStyle: String, Sendable, CaseIterable {
    /// A continuous line.
    case solid
    /// Long dashes.
    case dashed
    /// Dots.
    case dotted
    /// Dash, dot, dash.
    case dashDot = "dashdot"

    /// A line style by name (`solid`, `dashed`, `dotted`, `dashdot`, or `-`, `--`, `:`, `-.`).
    /// - Throws: `PlotError.unknownName` listing the valid names.
    public init(named name: String) throws {
        switch name.lowercased() {
        case "solid", "-": self = .solid
        case "dashed", "--": self = .dashed
        case "dotted", ":": self = .dotted
        case "dashdot", "-.": self = .dashDot
        default:
            throw PlotError.unknownName(
                kind: "line style", name: name, valid: LineStyle.allCases.map(\.rawValue))
        }
    }

    /// The dash pattern for a line of `width` points (matplotlib's proportions).
    func dashes(width: Double) -> [Double] {
        let w = max(width, 1)
        switch self {
        case .solid: return []
        case .dashed: return [3.7 * w, 1.6 * w]
        case .dotted: return [1 * w, 1.65 * w]
        case .dashDot: return [6.4 * w, 1.6 * w, 1 * w, 1.6 * w]
        }
    }
}

/// The symbol drawn at each data point.
public enum MarkerShape: String, Sendable, CaseIterable {
    /// A filled circle.
    case circle
    /// A filled square.
    case square
    /// A filled upward triangle.
    case triangle
    /// A filled diamond.
    case diamond
    /// A plus sign (stroked).
    case plus
    /// A cross (stroked).
    case cross

    /// A marker by name (`circle`, `square`, … or `o`, `s`, `^`, `D`, `+`, `x`).
    /// - Throws: `PlotError.unknownName` listing the valid names.
    public init(named name: String) throws {
        switch name {
        case "o": self = .circle
        case "s": self = .square
        case "^": self = .triangle
        case "D", "d": self = .diamond
        case "+": self = .plus
        case "x": self = .cross
        default:
            self = try .named(name, kind: "marker")
        }
    }

    /// Whether the shape is drawn with strokes only.
    var isStroked: Bool { self == .plus || self == .cross }

    /// The marker outline for a marker of `size` points across, centred on the origin.
    func path(size: Double) -> Path {
        let r = size / 2
        switch self {
        case .circle: return .circle(center: Point(0, 0), radius: r)
        case .square: return .rectangle(Rect(x: -r, y: -r, width: size, height: size))
        case .triangle:
            return .polygon([Point(0, -r * 1.15), Point(r, r * 0.85), Point(-r, r * 0.85)])
        case .diamond: return .polygon([Point(0, -r), Point(r, 0), Point(0, r), Point(-r, 0)])
        case .plus:
            var p = Path()
            p.move(to: Point(-r, 0))
            p.line(to: Point(r, 0))
            p.move(to: Point(0, -r))
            p.line(to: Point(0, r))
            return p
        case .cross:
            var p = Path()
            p.move(to: Point(-r, -r))
            p.line(to: Point(r, r))
            p.move(to: Point(-r, r))
            p.line(to: Point(r, -r))
            return p
        }
    }
}
