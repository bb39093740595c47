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
    /// Per node, where its output starts in a `ChunkFrame`'s state, in vectors.
    let frameOutputs: [Int]
    /// Per node, where its forward state (`scratchVectors`) starts in a frame, in vectors.
    let frameScratch: [Int]
    /// Vectors of one frame's state: every node's output and forward state for one chunk.
    let frameVectors: Int

    init(nodes: [Node], parameterCount: Int, columns: Int) {
        self.nodes = nodes
        self.parameterCount = parameterCount
        self.columns = columns
        let stride = EventBatch.chunkVectors
        var outputs: [Int] = []
        var scratch: [Int] = []
        var cursor = 0
        for node in nodes {
            outputs.append(cursor)
            cursor += stride
            scratch.append(cursor)
            cursor += Self.scratchVectors(node, columns: columns, stride: stride)
        }
        frameOutputs = outputs
        frameScratch = scratch
        frameVectors = cursor
    }

    /// Vectors of forward state that a node keeps for the backward pass, beyond its output:
    /// part of each chunk's frame.
    static func scratchVectors(_ node: Node, columns: Int, stride: Int) -> Int {
        switch node {
        case .mlp(let mlp): return mlp.scratchVectors(stride: stride)
        case .cuts: return 2 * columns * stride
        case .comparisons(let kernel): return kernel.scratchFeatures * stride
        case .sigmoid, .product: return 0
        }
    }

    /// Vectors of working memory that node `index` needs per thread (not kept between passes).
    func workVectors(_ index: Int, stride: Int) -> Int {
        if case .mlp(let mlp) = nodes[index] { return mlp.workVectors(stride: stride) }
        return 0
    }

    /// Node `index`'s output in `frame`.
    @inline(__always)
    func output(_ index: Int, _ frame: ChunkFrame) -> UnsafeMutablePointer<FloatVector> {
        frame.state + frameOutputs[index]
    }

    /// The root's output in `frame`: the model output of the chunk's events.
    @inline(__always)
    func rootOutput(_ frame: ChunkFrame) -> UnsafeMutablePointer<FloatVector> {
        frame.state + frameOutputs[nodes.count - 1]
    }

    /// Node `index`'s forward state in `frame`.
    @inline(__always)
    func scratch(_ index: Int, _ frame: ChunkFrame) -> UnsafeMutablePointer<FloatVector> {
        frame.state + frameScratch[index]
    }
}

/// One chunk as the kernels see it: its input features (feature-major, stride
/// `EventBatch.chunkVectors`, read only) and the state its forward pass leaves for the backward
/// pass (`KernelGraph.frameVectors`: every node's output and forward state).
struct ChunkFrame {
    let features: UnsafePointer<FloatVector>
    let state: UnsafeMutablePointer<FloatVector>
}

/// One thread's memory for evaluating chunks of a `KernelGraph`: a frame state for passes that
/// do not keep chunks, every node's gradient and working memory, the loss gradient at the root
/// and the gradient lane sums. Allocated once per evaluator and thread, reused for every chunk.
final class KernelWorkspace: @unchecked Sendable {
    let stride = EventBatch.chunkVectors
    /// The dense kernels' register blocks.
    let blocks: DenseBlockShape
    /// A frame's state, for chunks whose forward state is not kept.
    let frameState: UnsafeMutablePointer<FloatVector>
    let gradients: [UnsafeMutablePointer<FloatVector>]
    /// Per node, its working memory (`KernelGraph.workVectors`).
    let work: [UnsafeMutablePointer<FloatVector>]
    let headGradient: UnsafeMutablePointer<FloatVector>
    /// The gradient lane sums of the block being evaluated, one vector per parameter.
    let laneSums: UnsafeMutablePointer<FloatVector>
    private let memory: UnsafeMutableRawPointer

    init(graph: KernelGraph, blocks: DenseBlockShape) {
        self.blocks = blocks
        let stride = EventBatch.chunkVectors
        let nodeCount = graph.nodes.count
        var total = graph.frameVectors + stride + graph.parameterCount
        for index in 0..<nodeCount {
            total += stride + graph.workVectors(index, stride: stride)
        }
        let bytes = total * MemoryLayout<FloatVector>.stride
        memory = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        memory.initializeMemory(as: UInt8.self, repeating: 0, count: bytes)
        var cursor = memory.bindMemory(to: FloatVector.self, capacity: total)
        func take(_ count: Int) -> UnsafeMutablePointer<FloatVector> {
            defer { cursor += count }
            return cursor
        }
        frameState = take(graph.frameVectors)
        headGradient = take(stride)
        laneSums = take(graph.parameterCount)
        var gradients: [UnsafeMutablePointer<FloatVector>] = []
        var work: [UnsafeMutablePointer<FloatVector>] = []
        for index in 0..<nodeCount {
            gradients.append(take(stride))
            work.append(take(graph.workVectors(index, stride: stride)))
        }
        self.gradients = gradients
        self.work = work
    }

    deinit { memory.deallocate() }
}
