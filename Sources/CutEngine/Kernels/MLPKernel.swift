/// The dense layers of a multilayer perceptron, as the kernels see them: sizes and the offsets
/// of each layer's weights (`[inputs][outputs]`, row-major, Haiku's layout) and biases in a flat
/// parameter vector. ReLU follows every layer except the last.
struct MLPKernel: Sendable {
    /// One dense layer's shape and parameter offsets.
    struct Layer: Sendable {
        let inputs: Int
        let outputs: Int
        /// Offset of the weights; the biases follow them.
        let weightOffset: Int
        /// Offset of this layer's output activations in the chunk scratch, in features.
        let activationFeature: Int

        /// Offset of the biases, right after the `inputs × outputs` weights.
        var biasOffset: Int { weightOffset + inputs * outputs }
        /// Offset just past this layer's parameters, where the next layer's weights start.
        var endOffset: Int { biasOffset + outputs }
    }

    let layers: [Layer]
    /// Features of all layer outputs together (the chunk scratch for activations).
    let activationFeatures: Int
    /// The widest layer: the size of each of the two delta buffers, in features.
    let widest: Int
    /// The first layers whose outputs a kept chunk recomputes instead of keeping
    /// (`recomputedLayers(_:)`, `KernelGraph.keep`).
    let recomputedLayers: Int
    /// The kernel for `inputs` input features and layer sizes `outputSizes`, whose parameters
    /// start at `parameterOffset` (layer by layer: weights, then biases).
    init(inputs: Int, outputSizes: [Int], parameterOffset: Int) {
        var built: [Layer] = []
        var fanIn = inputs
        var offset = parameterOffset
        var feature = 0
        for size in outputSizes {
            let layer = Layer(
                inputs: fanIn, outputs: size, weightOffset: offset, activationFeature: feature)
            built.append(layer)
            offset = layer.endOffset
            feature += size
            fanIn = size
        }
        layers = built
        activationFeatures = feature
        widest = max(inputs, outputSizes.max() ?? 1)
        recomputedLayers = Self.recomputedLayers(built)
    }

    /// Vectors of forward state one chunk keeps for the backward pass: every layer's outputs
    /// and the feature lists (Int32, sixteen per vector).
    func scratchVectors(stride: Int) -> Int {
        activationFeatures * stride + (activationFeatures + widest + layers.count + 15) / 16
    }

    /// Vectors of per-thread working memory: two delta buffers and the row maxima.
    func workVectors(stride: Int) -> Int { 2 * widest * stride + widest }

    /// The parts of a chunk's scratch memory: its forward state (activations, lists, counts) and
    /// the thread's working memory (deltas, row maxima).
    struct Scratch {
        let activations: UnsafeMutablePointer<FloatVector>
        let deltas: UnsafeMutablePointer<FloatVector>
        /// Per unit of the current layer, the lane-wise maximum of its outputs.
        let rowMaxima: UnsafeMutablePointer<FloatVector>
        let lists: UnsafeMutablePointer<Int32>
        let identity: UnsafeMutablePointer<Int32>
        /// The number of active units of each layer's output, after `forward`.
        let counts: UnsafeMutablePointer<Int32>
    }

    /// The scratch of a chunk whose forward state is at `state` (`scratchVectors`), with the
    /// working memory at `work` (`workVectors`).
    func scratch(
        state: UnsafeMutablePointer<FloatVector>, work: UnsafeMutablePointer<FloatVector>,
        stride: Int
    ) -> Scratch {
        let lists = UnsafeMutableRawPointer(state + activationFeatures * stride)
            .assumingMemoryBound(to: Int32.self)
        return Scratch(
            activations: state, deltas: work, rowMaxima: work + 2 * widest * stride, lists: lists,
            identity: lists + activationFeatures, counts: lists + activationFeatures + widest)
    }

    /// The network output of a chunk evaluated by `forward`: the last layer's first feature.
    func output(_ scratch: Scratch, stride: Int) -> UnsafeMutablePointer<FloatVector> {
        scratch.activations + (activationFeatures - 1) * stride
    }

    /// Runs the network over one chunk: `input` holds the input features (stride `stride`);
    /// `scratch` receives every layer's outputs and the list of each ReLU layer's active units.
    func forward(
        parameters: UnsafePointer<Float>, input: UnsafePointer<FloatVector>, scratch: Scratch,
        stride: Int, vectors: Int, blocks: DenseBlockShape
    ) {
        for index in 0..<widest { scratch.identity[index] = Int32(index) }
        var columns = FeatureList(indices: scratch.identity, count: layers[0].inputs)
        var layerInput = input
        for (index, layer) in layers.enumerated() {
            let output = scratch.activations + layer.activationFeature * stride
            let isLast = index == layers.count - 1
            if isLast {
                DenseKernels.forward(
                    weights: parameters + layer.weightOffset, rowStride: 1,
                    columnStride: layer.outputs, bias: parameters + layer.biasOffset,
                    rows: FeatureList(indices: scratch.identity, count: layer.outputs),
                    columns: columns, input: layerInput, output: output, stride: stride,
                    vectors: vectors, epilogue: IdentityEpilogue(), blocks: blocks)
            } else {
                reluLayer(
                    layer, parameters: parameters, columns: columns, input: layerInput,
                    scratch: scratch, stride: stride, vectors: vectors, blocks: blocks)
            }
            var active = FeatureList(
                indices: scratch.lists + layer.activationFeature, count: layer.outputs)
            if isLast {
                for o in 0..<layer.outputs { active.indices[o] = Int32(o) }
            } else {
                DenseKernels.activeRows(
                    rowMaxima: scratch.rowMaxima, count: layer.outputs, into: &active)
            }
            scratch.counts[index] = Int32(active.count)
            columns = active
            layerInput = UnsafePointer(output)
        }
    }

    /// One hidden layer's ReLU outputs over the input rows `columns` of `input`, into the
    /// layer's activations, with each output row's maximum in `scratch.rowMaxima` (which
    /// `forward` turns into the layer's active list). `forward` and `recomputeLayers` share it.
    @inline(__always)
    func reluLayer(
        _ layer: Layer, parameters: UnsafePointer<Float>, columns: FeatureList,
        input: UnsafePointer<FloatVector>, scratch: Scratch, stride: Int, vectors: Int,
        blocks: DenseBlockShape
    ) {
        scratch.rowMaxima.update(repeating: FloatVector(), count: layer.outputs)
        DenseKernels.forward(
            weights: parameters + layer.weightOffset, rowStride: 1, columnStride: layer.outputs,
            bias: parameters + layer.biasOffset,
            rows: FeatureList(indices: scratch.identity, count: layer.outputs), columns: columns,
            input: input, output: scratch.activations + layer.activationFeature * stride,
            stride: stride, vectors: vectors, epilogue: ReLUEpilogue(rowMaxima: scratch.rowMaxima),
            blocks: blocks)
    }

    /// Back-propagates `outputGradient` (the loss gradient at the network's single output, one
    /// feature) through a chunk whose forward pass filled `scratch`, adding the parameter
    /// gradients to the lane sums `laneSums` (indexed like the flat parameters). The input
    /// gradient is not needed (inputs are data) and is not computed.
    func backward(
        parameters: UnsafePointer<Float>, input: UnsafePointer<FloatVector>, scratch: Scratch,
        outputGradient: UnsafePointer<FloatVector>, laneSums: UnsafeMutablePointer<FloatVector>,
        stride: Int, vectors: Int, blocks: DenseBlockShape
    ) {
        var delta = outputGradient
        var spare = scratch.deltas
        var other = scratch.deltas + widest * stride
        for index in layers.indices.reversed() {
            let layer = layers[index]
            let rows = FeatureList(
                indices: scratch.lists + layer.activationFeature, count: Int(scratch.counts[index]))
            let layerInput: UnsafePointer<FloatVector>
            let columns: FeatureList
            if index == 0 {
                layerInput = input
                columns = FeatureList(indices: scratch.identity, count: layer.inputs)
            } else {
                let below = layers[index - 1]
                layerInput = UnsafePointer(scratch.activations + below.activationFeature * stride)
                columns = FeatureList(
                    indices: scratch.lists + below.activationFeature,
                    count: Int(scratch.counts[index - 1]))
            }
            DenseKernels.accumulateGradient(
                delta: delta, input: layerInput, rows: rows, columns: columns,
                outputs: layer.outputs, stride: stride, vectors: vectors,
                weightSums: laneSums + layer.weightOffset, biasSums: laneSums + layer.biasOffset,
                blocks: blocks)
            if index == 0 { break }
            DenseKernels.forward(
                weights: parameters + layer.weightOffset, rowStride: layer.outputs,
                columnStride: 1,
                bias: nil, rows: columns, columns: rows, input: delta, output: spare,
                stride: stride, vectors: vectors, epilogue: MaskEpilogue(mask: layerInput),
                blocks: blocks)
            delta = UnsafePointer(spare)
            swap(&spare, &other)
        }
    }
}
