import CutEngine
import Synchronization
import Testing

@Test func helperThreadRunsBothPartsBeforeReturning() {
    let helper = HelperThread()
    let counts = Mutex<[Int]>([0, 0])
    for _ in 0..<1000 {
        helper.run { part in counts.withLock { $0[part] += 1 } }
    }
    #expect(counts.withLock { $0 } == [1000, 1000])
}

@Test func helperThreadWakesUpAfterSleeping() async throws {
    let helper = HelperThread()
    let total = Atomic<Int>(0)
    helper.run { part in total.add(part + 1, ordering: .relaxed) }
    // Long enough for the helper to stop spinning and sleep on its semaphore.
    try await Task.sleep(for: .milliseconds(50))
    helper.run { part in total.add(part + 1, ordering: .relaxed) }
    #expect(total.load(ordering: .relaxed) == 6)
}
