/// The ticks of one axis with their labels, typeset.
struct AxisTicks {
    var major: [Double] = []
    var minor: [Double] = []
    var labels: [TypesetText] = []
    /// The shared factor ("×10⁵") written at the end of the axis, if any.
    var factor: TypesetText?

    var maxLabelWidth: Double { labels.map(\.width).max() ?? 0 }
    var maxLabelHeight: Double { labels.map(\.height).max() ?? 0 }

    /// Ticks for `scale` along an axis `length` points long; horizontal axes also make sure
    /// neighbouring labels keep apart.
    init(scale: AxisScale, length: Double, horizontal: Bool, typesetter: Typesetter, theme: Theme) {
        let font = theme.font
        let spacing = theme.fontSize * (horizontal ? 3 : 2)
        var maxIntervals = min(9, max(1, Int(length / spacing)))
        while true {
            self = AxisTicks(
                scale: scale, maxIntervals: maxIntervals, typesetter: typesetter, font: font)
            guard horizontal, maxIntervals > 1, major.count > 1 else { return }
            let gap = length / Double(major.count - 1) * fractionBetweenTicks(scale)
            let widest = maxLabelWidth
            if gap >= widest + theme.fontSize * 0.8 { return }
            maxIntervals -= 1
        }
    }

    private init() {}

    /// No ticks at all.
    static func blank() -> AxisTicks { AxisTicks() }

    private init(scale: AxisScale, maxIntervals: Int, typesetter: Typesetter, font: FontSpec) {
        switch scale.kind {
        case .linear:
            let (ticks, step) = TickLocator.linear(
                lower: scale.lower, upper: scale.upper, maxIntervals: maxIntervals)
            major = ticks
            let (texts, factor) = TickFormatter.linear(ticks, step: step)
            labels = texts.map { typesetter.typeset($0, font: font) }
            self.factor = factor.map { typesetter.typeset($0, font: font) }
        case .log:
            let (decades, minors) = TickLocator.log(
                lower: scale.lower, upper: scale.upper, maxIntervals: maxIntervals)
            if decades.count >= 2 {
                major = decades
                minor = minors
                labels = decades.map { typesetter.typeset(TickFormatter.decade($0), font: font) }
            } else {
                // Less than two decades in view: label the 1…9 multiples as well.
                let all = (decades + minors).sorted()
                let stride = max(1, all.count / max(maxIntervals, 1))
                major = all.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
                minor = all.filter { !major.contains($0) }
                labels = major.map {
                    typesetter.typeset(
                        decades.contains($0) ? TickFormatter.decade($0) : TickFormatter.plain($0),
                        font: font)
                }
            }
        }
    }

    /// Fraction of equal spacing between ticks (log axes space decades equally).
    private func fractionBetweenTicks(_ scale: AxisScale) -> Double {
        guard major.count > 1, let a = scale.fraction(major[0]), let b = scale.fraction(major[1])
        else { return 1 }
        return abs(b - a) * Double(major.count - 1)
    }
}
