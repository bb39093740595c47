/// The SIMD vector every event kernel works on: 16 `Float` lanes, one AVX-512 register (two
/// AVX2 registers). Kernels walk event columns 16 events at a time; a tail shorter than 16 is
/// loaded into a padded vector, so every event goes through the same arithmetic.
public typealias FloatVector = SIMD16<Float>

/// Integer lanes matching `FloatVector`, used for exponent and bit manipulation.
typealias IntVector = SIMD16<Int32>

extension FloatVector {
    /// Loads `FloatVector.scalarCount` values starting at `base + offset`, or, when fewer remain
    /// before `count`, the remaining values followed by `padding` in the unused lanes.
    @inline(__always)
    static func load(
        _ base: UnsafePointer<Float>, at offset: Int, count: Int, padding: Float = 0
    ) -> FloatVector {
        let remaining = count - offset
        if remaining >= FloatVector.scalarCount { return loadWhole(base, at: offset) }
        var vector = FloatVector(repeating: padding)
        for lane in 0..<remaining { vector[lane] = base[offset + lane] }
        return vector
    }

    /// Stores the lanes to `base + offset`, writing only the lanes before `count`.
    @inline(__always)
    func store(to base: UnsafeMutablePointer<Float>, at offset: Int, count: Int) {
        let remaining = count - offset
        if remaining >= FloatVector.scalarCount { return storeWhole(to: base, at: offset) }
        for lane in 0..<remaining { base[offset + lane] = self[lane] }
    }

    /// Loads the `scalarCount` values at `base + offset`, all of which must be readable (a whole
    /// vector of the data, or of a scratch buffer whose last vector is padded).
    @inline(__always)
    static func loadWhole(_ base: UnsafePointer<Float>, at offset: Int) -> FloatVector {
        UnsafeRawPointer(base + offset).loadUnaligned(as: FloatVector.self)
    }

    /// Stores all lanes to `base + offset`, which must have room for a whole vector.
    @inline(__always)
    func storeWhole(to base: UnsafeMutablePointer<Float>, at offset: Int) {
        UnsafeMutableRawPointer(base + offset).storeBytes(of: self, as: FloatVector.self)
    }

    /// −1 in the lanes that hold events (lane < count − offset), 0 in a tail's unused lanes.
    @inline(__always)
    static func validLaneBits(at offset: Int, count: Int) -> IntVector {
        let remaining = Int32(clamping: Swift.min(count - offset, scalarCount))
        return (IntVector(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) &- remaining) &>> 31
    }

    /// The lanes' sum, added in a fixed order (pairwise halves) so results are reproducible.
    @inline(__always)
    var pairwiseSum: Float {
        let eight = lowHalf + highHalf
        let four = eight.lowHalf + eight.highHalf
        let two = four.lowHalf + four.highHalf
        return two[0] + two[1]
    }

    /// The lanes limited to `[low, high]`, by sign-mask selects (the standard library's
    /// `clamped` follows IEEE `minimum`/`maximum` lane by lane and does not vectorise).
    /// NaN lanes give an unspecified value in the range or NaN; callers handle NaN separately.
    @inline(__always)
    func limited(to low: Float, _ high: Float) -> FloatVector {
        let low = FloatVector(repeating: low)
        let high = FloatVector(repeating: high)
        let raised = selecting(low, whereBits: (self - low).signMask)
        return raised.selecting(high, whereBits: (high - raised).signMask)
    }

    /// −1 in NaN lanes, 0 elsewhere (from the bit pattern: magnitude bits above +∞'s).
    @inline(__always)
    var nanMask: IntVector {
        (IntVector(repeating: 0x7F80_0000) &- (bits & IntVector(repeating: 0x7FFF_FFFF))) &>> 31
    }

    /// `self * b + c` with one rounding (a fused multiply-add on FMA hardware).
    @inline(__always)
    func fma(_ b: FloatVector, _ c: FloatVector) -> FloatVector {
        c.addingProduct(self, b)
    }

    /// −1 (all bits set) in lanes whose sign bit is set (negative numbers, −0, negative NaNs),
    /// 0 elsewhere: a select mask from an arithmetic shift, without a comparison (the compiler
    /// materialises comparison masks lane by lane in large kernels).
    @inline(__always)
    var signMask: IntVector { bits &>> 31 }

    /// The IEEE bit patterns of the lanes.
    @inline(__always)
    var bits: IntVector { unsafeBitCast(self, to: IntVector.self) }

    /// The lanes whose IEEE bit patterns are `bits`.
    @inline(__always)
    init(bits: IntVector) { self = unsafeBitCast(bits, to: FloatVector.self) }
}

extension FloatVector {
    /// `other`'s lanes where `maskBits` is −1, this vector's where it is 0 — a bitwise select.
    ///
    /// Kernels build masks from sign bits (`signMask`, `nanMask`, `IntVector.equalityMask`)
    /// rather than comparisons: the standard library's comparison masks and
    /// `replacing(with:where:)` are per-lane code that the optimiser does not always turn into
    /// vector instructions inside large kernels.
    @inline(__always)
    func selecting(_ other: FloatVector, whereBits maskBits: IntVector) -> FloatVector {
        FloatVector(bits: (other.bits & maskBits) | (bits & ~maskBits))
    }
}

extension IntVector {
    /// −1 in the lanes where `a` and `b` are equal, 0 elsewhere, from integer arithmetic
    /// (v | −v has its sign bit set exactly when v ≠ 0).
    @inline(__always)
    static func equalityMask(_ a: IntVector, _ b: IntVector) -> IntVector {
        let difference = a ^ b
        return ~((difference | (0 &- difference)) &>> 31)
    }

    /// `other`'s lanes where `maskBits` is −1, this vector's where it is 0.
    @inline(__always)
    func selecting(_ other: IntVector, whereBits maskBits: IntVector) -> IntVector {
        (other & maskBits) | (self & ~maskBits)
    }
}
