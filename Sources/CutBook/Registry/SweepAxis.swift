import Foundation

/// What a sweep varies, as written: `seeds=1..10` (`seeds=1,4,9`) or
/// `sweep="OPTION=v1,v2,…"` (`;` between values that contain commas, `sweep="init=(1,1);(2,2)"`).
///
/// Each member is the directive written once with that one value (`seed=3`, `lr=0.002`): the
/// validator resolves it as such, so its cache key is the key of the equivalent single directive.
///
/// ```swift
/// // <<train model … seeds=1..3 as=s>>  →  members seed=1, seed=2, seed=3
/// ```
struct SweepAxis: Sendable, Hashable {
    /// One member's value and where it is written.
    struct Member: Sendable, Hashable {
        /// The swept option's value, as a single directive would write it (`0.002`, `1,1`).
        var value: String
        /// Where it stands in the directive (the start of `seeds=` for a range).
        var location: SourceLocation
    }

    /// The option each member sets: `seed` for `seeds=`, else the option `sweep=` names.
    var option: String
    /// The members, in the order written.
    var members: [Member]
    /// `seeds=` or `sweep=` as written.
    var written: Directive.Option

    /// The options that make members.
    static let keys = ["seeds", "sweep"]

    /// The options `sweep=` may not vary, with why.
    static let fixedOptions: [String: String] = [
        "seed": "seeds= sweeps the seed: write seeds=1..10 (or seeds=1,4,9) instead of sweep=",
        "as": "as= names the whole sweep; its members are NAME[1], NAME[2], …",
        "on":
            "sweep= varies a setting; to redraw the data set, sweep it (<<data … seeds=1..10 as=ds>>) and train on=ds",
        "validation": "validation= names a data set; sweep a setting instead",
        "from": "from= names one earlier training; sweep a setting instead",
    ]

    /// The sweep of `directive` (`spec` declares its options): nil when it has neither
    /// `seeds=` nor `sweep=`, or when they are malformed (the problems go into `bag`).
    static func parse(_ directive: Directive, spec: DirectiveSpec, bag: inout DiagnosticBag)
        -> SweepAxis?
    {
        let seeds = directive.option("seeds")
        let sweep = spec.option("sweep") == nil ? nil : directive.option("sweep")
        guard seeds != nil || sweep != nil else { return nil }
        if let seeds, let sweep {
            bag.add(
                Messages.sweep(
                    "seeds= and sweep= both make members; a sweep varies one option",
                    at: sweep.keyLocation,
                    in: directive,
                    hint:
                        "keep one, and write a second directive for the other (\(seeds.key)= or sweep=\"\(sweep.value)\")"
                ))
            return nil
        }
        let before = bag.diagnostics.count
        let axis: SweepAxis?
        if let seeds {
            if let seed = directive.option("seed") {
                bag.add(
                    Messages.sweep(
                        "seed= and seeds= both set the seed", at: seed.keyLocation, in: directive,
                        hint: "remove seed=: each member takes its seed from seeds="))
            }
            axis = parseSeeds(seeds, in: directive, bag: &bag)
        } else {
            axis = parseSweep(sweep!, spec: spec, in: directive, bag: &bag)
        }
        guard let axis, bag.diagnostics.count == before else { return nil }
        return axis
    }

    /// `seeds=A..B` or `seeds=a,b,c`.
    private static func parseSeeds(
        _ option: Directive.Option, in directive: Directive, bag: inout DiagnosticBag
    ) -> SweepAxis? {
        let text = option.value.trimmingCharacters(in: .whitespaces)
        let start = option.location(ofValueCharacter: 0)
        let usage = "a range A..B of whole numbers (seeds=1..10) or a list (seeds=1,4,9)"
        guard !text.isEmpty else {
            bag.add(
                Messages.sweep("seeds= is empty", at: start, in: directive, hint: "give \(usage)"))
            return nil
        }
        var members: [Member] = []
        if text.contains("..") {
            let ends = text.components(separatedBy: "..").map {
                Int($0.trimmingCharacters(in: .whitespaces))
            }
            guard ends.count == 2, let low = ends[0], let high = ends[1] else {
                bag.add(
                    Messages.sweep(
                        "seeds=\(text) is not \(usage)", at: start, in: directive,
                        hint: "write seeds=1..10"))
                return nil
            }
            guard low <= high else {
                bag.add(
                    Messages.sweep(
                        "seeds=\(text) is an empty range: it counts down from \(low) to \(high)",
                        at: start, in: directive, hint: "write seeds=\(high)..\(low)"))
                return nil
            }
            guard checkCount(high - low + 1, option, start, directive, &bag),
                checkSeed(low, at: start, directive, &bag),
                checkSeed(high, at: start, directive, &bag)
            else { return nil }
            members = (low...high).map { Member(value: String($0), location: start) }
        } else {
            for (part, offset) in split(text, by: ",") {
                let location = option.location(ofValueCharacter: offset)
                guard let seed = Int(part) else {
                    bag.add(
                        Messages.sweep(
                            "'\(part)' in seeds= is not a whole number", at: location,
                            in: directive,
                            hint: "give \(usage)"))
                    return nil
                }
                guard checkSeed(seed, at: location, directive, &bag) else { return nil }
                members.append(Member(value: String(seed), location: location))
            }
            guard checkCount(members.count, option, start, directive, &bag) else { return nil }
        }
        guard checkDistinct(members, what: "seed", directive, &bag) else { return nil }
        return SweepAxis(option: "seed", members: members, written: option)
    }

    /// `sweep="OPTION=v1,v2"` (or `;`-separated values).
    private static func parseSweep(
        _ option: Directive.Option, spec: DirectiveSpec, in directive: Directive,
        bag: inout DiagnosticBag
    ) -> SweepAxis? {
        let start = option.location(ofValueCharacter: 0)
        guard let equals = option.value.firstIndex(of: "=") else {
            bag.add(
                Messages.sweep(
                    "sweep=\"\(option.value)\" does not name an option", at: start, in: directive,
                    hint: "write sweep=\"OPTION=v1,v2,…\", e.g. sweep=\"lr=0.001,0.002,0.005\""))
            return nil
        }
        let name = option.value[..<equals].trimmingCharacters(in: .whitespaces)
        let sweepable = spec.options.map(\.name).filter {
            !keys.contains($0) && fixedOptions[$0] == nil
        }
        if let why = fixedOptions[name] {
            bag.add(Messages.sweep("cannot sweep \(name)=", at: start, in: directive, hint: why))
            return nil
        }
        guard let optionSpec = spec.option(name), !keys.contains(name), optionSpec.role == .input
        else {
            bag.add(
                Messages.sweep(
                    "sweep= names '\(name)', which is no option of <<\(directive.verb)>> that changes its result",
                    at: start, in: directive,
                    hint: NearestName.hint(for: name, in: sweepable)
                        ?? "sweep one of \(sweepable.joined(separator: ", "))"))
            return nil
        }
        if let fixed = directive.option(name) {
            bag.add(
                Messages.sweep(
                    "\(name)= is also swept by sweep=", at: fixed.keyLocation, in: directive,
                    hint: "remove \(name)=\(fixed.value): each member takes its value from sweep="))
        }
        let list = String(option.value[option.value.index(after: equals)...])
        let listOffset = option.value.distance(from: option.value.startIndex, to: equals) + 1
        let separator: Character = list.contains(";") ? ";" : ","
        var members: [Member] = []
        for (part, offset) in split(list, by: separator) {
            var value = Substring(part)
            if value.hasPrefix("(") && value.hasSuffix(")") { value = value.dropFirst().dropLast() }
            let location = option.location(ofValueCharacter: listOffset + offset)
            guard !value.isEmpty else {
                bag.add(
                    Messages.sweep(
                        "sweep= has an empty value for \(name)=", at: location, in: directive,
                        hint: "separate values by ',' (or by ';' when they contain commas)"))
                return nil
            }
            if case .integer = optionSpec.kind, value.contains("..") {
                let ends = value.components(separatedBy: "..").compactMap { Int($0) }
                guard ends.count == 2, ends[0] <= ends[1] else {
                    bag.add(
                        Messages.sweep(
                            "\(name)=\(value) in sweep= is not a range A..B counting up",
                            at: location,
                            in: directive, hint: "write \(name)=1..5"))
                    return nil
                }
                guard checkCount(ends[1] - ends[0] + 1, option, location, directive, &bag) else {
                    return nil
                }
                members += (ends[0]...ends[1]).map { Member(value: String($0), location: location) }
            } else {
                members.append(Member(value: String(value), location: location))
            }
        }
        guard checkCount(members.count, option, start, directive, &bag),
            checkDistinct(members, what: "\(name)= value", directive, &bag)
        else { return nil }
        return SweepAxis(option: name, members: members, written: option)
    }

    /// The parts of `text` between `separator`s, trimmed, each with its offset in `text`.
    private static func split(_ text: String, by separator: Character) -> [(String, Int)] {
        var parts: [(String, Int)] = []
        var offset = 0
        for piece in text.split(separator: separator, omittingEmptySubsequences: false) {
            let leading = piece.prefix { $0 == " " }.count
            parts.append((piece.trimmingCharacters(in: .whitespaces), offset + leading))
            offset += piece.count + 1
        }
        return parts
    }

    private static func checkCount(
        _ count: Int, _ option: Directive.Option, _ location: SourceLocation,
        _ directive: Directive, _ bag: inout DiagnosticBag
    ) -> Bool {
        if count > Limits.sweepMembers {
            bag.add(
                Messages.sweep(
                    "\(option.key)= makes \(count) members, more than the \(Limits.sweepMembers) a sweep may have",
                    at: location, in: directive,
                    hint: "split it into sweeps of at most \(Limits.sweepMembers) members"))
            return false
        }
        if count < 2 {
            bag.add(
                Messages.sweep(
                    "\(option.key)= makes \(count) member; a sweep has at least two", at: location,
                    in: directive, hint: "for one training, write the option itself (seed=, lr=, …)"
                ))
            return false
        }
        return true
    }

    private static func checkSeed(
        _ seed: Int, at location: SourceLocation, _ directive: Directive,
        _ bag: inout DiagnosticBag
    ) -> Bool {
        guard Limits.seeds.contains(seed) else {
            bag.add(
                Messages.sweep(
                    "seed \(seed) in seeds= is out of range", at: location, in: directive,
                    hint: "a seed is \(Limits.seedSummary)"))
            return false
        }
        return true
    }

    private static func checkDistinct(
        _ members: [Member], what: String, _ directive: Directive, _ bag: inout DiagnosticBag
    ) -> Bool {
        var seen: Set<String> = []
        for member in members where !seen.insert(member.value).inserted {
            bag.add(
                Messages.sweep(
                    "\(what) \(member.value) appears twice", at: member.location, in: directive,
                    hint: "each member needs its own value; remove the second"))
            return false
        }
        return true
    }
}
