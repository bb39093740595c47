import Foundation

/// The HTML of each directive's presented block.
extension PageRenderer {
    mutating func directiveHTML(_ directive: Directive, index: Int) -> String {
        guard
            let (item, block) = presentation.present(
                study, index: index, diagnostics: &diagnostics)
        else { return "" }
        switch block {
        case .value(let text):
            return "<span class=\"value\">\(HTML.escape(text))</span>"
        case .check(let check):
            if directive.isBlock {
                return "<p class=\"check\">✓ \(HTML.escape(check.text))</p>\n"
            }
            return
                "<span class=\"value checked\" title=\"\(HTML.escape(check.text))\">\(HTML.escape(check.found))</span>"
        case .table(let table):
            return tableHTML(table, item: item)
        case .log(let lines):
            return "<pre class=\"log\">" + HTML.escape(lines.joined(separator: "\n")) + "</pre>\n"
        case .figure(let figure):
            return figureHTML(figure, item: item)
        }
    }

    private mutating func caption(_ text: String?, of item: ResolvedDirective) -> String {
        guard let text else { return "" }
        do {
            return " " + (try HTML.inline(text))
        } catch {
            diagnostics.add(Messages.math(error, inOption: "caption", of: item.directive))
            return ""
        }
    }

    private mutating func tableHTML(_ table: PresentedTable, item: ResolvedDirective) -> String {
        var html = "<table class=\"result\" id=\"\(table.anchor)\">\n"
        html +=
            "<caption><span class=\"number\">Table \(table.number).</span>\(caption(table.caption, of: item))</caption>\n"
        html +=
            "<thead><tr>" + table.headers.map { "<th>\(HTML.escape($0))</th>" }.joined()
            + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for cell in row {
                switch cell {
                case .number(let text): html += "<td class=\"number\">\(HTML.escape(text))</td>"
                case .text(let text): html += "<td>\(HTML.escape(text))</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private mutating func figureHTML(_ figure: PresentedFigure, item: ResolvedDirective) -> String {
        let base = figure.fileBase
        let files = figure.files
        figureFiles["\(base).png"] = files.png
        figureFiles["\(base).svg"] = files.svg
        figureFiles["\(base).pdf"] = files.pdf
        return """
            <figure id="\(figure.anchor)">
            <img src="figures/\(base).png" width="\(files.width)" height="\(files.height)" alt="\(HTML.escape(files.alternative))" />
            <figcaption><span class="number">Figure \(figure.number).</span>\(caption(figure.caption, of: item)) <span class="downloads"><a href="figures/\(base).svg">SVG</a> · <a href="figures/\(base).pdf">PDF</a></span></figcaption>
            </figure>

            """
    }
}
