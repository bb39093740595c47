/// The most memory one directive may ask for, and the estimates that are checked against it
/// before anything is allocated.
///
/// The limit is a fixed 4 GiB rather than a share of the machine's memory, so that a report
/// that builds on one machine builds (or is refused with the same message) on every other: the
/// largest directive of the workshop report needs a few tens of megabytes, so 4 GiB leaves two
/// orders of magnitude of room while stopping sizes that could only abort the process.
public enum MemoryLimit {
    /// The limit in bytes (4 GiB).
    public static let bytes: Double = 4 * 1024 * 1024 * 1024

    /// `bytes` for a message: `4 GiB`, `80 GB`, `512 MB`.
    public static func describe(_ bytes: Double) -> String {
        let units: [(Double, String)] = [(1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "kB")]
        if bytes == Self.bytes { return "4 GiB" }
        for (size, name) in units where bytes >= size {
            let value = bytes / size
            return (value >= 100 ? String(Int(value.rounded())) : String(format1(value))) + " "
                + name
        }
        return "\(Int(bytes)) bytes"
    }

    private static func format1(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0
            ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}

/// An estimate of the memory something will need, with the sizes it is made of.
public struct MemoryEstimate: Sendable, Equatable {
    /// The estimated bytes (a `Double`, so that no product of user sizes can overflow).
    public var bytes: Double
    /// How the estimate is made, such as `10000000000 events × 1 column × 8 bytes`.
    public var breakdown: String

    /// Creates an estimate.
    public init(bytes: Double, breakdown: String) {
        self.bytes = bytes
        self.breakdown = breakdown
    }

    /// Whether the estimate is above `MemoryLimit.bytes`.
    public var exceedsLimit: Bool { !(bytes <= MemoryLimit.bytes) }

    /// `about 80 GB (10000000000 events × 1 column × 8 bytes), above the 4 GiB limit`.
    public var summary: String {
        "about \(MemoryLimit.describe(bytes)) (\(breakdown)), above the \(MemoryLimit.describe(MemoryLimit.bytes)) limit"
    }
}
