/// A continuous map from 0…1 to colours, built from tabulated control points joined linearly.
public struct Colormap: Sendable, Equatable {
    /// The colormap's name.
    public let name: String
    /// Control points `(position, colour)`, positions increasing from 0 to 1.
    let stops: [(Double, Color)]

    /// Creates a colormap from control points (positions must rise from 0 to 1).
    init(name: String, stops: [(Double, Color)]) {
        self.name = name
        self.stops = stops
    }

    public static func == (lhs: Colormap, rhs: Colormap) -> Bool { lhs.name == rhs.name }

    /// The colour at `t` (clamped to 0…1; NaN gives transparent).
    public func color(at t: Double) -> Color {
        guard !t.isNaN else { return Color(red: 0, green: 0, blue: 0, alpha: 0) }
        let u = min(max(t, 0), 1)
        var hi = 1
        while hi < stops.count - 1 && stops[hi].0 < u { hi += 1 }
        let (p0, c0) = stops[hi - 1]
        let (p1, c1) = stops[hi]
        let f = p1 > p0 ? (u - p0) / (p1 - p0) : 0
        return Color(
            red: c0.red + (c1.red - c0.red) * f, green: c0.green + (c1.green - c0.green) * f,
            blue: c0.blue + (c1.blue - c0.blue) * f)
    }

    /// All colormaps by name.
    public static let all: [Colormap] = [.viridis, .coolwarm, .rainbow]

    /// A colormap by name.
    /// - Throws: `PlotError.unknownName` listing the valid names.
    public init(named name: String) throws {
        guard let found = Colormap.all.first(where: { $0.name == name.lowercased() }) else {
            throw PlotError.unknownName(
                kind: "colormap", name: name, valid: Colormap.all.map(\.name))
        }
        self = found
    }
}
