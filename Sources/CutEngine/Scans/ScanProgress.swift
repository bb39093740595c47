/// Told how far a long loop is: `done` of `total` steps. Loops call it at most about 1000 times
/// (and always at the end), so a caller may do real work in it, like printing a progress line.
public typealias ScanProgress = (_ done: Int, _ total: Int) -> Void

/// Calls a `ScanProgress` every `total / 1000`th step and at the last one, so loops of a
/// million cheap steps do not pay for a million calls.
public struct ScanProgressStride {
    /// The number of steps of the loop.
    public let total: Int
    private let every: Int
    private let report: ScanProgress?

    /// A stride over `total` steps reporting to `report` (nothing when nil).
    public init(total: Int, report: ScanProgress?) {
        self.total = total
        self.every = max(1, total / 1000)
        self.report = report
    }

    /// Step `done` (from 1) has finished.
    @inline(__always)
    public func finished(_ done: Int) {
        guard let report, done % every == 0 || done == total else { return }
        report(done, total)
    }
}
