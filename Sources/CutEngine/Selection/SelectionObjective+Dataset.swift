extension SelectionObjective {
    /// An objective over the named columns of `dataset` (one per cut) and its truth labels.
    /// - Throws: `EngineError` or the data set's error for unknown columns or a wrong count.
    public init(selection: SelectionCut, loss: EventLoss, dataset: Dataset, columns: [String])
        throws
    {
        try self.init(
            selection: selection, loss: loss,
            columns: try columns.map { try dataset.column(named: $0) }, truth: dataset.truth)
    }
}

extension TwoCutSeedObjective {
    /// The fused objective over two named columns of `dataset` (by default `x` and `y`).
    /// - Throws: `EngineError` or the data set's error for unknown columns or bad values.
    public init(
        relaxation: Relaxation, dataset: Dataset, columns: (String, String) = ("x", "y"),
        threads: Int = 1
    ) throws {
        try self.init(
            relaxation: relaxation, columnX: try dataset.column(named: columns.0),
            columnY: try dataset.column(named: columns.1), truth: dataset.truth, threads: threads)
    }
}
