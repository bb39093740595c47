import CutPlot
import Foundation

@testable import CutBook

/// A book document made in code: two chapters with sections, prose with every inline kind,
/// math, code, a log, a table and figures, long enough to fill several pages.
enum BookFixture {
    static func figure(_ title: String) -> Figure {
        let x = stride(from: -10.0, through: 10.0, by: 0.2).map { $0 }
        var axes = Axes(title: title, xLabel: "cut $x_c$", yLabel: "$S/\\sqrt{B}$")
        axes.add(Line(x: x, y: x.map { 5 * exp(-($0 - 3.7) * ($0 - 3.7) / 8) }, label: "hard cut"))
        axes.add(ReferenceLine(x: 3.737, label: "best", style: .dashed))
        return Figure(axes)
    }

    static func math(_ tex: String) -> MathNode {
        try! MathNode.parse(tex: tex)
    }

    static let prose: [BookInline] = [
        .text("A selection keeps the events with "), .math(math("x > c")),
        .text(". The significance "),
        .math(math("S/\\sqrt{B}")), .text(" is "), .emphasis([.text("not")]),
        .text(" differentiable in the cut, so we relax the step to a sigmoid "),
        .math(math("\\sigma(k(x - c))")), .text(" and follow the gradient "),
        .code("loss.backward()"),
        .text(". The best hard cut is "), .value("3.737"), .text(", see "),
        .link(.destination("fig-best"), [.text("Figure 1")]), .text(" and the "),
        .link(.uri("https://example.org/cutbook"), [.text("project page")]), .text(". "),
        .strong([.text("Every number here is recomputed")]),
        .text(" when the report is built, and checked against the published value within "),
        .math(math("\\pm 10^{-3}")), .text("."),
    ]

    static func chapter(_ number: Int) -> BookChapter {
        var blocks: [BookBlock] = []
        for section in 1...3 {
            blocks.append(
                .heading(
                    level: 2, text: [.text("Section \(section) of study \(number)")],
                    anchor: "sec-\(number)-\(section)"))
            for _ in 0..<3 { blocks.append(.paragraph(prose)) }
            blocks.append(
                .displayMath(
                    math(
                        "\\frac{\\partial L}{\\partial c} = \\sum_i w_i \\, \\sigma'(x_i - c) \\leq \\epsilon \\times 10^{3}"
                    )))
            if section == 2 {
                blocks.append(
                    .figure(
                        BookFigure(
                            drawing: figure("Study \(number)"),
                            number: ItemNumber(chapter: number, index: 1),
                            caption: [
                                .text("S/√B against the cut, with the best cut "),
                                .math(math("c^* = 3.737")),
                            ],
                            anchor: number == 1 ? "fig-best" : "fig-\(number)")))
                blocks.append(
                    .heading(level: 3, text: [.text("A subsection")], anchor: "sub-\(number)"))
                blocks.append(
                    .code(
                        "epoch       1  loss 0.6931\nepoch     100  loss 0.2104\n500 epochs in 0.12 s",
                        kind: .log))
                blocks.append(
                    .table(
                        BookTable(
                            headers: [[.text("cut")], [.text("loss")], [.text("gradient")]],
                            rows: (0..<6).map { row in
                                [
                                    [.value("\(row)")],
                                    [.value(String(format: "%.4f", 1 / Double(row + 1)))],
                                    [.value("-0.0\(row)")],
                                ]
                            }, alignments: [.right, .right, .right],
                            number: ItemNumber(chapter: number, index: 1),
                            caption: [.text("Gradient at the ends")],
                            anchor: "tab-\(number)")))
                blocks.append(
                    .list(
                        ordered: false, start: 1,
                        items: [
                            [.paragraph([.text("first item")])],
                            [.paragraph([.text("second item")])],
                        ]))
            }
        }
        blocks.append(.note([.text("Made by CutBook in a test. Seeds: 19680801.")]))
        return BookChapter(name: "study\(number)", title: "Study number \(number)", blocks: blocks)
    }

    static let document = BookDocument(
        title: "Differentiable Cuts", authors: ["A. Physicist", "B. Student"],
        colophon: ["Typeset by CutBook in a test."], chapters: [chapter(1), chapter(2)])
}
