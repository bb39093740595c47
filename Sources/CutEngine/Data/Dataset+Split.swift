/// A seeded, stratified split of a data set into two parts (training and test events).
extension Dataset {
    /// The events split into two parts, class by class, reproducibly from `seed`.
    ///
    /// The rule, exactly: the signal events' indices (in event order) and then the background
    /// events' indices are each shuffled by a Fisher–Yates pass drawing from one
    /// `RandomState(seed:)` stream — for i from n − 1 down to 1, j = ⌊u · (i + 1)⌋ with u the
    /// stream's next `randomDouble()`, then swap i and j. The first `round(fraction · n)`
    /// shuffled events of each class (rounded to nearest, ties away from zero) go to the first
    /// part, the rest to the second, so both parts keep the data set's signal fraction. Each part
    /// lists its events in their original order, with their weights.
    ///
    /// ```swift
    /// let (train, test) = try events.split(fraction: 0.7, seed: 5)
    /// ```
    /// - Throws: ``DatasetError/invalidSplitFraction(_:)`` unless 0 < fraction < 1;
    ///   ``DatasetError/emptySplitPart(part:className:classCount:)`` when a part would hold no
    ///   event of a class the data set has.
    public func split(fraction: Double, seed: UInt32) throws -> (first: Dataset, second: Dataset) {
        guard fraction > 0, fraction < 1 else { throw DatasetError.invalidSplitFraction(fraction) }
        var stream = RandomState(seed: seed)
        var first: [Int] = []
        var second: [Int] = []
        for (label, className) in [(Float(1), "signal"), (Float(0), "background")] {
            var indices = (0..<count).filter { truth[$0] == label }
            guard !indices.isEmpty else { continue }
            for i in stride(from: indices.count - 1, to: 0, by: -1) {
                let j = Int(stream.randomDouble() * Double(i + 1))
                indices.swapAt(i, j)
            }
            let taken = Int((fraction * Double(indices.count)).rounded())
            for (part, size) in [(0, taken), (1, indices.count - taken)] where size == 0 {
                throw DatasetError.emptySplitPart(
                    part: part, className: className, classCount: indices.count)
            }
            first += indices[..<taken]
            second += indices[taken...]
        }
        return (events(at: first.sorted()), events(at: second.sorted()))
    }
}
