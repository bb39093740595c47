/// What a page drawer needs: the Cairo context, the text engine, the theme, and where it
/// records what it leaves besides ink.
struct PageContext {
    /// The `cairo_t` of the PDF.
    let cairo: OpaquePointer
    let text: TextEngine
    let theme: BookTheme
    /// Where drawing failures, links and placed figures are collected, each on its page.
    let record: PageRecord
}

/// A place in the book that has a page number: a chapter, section, figure or table.
struct BookMark {
    /// The link destination's name.
    var anchor: String
    /// The number (`2`, `2.3`; `Figure 4`), empty when unnumbered.
    var number: String
    /// The title shown in the contents and the outline.
    var title: String
    /// 1 chapter, 2 section, 3 subsection; 0 for a figure or table (a destination only).
    var level: Int

    /// The number and the title, as the outline shows them.
    var outlineTitle: String { number.isEmpty ? title : "\(number)  \(title)" }
}

/// An unbreakable piece of the text block: a line of a paragraph, a heading, a figure with its
/// caption, a table row. Pages are filled with fragments; keep-with-next chains hold headings
/// to what follows and keep the first and last two lines of a paragraph together.
struct Fragment {
    /// Its height in points.
    var height: Double
    /// Space above it, dropped at the top of a page.
    var spaceBefore = 0.0
    /// It must be on the same page as the next fragment.
    var keepWithNext = false
    /// It starts a new page (a chapter opening).
    var breakBefore = false
    /// It may move to the top of a later page while the text after it fills this one (a figure).
    var floats = false
    /// Fragments set before it when it starts a page's text (a table's header row).
    var repeatedAtPageTop: [Fragment] = []
    /// The places it holds, recorded with their page once placed.
    var marks: [BookMark] = []
    /// The baseline of its first line from its top, for list markers.
    var firstBaseline = 0.0
    /// Draws it with its top at `y` (the text block's left edge is the theme's left margin).
    var draw: (PageContext, Double) -> Void

    init(height: Double, draw: @escaping (PageContext, Double) -> Void) {
        self.height = height
        self.draw = draw
    }
}

/// A fragment placed on a page, its top at `y`.
struct PlacedFragment {
    var fragment: Fragment
    var y: Double
    /// The fragment's index in the list that was paginated; nil for a copy placed again at the
    /// top of a page (a table's repeated header).
    var source: Int?
}
