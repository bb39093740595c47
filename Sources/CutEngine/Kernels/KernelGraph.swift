/// A model compiled for the chunk kernels: nodes in evaluation order (children before parents,
/// the root last), each reading its children's outputs, with parameters in one flat vector.
struct KernelGraph: Sendable {
    /// One operation over a chunk of events.
    enum Node: Sendable {
        /// A multilayer perceptron on all feature columns; its output size is 1.
        case mlp(MLPKernel)
        /// Relaxed cuts `x_c > cut_c` on every feature column, weights multiplied.
        case cuts(CutKernel)
        /// Relaxed comparisons on chosen columns (a `CutSpec`), weights multiplied.
        case comparisons(ComparisonKernel)
        /// The logistic function of a child's output.
        case sigmoid(Int)
        /// The product of two children's outputs.
        case product(Int, Int)
    }

    let nodes: [Node]
    let parameterCount: Int
    let columns: Int

    init(nodes: [Node], parameterCount: Int, columns: Int) {
        self.nodes = nodes
        self.parameterCount = parameterCount
        self.columns = columns
    }

    /// Scratch vectors that node `index` needs beyond its output and gradient.
    func scratchVectors(_ index: Int, stride: Int) -> Int {
        switch nodes[index] {
        case .mlp(let mlp): return mlp.scratchVectors(stride: stride)
        case .cuts: return 2 * columns * stride
        case .comparisons(let kernel): return kernel.scratchFeatures * stride
        case .sigmoid, .product: return 0
        }
    }
}

/// One thread's memory for evaluating chunks of a `KernelGraph`: the chunk's input features and
/// every node's output, gradient and scratch. Allocated once per evaluator and thread, reused
/// for every chunk.
final class KernelWorkspace: @unchecked Sendable {
    let stride = EventBatch.chunkVectors
    let features: UnsafeMutablePointer<FloatVector>
    let outputs: [UnsafeMutablePointer<FloatVector>]
    let gradients: [UnsafeMutablePointer<FloatVector>]
    let scratch: [UnsafeMutablePointer<FloatVector>]
    let headGradient: UnsafeMutablePointer<FloatVector>
    /// The gradient lane sums of the block being evaluated, one vector per parameter.
    let laneSums: UnsafeMutablePointer<FloatVector>
    private let memory: UnsafeMutableRawPointer

    init(graph: KernelGraph) {
        let stride = EventBatch.chunkVectors
        let nodeCount = graph.nodes.count
        var total = graph.columns * stride + stride + graph.parameterCount
        for index in 0..<nodeCount {
            total += 2 * stride + graph.scratchVectors(index, stride: stride)
        }
        let bytes = total * MemoryLayout<FloatVector>.stride
        memory = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        memory.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        var cursor = memory.bindMemory(to: FloatVector.self, capacity: total)
        func take(_ count: Int) -> UnsafeMutablePointer<FloatVector> {
            defer { cursor += count }
            return cursor
        }
        features = take(graph.columns * stride)
        headGradient = take(stride)
        laneSums = take(graph.parameterCount)
        var outputs: [UnsafeMutablePointer<FloatVector>] = []
        var gradients: [UnsafeMutablePointer<FloatVector>] = []
        var scratch: [UnsafeMutablePointer<FloatVector>] = []
        for index in 0..<nodeCount {
            outputs.append(take(stride))
            gradients.append(take(stride))
            scratch.append(take(graph.scratchVectors(index, stride: stride)))
        }
        self.outputs = outputs
        self.gradients = gradients
        self.scratch = scratch
    }

    deinit { memory.deallocate() }
}
