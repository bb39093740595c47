/// The 32-bit Mersenne Twister MT19937 (Matsumoto and Nishimura, 1998), seeded the way numpy's
/// legacy `RandomState(seed)` seeds it for an integer seed (`init_genrand`).
///
/// This is the raw generator behind ``RandomState``; most code should use that type instead.
/// A value type: copying a generator copies its position in the stream.
public struct MersenneTwister: Sendable, Equatable {
    /// Number of 32-bit words in the state vector.
    static let stateSize = 624
    /// Offset of the word mixed into each twist.
    static let shift = 397
    static let matrixA: UInt32 = 0x9908_b0df
    static let upperMask: UInt32 = 0x8000_0000
    static let lowerMask: UInt32 = 0x7fff_ffff

    private var state: [UInt32]
    private var position: Int

    /// Seeds the generator with `init_genrand(seed)`: `mt[0] = seed`,
    /// `mt[i] = 1812433253 · (mt[i−1] ⊕ (mt[i−1] >> 30)) + i` (mod 2³²).
    ///
    /// - Parameter seed: any 32-bit seed; numpy's `RandomState(seed)` accepts 0 … 2³² − 1.
    public init(seed: UInt32) {
        var words = [UInt32](repeating: 0, count: Self.stateSize)
        words[0] = seed
        for index in 1..<Self.stateSize {
            let previous = words[index - 1]
            words[index] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(index)
        }
        state = words
        position = Self.stateSize
    }

    /// The next 32-bit output of the stream (`genrand_int32`).
    public mutating func next() -> UInt32 {
        if position >= Self.stateSize {
            twist()
        }
        var value = state[position]
        position += 1
        // Tempering.
        value ^= value >> 11
        value ^= (value << 7) & 0x9d2c_5680
        value ^= (value << 15) & 0xefc6_0000
        value ^= value >> 18
        return value
    }

    /// Regenerates all 624 words of the state at once, as the reference implementation does.
    private mutating func twist() {
        let count = Self.stateSize
        state.withUnsafeMutableBufferPointer { words in
            for index in 0..<count {
                let mixed =
                    (words[index] & Self.upperMask) | (words[(index + 1) % count] & Self.lowerMask)
                var next = words[(index + Self.shift) % count] ^ (mixed >> 1)
                if mixed & 1 != 0 {
                    next ^= Self.matrixA
                }
                words[index] = next
            }
        }
        position = 0
    }
}
