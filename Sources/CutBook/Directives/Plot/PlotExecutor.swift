import CutEngine
import CutPlot
import Foundation

/// `<<plot kind of=…>>`: draws a figure with CutPlot and keeps its PNG (2×), SVG and PDF.
struct PlotExecutor: DirectiveExecutor {
    func execute(_ directive: ResolvedDirective, inputs: ExecutionInputs, context: ExecutionContext)
        throws
        -> ResultValue
    {
        let figure = try makeFigure(try Self.resolvingFields(directive, inputs), inputs: inputs)
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

    func makeFigure(_ directive: ResolvedDirective, inputs: ExecutionInputs) throws
        -> Figure
    {
        let width = directive.number("width")! * 72
        let height = directive.number("height")! * 72
        let names = directive.names("of")
        var figure: Figure
        switch directive.text("kind")! {
        case "hist":
            figure = Figure(
                try histogram(
                    directive, dataset: inputs.dataset(names[0], option: "of", in: directive)),
                width: width, height: height)
        case "line":
            figure = Figure(try lines(directive, inputs: inputs), width: width, height: height)
        case "twin":
            figure = Figure(
                try twin(directive, record: training(names[0], inputs, directive)), width: width,
                height: height)
        case "cuts":
            figure = Figure(
                try cutsAgainstEpoch(directive, record: training(names[0], inputs, directive)),
                width: width, height: height)
        case "surface":
            figure = Figure(try surface(directive, inputs: inputs), width: width, height: height)
        case "contour":
            figure = Figure(try contours(directive, inputs: inputs), width: width, height: height)
        case "relaxation":
            figure = Figure(try relaxations(directive), width: width, height: height)
        case "scatter":
            let dataset = try inputs.dataset(names[1], option: "of", in: directive)
            let panels = try scatter(
                directive, record: training(names[0], inputs, directive), dataset: dataset)
            figure =
                panels.count == 1
                ? Figure(panels[0], width: width, height: height)
                : Figure(columns: 2, axes: panels, width: width * 1.6, height: height)
        case "output":
            let dataset = try inputs.dataset(names[1], option: "of", in: directive)
            figure = Figure(
                try outputs(
                    directive, record: training(names[0], inputs, directive), dataset: dataset),
                width: width, height: height)
        case let kind:
            throw ExecutionError("unknown plot kind \(kind)")
        }
        return figure
    }

    /// The directive with every field reference of a number-list option (`vline=fit.cuts[0]`)
    /// replaced by the number it reads.
    static func resolvingFields(_ directive: ResolvedDirective, _ inputs: ExecutionInputs) throws
        -> ResolvedDirective
    {
        var resolved = directive
        for option in directive.spec.options {
            guard case .numbersOrFields = option.kind,
                case .names(let parts) = directive.options[option.name]
            else { continue }
            var numbers: [Double] = []
            for part in parts {
                do {
                    numbers.append(try Double(part) ?? inputs.number(at: part, in: directive))
                } catch var error as ExecutionError {
                    if let written = directive.directive.option(option.name) {
                        let offset = written.value.range(of: part).map {
                            written.value.distance(
                                from: written.value.startIndex, to: $0.lowerBound)
                        }
                        error.location = written.valueLocation.advanced(by: offset ?? 0)
                    }
                    throw error
                }
            }
            resolved.options[option.name] = .numbers(numbers)
        }
        return resolved
    }

    func training(_ name: String, _ inputs: ExecutionInputs, _ directive: ResolvedDirective) throws
        -> TrainingRecord
    {
        guard case .training(let record) = try inputs.value(name) else {
            throw ExecutionError(
                "of=\(name) is a \(try inputs.value(name).kindName), expected a training (made by <<train>>)",
                location: directive.directive.option("of")?.valueLocation)
        }
        return record
    }

    /// Axes with the common options applied: labels, log y, reference lines.
    func axes(_ directive: ResolvedDirective, xLabel: String?, yLabel: String?) -> Axes {
        var axes = Axes(
            xLabel: directive.text("xlabel") ?? xLabel, yLabel: directive.text("ylabel") ?? yLabel)
        if directive.flag("logy") { axes.y.scale = .log }
        if let range = directive.numbers("range") { axes.x.limits = range[0]...range[1] }
        for x in directive.numbers("vline") ?? [] {
            axes.add(ReferenceLine(x: x, color: .black, style: .dashed))
        }
        for y in directive.numbers("hline") ?? [] {
            axes.add(ReferenceLine(y: y, color: .black, style: .dashed))
        }
        return axes
    }

    static func split(_ values: [Float], truth: [Float]) -> (signal: [Float], background: [Float]) {
        ScanExecutor.split(values, truth: truth)
    }
}
