import Foundation

// Control points of the standard colormaps. These are published facts: viridis is sampled
// every 16th entry of its 256-entry table (plus the last), coolwarm (Moreland's diverging map)
// every 1/16, and rainbow is gnuplot's formula (red |2x − 0.5|, green sin πx, blue cos πx/2).
extension Colormap {
    /// Perceptually uniform, dark blue → green → yellow.
    public static let viridis = Colormap(
        name: "viridis",
        stops: [
            (0.267004, 0.004874, 0.329415), (0.282327, 0.094955, 0.417331),
            (0.278826, 0.175490, 0.483397), (0.258965, 0.251537, 0.524736),
            (0.229739, 0.322361, 0.545706), (0.199430, 0.387607, 0.554642),
            (0.172719, 0.448791, 0.557885), (0.149039, 0.508051, 0.557250),
            (0.127568, 0.566949, 0.550556), (0.120638, 0.625828, 0.533488),
            (0.157851, 0.683765, 0.501686), (0.246070, 0.738910, 0.452024),
            (0.369214, 0.788888, 0.382914), (0.515992, 0.831158, 0.294279),
            (0.678489, 0.863742, 0.189503), (0.845561, 0.887322, 0.099702),
            (0.993248, 0.906157, 0.143936),
        ].enumerated().map { index, rgb in
            (min(Double(index * 16), 255) / 255, Color(red: rgb.0, green: rgb.1, blue: rgb.2))
        })

    /// Diverging blue → light grey → red.
    public static let coolwarm: Colormap = {
        let red = [
            0.2298057, 0.30386891, 0.38301334, 0.46666708, 0.552953156, 0.639176211, 0.722193294,
            0.798691636, 0.865395197, 0.924127593, 0.958852946, 0.969954137, 0.958003065,
            0.923944917, 0.869186849, 0.795631745, 0.705673158,
        ]
        let green = [
            0.298717966, 0.406535296, 0.50941904, 0.604562568, 0.688929332, 0.759599947,
            0.813952739, 0.849786142, 0.86541021, 0.827384882, 0.769767752, 0.694266682,
            0.602842431, 0.49730856, 0.378313092, 0.24128379, 0.01555616,
        ]
        let blue = [
            0.753683153, 0.84495867, 0.917387822, 0.968154911, 0.995375608, 0.998151185,
            0.976574709, 0.931688648, 0.865395561, 0.774508472, 0.678007945, 0.579375448,
            0.481775914, 0.387970225, 0.300267182, 0.220525627, 0.150232812,
        ]
        return Colormap(
            name: "coolwarm",
            stops: (0..<17).map { i in
                (Double(i) / 16, Color(red: red[i], green: green[i], blue: blue[i]))
            })
    }()

    /// Purple → blue → green → yellow → red (gnuplot's rainbow formula, sampled finely).
    public static let rainbow = Colormap(
        name: "rainbow",
        stops: (0...64).map { i in
            let x = Double(i) / 64
            return (
                x,
                Color(
                    red: min(abs(2 * x - 0.5), 1), green: max(sin(Double.pi * x), 0),
                    blue: max(cos(Double.pi / 2 * x), 0))
            )
        })
}
