/// The split of a build's results into `count` shards, for `cutbook build --shard K/N`.
///
/// The unit of the split is a *component*: the results (the cached directives) linked through
/// the results they read, and through their cache keys (two directives written alike share one
/// entry). A result and every result it reads are in one component, so a shard never needs a
/// result that another shard computes, and no cache key is computed by two shards.
/// Data sets are not results: they are never cached (`DirectiveKind.isCached`), every build
/// draws (or reads) the ones its uncached results read, and so do the shards. They are the one
/// input two shards may both compute, and they do not link components: two trainings on one
/// data set may go to two shards, each drawing the data set. Nothing a shard draws again is ever
/// stored, so the caches of the shards hold disjoint sets of entries. What is derived from a
/// sweep (`ExecutionPlan.derived`: the node gathering its members and what reads it whole) is
/// not a result either: it is never stored, every build derives it from the members' cached
/// results, and so it ties no members together; the members are shared out one by one.
///
/// The split depends on the report's sources alone, not on what a shard's cache holds: every
/// result of the targets' closure is given to exactly one shard whatever each shard finds in its
/// cache, so shards that start from different caches still never compute one result twice, and
/// their caches together cover every result. Each shard then computes the missing results of its
/// own part. Components are placed largest estimated cost first, each on the shard with the
/// least cost so far (ties: the component read first, the lowest shard), which is deterministic
/// and keeps the largest shard within one component of the mean.
struct ShardPlan: Sendable {
    /// The number of shards.
    let count: Int
    /// The shard (1 to `count`) of each result of the targets' closure, by directive id.
    let owner: [String: Int]
    /// The estimated cost of each shard's results (index 0 is shard 1).
    let costs: [Int]
    /// The ids of the components, in the order they were placed.
    let components: [[String]]

    /// Splits the results `targets` need (with the results they read) into `count` shards.
    init(plan: ExecutionPlan, targets: [String], count: Int) {
        precondition(count >= 1, "a build has at least one shard")
        self.count = count
        let position = Dictionary(uniqueKeysWithValues: plan.order.enumerated().map { ($1, $0) })
        func isResult(_ id: String) -> Bool { plan.isResult(id) }

        // The results the targets need, and each one's parent in a union–find forest.
        var parent: [String: String] = [:]
        var stack = targets.filter(isResult)
        while let id = stack.popLast() {
            guard parent[id] == nil else { continue }
            parent[id] = id
            stack.append(contentsOf: plan.nodes[id]!.inputIDs.filter(isResult))
        }
        func root(_ id: String) -> String {
            var current = id
            while parent[current]! != current { current = parent[current]! }
            parent[id] = current
            return current
        }
        func join(_ first: String, _ second: String) {
            let (a, b) = (root(first), root(second))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        // Directives written alike (the same key) share one cache entry: one shard computes it.
        var firstWithKey: [String: String] = [:]
        for id in parent.keys.sorted() {
            for input in plan.nodes[id]!.inputIDs where isResult(input) { join(id, input) }
            let key = plan.nodes[id]!.key
            if let first = firstWithKey[key] { join(first, id) } else { firstWithKey[key] = id }
        }
        var members: [String: [String]] = [:]
        for id in parent.keys { members[root(id), default: []].append(id) }
        let groups = members.values.map { ids in
            ids.sorted { position[$0]! < position[$1]! }
        }
        let cost = { (ids: [String]) in ids.map { Self.cost(of: $0, in: plan) }.reduce(0, +) }
        let placed = groups.sorted {
            (cost($0), -position[$0[0]]!) > (cost($1), -position[$1[0]]!)
        }
        var loads = Array(repeating: 0, count: count)
        var owner: [String: Int] = [:]
        for group in placed {
            let shard = loads.indices.min { (loads[$0], $0) < (loads[$1], $1) }!
            loads[shard] += cost(group)
            for id in group { owner[id] = shard + 1 }
        }
        self.owner = owner
        self.costs = loads
        self.components = placed
    }

    /// The results of `shard` (1 to `count`) in reading order.
    func ids(of shard: Int, in plan: ExecutionPlan) -> [String] {
        plan.order.filter { owner[$0] == shard }
    }

    /// How many times a cut training's epoch a network's epoch is estimated to take: the
    /// workshop report's network trainings take 5–7 ms an epoch on this project's machine, its
    /// cut trainings 0.3–1 ms (the seconds its pages record).
    static let networkEpochWeight = 10

    /// The estimated cost of computing `id`: one for any result, plus its verb's scheduling
    /// cost (a training's epochs, the estimate the runner orders its work by), weighted by
    /// `networkEpochWeight` for work that keeps the whole thread pool busy (a network).
    static func cost(of id: String, in plan: ExecutionPlan) -> Int {
        guard let item = plan.nodes[id]?.directive else { return 0 }
        let weight = plan.usesThreadPool(id) ? networkEpochWeight : 1
        return 1 + item.verb.schedulingCost(of: item) * weight
    }
}

/// Shard K of N of a sharded build (`cutbook build --shard K/N`).
///
/// ```swift
/// let shard = try BuildShard(parsing: "2/3")  // index 2, count 3
/// ```
public struct BuildShard: Sendable, Hashable, CustomStringConvertible {
    /// The shard, from 1 to `count`.
    public let index: Int
    /// The number of shards.
    public let count: Int

    /// Why a `--shard` value was refused.
    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        /// The message: the value and what was expected.
        public let description: String
    }

    /// Shard `index` of `count`; throws `SyntaxError` unless 1 ≤ index ≤ count.
    public init(index: Int, count: Int) throws {
        guard count >= 1, (1...count).contains(index) else {
            throw SyntaxError(
                description:
                    "--shard \(index)/\(count): K must be between 1 and N, and N at least 1 (1/\(max(count, 1)) to \(max(count, 1))/\(max(count, 1)))"
            )
        }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`; throws `SyntaxError` naming the value for anything else.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw SyntaxError(
                description:
                    "--shard '\(text)' is not K/N: expected two whole numbers such as 1/3 (shard 1 of 3)"
            )
        }
        try self.init(index: index, count: count)
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }
}
