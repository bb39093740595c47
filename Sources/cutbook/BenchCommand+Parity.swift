import CutEngine
import Foundation

/// Parity with the seed's stack: study 6's events and CutBook's initial weights go to `.npy`
/// files, so `benchmarks/jax_reference.py --parity DIR` trains the same network on the same
/// data from the same start, and the two final losses and accuracies can be compared.
enum ParityRun {
    /// The network of study 6.
    static let expression = "mlp(2,15,30,15,1)"

    /// Writes `features.npy` (events × 2, float32), `truth.npy` and one file per parameter
    /// (`mlp_linear_0_w.npy`, … in Haiku's `[inputs, outputs]` layout) into `folder`, then
    /// trains `epochs` epochs with Adam and the seed loss; returns the JSON summary.
    static func run(folder: URL, epochs: Int, seed: UInt32, executor: BlockExecutor) throws
        -> [String: Any]
    {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let data = StudySamples.neuralNetwork()
        try NpyFile.write(data.npyArray, to: folder.appendingPathComponent("features.npy"))
        try NpyFile.write(
            NpyArray(vector: data.truth), to: folder.appendingPathComponent("truth.npy"))
        let model = try Model(parsing: expression, inputColumns: data.columnCount)
        let initial = model.initialParameters(seed: seed)
        for entry in initial.entries {
            let shape = entry.shape.count == 1 ? [entry.count] : entry.shape
            let array = try NpyArray(
                shape: shape, dataType: .float32,
                values: initial.values[entry.range].map(Double.init))
            let name = entry.path.replacingOccurrences(of: "/", with: "_") + ".npy"
            try NpyFile.write(array, to: folder.appendingPathComponent(name))
        }
        let training = try ModelTraining(model: model, loss: .seed, epochs: epochs)
        let result = try training.run(on: data, initial: initial, executor: executor)
        let evaluator = try ModelEvaluator(
            model: model, data: data, loss: .seed, executor: executor)
        let finalLoss = try evaluator.lossValue(result.parameters)
        let counts = try evaluator.classify(result.parameters).counts
        return [
            "stack": "cutbook", "epochs": result.training.epochsRun, "shared_init": true,
            "first_epoch_loss": Double(result.training.lossHistory.first ?? .nan),
            "final_loss": finalLoss, "accuracy": counts.accuracy,
            "seconds": result.training.seconds,
            "ms_per_epoch": 1000 * result.training.seconds / Double(max(1, epochs)),
        ]
    }
}
