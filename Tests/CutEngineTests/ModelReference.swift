import CutEngine
import Foundation

/// A slow, plain Float64 evaluation of model expressions: the reference the kernels' gradients
/// are checked against by central finite differences.
enum ModelReference {
    /// The model output for one event `x` with parameters `values` laid out like `model`'s tree.
    static func output(_ model: Model, values: [Double], event x: [Double]) -> Double {
        var cursor = 0
        return evaluate(
            model.expression, values: values, cursor: &cursor, x: x,
            names: model.columnNames ?? [])
    }

    private static func evaluate(
        _ expression: ModelExpression, values: [Double], cursor: inout Int, x: [Double],
        names: [String]
    ) -> Double {
        switch expression {
        case .select(let relaxation, let selection):
            var product = 1.0
            for comparison in selection.comparisons {
                let count = comparison.op.parameterCount
                let own = Array(values[cursor..<cursor + count])
                product *= SelectionReference.weight(
                    relaxation, comparison, x: x[names.firstIndex(of: comparison.column)!],
                    values: own)
                cursor += count
            }
            return product
        case .cuts(let relaxation, _):
            var product = 1.0
            for column in x.indices {
                let d = x[column] - values[cursor + column]
                switch relaxation {
                case .hard: product *= d > 0 ? 1 : 0
                case .erf: product *= (erf(d) + 1) / 2
                case .sigmoid(let slope): product *= 1 / (1 + exp(-Double(slope) * d))
                case .balancedSigmoid: product *= 2 / (1 + exp(-d)) - 1
                }
            }
            cursor += x.count
            return product
        case .mlp(let sizes):
            var activations = x
            for (index, size) in sizes.enumerated() {
                let inputs = activations.count
                let weights = cursor
                let biases = cursor + inputs * size
                cursor = biases + size
                activations = (0..<size).map { o in
                    var sum = values[biases + o]
                    for i in 0..<inputs { sum += values[weights + i * size + o] * activations[i] }
                    return index == sizes.count - 1 ? sum : max(0, sum)
                }
            }
            return activations[0]
        case .sigmoid(let inner):
            return 1
                / (1 + exp(-evaluate(inner, values: values, cursor: &cursor, x: x, names: names)))
        case .product(let left, let right):
            let a = evaluate(left, values: values, cursor: &cursor, x: x, names: names)
            return a * evaluate(right, values: values, cursor: &cursor, x: x, names: names)
        }
    }

    /// The loss of `model` on `data` at `values`, in Float64.
    static func loss(_ model: Model, values: [Double], data: Dataset, loss: EventLoss) -> Double {
        let outputs = (0..<data.count).map { event in
            output(model, values: values, event: data.columns.map { Double($0[event]) })
        }
        let truth = data.truth.map(Double.init)
        switch loss {
        case .seed:
            let p = outputs.map { 1 / (1 + exp(-$0)) }
            let logSum = log(p.reduce(0) { $0 + exp($1) })
            return zip(truth, p).reduce(0) { $0 - $1.0 * ($1.1 - logSum) }
        case .sumOfSquares:
            return zip(truth, outputs).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }
        case .meanBinaryCrossEntropy:
            let eps = 1e-6
            let total = zip(truth, outputs).reduce(0.0) { sum, pair in
                let (t, o) = pair
                return sum - (t * log(o + eps) + (1 - t) * log(1 - o + eps))
            }
            return total / Double(outputs.count)
        }
    }

    /// Central finite differences of the Float64 loss with respect to every parameter.
    static func gradient(
        _ model: Model, values: [Double], data: Dataset, loss lossKind: EventLoss,
        step: Double = 1e-5
    ) -> [Double] {
        values.indices.map { index in
            var plus = values
            var minus = values
            plus[index] += step
            minus[index] -= step
            return
                (loss(model, values: plus, data: data, loss: lossKind)
                - loss(model, values: minus, data: data, loss: lossKind)) / (2 * step)
        }
    }

    /// Small 2-column data: `count` events from a fixed stream, the first half signal.
    static func smallData(count: Int, seed: UInt32 = 7) throws -> Dataset {
        var random = RandomState(seed: seed)
        let x = (0..<count).map { index in Float(random.gauss() + (index < count / 2 ? 1 : 0)) }
        let y = (0..<count).map { index in Float(2 * random.gauss() + (index < count / 2 ? 1.5 : 0))
        }
        let truth = (0..<count).map { Float($0 < count / 2 ? 1 : 0) }
        return try Dataset(columns: [("x", x), ("y", y)], truth: truth)
    }
}
