extension KernelGraph {
    /// Copies the vectors `range` of every feature column (column `c` starts at
    /// `features + c * vectorsPerColumn`) into the workspace; returns the vector count.
    @inline(__always)
    func loadFeatures(
        _ features: UnsafePointer<FloatVector>, vectorsPerColumn: Int, range: Range<Int>,
        into workspace: KernelWorkspace
    ) -> Int {
        for column in 0..<columns {
            let source = features + column * vectorsPerColumn + range.lowerBound
            (workspace.features + column * workspace.stride).update(
                from: source, count: range.count)
        }
        return range.count
    }

    /// Evaluates every node over the loaded chunk; the root's output is in
    /// `workspace.outputs.last`.
    func forward(
        parameters: UnsafePointer<Float>, workspace: KernelWorkspace, vectors: Int
    ) {
        let stride = workspace.stride
        for (index, node) in nodes.enumerated() {
            let output = workspace.outputs[index]
            switch node {
            case .mlp(let mlp):
                let scratch = mlp.scratch(workspace.scratch[index], stride: stride)
                mlp.forward(
                    parameters: parameters, input: workspace.features, scratch: scratch,
                    stride: stride, vectors: vectors)
                output.update(from: mlp.output(scratch, stride: stride), count: vectors)
            case .cuts(let cuts):
                cuts.forward(
                    parameters: parameters, features: workspace.features,
                    scratch: workspace.scratch[index], output: output, stride: stride,
                    vectors: vectors)
            case .comparisons(let kernel):
                kernel.forward(
                    parameters: parameters, features: workspace.features,
                    scratch: workspace.scratch[index], output: output, stride: stride,
                    vectors: vectors)
            case .sigmoid(let child):
                let input = workspace.outputs[child]
                for v in 0..<vectors { output[v] = VectorMath.sigmoid(input[v]) }
            case .product(let left, let right):
                let a = workspace.outputs[left]
                let b = workspace.outputs[right]
                for v in 0..<vectors { output[v] = a[v] * b[v] }
            }
        }
    }

    /// Back-propagates `workspace.headGradient` (the loss gradient at the root's output) through
    /// the chunk evaluated by `forward`, adding parameter gradients to the lane sums `laneSums`.
    func backward(
        parameters: UnsafePointer<Float>, workspace: KernelWorkspace,
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
                    parameters: parameters, input: workspace.features,
                    scratch: mlp.scratch(workspace.scratch[index], stride: stride),
                    outputGradient: gradient, laneSums: laneSums, stride: stride,
                    vectors: vectors)
            case .cuts(let cuts):
                cuts.backward(
                    gradient: gradient, scratch: workspace.scratch[index],
                    laneSums: laneSums, stride: stride, vectors: vectors)
            case .comparisons(let kernel):
                kernel.backward(
                    gradient: gradient, scratch: workspace.scratch[index],
                    laneSums: laneSums, stride: stride, vectors: vectors)
            case .sigmoid(let child):
                let s = workspace.outputs[index]
                let target = workspace.gradients[child]
                for v in 0..<vectors { target[v] += gradient[v] * s[v] * (1 - s[v]) }
            case .product(let left, let right):
                let a = workspace.outputs[left]
                let b = workspace.outputs[right]
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
