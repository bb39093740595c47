import Foundation

/// A typed result of a directive. Every case but `.object` is stored in the cache.
enum ResultValue: Sendable {
    /// One number.
    case scalar(Double)
    /// One text (the value of a text parameter, `<<value params.label>>`).
    case text(String)
    /// Curves against a common x (a scan): named columns of numbers.
    case series(Series)
    /// A table of numbers or text.
    case table(ResultTable)
    /// Values over a grid of two cut values (a loss surface).
    case grid(Grid)
    /// A training's history and final parameters.
    case training(TrainingRecord)
    /// A drawn figure's files.
    case figure(FigureFiles)
    /// The outcome of an `assert`.
    case check(CheckOutcome)
    /// A file the directive adds to the output folder (an exported model).
    case file(OutputFile)
    /// An engine object that is cheap to recompute and never cached (a data set).
    case object(EngineObject)

    /// The kind's name, as used in messages.
    var kindName: String {
        switch self {
        case .scalar: return "number"
        case .text: return "text"
        case .series: return "scan"
        case .table: return "table"
        case .grid: return "grid"
        case .training: return "training"
        case .figure: return "figure"
        case .check: return "check"
        case .file: return "file"
        case .object(let object): return object.kind
        }
    }

    /// Whether the cache stores it.
    var isCacheable: Bool {
        if case .object = self { return false }
        return true
    }
}

/// Curves sharing one x column, such as a scan of a loss against a cut.
struct Series: Sendable, Codable, Hashable {
    /// The x column's name (for example `cut`).
    var xName: String
    /// The x values.
    var x: [Double]
    /// The y columns in order: name and values, each as long as `x`.
    var columns: [Column]

    /// One named y column.
    struct Column: Sendable, Codable, Hashable {
        /// The column's name (for example `loss`, `gradient`).
        var name: String
        /// Its values.
        var values: [Double]
    }
}

/// Values over a grid of two variables: `values[j * x.count + i]` is at `(x[i], y[j])`.
struct Grid: Sendable, Codable, Hashable {
    /// The first variable's name and values.
    var xName: String
    /// The first variable's values.
    var x: [Double]
    /// The second variable's name.
    var yName: String
    /// The second variable's values.
    var y: [Double]
    /// The value's name (for example `loss`).
    var valueName: String
    /// The values, row by row of y.
    var values: [Double]
}

/// A table: column headers and rows of cells.
struct ResultTable: Sendable, Codable, Hashable {
    /// A cell: a number (formatted by the table's `fmt=`) or text.
    enum Cell: Sendable, Codable, Hashable {
        case number(Double)
        case text(String)
    }

    /// The headers.
    var headers: [String]
    /// The rows, each as long as `headers`.
    var rows: [[Cell]]
    /// Short field names for columns whose header is awkward to type in a field path
    /// (`difference` for `softmax(a) − softmax(b)`): alias → header.
    var aliases: [String: String] = [:]
}

/// What a training did: the logged losses, the final parameters, how long it took.
struct TrainingRecord: Sendable, Codable, Hashable {
    /// One logged epoch.
    struct Entry: Sendable, Codable, Hashable {
        /// The epoch, from 1.
        var epoch: Int
        /// The loss after it.
        var loss: Double
        /// The cut values after it, when the model has cuts.
        var cuts: [Double]
    }

    /// One named parameter array (for example `SelectionCut/cuts`).
    struct Parameter: Sendable, Codable, Hashable {
        /// Its path in the parameter tree.
        var name: String
        /// Its shape.
        var shape: [Int]
        /// Its values, row-major.
        var values: [Double]
    }

    /// The model as written (`cuts(sigmoid)` or an expression).
    var model: String
    /// Epochs run.
    var epochs: Int
    /// Wall-clock seconds the training took.
    var seconds: Double
    /// The logged epochs.
    var log: [Entry]
    /// The loss after every epoch.
    var losses: [Double]
    /// The cut values after every epoch, when tracked.
    var trackedCuts: [[Double]]
    /// The final parameters.
    var parameters: [Parameter]
    /// Warnings (for example a NaN loss that stopped the training).
    var warnings: [String]
    /// With `validation=`: the loss on the validation data at each entry of `log`; else empty.
    var validationLosses: [Double] = []
    /// The names of the data columns the model reads, in the data set's order.
    var columns: [String] = []
    /// For cuts alone: the training events on the wrong side of the final cuts applied as hard
    /// cuts (signal failing, background passing); nil for other models.
    var misclassified: Int? = nil
    /// With `estimator=score`: the variance of one estimate without a baseline, with the
    /// baseline L(c), and of one antithetic pair (`EstimatorVariance`); else empty.
    var estimatorVariance: [Double] = []
}

/// A figure drawn once and written as three files.
struct FigureFiles: Sendable, Codable, Hashable {
    /// The PNG at twice the nominal resolution.
    var png: Data
    /// The SVG.
    var svg: Data
    /// The PDF.
    var pdf: Data
    /// The nominal width and height in CSS pixels (half the PNG's pixels).
    var width: Int
    /// The nominal height in CSS pixels.
    var height: Int
    /// A text alternative for readers that cannot see the image.
    var alternative: String
}

/// A file a directive adds to the output folder, at a path relative to it
/// (`exports/net.onnx`).
struct OutputFile: Sendable, Codable, Hashable {
    /// Where it goes, relative to the output folder.
    var path: String
    /// Its bytes.
    var contents: Data
}

/// The outcome of an `assert`: what was found and what was expected.
struct CheckOutcome: Sendable, Codable, Hashable {
    /// The field checked (for example `brute.argmax`).
    var field: String
    /// The value found.
    var found: Double
    /// The value expected.
    var expected: Double
    /// The allowed difference, after combining tol and rtol.
    var allowed: Double

    /// Whether the check holds.
    var passed: Bool { abs(found - expected) <= allowed }
}

/// An engine object kept in memory only (for example a data set); `value` and `assert` read
/// numbers from it through `ResultField`.
struct EngineObject: @unchecked Sendable {
    /// What it is (`dataset`, ...).
    var kind: String
    /// The object; its type is known to the executors that use it (and to the field rules,
    /// `ResultField.datasetFields`, that read numbers from it).
    var payload: any Sendable
}

extension ResultValue {
    /// The result of a directive with several results (`<<data split … as=a,b>>` returns an
    /// `.object` whose payload is one `ResultValue` per name): the part the name `name`
    /// reads, given the directive's `as=` names. A directive with one result is itself.
    func part(named name: String, of names: [String]) -> ResultValue {
        guard names.count > 1, case .object(let object) = self,
            let parts = object.payload as? [ResultValue], parts.count == names.count,
            let index = names.firstIndex(of: name)
        else { return self }
        return parts[index]
    }
}
