/// Concatenation and selection of events.
extension Dataset {
    /// The events of `parts`, one part after another, in the order given; each event keeps its
    /// truth label. The catalogue's training sets are `concatenating([background, signal])`.
    ///
    /// - Throws: ``DatasetError/nothingToConcatenate`` for an empty list and
    ///   ``DatasetError/mismatchedColumns(part:columns:expected:)`` when a part's column names
    ///   (or their order) differ from the first part's.
    public static func concatenating(_ parts: [Dataset]) throws -> Dataset {
        guard let first = parts.first else { throw DatasetError.nothingToConcatenate }
        for (index, part) in parts.enumerated() where part.columnNames != first.columnNames {
            throw DatasetError.mismatchedColumns(
                part: index, columns: part.columnNames, expected: first.columnNames)
        }
        let columns = (0..<first.columnCount).map { column in
            parts.flatMap { $0.columns[column] }
        }
        let weighted = parts.contains(where: \.isWeighted)
        return Dataset(
            validatedNames: first.columnNames, columns: columns, truth: parts.flatMap(\.truth),
            weights: weighted ? parts.flatMap(\.eventWeights) : nil)
    }

    /// The events at `indices`, in the order given (an index may repeat), with their weights.
    ///
    /// - Precondition: every index is in `0..<count`.
    public func events(at indices: [Int]) -> Dataset {
        Dataset(
            validatedNames: columnNames,
            columns: columns.map { values in indices.map { values[$0] } },
            truth: indices.map { truth[$0] }, weights: weights.map { w in indices.map { w[$0] } })
    }

    /// The events for which `isIncluded(event)` is true, in their original order.
    public func filter(_ isIncluded: (Int) -> Bool) -> Dataset {
        events(at: (0..<count).filter(isIncluded))
    }

    /// The signal events (truth 1), in their original order.
    public var signal: Dataset {
        filter { truth[$0] == 1 }
    }

    /// The background events (truth 0), in their original order.
    public var background: Dataset {
        filter { truth[$0] == 0 }
    }

    /// One value per event (a column, a model's outputs) split into the signal events' values
    /// and the background events' values, each in event order.
    ///
    /// ```swift
    /// let (signal, background) = dataset.splitByClass(dataset.columns[0])
    /// ```
    public func splitByClass(_ values: [Float]) -> (signal: [Float], background: [Float]) {
        var signal: [Float] = []
        var background: [Float] = []
        for (value, label) in zip(values, truth) {
            if label == 1 { signal.append(value) } else { background.append(value) }
        }
        return (signal, background)
    }
}
