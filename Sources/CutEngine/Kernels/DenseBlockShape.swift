import CCPUFeatures

/// How many accumulators the dense kernels keep in registers at once: their register blocks,
/// sized to the CPU's vector registers.
///
/// A `FloatVector` holds sixteen events. With AVX-512 it is one of 32 registers, and the
/// kernels' four-by-four blocks of such vectors fit. With AVX2 (or NEON) it takes two (or four)
/// registers of the 16 (or 32) there are, and the same block spills to the stack on every step,
/// so those CPUs use smaller blocks.
///
/// The shape changes only which sums are in registers together, never a sum's terms or their
/// order: every output and every gradient lane adds the same products in the same order, so
/// both shapes give bit-identical results (`KernelDeterminismTests`).
public enum DenseBlockShape: String, Sendable, CaseIterable {
    /// Four outputs × four event vectors in a forward block, four × four weights in a gradient
    /// block: sixteen vector accumulators, for AVX-512's 32 registers.
    case wide
    /// Four outputs × one event vector in a forward block, two × two weights in a gradient
    /// block: four to eight registers of accumulators, for CPUs with 16 registers of eight
    /// floats (AVX2) or 32 of four (NEON).
    case narrow

    /// The shape for the CPU this process runs on: `wide` with AVX-512, `narrow` otherwise.
    /// Release builds target the CPU that builds them (`-target-cpu native`), which is the CPU
    /// they run on, so the registers this names are the ones the compiled kernels use.
    public static let native: DenseBlockShape = cutbook_cpu_has_avx512f() != 0 ? .wide : .narrow

    /// Event vectors per forward block (`DenseKernels.forward`).
    @inline(__always)
    var forwardVectors: Int { self == .wide ? 4 : 1 }

    /// Rows and columns of weights per gradient block (`DenseKernels.accumulateGradient`).
    @inline(__always)
    var gradientSide: Int { self == .wide ? 4 : 2 }
}
