extension KernelGraph {
    /// Evaluates every node over the chunk `frame`, writing its state; the root's output is
    /// `rootOutput(frame)`. `workspace` gives the working memory.
    func forward(
        parameters: UnsafePointer<Float>, frame: ChunkFrame, workspace: KernelWorkspace,
        vectors: Int
    ) {
        let stride = workspace.stride
        for (index, node) in nodes.enumerated() {
            let output = self.output(index, frame)
            switch node {
            case .mlp(let mlp):
                let scratch = mlp.scratch(
                    state: scratch(index, frame), work: workspace.work[index], stride: stride)
                mlp.forward(
                    parameters: parameters, input: frame.features, scratch: scratch,
                    stride: stride, vectors: vectors, blocks: workspace.blocks)
                output.update(from: mlp.output(scratch, stride: stride), count: vectors)
            case .cuts(let cuts):
                cuts.forward(
                    parameters: parameters, features: frame.features,
                    scratch: scratch(index, frame), output: output, stride: stride,
                    vectors: vectors)
            case .comparisons(let kernel):
                kernel.forward(
                    parameters: parameters, features: frame.features,
                    scratch: scratch(index, frame), output: output, stride: stride,
                    vectors: vectors)
            case .sigmoid(let child):
                let input = self.output(child, frame)
                for v in 0..<vectors { output[v] = VectorMath.sigmoid(input[v]) }
            case .product(let left, let right):
                let a = self.output(left, frame)
                let b = self.output(right, frame)
                for v in 0..<vectors { output[v] = a[v] * b[v] }
            }
        }
    }

    /// Back-propagates `workspace.headGradient` (the loss gradient at the root's output) through
    /// the chunk `frame` that `forward` evaluated, adding parameter gradients to the lane sums
    /// `laneSums`. Reads the frame only, so a frame kept from an earlier pass gives the same
    /// bits as one just evaluated.
    func backward(
        parameters: UnsafePointer<Float>, frame: ChunkFrame, workspace: KernelWorkspace,
        laneSums: UnsafeMutablePointer<FloatVector>, vectors: Int
    ) {
        let stride = workspace.stride
        for index in nodes.indices {
            workspace.gradients[index].update(repeating: FloatVector(), count: vectors)
        }
        workspace.gradients[nodes.count - 1].update(from: workspace.headGradient, count: vectors)
        for index in nodes.indices.reversed() {
            let gradient = workspace.gradients[index]
            switch nodes[index] {
            case .mlp(let mlp):
                mlp.backward(
                    parameters: parameters, input: frame.features,
                    scratch: mlp.scratch(
                        state: scratch(index, frame), work: workspace.work[index],
                        stride: stride),
                    outputGradient: gradient, laneSums: laneSums, stride: stride,
                    vectors: vectors, blocks: workspace.blocks)
            case .cuts(let cuts):
                cuts.backward(
                    gradient: gradient, scratch: scratch(index, frame),
                    laneSums: laneSums, stride: stride, vectors: vectors)
            case .comparisons(let kernel):
                kernel.backward(
                    gradient: gradient, scratch: scratch(index, frame),
                    laneSums: laneSums, stride: stride, vectors: vectors)
            case .sigmoid(let child):
                let s = output(index, frame)
                let target = workspace.gradients[child]
                for v in 0..<vectors { target[v] += gradient[v] * s[v] * (1 - s[v]) }
            case .product(let left, let right):
                let a = output(left, frame)
                let b = output(right, frame)
                let ga = workspace.gradients[left]
                let gb = workspace.gradients[right]
                for v in 0..<vectors {
                    ga[v] += gradient[v] * b[v]
                    gb[v] += gradient[v] * a[v]
                }
            }
        }
    }
}
