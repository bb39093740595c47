import CutEngine
import CutPlot
import Foundation

/// The directives of a report as a dependency graph, each with its cache key.
///
/// A key is the SHA-256 of: the key format, CutEngine's, CutBook's and CutPlot's versions, the directive's
/// canonical form (verb, words and result-changing options, seeds included), its verb's result
/// revision (`DirectiveKind.resultRevision(of:)`), the names and keys
/// of its inputs, and the SHA-256 of the bytes of any file it reads.
struct ExecutionPlan: Sendable {
    /// One directive in the graph.
    struct Node: Sendable {
        /// The resolved directive.
        var directive: ResolvedDirective
        /// Its cache key.
        var key: String
        /// The ids of the nodes whose results it reads, in the order of `directive.inputs`.
        var inputIDs: [String]
    }

    /// The nodes by id.
    private(set) var nodes: [String: Node] = [:]
    /// The ids in reading order.
    private(set) var order: [String] = []
    /// The id of the node defining each result name.
    private(set) var definitions: [String: String] = [:]

    /// The files the report may read; data files are found through it.
    let files: ReportFiles

    /// The ids derived from sweeps: the node that gathers a sweep's members and every
    /// directive that reads one, directly or through others. They are not cached (a build
    /// derives them again from the members' cached results, in milliseconds), and so not
    /// shared out by `ShardPlan`: a figure of all members would otherwise tie every member to
    /// one shard.
    private(set) var derived: Set<String> = []

    /// Builds the graph and its keys; throws `BuildFailure` for cycles and unreadable files.
    init(directives: [ResolvedDirective], files: ReportFiles) throws {
        self.files = files
        var byID: [String: ResolvedDirective] = [:]
        for item in directives {
            byID[item.id] = item
            order.append(item.id)
            for name in item.resultNames { definitions[name] = item.id }
        }
        var bag = DiagnosticBag()
        var keys: [String: String] = [:]
        var visiting: [String] = []
        var reportedCycles: Set<Set<String>> = []

        func key(for id: String) -> String? {
            if let known = keys[id] { return known }
            let item = byID[id]!
            if let start = visiting.firstIndex(of: id) {
                let names = (visiting[start...] + [id]).flatMap { byID[$0]?.resultNames ?? [] }
                // Each cycle once, however many of its members the walk starts from.
                if reportedCycles.insert(Set(names)).inserted {
                    bag.add(Messages.cycle(names, at: item.directive.location, in: item.directive))
                }
                return nil
            }
            visiting.append(id)
            defer { visiting.removeLast() }
            var hasher = SHA256()
            hasher.update(field: "cutbook-key 1")
            hasher.update(field: CutEngine.version)
            hasher.update(field: CutBook.version)
            hasher.update(field: CutPlot.version)
            hasher.update(field: item.canonicalForm)
            let upstream = { Self.upstream(of: item, byID: byID, definitions: self.definitions) }
            if let revision = item.verb.kind.resultRevision(of: item, upstream: upstream) {
                hasher.update(field: revision)
            }
            for name in item.inputs {
                guard let inputID = definitions[name], let inputKey = key(for: inputID) else {
                    return nil
                }
                hasher.update(field: name)
                hasher.update(field: inputKey)
            }
            if let file = item.text("file") {
                let location =
                    item.directive.option("file")?.valueLocation ?? item.directive.location
                let located = files.locate(file, at: location, for: .data(verb: item.verb))
                guard case .success(let url) = located,
                    let data = FileManager.default.contents(atPath: url.path)
                else {
                    if case .failure(var refused) = located {
                        refused.directive = item.directive.text
                        bag.add(refused)
                    } else {
                        bag.add(Messages.missingDataFile(file, at: location, in: item.directive))
                    }
                    return nil
                }
                hasher.update(field: SHA256.hex(data))
            }
            let digest = hasher.finalizeHex()
            keys[id] = digest
            return digest
        }

        for id in order {
            guard let digest = key(for: id) else { continue }
            let item = byID[id]!
            nodes[id] = Node(
                directive: item, key: digest, inputIDs: item.inputs.compactMap { definitions[$0] })
        }
        try bag.throwIfAny()
        var memo: [String: Bool] = [:]
        func isDerived(_ id: String) -> Bool {
            if let known = memo[id] { return known }
            memo[id] = false
            let node = nodes[id]!
            let value =
                !node.directive.verb.isWritten || node.inputIDs.contains { isDerived($0) }
            memo[id] = value
            return value
        }
        derived = Set(order.filter { nodes[$0] != nil && isDerived($0) })
    }

    /// Whether `id` is a result: kept in the cache (its verb's results are, and it is not
    /// derived from a sweep).
    func isResult(_ id: String) -> Bool {
        nodes[id]?.directive.verb.isCached == true && !derived.contains(id)
    }

    /// Every directive whose result `item` reads, directly or through others.
    private static func upstream(
        of item: ResolvedDirective, byID: [String: ResolvedDirective],
        definitions: [String: String]
    ) -> [ResolvedDirective] {
        var seen: Set<String> = []
        var pending = item.inputs.compactMap { definitions[$0] }
        var found: [ResolvedDirective] = []
        while let id = pending.popLast() {
            guard seen.insert(id).inserted, let input = byID[id] else { continue }
            found.append(input)
            pending += input.inputs.compactMap { definitions[$0] }
        }
        return found
    }

    /// The ids of the directives of the given studies, in reading order.
    func ids(inStudies studies: Set<String>) -> [String] {
        order.filter { studies.contains(nodes[$0]!.directive.study) }
    }
}

extension ExecutionPlan {
    /// Whether running `id` keeps CutEngine's whole thread pool busy: a network's training, or
    /// a directive that evaluates one (a plot, scan or table reading such a training). The
    /// runner runs such work alone.
    func usesThreadPool(_ id: String) -> Bool {
        guard let node = nodes[id] else { return false }
        return ([node.directive] + node.inputIDs.compactMap { nodes[$0]?.directive }).contains {
            $0.verb.usesThreadPool($0)
        }
    }
}
