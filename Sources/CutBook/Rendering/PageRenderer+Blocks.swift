import Foundation

/// The HTML of each directive's result.
extension PageRenderer {
    mutating func directiveHTML(_ directive: Directive, index: Int) -> String {
        let id = "\(study.name)#\(index)"
        guard let item = renderer.plan.nodes[id]?.directive else { return "" }
        if !item.verb.isShown { return "" }
        guard let result = renderer.results[id] else {
            diagnostics.add(
                Diagnostic(
                    location: directive.location, directive: directive.text,
                    message: "<<\(item.verb)>> has no result to show"))
            return ""
        }
        let format = NumberFormat(item.text("fmt") ?? ".4g") ?? NumberFormat(".4g")!
        switch (item.verb, result) {
        case (.value, .scalar(let number)):
            return "<span class=\"value\">\(HTML.escape(format.format(number)))</span>"
        case (.assert, .check(let check)):
            let text =
                "\(check.field) = \(format.format(check.found)) (expected \(format.format(check.expected)) ± \(NumberFormat.plain(check.allowed)))"
            if directive.isBlock {
                return "<p class=\"check\">✓ \(HTML.escape(text))</p>\n"
            }
            return
                "<span class=\"value checked\" title=\"\(HTML.escape(text))\">\(HTML.escape(format.format(check.found)))</span>"
        case (.table, .table(let table)):
            return tableHTML(table, item: item, format: format)
        case (.log, .training(let record)):
            return logHTML(record, format: format)
        case (.plot, .figure(let figure)):
            return figureHTML(figure, item: item)
        default:
            diagnostics.add(
                Diagnostic(
                    location: directive.location, directive: directive.text,
                    message: "<<\(item.verb)>> cannot show a \(result.kindName)"))
            return ""
        }
    }

    private mutating func caption(_ item: ResolvedDirective) -> String {
        guard let text = item.text("caption") else { return "" }
        do {
            return " " + (try HTML.inline(text))
        } catch {
            diagnostics.add(Messages.math(error, inOption: "caption", of: item.directive))
            return ""
        }
    }

    private mutating func tableHTML(
        _ table: ResultTable, item: ResolvedDirective, format: NumberFormat
    ) -> String {
        let number = numbering.byID[item.id]
        var html = "<table class=\"result\" id=\"\(number?.anchor ?? "")\">\n"
        html +=
            "<caption><span class=\"number\">Table \(number?.number ?? 0).</span>\(caption(item))</caption>\n"
        html +=
            "<thead><tr>" + table.headers.map { "<th>\(HTML.escape($0))</th>" }.joined()
            + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for cell in row {
                switch cell {
                case .number(let value):
                    html += "<td class=\"number\">\(HTML.escape(format.format(value)))</td>"
                case .text(let text): html += "<td>\(HTML.escape(text))</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func logHTML(_ record: TrainingRecord, format: NumberFormat) -> String {
        let lines = record.logLines(format: format)
        return "<pre class=\"log\">" + HTML.escape(lines.joined(separator: "\n")) + "</pre>\n"
    }

    private mutating func figureHTML(_ figure: FigureFiles, item: ResolvedDirective) -> String {
        let number = numbering.byID[item.id]
        let anchor = number?.anchor ?? item.id
        let base = "\(study.name)-\(anchor)"
        figureFiles["\(base).png"] = figure.png
        figureFiles["\(base).svg"] = figure.svg
        figureFiles["\(base).pdf"] = figure.pdf
        return """
            <figure id="\(anchor)">
            <img src="figures/\(base).png" width="\(figure.width)" height="\(figure.height)" alt="\(HTML.escape(figure.alternative))" />
            <figcaption><span class="number">Figure \(number?.number ?? 0).</span>\(caption(item)) <span class="downloads"><a href="figures/\(base).svg">SVG</a> · <a href="figures/\(base).pdf">PDF</a></span></figcaption>
            </figure>

            """
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
