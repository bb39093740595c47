// Generated from templates/index.html; do not edit. To regenerate after editing the template:
// CUTBOOK_UPDATE_TEMPLATES=1 swift test --filter DefaultTemplatesTests

extension DefaultTemplates {
    /// The built-in `index.html` (a copy of `templates/index.html`).
    static let index = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="generator" content="{{generator}}" />
        <title>{{report_title}}</title>
        <link rel="stylesheet" href="style.css" />
        </head>
        <body class="index">
        {{sidebar}}
        <div class="page">
        <main>
        <h1>{{report_title}}</h1>
        <p class="authors">{{authors}}</p>
        {{book}}
        <h2>Contents</h2>
        {{toc}}
        </main>
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
