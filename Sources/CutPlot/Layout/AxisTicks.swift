import Foundation

/// The ticks of one axis with their labels, typeset.
struct AxisTicks {
    var major: [Double] = []
    var minor: [Double] = []
    var labels: [TypesetText] = []
    /// The shared factor ("×10⁵") written at the end of the axis, if any.
    var factor: TypesetText?

    var maxLabelWidth: Double { labels.map(\.width).max() ?? 0 }
    var maxLabelHeight: Double { labels.map(\.height).max() ?? 0 }

    /// Ticks for `scale` along an axis `length` points long, as many as fit without
    /// neighbouring labels touching (at most 9 intervals).
    init(
        scale: AxisScale, length: Double, horizontal: Bool, typesetter: Typesetter, theme: Theme,
        fixed: [Double]? = nil
    ) {
        let font = theme.font
        if let fixed {
            self.init(fixed: fixed, scale: scale, typesetter: typesetter, font: font)
            return
        }
        let spacing = theme.fontSize * (horizontal ? 3 : 2)
        var maxIntervals = min(9, max(1, Int(length / spacing)))
        while true {
            self = AxisTicks(
                scale: scale, maxIntervals: maxIntervals, typesetter: typesetter, font: font)
            if maxIntervals <= 1
                || labelsKeepApart(
                    scale: scale, length: length, horizontal: horizontal, theme: theme)
            {
                return
            }
            maxIntervals -= 1
        }
    }

    /// Whether consecutive labels leave at least a small gap between them along the axis.
    private func labelsKeepApart(scale: AxisScale, length: Double, horizontal: Bool, theme: Theme)
        -> Bool
    {
        let positions = major.map { (scale.fraction($0) ?? 0) * length }
        for i in positions.indices.dropFirst() {
            let gap = abs(positions[i] - positions[i - 1])
            let need =
                horizontal
                ? (labels[i].width + labels[i - 1].width) / 2 + theme.fontSize * 0.8
                : (labels[i].height + labels[i - 1].height) / 2 + theme.fontSize * 0.2
            if gap < need { return false }
        }
        return true
    }

    private init() {}

    /// Ticks at given positions (those the scale shows within its limits), labelled as the
    /// scale would label them.
    private init(fixed: [Double], scale: AxisScale, typesetter: Typesetter, font: FontSpec) {
        let inside = fixed.filter { scale.contains($0) }.sorted()
        major = inside
        switch scale.kind {
        case .linear:
            let gaps = zip(inside.dropFirst(), inside).map { $0 - $1 }.filter { $0 > 0 }
            let step = gaps.min() ?? max(abs(inside.first ?? 1), 1)
            let (texts, factor) = TickFormatter.linear(inside, step: step)
            labels = texts.map { typesetter.typeset($0, font: font) }
            self.factor = factor.map { typesetter.typeset($0, font: font) }
        case .log:
            labels = inside.map { v in
                let e = log10(v)
                let text =
                    abs(e - e.rounded()) < 1e-9 ? TickFormatter.decade(v) : TickFormatter.plain(v)
                return typesetter.typeset(text, font: font)
            }
        }
    }

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
}
