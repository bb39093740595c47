/// Fills pages of a given height with fragments, in order.
///
/// Rules: a fragment marked `breakBefore` starts a page; a chain of fragments joined by
/// `keepWithNext` moves to the next page whole when it does not fit (a heading never ends a
/// page, a paragraph never leaves a single line behind or ahead); a chain taller than a page is
/// broken between its fragments; space before a fragment is dropped at the top of a page.
struct Paginator {
    /// The height of the text block.
    let pageHeight: Double

    /// The pages, each a list of placed fragments with `y` from the top of the text block.
    func paginate(_ fragments: [Fragment]) -> [[PlacedFragment]] {
        var pages: [[PlacedFragment]] = []
        var current: [PlacedFragment] = []
        var used = 0.0
        func newPage() {
            pages.append(current)
            current = []
            used = 0
        }
        func place(_ fragment: Fragment) {
            let space = current.isEmpty ? 0 : fragment.spaceBefore
            current.append(PlacedFragment(fragment: fragment, y: used + space))
            used += space + fragment.height
        }
        var index = 0
        while index < fragments.count {
            let fragment = fragments[index]
            if fragment.breakBefore && !current.isEmpty {
                newPage()
            }
            let end = chainEnd(fragments, from: index)
            var height = current.isEmpty ? 0 : fragment.spaceBefore
            for member in fragments[index...end] { height += member.height }
            height += fragments[index...end].dropFirst().reduce(0) { $0 + $1.spaceBefore }
            if used + height <= pageHeight + 0.01 {
                for member in fragments[index...end] { place(member) }
                index = end + 1
            } else if current.isEmpty {
                // The chain is taller than a page: break it between fragments.
                place(fragment)
                index += 1
            } else if height - fragment.spaceBefore <= pageHeight {
                newPage()
            } else if used + fragment.spaceBefore + fragment.height <= pageHeight {
                place(fragment)
                index += 1
            } else {
                newPage()
            }
        }
        if !current.isEmpty { pages.append(current) }
        return pages
    }

    /// The last index of the keep-with-next chain starting at `start`.
    private func chainEnd(_ fragments: [Fragment], from start: Int) -> Int {
        var end = start
        while fragments[end].keepWithNext, end + 1 < fragments.count, !fragments[end + 1].breakBefore {
            end += 1
        }
        return end
    }
}
