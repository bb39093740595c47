import Foundation

/// A sweep's members (each a training) and what varies between them.
struct SweepResult: Sendable {
    /// `ResultValue.kindName` of a sweep.
    static let kind = "sweep"

    /// The sweep's name (`as=`).
    var name: String
    /// The option the members vary (`seed`, `lr`, …).
    var option: String
    /// Each member's value of it, as written.
    var values: [String]
    /// The members' names (`s[1]`, …).
    var members: [String]
    /// The members' trainings, in the same order.
    var records: [TrainingRecord]

    /// The number fields every member has (`loss`, `first_loss`, `epochs`, …), by name.
    var commonNumbers: [String: [Double]] {
        common { reading in
            if case .number(let value) = reading { return [value] }
            return nil
        }
    }

    /// The array fields every member has with the same length (`losses`, `cuts`, …), by name:
    /// for each, the members' arrays.
    var commonArrays: [String: [[Double]]] {
        var arrays: [String: [[Double]]] = [:]
        let all = records.map { ResultValue.training($0).fields }
        guard let first = all.first else { return [:] }
        for (name, reading) in first {
            guard case .array(let values) = reading else { continue }
            let columns = all.compactMap { fields -> [Double]? in
                guard case .array(let other)? = fields[name], other.count == values.count else {
                    return nil
                }
                return other
            }
            if columns.count == all.count { arrays[name] = columns }
        }
        return arrays
    }

    private func common(_ pick: (ResultField.Reading) -> [Double]?) -> [String: [Double]] {
        let all = records.map { ResultValue.training($0).fields }
        guard let first = all.first else { return [:] }
        var found: [String: [Double]] = [:]
        for name in first.keys {
            let values = all.compactMap { $0[name].flatMap(pick)?.first }
            if values.count == all.count { found[name] = values }
        }
        return found
    }

    /// The members' values as numbers, when every one is a number (seeds, learning rates).
    var numericValues: [Double]? {
        let numbers = values.compactMap(Double.init)
        return numbers.count == values.count ? numbers : nil
    }
}

/// The statistics of one field over a sweep's members.
///
/// `std` is the sample standard deviation, with n − 1 in the denominator (a sweep has at least
/// two members), computed in two passes around the mean.
///
/// ```swift
/// let stats = SweepStatistics([1, 2, 3, 4])  // mean 2.5, std 1.29099…, min 1, max 4, n 4
/// ```
struct SweepStatistics: Sendable, Equatable {
    /// The mean, the sample standard deviation (n − 1), the smallest and the largest value.
    var mean: Double, std: Double, min: Double, max: Double
    /// How many values.
    var n: Int

    /// The statistics of `values` (at least one; with one, `std` is NaN).
    init(_ values: [Double]) {
        let count = values.count
        let average = values.reduce(0, +) / Double(count)
        let squares = values.reduce(0) { $0 + ($1 - average) * ($1 - average) }
        n = count
        mean = average
        std = count > 1 ? (squares / Double(count - 1)).squareRoot() : .nan
        min = values.min() ?? .nan
        max = values.max() ?? .nan
    }

    /// How many standard deviations `value` lies from the mean (NaN when every member agrees).
    func z(of value: Double) -> Double {
        std > 0 ? (value - mean) / std : .nan
    }

    /// The percentage of the values below `value`, ties counting half: 0 below every member,
    /// 100 above every member, 50 at the median of distinct values.
    static func percentile(of value: Double, in values: [Double]) -> Double {
        let below = values.filter { $0 < value }.count
        let equal = values.filter { $0 == value }.count
        return 100 * (Double(below) + 0.5 * Double(equal)) / Double(values.count)
    }

    /// The statistics of each position of equally long arrays (the members' loss curves).
    static func elementwise(_ arrays: [[Double]]) -> [SweepStatistics] {
        guard let length = arrays.first?.count else { return [] }
        return (0..<length).map { index in SweepStatistics(arrays.map { $0[index] }) }
    }
}

extension ExecutionInputs {
    /// The sweep named `name` (an `of=` input), or nil when it is no sweep.
    func sweep(_ name: String) -> SweepResult? {
        guard case .object(let object)? = values[name] else { return nil }
        return object.payload as? SweepResult
    }
}
