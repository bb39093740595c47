import Foundation

/// Horizontal alignment of a text box against its anchor point.
public enum HorizontalAlignment: String, Sendable {
    /// The anchor is at the left edge.
    case left
    /// The anchor is at the centre.
    case center
    /// The anchor is at the right edge.
    case right
}

/// Vertical alignment of a text box against its anchor point.
public enum VerticalAlignment: String, Sendable {
    /// The anchor is at the top edge.
    case top
    /// The anchor is at the middle.
    case middle
    /// The anchor is on the baseline.
    case baseline
    /// The anchor is at the bottom edge.
    case bottom
}

/// Typeset text placed in figure space: anchored, aligned and rotated.
struct PlacedText {
    let text: TypesetText
    /// The map from the text's own space (baseline start at the origin) to figure space.
    let transform: AffineTransform
    /// The corners of the text box in figure space.
    let corners: [Point]

    /// Places `text` so that the point given by the alignments sits at `anchor`, rotated by
    /// `degrees` counter-clockwise (as read on the page).
    init(
        _ text: TypesetText, at anchor: Point, horizontal: HorizontalAlignment = .left,
        vertical: VerticalAlignment = .baseline, degrees: Double = 0
    ) {
        self.text = text
        let dx: Double
        switch horizontal {
        case .left: dx = 0
        case .center: dx = -text.width / 2
        case .right: dx = -text.width
        }
        let dy: Double
        switch vertical {
        case .top: dy = text.ascent
        case .middle: dy = (text.ascent - text.descent) / 2
        case .baseline: dy = 0
        case .bottom: dy = -text.descent
        }
        transform = AffineTransform.translation(dx, dy)
            .then(.rotation(-degrees * Double.pi / 180))
            .then(.translation(anchor.x, anchor.y))
        corners = [
            Point(0, -text.ascent), Point(text.width, -text.ascent),
            Point(text.width, text.descent),
            Point(0, text.descent),
        ].map(transform.apply)
    }

    /// The axis-aligned bounding box in figure space.
    var bounds: Rect {
        let xs = corners.map(\.x)
        let ys = corners.map(\.y)
        let (x0, y0) = (xs.min()!, ys.min()!)
        return Rect(x: x0, y: y0, width: xs.max()! - x0, height: ys.max()! - y0)
    }

    func draw(on canvas: Canvas, color: Color) {
        text.draw(on: canvas, color: color, transform: transform)
    }
}
