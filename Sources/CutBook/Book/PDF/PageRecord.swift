import Foundation

/// What drawing the pages collects besides ink, each on the page being drawn: the failures met
/// (a fragment's `draw` cannot throw; they are thrown together once the pages are drawn), the
/// links and the figures placed. The typesetter sets the page once per page.
final class PageRecord {
    /// The page being drawn (0-based).
    var currentPage = 0
    /// The failures met, in drawing order.
    private(set) var problems: [String] = []
    /// The links of every page.
    let links: LinkCollector
    /// The figures placed, put into the finished PDF by `FigureEmbedding`.
    private(set) var figures: [FigurePlacement] = []

    /// A record of pages drawn with `cairo`.
    init(cairo: OpaquePointer) {
        links = LinkCollector(cairo: cairo)
    }

    /// Records a failure.
    func addProblem(_ message: String) {
        problems.append(message)
    }

    /// Makes the area a link to `target` on the current page.
    func addLink(_ target: BookLink, x: Double, y: Double, width: Double, height: Double) {
        links.add(target, page: currentPage, x: x, y: y, width: width, height: height)
    }

    /// Places `pdf` in the box on the current page.
    func placeFigure(_ pdf: Data, x: Double, y: Double, width: Double, height: Double) {
        figures.append(
            FigurePlacement(
                pdf: pdf, page: currentPage, box: CGRect(x: x, y: y, width: width, height: height)))
    }
}
