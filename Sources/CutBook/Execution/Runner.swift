import Foundation

/// Runs the directives a build needs: loads what the cache has, computes the rest in
/// dependency order with at most `jobs` at a time (work on the whole thread pool alone), stores
/// new results, checks assertions.
struct Runner: Sendable {
    /// The graph.
    var plan: ExecutionPlan
    /// The cache.
    var cache: ResultCache
    /// The executors.
    var executors: ExecutorSet
    /// At most this many directives run at once.
    var jobs: Int
    /// Where progress goes.
    var progress: ProgressReporter
    /// The report folder.
    var reportDirectory: URL

    /// What a run did.
    struct Outcome: Sendable {
        /// The results by directive id (only for directives that were needed).
        var results: [String: ResultValue] = [:]
        /// Every problem found.
        var diagnostics: [Diagnostic] = []
        /// Ids computed in this run.
        var computed: [String] = []
        /// Ids loaded from the cache.
        var loaded: [String] = []
        /// Seconds each computed directive took.
        var seconds: [String: Double] = [:]
        /// The results computed but not stored, each with why (the build goes on; a shard,
        /// whose work is the stored results, fails).
        var storeFailures: [OutputFailure] = []

        /// How many trainings ran.
        func trainings(in plan: ExecutionPlan) -> Int {
            computed.filter { plan.nodes[$0]?.directive.verb.isTraining == true }.count
        }
    }

    /// Creates a runner.
    init(
        plan: ExecutionPlan, cache: ResultCache, executors: ExecutorSet, jobs: Int,
        progress: ProgressReporter, reportDirectory: URL
    ) {
        self.plan = plan
        self.cache = cache
        self.executors = executors
        self.jobs = max(1, jobs)
        self.progress = progress
        self.reportDirectory = reportDirectory
    }

    /// Produces the results of `targets` (and whatever they need that is not cached).
    func run(targets: [String]) async -> Outcome {
        var outcome = Outcome()
        var toRun: [String] = []
        var visited: Set<String> = []

        func need(_ id: String) {
            guard visited.insert(id).inserted, let node = plan.nodes[id] else { return }
            switch plan.derived.contains(id) ? .miss : cache.load(node.key) {
            case .hit(let value):
                outcome.results[id] = value
                outcome.loaded.append(id)
                return
            case .otherResult:
                progress.note(Messages.cacheEntryHoldsAnotherResult(node.directive.directive))
            case .corrupt(let reason):
                progress.note(
                    Messages.cacheEntryIsCorrupt(node.directive.directive, reason: reason))
            case .miss:
                break
            }
            for input in node.inputIDs { need(input) }
            toRun.append(id)
        }
        // Data sets are drawn only when something that is not cached reads them; what is
        // derived from sweeps is derived in every build that shows it.
        for id in targets where plan.isResult(id) || plan.derived.contains(id) { need(id) }

        await execute(toRun, into: &outcome)
        for id in targets {
            guard case .check(let check)? = outcome.results[id], !check.passed,
                let item = plan.nodes[id]?.directive
            else { continue }
            let format = NumberFormat.of(item)
            outcome.diagnostics.append(
                Messages.assertionFailed(item, outcome: check, format: format))
        }
        outcome.diagnostics.sort {
            ($0.location?.description ?? "") < ($1.location?.description ?? "")
        }
        return outcome
    }

    /// A rough cost of running `id` (its verb's `schedulingCost`).
    private func cost(_ id: String) -> Int {
        guard let item = plan.nodes[id]?.directive else { return 0 }
        return item.verb.schedulingCost(of: item)
    }

    /// The ids ordered so that the longest chains of work start first (a data set that long
    /// trainings read before a cheap figure), so that the longest training does not end up as
    /// a serial tail of the build; ties in reading order.
    private func scheduled(_ ids: [String]) -> [String] {
        let included = Set(ids)
        var dependents: [String: [String]] = [:]
        for id in ids {
            for input in plan.nodes[id]!.inputIDs where included.contains(input) {
                dependents[input, default: []].append(id)
            }
        }
        var chain: [String: Int] = [:]
        func chainCost(_ id: String) -> Int {
            if let known = chain[id] { return known }
            let value = cost(id) + ((dependents[id] ?? []).map(chainCost).max() ?? 0)
            chain[id] = value
            return value
        }
        let position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        return ids.sorted { (chainCost($0), -position[$0]!) > (chainCost($1), -position[$1]!) }
    }

    /// Runs `ids` in dependency order, longest chain first, with at most `jobs` at a time.
    ///
    /// Work that uses the whole thread pool (`ExecutionPlan.usesThreadPool`) runs alone: two
    /// such trainings side by side would take turns on the pool pass by pass, and one-thread
    /// work beside one would preempt a pool thread while the other waits at the pass's end.
    /// When such work is ready but others are running, nothing new starts until it can;
    /// one-thread work (data, cut trainings, scans, figures) fills the cores otherwise.
    /// Results do not depend on the order.
    private func execute(_ ids: [String], into outcome: inout Outcome) async {
        var waiting = scheduled(ids)
        var failed: Set<String> = []
        var runningCount = 0
        var poolWork: String?
        let poolUsers = jobs > 1 ? Set(ids.filter(plan.usesThreadPool)) : []
        await withTaskGroup(of: (String, Result<ResultValue, Diagnostic>, Double).self) { group in
            while !waiting.isEmpty || runningCount > 0 {
                // Skip directives whose inputs failed; start those whose inputs are ready.
                var index = 0
                while index < waiting.count && runningCount < jobs && poolWork == nil {
                    let id = waiting[index]
                    let node = plan.nodes[id]!
                    if node.inputIDs.contains(where: failed.contains) {
                        failed.insert(id)
                        waiting.remove(at: index)
                        continue
                    }
                    guard node.inputIDs.allSatisfy({ outcome.results[$0] != nil }) else {
                        index += 1
                        continue
                    }
                    let needsPool = poolUsers.contains(id)
                    if needsPool && runningCount > 0 { break }
                    if needsPool { poolWork = id }
                    waiting.remove(at: index)
                    var inputs: [String: ResultValue] = [:]
                    var trainingData: [String: String] = [:]
                    for (name, inputID) in zip(node.directive.inputs, node.inputIDs) {
                        inputs[name] = outcome.results[inputID].map {
                            $0.part(
                                named: name, of: plan.nodes[inputID]?.directive.resultNames ?? [])
                        }
                        if let input = plan.nodes[inputID]?.directive, input.verb.isTraining {
                            trainingData[name] = input.names("on").first
                        }
                    }
                    runningCount += 1
                    let job = ExecutionInputs(values: inputs, trainingData: trainingData)
                    group.addTask { runOne(node, inputs: job) }
                }
                guard runningCount > 0, let (id, result, seconds) = await group.next() else {
                    break
                }
                runningCount -= 1
                if poolWork == id { poolWork = nil }
                switch result {
                case .success(let value):
                    outcome.results[id] = value
                    outcome.computed.append(id)
                    outcome.seconds[id] = seconds
                    guard !plan.derived.contains(id) else { break }
                    do {
                        try cache.store(value, for: plan.nodes[id]!.key)
                    } catch {
                        progress.note(
                            "could not store a cache entry in '\(cache.directory.path)': \(OutputFailure.cause(of: error))"
                        )
                        outcome.storeFailures.append(
                            OutputFailure(
                                path: cache.url(for: plan.nodes[id]!.key).path, error: error))
                    }
                case .failure(let diagnostic):
                    failed.insert(id)
                    outcome.diagnostics.append(diagnostic)
                }
            }
        }
    }

    private func runOne(_ node: ExecutionPlan.Node, inputs: ExecutionInputs) -> (
        String, Result<ResultValue, Diagnostic>, Double
    ) {
        let item = node.directive
        let id = item.id
        guard let executor = executors.executors[item.verb] else {
            return (id, .failure(Messages.noExecutor(item)), 0)
        }
        let label =
            "\(item.directive.location) <<\(item.verb)\(item.resultName.map { " as=\($0)" } ?? "")>>"
        let shows = item.verb.showsProgress
        if shows { progress.begin(id: id, label: label) }
        let start = Date()
        let context = ExecutionContext(files: plan.files, progress: progress, id: id)
        do {
            let value = try executor.execute(item, inputs: inputs, context: context)
            if shows { progress.end(id: id, succeeded: true) }
            return (id, .success(value), Date().timeIntervalSince(start))
        } catch let error as ExecutionError {
            if shows { progress.end(id: id, succeeded: false) }
            return (id, .failure(Messages.executionFailed(item, error: error)), 0)
        } catch {
            if shows { progress.end(id: id, succeeded: false) }
            return (
                id, .failure(Messages.executionFailed(item, error: ExecutionError("\(error)"))), 0
            )
        }
    }
}
