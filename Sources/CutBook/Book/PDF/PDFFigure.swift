import Foundation

/// A figure's own one-page PDF, placed in the book as it is (see `FigureEmbedding`): the book
/// shows exactly the figure the `plot` directive drew and the cache stored, without drawing it
/// again. Paths stay paths, text stays text in the figure's embedded fonts, and the raster
/// layers CutPlot makes (scatter clouds) keep their pixels.
struct PDFFigure: BookDrawing {
    /// The PDF document; its first page is placed.
    let pdf: Data
    /// The page's width in points.
    let width: Double
    /// The page's height in points.
    let height: Double

    /// Reads the size of `pdf`'s first page.
    /// - Throws: `BookError.unreadableFigure` when qpdf cannot read it or it has no sound page.
    init(pdf: Data) throws {
        self.pdf = pdf
        do {
            let document = try QPDFDocument(pdf, description: "the figure's PDF")
            let box = try document.firstPageBox()
            width = box[2] - box[0]
            height = box[3] - box[1]
        } catch {
            throw BookError.unreadableFigure(error.message)
        }
    }

    /// Records the placement; the page is put into the finished book.
    func place(in context: PageContext, x: Double, y: Double, width: Double, height: Double) {
        context.record.placeFigure(pdf, x: x, y: y, width: width, height: height)
    }
}
