import CutEngine
import Testing

/// The benchmark workloads are well-formed (their speed is measured by `cutbook bench`, not
/// here).
struct KernelBenchmarkWorkloadTests {
    @Test(arguments: BenchmarkWorkload.allCases)
    func workloadModelBuilds(workload: BenchmarkWorkload) throws {
        let model = try Model(parsing: workload.expression, inputColumns: 2)
        #expect(model.parameterCount > 0)
        #expect(BenchmarkWorkload(rawValue: workload.rawValue) == workload)
    }

    @Test func namesMatchTheJaxReference() {
        #expect(
            BenchmarkWorkload.allCases.map(\.rawValue) == [
                "cuts2d-sigmoid", "cuts2d-erf", "mlp", "cuts-mlp", "cuts-sigmoid-mlp",
                "cuts-sigmoid-mlp-squares",
            ])
        #expect(BenchmarkWorkload.cutsSigmoidMLPSquares.loss == .sumOfSquares)
        #expect(BenchmarkWorkload.mlp.loss == .seed)
    }
}
