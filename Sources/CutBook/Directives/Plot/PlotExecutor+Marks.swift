import CutEngine
import CutPlot
import Foundation

/// What several figure kinds of `<<plot>>` draw alike: the two classes' histograms, the
/// `mark=` line at a curve's extreme, and a training's cuts named by their columns.
extension PlotExecutor {
    /// Background then signal histograms of `values` (one per event of `dataset`), each
    /// summing its events' weights when the data set has them, with `bins=`, `range=`,
    /// `style=`, `alpha=` and `density=`.
    func addClassHistograms(
        _ values: [Float], of dataset: Dataset, _ arguments: PlotDirective.Arguments,
        to axes: inout Axes
    ) {
        let (signal, background) = dataset.splitByClass(values)
        let weights = EventWeights(dataset)
        let range = arguments.range.map { $0[0]...$0[1] }
        for (label, classValues, classWeights) in [
            ("background", background, weights?.background), ("signal", signal, weights?.signal),
        ] {
            axes.add(
                Histogram(
                    values: classValues, weights: classWeights, bins: arguments.bins,
                    range: range, density: arguments.density, label: label,
                    style: arguments.style, alpha: arguments.alpha))
        }
    }

    /// Where `mark=max` (largest y) or `mark=min` (smallest y, NaN skipped) puts its line, and
    /// the height of its label: half the extreme, as always, unless that lies outside the
    /// curve's finite values (a loss far from 0, an infinite S/√B), then their middle. Nil for
    /// `mark=none` or a curve without a number.
    func extreme(_ mark: String, x: [Double], y: [Double]) -> (x: Double, labelY: Double)? {
        guard mark != "none" else { return nil }
        let pairs = zip(x, y).filter { !$0.1.isNaN }
        let best = mark == "max" ? pairs.max { $0.1 < $1.1 } : pairs.min { $0.1 < $1.1 }
        guard let best else { return nil }
        let finite = y.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return (best.0, 0) }
        let half = best.1 / 2
        return (best.0, (low...high).contains(half) ? half : (low + high) / 2)
    }

    /// A red dashed line at the marked x, labelled with it.
    func addMark(_ marked: (x: Double, labelY: Double), to axes: inout Axes) {
        let format = NumberFormat(".3f")!
        axes.add(ReferenceLine(x: marked.x, color: .red, style: .dashed))
        axes.add(
            TextAnnotation(
                "\(format.format(marked.x))", x: marked.x, y: marked.labelY, angle: 90,
                horizontal: .center, vertical: .bottom, color: .red))
    }

    /// The legend label of each of the `count` tracked cuts (the first `cuts(...)` module's):
    /// `cut pt`, `cut |eta|`, `cut mass low`, by the data set's column names; `cut 1`, `cut 2`
    /// when the record has no cut module of that many parameters.
    func cutLabels(_ record: TrainingRecord, count: Int) throws -> [String] {
        let names = try CutTerm.modules(of: record).first?.flatMap(\.parameterNames) ?? []
        guard names.count == count else { return (0..<count).map { "cut \($0 + 1)" } }
        return names.map { "cut \($0)" }
    }

    /// The cuts of `record` on the plotted columns as lines: those on column 0 vertical
    /// (dashed), those on column 1 horizontal (dotted), each cut labelled `cut <column>` once
    /// (an `abs` cut and a window draw two lines).
    func addCutLines(of record: TrainingRecord, to axes: inout Axes) throws {
        for term in try CutTerm.modules(of: record).joined() where term.columnIndex < 2 {
            for (index, value) in term.boundaries.enumerated() {
                let label = index == 0 ? "cut \(term.column)" : nil
                if term.columnIndex == 0 {
                    axes.add(ReferenceLine(x: value, label: label, color: .black, style: .dashed))
                } else {
                    axes.add(ReferenceLine(y: value, label: label, color: .black, style: .dotted))
                }
            }
        }
    }
}
