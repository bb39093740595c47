/// Fills pages of a given height with fragments, in order.
///
/// Rules: a fragment marked `breakBefore` starts a page; a chain of fragments joined by
/// `keepWithNext` moves to the next page whole when it does not fit (a heading never ends a
/// page, a paragraph never leaves a single line behind or ahead); a chain taller than a page is
/// broken between its fragments; space before a fragment is dropped at the top of a page.
/// A floating fragment (a figure) that does not fit waits for the top of the next page while
/// the text after it fills the current one; floats keep their order and never leave their
/// chapter.
struct Paginator {
    /// The height of the text block.
    let pageHeight: Double

    private struct State {
        var pages: [[PlacedFragment]] = []
        var current: [PlacedFragment] = []
        var used = 0.0
        /// Floats waiting for the next page, with their indices in the input.
        var deferred: [(fragment: Fragment, source: Int)] = []
    }

    /// The pages, each a list of placed fragments with `y` from the top of the text block.
    /// Every input fragment is placed exactly once, with its index in `fragments` as `source`;
    /// the copies of `repeatedAtPageTop` are placed in addition, with no source.
    func paginate(_ fragments: [Fragment]) -> [[PlacedFragment]] {
        var state = State()
        var index = 0
        while index < fragments.count {
            let fragment = fragments[index]
            if fragment.breakBefore {
                while !state.deferred.isEmpty { newPage(&state) }
                if !state.current.isEmpty { newPage(&state) }
            }
            let end = chainEnd(fragments, from: index)
            let chain = Array(fragments[index...end])
            if fits(chain, state) && (state.deferred.isEmpty || !chain.contains(where: \.floats)) {
                for (offset, member) in chain.enumerated() {
                    place(member, source: index + offset, &state)
                }
                index = end + 1
                continue
            }
            // Let floats in the chain wait when the rest then fits.
            let text = chain.filter { !$0.floats }
            if chain.contains(where: \.floats) && (text.isEmpty || fits(text, state)) {
                for (offset, member) in chain.enumerated() {
                    if member.floats {
                        state.deferred.append((member, index + offset))
                    } else {
                        place(member, source: index + offset, &state)
                    }
                }
                index = end + 1
            } else if state.current.isEmpty {
                // The chain is taller than a page: break it between fragments.
                place(fragment, source: index, &state)
                index += 1
            } else if height(of: chain, atTop: true) <= pageHeight {
                newPage(&state)
            } else if state.used + fragment.spaceBefore + fragment.height <= pageHeight,
                !fragment.floats
            {
                place(fragment, source: index, &state)
                index += 1
            } else {
                newPage(&state)
            }
        }
        while !state.deferred.isEmpty { newPage(&state) }
        if !state.current.isEmpty { state.pages.append(state.current) }
        return state.pages
    }

    private func height(of chain: [Fragment], atTop: Bool) -> Double {
        var total = 0.0
        for (position, member) in chain.enumerated() {
            total += member.height + (position == 0 && atTop ? 0 : member.spaceBefore)
        }
        return total
    }

    private func fits(_ chain: [Fragment], _ state: State) -> Bool {
        state.used + height(of: chain, atTop: state.current.isEmpty) <= pageHeight + 0.01
    }

    private func place(_ fragment: Fragment, source: Int?, _ state: inout State) {
        if !fragment.repeatedAtPageTop.isEmpty, state.current.allSatisfy(\.fragment.floats) {
            for repeated in fragment.repeatedAtPageTop { place(repeated, source: nil, &state) }
        }
        let space = state.current.isEmpty ? 0 : fragment.spaceBefore
        state.current.append(
            PlacedFragment(fragment: fragment, y: state.used + space, source: source))
        state.used += space + fragment.height
    }

    /// Ends the page; the next one starts with the floats that waited (as many as fit, at
    /// least one).
    private func newPage(_ state: inout State) {
        state.pages.append(state.current)
        state.current = []
        state.used = 0
        while let first = state.deferred.first,
            state.current.isEmpty || fits([first.fragment], state)
        {
            place(first.fragment, source: first.source, &state)
            state.deferred.removeFirst()
        }
    }

    /// The last index of the keep-with-next chain starting at `start`.
    private func chainEnd(_ fragments: [Fragment], from start: Int) -> Int {
        var end = start
        while fragments[end].keepWithNext, end + 1 < fragments.count,
            !fragments[end + 1].breakBefore
        {
            end += 1
        }
        // A float ends a chain only when nothing after it is kept with what came before.
        if fragments[end].floats, end > start, end + 1 < fragments.count,
            !fragments[end + 1].breakBefore
        {
            end += 1
            while fragments[end].keepWithNext, end + 1 < fragments.count,
                !fragments[end + 1].breakBefore
            {
                end += 1
            }
        }
        return end
    }
}
