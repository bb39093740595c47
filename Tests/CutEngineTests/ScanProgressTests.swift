import CutEngine
import Testing

/// Long loops tell a `ScanProgress` how far they are; trainings stopped by a NaN loss say where.
struct ScanProgressTests {
    @Test func aMillionCutScanReportsProgressAboutAThousandTimes() throws {
        var seen: [(Int, Int)] = []
        let cuts = try linspace(-1, 3, count: 1_000_000)
        let scan = try CutScan.scan(
            loss: .sumOfSquares, relaxation: .hard, signal: [1, 2], background: [0, 0.5],
            cuts: cuts
        ) { done, total in seen.append((done, total)) }
        #expect(scan.values.count == 1_000_000)
        #expect(seen.count == 1000)
        #expect(seen.first! == (1000, 1_000_000))
        #expect(seen.last! == (1_000_000, 1_000_000))
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.0 < $1.0 })
    }

    @Test func shortLoopsReportEveryStep() throws {
        var seen: [Int] = []
        _ = try MaskedWindowGradient.scan(
            relaxation: .erf, column: [0, 1, 2, -1], truth: [1, 1, 0, 0], cut: 0,
            halfWidths: [1, 2, 3]
        ) { done, _ in seen.append(done) }
        #expect(seen == [1, 2, 3])
    }

    @Test func frozenModelScansReportProgress() throws {
        let data = try Dataset(
            columns: [("x", [0, 1, 2, 3]), ("y", [1, 0, 1, 0])], truth: [1, 1, 0, 0])
        let model = try Model(parsing: "cuts(sigmoid)", inputColumns: 2)
        let evaluator = try ModelEvaluator(model: model, data: data)
        let parameters = model.initialParameters(seed: 0)
        var seen: [(Int, Int)] = []
        let losses = try evaluator.lossScan(
            parameters, path: "SelectionCut/cuts", index: 0, values: try linspace(0, 1, count: 5)
        ) { done, total in seen.append((done, total)) }
        #expect(losses.count == 5)
        #expect(seen.map(\.0) == [1, 2, 3, 4, 5])
        #expect(seen.allSatisfy { $0.1 == 5 })
    }

    @Test func aNaNStopSaysWhereAndTheLastFiniteLoss() throws {
        var objective = ClosureObjective { parameters in
            var gradient = parameters.zeros()
            gradient.values[0] = 1
            let p = parameters.values[0]
            return (p > -2.5 ? p : .nan, gradient)
        }
        let trainer = try Trainer(optimizer: .gradientStep(learningRate: 1), epochs: 10)
        let result = try trainer.train(&objective, from: try ParameterTree([("p", [1], [0])]))
        #expect(result.nanStop == NaNStop(epoch: 4, lastFiniteLoss: -2))
    }

    @Test func aNaNAtTheFirstEpochHasNoLastFiniteLoss() throws {
        var objective = ClosureObjective { parameters in (.nan, parameters.zeros()) }
        let trainer = try Trainer(optimizer: .gradientStep(learningRate: 1), epochs: 3)
        let result = try trainer.train(&objective, from: try ParameterTree([("p", [1], [0])]))
        #expect(result.nanStop == NaNStop(epoch: 1, lastFiniteLoss: nil))
        #expect(result.epochsRun == 0)
    }

    @Test func aFiniteTrainingHasNoNaNStop() throws {
        var objective = ClosureObjective { parameters in (1, parameters.zeros()) }
        let trainer = try Trainer(optimizer: .gradientStep(learningRate: 1), epochs: 3)
        let result = try trainer.train(&objective, from: try ParameterTree([("p", [1], [0])]))
        #expect(result.nanStop == nil)
    }
}
