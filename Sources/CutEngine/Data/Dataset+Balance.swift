/// Class balancing: the weights a classifier trains with when signal and background are
/// present in very different amounts.
///
/// A simulation's cross-section weights make a rare signal light (0.05 against 1.0, say), so
/// a network trained with binary cross-entropy on the raw weights learns that almost every
/// event is background and its output never reaches 0.5. Balancing scales each class's
/// weights by one factor so that both classes weigh the same in total — half the event count
/// each, so the mean weight stays 1 — while keeping the weights' shape inside a class.
/// Yields (S, B, S/√B, Z_A) must use the raw weights: only training losses balance.
extension Dataset {
    /// The summed weight of the signal and of the background events (`eventWeights`: an
    /// unweighted data set's are its class counts), added in event order in Double.
    public var classWeightTotals: (signal: Double, background: Double) {
        var signal = 0.0
        var background = 0.0
        for (weight, label) in zip(eventWeights, truth) {
            if label == 1 {
                signal += Double(weight)
            } else {
                background += Double(weight)
            }
        }
        return (signal, background)
    }

    /// The same events with each class's weights scaled to a total of half the event count
    /// (an unweighted data set balances its counts: each event of class c weighs N / (2 N_c)).
    ///
    /// - Throws: ``DatasetError/unbalanceableClass(className:totalWeight:)`` when a class has
    ///   no events or its weights do not sum to a positive number.
    public func classBalanced() throws -> Dataset {
        let weights = eventWeights
        let (signalTotal, backgroundTotal) = classWeightTotals
        for (name, total) in [("signal", signalTotal), ("background", backgroundTotal)]
        where !(total > 0) {
            throw DatasetError.unbalanceableClass(className: name, totalWeight: total)
        }
        let half = Double(count) / 2
        let signalScale = half / signalTotal
        let backgroundScale = half / backgroundTotal
        let balanced = zip(weights, truth).map { weight, label in
            Float(Double(weight) * (label == 1 ? signalScale : backgroundScale))
        }
        return Dataset(
            validatedNames: columnNames, columns: columns, truth: truth, weights: balanced)
    }
}
