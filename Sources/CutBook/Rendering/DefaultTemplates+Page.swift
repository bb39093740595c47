// Generated from templates/page.html; do not edit. To regenerate after editing the template:
// CUTBOOK_UPDATE_TEMPLATES=1 swift test --filter DefaultTemplatesTests

extension DefaultTemplates {
    /// The built-in `page.html` (a copy of `templates/page.html`).
    static let page = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="generator" content="{{generator}}" />
        <title>{{title}} — {{report_title}}</title>
        <link rel="stylesheet" href="style.css" />
        </head>
        <body>
        {{sidebar}}
        <div class="page">
        <header class="site">
        <a class="home" href="index.html">{{report_title}}</a>
        </header>
        <nav class="pager top">{{previous}} {{next}}</nav>
        <main>
        {{content}}
        </main>
        <nav class="pager bottom">{{previous}} {{next}}</nav>
        <footer class="provenance">
        {{provenance}}
        </footer>
        </div>
        <script src="search-index.js"></script>
        <script src="search.js"></script>
        </body>
        </html>

        """#
}
