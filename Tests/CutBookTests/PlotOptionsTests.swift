import CutEngine
import CutPlot
import Foundation
import Testing

@testable import CutBook

/// Plots of your own data: weighted histograms and contours, `style=`, `alpha=` and
/// `density=`, cut legends named by the data's columns, and `mark=` on training curves.
@Suite(.serialized) struct PlotOptionsTests {
    /// Four events of two columns (pt, eta) with weights: signal pt 0.5 and 1.5 (weights 2, 3),
    /// background pt 1.6 and 0.2 (weights 4, 5).
    static func weighted() throws -> Dataset {
        try Dataset(
            columns: [("pt", [0.5, 1.5, 1.6, 0.2]), ("eta", [0.1, 0.2, 1.8, 1.1])],
            truth: [1, 1, 0, 0], weights: [2, 3, 4, 5])
    }

    /// The figure `directive` draws from the data set `ev` (and, if given, training `fit`).
    static func figure(_ directive: String, training: TrainingRecord? = nil) throws -> Figure {
        let parent = try Support.temporaryFolder()
        let page =
            "<<data sample draws=\"signal:normal(5,1)x20; background:normal(0,4)x30\" as=ev>>\n"
            + (training == nil
                ? "" : "<<train model model=\"cuts(sigmoid)\" on=ev epochs=1 as=fit>>\n")
            + directive + "\n"
        let report = try Support.writeReport(in: parent, chapters: [("page", page)])
        let resolved = try Validator.validate(ReportLoader.load(directory: report.path))
        let plot = try #require(resolved.first { $0.verb == .plot })
        var values: [String: ResultValue] = [
            "ev": .object(EngineObject(kind: "dataset", payload: try weighted()))
        ]
        if let training { values["fit"] = .training(training) }
        return try PlotExecutor().makeFigure(plot, inputs: ExecutionInputs(values: values))
    }

    /// The figure's only axes.
    static func axes(_ figure: Figure) throws -> Axes {
        guard case .axes(let axes)? = figure.panels.first else {
            throw ExecutionError("the figure has no axes")
        }
        return axes
    }

    /// The marks of the figure's only axes.
    static func marks(_ figure: Figure) throws -> [any Mark] {
        try axes(figure).marks
    }

    @Test func histogramsSumEventWeightsWithTheirStyle() throws {
        let figure = try Self.figure("<<plot hist of=ev bins=2 range=0,2 style=step alpha=0.4>>")
        let histograms = try Self.marks(figure).compactMap { $0 as? Histogram }
        #expect(histograms.map(\.label) == ["background", "signal"])
        // Background: 0.2 (5) in [0, 1), 1.6 (4) in [1, 2]; signal 0.5 (2) and 1.5 (3).
        #expect(histograms.map(\.counts) == [[5, 4], [2, 3]])
        #expect(histograms.allSatisfy { $0.style == .step && $0.alpha == 0.4 })
    }

    @Test func theDefaultLookIsOpaqueAndFilled() throws {
        let figure = try Self.figure("<<plot hist of=ev bins=2 range=0,2>>")
        let histograms = try Self.marks(figure).compactMap { $0 as? Histogram }
        #expect(histograms.allSatisfy { $0.style == .filled && $0.alpha == 1 })
    }

    @Test func densityNormalisesEachClassToUnitArea() throws {
        let figure = try Self.figure("<<plot hist of=ev column=1 bins=4 range=0,2 density=true>>")
        let histograms = try Self.marks(figure).compactMap { $0 as? Histogram }
        for histogram in histograms {
            #expect(abs(histogram.counts.reduce(0, +) * 0.5 - 1) < 1e-12)
        }
        // Background eta 1.8 (4) and 1.1 (5): bins [1, 1.5) and [1.5, 2] over 9 × 0.5.
        #expect(histograms[0].counts == [0, 0, 5 / 4.5, 4 / 4.5])
        guard case .axes(let axes)? = figure.panels.first else { return }
        #expect(axes.y.label == "density")
    }

    @Test func contoursSumEventWeights() throws {
        let figure = try Self.figure("<<plot contour of=ev bins=2 range=0,2>>")
        let contours = try Self.marks(figure).compactMap { $0 as? Contour }
        #expect(contours.map(\.label) == ["background", "signal"])
        // Signal (0.5, 0.1) weight 2 and (1.5, 0.2) weight 3; rows are eta bins.
        #expect(contours[1].grid.values == [[2, 3], [0, 0]])
        #expect(contours[0].grid.values == [[0, 0], [5, 4]])
    }

    /// A two-cut training on (pt, eta) as a `<<train model>>` records it.
    static func training(tracked: [[Double]] = [[1, 2], [1.5, 2.5]]) -> TrainingRecord {
        TrainingRecord(
            model: "cuts(sigmoid)", epochs: 2, seconds: 0, log: [], losses: [3, 1, 2],
            trackedCuts: tracked,
            parameters: [.init(name: "SelectionCut/cuts", shape: [2], values: [1.5, 0.75])],
            warnings: [], columns: ["pt", "eta"])
    }

    @Test func cutLegendsNameTheColumns() throws {
        let training = Self.training()
        let cuts = try Self.figure("<<plot cuts of=fit>>", training: training)
        #expect(try Self.axes(cuts).legendLabels == ["cut pt", "cut eta"])
        let twin = try Self.figure("<<plot twin of=fit>>", training: training)
        #expect(try Self.axes(twin).legendLabels == ["loss", "cut pt", "cut eta"])
        let contour = try Self.figure(
            "<<plot contour of=ev,fit bins=2 range=0,2>>", training: training)
        let lines = try Self.marks(contour).compactMap { $0 as? ReferenceLine }
        #expect(lines.map(\.label) == ["cut pt", "cut eta"])
        #expect(lines.map(\.value) == [1.5, 0.75])
        #expect(lines.map(\.orientation) == [.vertical, .horizontal])
    }

    @Test func markMarksATrainingCurveAndATwinsLoss() throws {
        let training = Self.training()
        // Losses 3, 1, 2: the label sits at half the extreme when the curve reaches it (max:
        // 1.5), else mid-range (min: half of 1 is below the curve, so 2).
        for (directive, x, labelY) in [
            ("<<plot line of=fit mark=min>>", 2.0, 2.0),
            ("<<plot line of=fit mark=max>>", 1.0, 1.5),
            ("<<plot twin of=fit mark=min>>", 1.0, 2.0),
        ] {
            let marks = try Self.figure(directive, training: training)
            let lines = try Self.marks(marks).compactMap { $0 as? ReferenceLine }
            #expect(lines.map(\.value) == [x], "\(directive)")
            let labels = try Self.marks(marks).compactMap { $0 as? TextAnnotation }
            #expect(labels.map(\.y) == [labelY], "\(directive)")
            #expect(labels.map(\.x) == [x], "\(directive)")
        }
        let unmarked = try Self.figure("<<plot twin of=fit>>", training: training)
        #expect(try Self.marks(unmarked).allSatisfy { !($0 is ReferenceLine) })
    }
}
