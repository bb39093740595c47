import CutEngine
import Foundation

/// `<<data ...>>`: a data set from the catalogue's recipes, from listed draws, from a file, or
/// a split of another data set into two, kept in memory (cheap to redo, so never cached).
struct DataExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: DataDirective.Arguments, directive: ResolvedDirective, inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        let seed = arguments.seed
        let dataset: Dataset
        switch arguments.source {
        case "d1": dataset = StudySamples.simpleProblem(seed: seed)
        case "d2": dataset = StudySamples.relaxationComparison(seed: seed)
        case "d1-ml": dataset = StudySamples.mlLoss(seed: seed)
        case "d3": dataset = StudySamples.twoDimensional(seed: seed)
        case "d4": dataset = StudySamples.neuralNetwork(seed: seed)
        case "sample":
            dataset = try Self.draw(
                try arguments.recipe(), seed: seed, signalFirst: arguments.signalFirst,
                onProgress: context.scanProgress(unit: "event drawn"))
        case "split":
            return try split(arguments, directive, inputs: inputs)
        case "csv":
            let url = try context.files.dataFile(of: directive)
            let loaded = try rethrowingAtFile(directive) {
                try CSVLoader.load(contentsOf: url, truth: .column(arguments.truth))
            }
            dataset = try select(arguments, directive, from: loaded)
        default:
            let url = try context.files.dataFile(of: directive)
            let array = try rethrowingAtFile(directive) { try NpyFile.read(contentsOf: url) }
            guard array.columnCount >= 2 else {
                throw ExecutionError(
                    "the .npy array has \(array.columnCount) column(s); it needs feature columns and a last column of truth labels",
                    location: directive.directive.option("file")?.valueLocation)
            }
            let featureCount = array.columnCount - 1
            let names = (0..<featureCount).map {
                featureCount <= 3 ? ["x", "y", "z"][$0] : "x\($0)"
            }
            let truth = array.column(featureCount).toFloat32()
            let columns = (0..<featureCount).map {
                (name: names[$0], values: array.column($0).toFloat32())
            }
            let loaded = try rethrowingAtFile(directive) {
                try Dataset(columns: columns, truth: truth)
            }
            dataset = try select(arguments, directive, from: loaded)
        }
        return .object(Self.wrap(dataset))
    }

    /// `<<data split>>`: the two parts of `of=`, as one result whose parts the two `as=`
    /// names read (`ResultValue.part(named:of:)`).
    private func split(
        _ arguments: DataDirective.Arguments, _ directive: ResolvedDirective,
        inputs: ExecutionInputs
    ) throws -> ResultValue {
        guard let name = arguments.dataOf, let fraction = arguments.fraction else {
            throw ExecutionError(
                "split needs of= and fraction=", location: directive.directive.verbLocation)
        }
        let dataset = try inputs.dataset(name, option: "of", in: directive)
        let parts: (first: Dataset, second: Dataset)
        do {
            parts = try dataset.split(fraction: fraction, seed: arguments.seed)
        } catch {
            throw ExecutionError(
                "\(error)", location: directive.directive.option("fraction")?.valueLocation)
        }
        let both: [ResultValue] = [
            .object(Self.wrap(parts.first)), .object(Self.wrap(parts.second)),
        ]
        return .object(EngineObject(kind: "split data sets", payload: both))
    }

    /// The `columns=` of a loaded data set, in the order given (all columns but `weight=` when
    /// not given), with `weight=`'s column as the event weights.
    private func select(
        _ arguments: DataDirective.Arguments, _ directive: ResolvedDirective,
        from dataset: Dataset
    ) throws -> Dataset {
        var weights: [Float]?
        if let weight = arguments.weight {
            guard let index = dataset.columnNames.firstIndex(of: weight) else {
                throw ExecutionError(
                    "the file has no weight column '\(weight)': it has \(dataset.columnNames.joined(separator: ", "))",
                    location: directive.directive.option("weight")?.valueLocation,
                    hint: NearestName.hint(for: weight, in: dataset.columnNames))
            }
            weights = dataset.columns[index]
            if arguments.columns?.contains(weight) == true {
                throw ExecutionError(
                    "'\(weight)' is the weight column; remove it from columns=",
                    location: directive.directive.option("columns")?.valueLocation)
            }
        }
        let wanted = arguments.columns ?? dataset.columnNames.filter { $0 != arguments.weight }
        if arguments.columns == nil && weights == nil { return dataset }
        var columns: [(name: String, values: [Float])] = []
        for name in wanted {
            guard let index = dataset.columnNames.firstIndex(of: name) else {
                throw ExecutionError(
                    "the file has no column '\(name)': it has \(dataset.columnNames.joined(separator: ", "))",
                    location: directive.directive.option("columns")?.valueLocation,
                    hint: NearestName.hint(for: name, in: dataset.columnNames))
            }
            columns.append((name, dataset.columns[index]))
        }
        guard !columns.isEmpty else {
            throw ExecutionError(
                "no feature columns are left besides the weight column",
                location: directive.directive.option("weight")?.valueLocation)
        }
        return try rethrowingAtFile(directive) {
            try Dataset(columns: columns, truth: dataset.truth, weights: weights)
        }
    }

    /// Runs a loader, turning its errors (which name the file's own line and column) into an
    /// execution error at the directive's `file=`.
    private func rethrowingAtFile<T>(_ directive: ResolvedDirective, _ body: () throws -> T) throws
        -> T
    {
        do {
            return try body()
        } catch {
            throw ExecutionError(
                "\(error)", location: directive.directive.option("file")?.valueLocation)
        }
    }

    /// The data set as a result; its fields (sizes, column ranges, weighted sums) are read from
    /// it by `ResultField.datasetFields`.
    static func wrap(_ dataset: Dataset) -> EngineObject {
        EngineObject(kind: "dataset", payload: dataset)
    }

    static func draw(
        _ recipe: DrawRecipe, seed: UInt32, signalFirst: Bool, onProgress: ScanProgress? = nil
    ) throws -> Dataset {
        let total = recipe.draws.reduce(0) { $0 + $1.count }
        var drawn = 0
        var stream = RandomState(seed: seed)
        let dimension = recipe.dimension
        var signal = [[Double]](repeating: [], count: dimension)
        var background = [[Double]](repeating: [], count: dimension)
        for draw in recipe.draws {
            var columns: [[Double]]
            switch draw.distribution {
            case .normal(let mu, let sigma):
                columns = [try stream.normal(mu: mu, sigma: sigma, count: draw.count)]
            case .multivariateNormal(let mean, let covariance):
                columns = try stream.multivariateNormal(
                    mean: mean, covariance: covariance, count: draw.count
                ).columns
            }
            switch draw.role {
            case .signal: for index in 0..<dimension { signal[index] += columns[index] }
            case .background: for index in 0..<dimension { background[index] += columns[index] }
            case .skip: break
            }
            drawn += draw.count
            onProgress?(drawn, total)
        }
        let names =
            dimension <= 3
            ? Array(["x", "y", "z"].prefix(dimension)) : (0..<dimension).map { "x\($0)" }
        let first = signalFirst ? signal : background
        let second = signalFirst ? background : signal
        let firstLabel: Float = signalFirst ? 1 : 0
        let truth =
            [Float](repeating: firstLabel, count: first[0].count)
            + [Float](repeating: 1 - firstLabel, count: second[0].count)
        return try Dataset(
            columns: (0..<dimension).map { (names[$0], (first[$0] + second[$0]).toFloat32()) },
            truth: truth)
    }
}
