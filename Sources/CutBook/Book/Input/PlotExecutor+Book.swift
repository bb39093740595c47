import CutPlot

/// The plot executor hands its figures to the PDF book, which draws them as vector graphics.
extension PlotExecutor: FigureDrawingExecutor {
    /// The figure `execute` draws to files, for the book to draw into its pages.
    func figure(_ directive: ResolvedDirective, inputs: ExecutionInputs) throws -> Figure {
        try makeFigure(directive, inputs: inputs)
    }
}
