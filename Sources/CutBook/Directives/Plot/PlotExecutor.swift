import CutEngine
import CutPlot
import Foundation

/// `<<plot kind of=…>>`: draws a figure with CutPlot and keeps its PNG (2×), SVG and PDF.
struct PlotExecutor: ArgumentsExecutor {
    func execute(
        _ arguments: PlotDirective.Arguments, directive: ResolvedDirective, inputs: ExecutionInputs,
        context: ExecutionContext
    ) throws -> ResultValue {
        let arguments = try arguments.resolvingFields(inputs, in: directive)
        let figure = try makeFigure(arguments, directive: directive, inputs: inputs)
        for warning in figure.warnings {
            context.progress.note("\(directive.directive.location): plot warning: \(warning)")
        }
        context.progress(1, of: 4, unit: "stage (figure, PNG, SVG, PDF)")
        do {
            let png = try figure.pngData()
            context.progress(2, of: 4, unit: "stage (figure, PNG, SVG, PDF)")
            let svg = try figure.svgData()
            context.progress(3, of: 4, unit: "stage (figure, PNG, SVG, PDF)")
            let pdf = try figure.pdfData()
            context.progress(4, of: 4, unit: "stage (figure, PNG, SVG, PDF)")
            return .figure(
                FigureFiles(
                    png: png, svg: svg, pdf: pdf,
                    width: Int(figure.width.rounded()), height: Int(figure.height.rounded()),
                    alternative: figure.altText))
        } catch {
            throw ExecutionError("drawing failed: \(error)")
        }
    }

    /// The figure of `directive`, with the numbers of `vline=` and `hline=` but not their
    /// fields (the PDF book's entry, `figure(_:inputs:)`).
    func makeFigure(_ directive: ResolvedDirective, inputs: ExecutionInputs) throws -> Figure {
        try makeFigure(PlotDirective.Arguments(directive), directive: directive, inputs: inputs)
    }

    func makeFigure(
        _ arguments: PlotDirective.Arguments, directive: ResolvedDirective,
        inputs: ExecutionInputs
    ) throws -> Figure {
        let width = arguments.width
        let height = arguments.height
        let names = arguments.of
        let training = { (name: String) in try inputs.training(name, in: directive) }
        // The axes drawn (a 3D surface, or a scatter of several panels in two columns, apart).
        let axes: Axes
        switch arguments.kind {
        case "hist":
            axes = try histogram(
                arguments, dataset: inputs.dataset(names[0], option: "of", in: directive))
        case "line": axes = try lines(arguments, directive: directive, inputs: inputs)
        case "twin": axes = try twin(arguments, record: training(names[0]))
        case "cuts":
            axes = try cutsAgainstEpoch(
                arguments, records: try names.map { ($0, try training($0)) })
        case "surface":
            return Figure(
                try surface(arguments, directive: directive, inputs: inputs), width: width,
                height: height)
        case "contour": axes = try contours(arguments, directive: directive, inputs: inputs)
        case "heatmap": axes = try heatmap(arguments, directive: directive, inputs: inputs)
        case "relaxation": axes = try relaxations(arguments)
        case "scatter":
            let dataset = try inputs.dataset(names[1], option: "of", in: directive)
            let panels = try scatter(
                arguments, directive: directive, record: training(names[0]), dataset: dataset)
            guard panels.count == 1 else {
                return Figure(columns: 2, axes: panels, width: width * 1.6, height: height)
            }
            axes = panels[0]
        case "output":
            let dataset = try inputs.dataset(names[1], option: "of", in: directive)
            axes = try outputs(
                arguments, directive: directive, record: training(names[0]), dataset: dataset)
        case let kind:
            throw ExecutionError("unknown plot kind \(kind)")
        }
        return Figure(axes, width: width, height: height)
    }

    /// Axes with the common options applied: labels, log y, reference lines.
    func axes(_ arguments: PlotDirective.Arguments, xLabel: String?, yLabel: String?) -> Axes {
        var axes = Axes(xLabel: arguments.xLabel ?? xLabel, yLabel: arguments.yLabel ?? yLabel)
        if arguments.logY { axes.y.scale = .log }
        if let range = arguments.range { axes.x.limits = range[0]...range[1] }
        for x in arguments.verticalLines.numbers {
            axes.add(ReferenceLine(x: x, color: .black, style: .dashed))
        }
        for y in arguments.horizontalLines.numbers {
            axes.add(ReferenceLine(y: y, color: .black, style: .dashed))
        }
        return axes
    }
}
