import Foundation

/// An sRGB colour with alpha, each channel in 0…1.
public struct Color: Hashable, Sendable {
    /// Red, 0…1.
    public var red: Double
    /// Green, 0…1.
    public var green: Double
    /// Blue, 0…1.
    public var blue: Double
    /// Opacity, 0…1.
    public var alpha: Double

    /// Creates a colour from channels in 0…1.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Creates a colour from a 24-bit `0xRRGGBB` value.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }

    /// The same colour with another opacity.
    public func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    /// A darker shade (each channel times `factor`).
    func darkened(_ factor: Double) -> Color {
        Color(red: red * factor, green: green * factor, blue: blue * factor, alpha: alpha)
    }

    /// `#rrggbb`, for HTML and SVG.
    public var hexString: String {
        func byte(_ v: Double) -> Int { Int((min(max(v, 0), 1) * 255).rounded()) }
        return String(format: "#%02x%02x%02x", byte(red), byte(green), byte(blue))
    }

    /// Black.
    public static let black = Color(red: 0, green: 0, blue: 0)
    /// White.
    public static let white = Color(red: 1, green: 1, blue: 1)
    /// Mid grey, for reference lines.
    public static let gray = Color(hex: 0x7F7F7F)
    /// Pure red.
    public static let red = Color(red: 1, green: 0, blue: 0)
    /// Pure green as in matplotlib's "green" (#008000).
    public static let green = Color(hex: 0x008000)
    /// Pure blue.
    public static let blue = Color(red: 0, green: 0, blue: 1)

    /// The ten-colour categorical cycle used for successive series (matplotlib's "tab10").
    public static let cycle: [Color] = [
        0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22,
        0x17BECF,
    ].map { Color(hex: $0) }

    /// The `index`-th colour of the categorical cycle (wrapping around).
    public static func series(_ index: Int) -> Color {
        cycle[((index % cycle.count) + cycle.count) % cycle.count]
    }

    /// Named colours accepted by `Color(named:)`.
    static let named: [(String, Color)] = [
        ("black", .black), ("white", .white), ("gray", .gray), ("grey", .gray), ("red", .red),
        ("green", .green), ("blue", .blue), ("orange", Color(hex: 0xFF7F0E)),
        ("purple", Color(hex: 0x9467BD)), ("brown", Color(hex: 0x8C564B)),
        ("pink", Color(hex: 0xE377C2)), ("olive", Color(hex: 0xBCBD22)),
        ("cyan", Color(hex: 0x17BECF)),
    ]

    /// A colour by name (`"red"`, `"C0"`…`"C9"` for the cycle, or `"#rrggbb"`).
    /// - Throws: `PlotError.unknownName` listing the valid names.
    public init(named name: String) throws {
        let key = name.lowercased()
        if let found = Color.named.first(where: { $0.0 == key }) {
            self = found.1
        } else if key.count == 2, key.hasPrefix("c"), let i = Int(key.dropFirst()) {
            self = Color.series(i)
        } else if key.hasPrefix("#"), key.count == 7, let v = UInt32(key.dropFirst(), radix: 16) {
            self.init(hex: v)
        } else {
            throw PlotError.unknownName(
                kind: "colour", name: name,
                valid: Color.named.map(\.0) + ["C0…C9", "#rrggbb"])
        }
    }
}
