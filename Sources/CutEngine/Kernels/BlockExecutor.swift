import Foundation
import Synchronization

/// Runs numbered tasks on a small pool of persistent threads, deterministically.
///
/// The executor decides only *who* runs a task, never *what* a task computes: every task writes
/// its own result slot and the caller reduces the slots in task order, so results are
/// bit-identical for any thread count. The pool's threads stay alive between calls; an idle
/// worker spins briefly (a training epoch follows the previous one within microseconds), then
/// sleeps on a semaphore, so the executor costs no CPU between trainings. Executors live for the
/// whole process (their threads keep a reference), so create a few and keep them.
public final class BlockExecutor: @unchecked Sendable {
    /// The number of threads that run tasks, the calling thread included.
    public let threadCount: Int

    private let generation = Atomic<Int>(0)
    private let nextTask = Atomic<Int>(0)
    private let finishedWorkers = Atomic<Int>(0)
    private let wake = DispatchSemaphore(value: 0)
    private let sleepers = Atomic<Int>(0)
    private let done = DispatchSemaphore(value: 0)
    private let mainWaiting = Atomic<Bool>(false)
    private let lock = NSLock()
    private nonisolated(unsafe) var taskCount = 0
    private nonisolated(unsafe) var body: ((Int, Int) -> Void)?

    /// The shared executor with one thread per available core.
    public static let shared = BlockExecutor(
        threadCount: ProcessInfo.processInfo.activeProcessorCount)

    /// Creates an executor with `threadCount` threads (at least one: the caller's).
    public init(threadCount: Int) {
        let count = max(1, threadCount)
        self.threadCount = count
        for worker in 1..<count {
            let thread = Thread { self.workerLoop(worker) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    /// Runs `body(task, worker)` for every task in `0..<taskCount` and returns when all are done.
    ///
    /// `worker` is in `0..<threadCount` and is unique among concurrently running calls, so it
    /// can index per-thread scratch memory. Calls to `run` are serialised.
    public func run(taskCount: Int, _ body: (_ task: Int, _ worker: Int) -> Void) {
        guard taskCount > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        if threadCount == 1 || taskCount == 1 {
            for task in 0..<taskCount { body(task, 0) }
            return
        }
        withoutActuallyEscaping(body) { escapable in
            self.taskCount = taskCount
            self.body = escapable
            nextTask.store(0, ordering: .relaxed)
            finishedWorkers.store(0, ordering: .relaxed)
            generation.add(1, ordering: .releasing)
            for _ in 0..<sleepers.load(ordering: .sequentiallyConsistent) { wake.signal() }
            drainTasks(worker: 0)
            waitForWorkers()
            self.body = nil
        }
    }

    private func drainTasks(worker: Int) {
        guard let body else { return }
        while true {
            let task = nextTask.add(1, ordering: .relaxed).oldValue
            if task >= taskCount { return }
            body(task, worker)
        }
    }

    private func waitForWorkers() {
        let workers = threadCount - 1
        var spins = 0
        while finishedWorkers.load(ordering: .acquiring) < workers {
            spins += 1
            if spins > 200_000 {
                mainWaiting.store(true, ordering: .sequentiallyConsistent)
                if finishedWorkers.load(ordering: .sequentiallyConsistent) < workers {
                    done.wait()
                }
                mainWaiting.store(false, ordering: .sequentiallyConsistent)
                spins = 0
            }
        }
    }

    private func workerLoop(_ worker: Int) {
        var seen = 0
        while true {
            var spins = 0
            while generation.load(ordering: .acquiring) == seen {
                spins += 1
                if spins > 100_000 {
                    sleepers.add(1, ordering: .sequentiallyConsistent)
                    if generation.load(ordering: .sequentiallyConsistent) == seen { wake.wait() }
                    sleepers.subtract(1, ordering: .sequentiallyConsistent)
                    spins = 0
                }
            }
            seen = generation.load(ordering: .acquiring)
            drainTasks(worker: worker)
            finishedWorkers.add(1, ordering: .releasing)
            if mainWaiting.load(ordering: .sequentiallyConsistent) { done.signal() }
        }
    }
}
