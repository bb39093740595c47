import Dispatch
import Foundation
import Synchronization

/// A dedicated helper thread that runs the second half of a split job while the calling thread
/// runs the first: `run { part in … }` calls `part` 0 on the caller and 1 on the helper, and
/// returns when both are done. Built for per-epoch kernels of a few tens of microseconds, where
/// waking a thread through the kernel would cost as much as the work.
///
/// The helper spins on an atomic for a short while after each job (so consecutive epochs start
/// without a system call), then sleeps on a semaphore until the next job. If another thread is
/// already using the helper, `run` runs both parts on the calling thread, so sharing an instance
/// is safe (just not parallel). Callers make results independent of the split by writing
/// per-block partials and reducing them in block order.
public final class HelperThread: @unchecked Sendable {
    /// State shared with the thread (the thread holds this, not the `HelperThread`, so that
    /// dropping the last `HelperThread` reference stops the thread).
    private final class Shared: @unchecked Sendable {
        /// Incremented by the caller to post a job.
        let posted = Atomic<Int>(0)
        /// Set to `posted`'s value by the helper when it finishes that job.
        let finished = Atomic<Int>(0)
        /// 1 while the helper sleeps (or is about to) on `wakeUp`.
        let sleeping = Atomic<Int>(0)
        /// 1 while a caller is inside `run`.
        let busy = Atomic<Int>(0)
        /// 1 once the owner is gone.
        let stopping = Atomic<Int>(0)
        let wakeUp = DispatchSemaphore(value: 0)
        /// The posted job; valid while the caller waits in `run`.
        nonisolated(unsafe) var job: ((Int) -> Void)?
    }

    private let shared = Shared()
    /// Spins of the helper before it sleeps (about 50–100 µs).
    private static let spinLimit = 20_000

    /// Starts the helper thread.
    public init() {
        let shared = self.shared
        let thread = Thread { HelperThread.loop(shared) }
        thread.name = "CutEngine helper"
        thread.start()
    }

    deinit {
        shared.stopping.store(1, ordering: .sequentiallyConsistent)
        shared.posted.add(1, ordering: .sequentiallyConsistent)
        if shared.sleeping.exchange(0, ordering: .sequentiallyConsistent) == 1 {
            shared.wakeUp.signal()
        }
    }

    /// Runs `part(0)` on the calling thread and `part(1)` on the helper; returns when both
    /// have returned. When the helper is in use by another caller, runs both here, in order.
    public func run(_ part: (Int) -> Void) {
        guard
            shared.busy.compareExchange(
                expected: 0, desired: 1, ordering: .sequentiallyConsistent
            ).exchanged
        else {
            part(0)
            part(1)
            return
        }
        defer { shared.busy.store(0, ordering: .sequentiallyConsistent) }
        withoutActuallyEscaping(part) { part in
            shared.job = part
            let ticket = shared.posted.add(1, ordering: .sequentiallyConsistent).newValue
            if shared.sleeping.exchange(0, ordering: .sequentiallyConsistent) == 1 {
                shared.wakeUp.signal()
            }
            part(0)
            while shared.finished.load(ordering: .sequentiallyConsistent) != ticket {}
            shared.job = nil
        }
    }

    private static func loop(_ shared: Shared) {
        var done = 0
        while true {
            var spins = 0
            while shared.posted.load(ordering: .sequentiallyConsistent) == done {
                spins += 1
                if spins < spinLimit { continue }
                // Announce the sleep, then re-check so a job posted meanwhile is not missed.
                shared.sleeping.store(1, ordering: .sequentiallyConsistent)
                if shared.posted.load(ordering: .sequentiallyConsistent) != done {
                    if shared.sleeping.exchange(0, ordering: .sequentiallyConsistent) == 0 {
                        shared.wakeUp.wait()  // the poster signalled: consume it
                    }
                    break
                }
                shared.wakeUp.wait()
                spins = 0
            }
            if shared.stopping.load(ordering: .sequentiallyConsistent) == 1 { return }
            done = shared.posted.load(ordering: .sequentiallyConsistent)
            shared.job?(1)
            shared.finished.store(done, ordering: .sequentiallyConsistent)
        }
    }
}
