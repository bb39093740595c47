extension KernelGraph {
    /// Copies what `backward` reads of the frame state `state` (a chunk of `vectors` vectors
    /// that `forward` evaluated) to `kept` (at most `frameVectors` vectors), dropping the
    /// network rows that are off for the whole chunk (all zero, never read backward): about
    /// half of a network's activations, and a kept frame is memory traffic, not cache.
    func keep(
        _ state: UnsafePointer<FloatVector>, into kept: UnsafeMutablePointer<FloatVector>,
        vectors: Int
    ) {
        copy(from: state, to: kept, vectors: vectors, packing: true)
    }

    /// Restores into `frame` what `keep` kept at `kept`, and recomputes the layers that it
    /// did not keep (`MLPKernel.recomputedLayers`); rows that `keep` dropped keep whatever
    /// they held, which `backward` does not read.
    func restore(
        _ kept: UnsafePointer<FloatVector>, into frame: ChunkFrame,
        parameters: UnsafePointer<Float>, workspace: KernelWorkspace, vectors: Int
    ) {
        copy(from: kept, to: frame.state, vectors: vectors, packing: false)
        for (index, node) in nodes.enumerated() {
            guard case .mlp(let mlp) = node, mlp.recomputedLayers > 0 else { continue }
            mlp.recomputeLayers(
                parameters: parameters, input: frame.features,
                scratch: mlp.scratch(
                    state: scratch(index, frame), work: workspace.work[index],
                    stride: workspace.stride),
                stride: workspace.stride, vectors: vectors, blocks: workspace.blocks)
        }
    }

    @inline(__always)
    private func copy(
        from source: UnsafePointer<FloatVector>, to target: UnsafeMutablePointer<FloatVector>,
        vectors: Int, packing: Bool
    ) {
        let stride = EventBatch.chunkVectors
        for (index, node) in nodes.enumerated() {
            let output = frameOutputs[index]
            (target + output).update(from: source + output, count: vectors)
            let scratch = frameScratch[index]
            switch node {
            case .mlp(let mlp):
                mlp.copyState(
                    from: source + scratch, to: target + scratch, stride: stride,
                    vectors: vectors, packing: packing)
            case .cuts, .comparisons:
                (target + scratch).update(
                    from: source + scratch,
                    count: Self.scratchVectors(node, columns: columns, stride: stride))
            case .sigmoid, .product: break
            }
        }
    }
}

extension MLPKernel {
    /// Copies a chunk's forward state (`scratchVectors`) from `source` to `target`: the
    /// feature lists and counts as they are, and of the activations only each layer's active
    /// rows, `vectors` vectors each. Packing writes those rows one after another from the start
    /// of `target`'s activations; unpacking (`packing` false) reads them so from `source` and
    /// puts each back at its row.
    @inline(__always)
    func copyState(
        from source: UnsafePointer<FloatVector>, to target: UnsafeMutablePointer<FloatVector>,
        stride: Int, vectors: Int, packing: Bool
    ) {
        let listsOffset = activationFeatures * stride
        let listVectors = (activationFeatures + widest + layers.count + 15) / 16
        (target + listsOffset).update(from: source + listsOffset, count: listVectors)
        let lists = UnsafeRawPointer(target + listsOffset).assumingMemoryBound(to: Int32.self)
        let counts = lists + activationFeatures + widest
        var packed = 0
        for (index, layer) in layers.enumerated() {
            if index < recomputedLayers { continue }
            let first = layer.activationFeature
            for position in 0..<Int(counts[index]) {
                let row = (first + Int(lists[first + position])) * stride
                if packing {
                    (target + packed).update(from: source + row, count: vectors)
                } else {
                    (target + row).update(from: source + packed, count: vectors)
                }
                packed += vectors
            }
        }
    }
}

extension MLPKernel {
    /// The first `count` layers of the network (`inputs` inputs, layers `layers`) that a kept
    /// chunk drops and `restore` recomputes: the longest prefix, short of the last layer, with
    /// at most four multiply-adds per event for each of its outputs. Keeping an output costs a
    /// float written to memory and read back, measured as worth about ten multiply-adds on the
    /// 2-core build machine (mlp(2,15,30,15,1): its 2→2 and 2→15 layers are recomputed).
    static func recomputedLayers(_ layers: [Layer]) -> Int {
        var count = 0
        var multiplyAdds = 0
        var outputs = 0
        for layer in layers.dropLast() {
            multiplyAdds += layer.inputs * layer.outputs
            outputs += layer.outputs
            guard multiplyAdds <= 4 * outputs else { break }
            count += 1
        }
        return count
    }

    /// The outputs of the first `recomputedLayers` (ReLU) layers, as `forward` computes them,
    /// into `scratch`'s activations, from the feature lists that `forward` left in `scratch`.
    func recomputeLayers(
        parameters: UnsafePointer<Float>, input: UnsafePointer<FloatVector>, scratch: Scratch,
        stride: Int, vectors: Int, blocks: DenseBlockShape
    ) {
        for index in 0..<widest { scratch.identity[index] = Int32(index) }
        var columns = FeatureList(indices: scratch.identity, count: layers[0].inputs)
        var layerInput = input
        for index in 0..<recomputedLayers {
            let layer = layers[index]
            reluLayer(
                layer, parameters: parameters, columns: columns, input: layerInput,
                scratch: scratch, stride: stride, vectors: vectors, blocks: blocks)
            columns = FeatureList(
                indices: scratch.lists + layer.activationFeature, count: Int(scratch.counts[index]))
            layerInput = UnsafePointer(scratch.activations + layer.activationFeature * stride)
        }
    }
}
