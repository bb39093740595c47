/// What can go wrong when binding a selection (`CutSpec`) to data or training it against a
/// counting loss.
public enum SelectionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A comparison names a column the data set does not have.
    case unknownColumn(String, available: [String])
    /// A comparison without a width was bound before `resolvingWidths(in:)`.
    case missingWidth(comparison: String)
    /// A column whose spread is zero or not finite, so no width can be derived from it.
    case noSpread(column: String, spread: Double)
    /// No background is left after the cuts (B ≤ 0), where S/√B and Z_A are infinite.
    case noBackground(loss: String, background: Double)
    /// A loss that cannot weigh events (the seed's batch softmax).
    case lossTakesNoWeights(loss: String)

    /// What went wrong and how to fix it.
    public var description: String {
        switch self {
        case .unknownColumn(let name, let available):
            return "the selection cuts on '\(name)', which the data set does not have; its"
                + " columns are " + MessagePhrases.quoted(available)
        case .missingWidth(let comparison):
            return "the cut '\(comparison)' has no width; write one (like ~ 5) or derive it"
                + " from the data"
        case .noSpread(let column, let spread):
            return "column '\(column)' has spread \(spread), so no relaxation width can be"
                + " derived from it; write the width after the cut, like ~ 0.1"
        case .noBackground(let loss, let background):
            return "\(loss) is infinite: the cuts leave a background of \(background) (B ≤ 0);"
                + " loosen the cuts or start them where some background passes"
        case .lossTakesNoWeights(let loss):
            return "loss \(loss) is a batch softmax and takes no event weights; use bce or"
                + " squares for weighted events"
        }
    }
}
