// Generated from templates/style.css; do not edit. To regenerate after editing the template:
// CUTBOOK_UPDATE_TEMPLATES=1 swift test --filter DefaultTemplatesTests

extension DefaultTemplates {
    /// The built-in `style.css` (a copy of `templates/style.css`).
    static let style = #"""
        /* CutBook's page style: a sidebar (chapters, this page's sections, search) beside one readable
           column; figures scaled to fit; no web fonts. Light by default, dark when the reader's system
           asks for it (prefers-color-scheme). Below 50rem the sidebar folds into a toggle above the page. */
        :root {
          color-scheme: light dark;
          --text: #1d2228;
          --muted: #5b6570;
          --rule: #d8dde3;
          --accent: #1f5fa8;
          --code: #f3f5f7;
          --ok: #1c7c3a;
          --background: #fff;
          --sidebar: #f6f7f9;
          --mark: #fde68a;
          --sidebar-width: 17rem;
        }
        /* Dark: light text on a dark grey. Figures are drawn on white; they keep it, set on a light card
           with a little margin, so their colours and labels stay as drawn and readable. */
        @media (prefers-color-scheme: dark) {
          :root {
            --text: #dde2e8;
            --muted: #9aa5b1;
            --rule: #3a424c;
            --accent: #7fb2f0;
            --code: #262c33;
            --ok: #6fcf8e;
            --background: #16191d;
            --sidebar: #1d2126;
            --mark: #6b5a12;
          }
          figure img { background: #fff; padding: 0.4rem; border-radius: 6px; }
        }
        * { box-sizing: border-box; }
        html { font-size: 17px; }
        body {
          margin: 0;
          color: var(--text);
          background: var(--background);
          font-family: "DejaVu Serif", Georgia, serif;
          line-height: 1.6;
        }
        .page {
          max-width: 48rem;
          margin: 0 auto;
          padding: 1rem 1.25rem 3rem;
        }
        h1, h2, h3, h4, header.site, nav.pager, nav.sidebar, label.sidebar-toggle, figcaption, caption, footer {
          font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
        }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 1.5rem 0 1rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
        a { color: var(--accent); }
        header.site { border-bottom: 1px solid var(--rule); padding-bottom: 0.5rem; }
        header.site a.home { color: var(--muted); text-decoration: none; font-weight: bold; }
        nav.pager { display: flex; justify-content: space-between; gap: 1rem; font-size: 0.9rem; margin: 0.75rem 0; }
        nav.pager a[rel="next"] { margin-left: auto; text-align: right; }
        code, pre { font-family: "DejaVu Sans Mono", Menlo, monospace; font-size: 0.85em; }
        code { background: var(--code); padding: 0.1em 0.3em; border-radius: 3px; }
        pre { background: var(--code); padding: 0.75rem 1rem; overflow-x: auto; border-radius: 4px; line-height: 1.4; }
        pre code { background: none; padding: 0; }
        pre.log { border-left: 3px solid var(--accent); }
        figure { margin: 1.5rem 0; text-align: center; }
        figure img { max-width: 100%; height: auto; }
        figcaption, caption { font-size: 0.9rem; color: var(--muted); text-align: left; margin-top: 0.4rem; }
        figcaption .number, caption .number { font-weight: bold; color: var(--text); }
        .downloads { white-space: nowrap; }
        table { border-collapse: collapse; margin: 1.25rem auto; font-size: 0.9rem; max-width: 100%; display: block; overflow-x: auto; }
        table caption { caption-side: top; margin-bottom: 0.4rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.7rem; }
        th { text-align: left; border-bottom: 2px solid var(--text); }
        td.number { text-align: right; font-variant-numeric: tabular-nums; font-family: "DejaVu Sans Mono", monospace; }
        math[display="block"] { margin: 1rem 0; overflow-x: auto; }
        .value { font-variant-numeric: tabular-nums; }
        .value.checked { text-decoration: underline dotted var(--ok); }
        p.check { color: var(--ok); font-size: 0.9rem; font-family: "DejaVu Sans", sans-serif; }
        ol.toc { padding-left: 1.5rem; }
        ol.toc li { margin: 0.3rem 0; }
        p.authors { color: var(--muted); }
        p.book { font-family: "DejaVu Sans", sans-serif; }
        footer.provenance { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: 0.75rem; font-size: 0.8rem; color: var(--muted); }
        footer.provenance ul { padding-left: 1.2rem; margin: 0.3rem 0; }

        /* The sidebar: fixed at the left on wide screens, scrolling on its own. */
        nav.sidebar {
          position: fixed;
          top: 0;
          bottom: 0;
          left: 0;
          width: var(--sidebar-width);
          overflow-y: auto;
          padding: 1rem 0.9rem 2rem;
          background: var(--sidebar);
          border-right: 1px solid var(--rule);
          font-size: 0.85rem;
          line-height: 1.4;
        }
        nav.sidebar + .page { margin-left: max(var(--sidebar-width), calc(50% - 24rem + var(--sidebar-width) / 2)); }
        nav.sidebar a { text-decoration: none; }
        nav.sidebar a:hover { text-decoration: underline; }
        nav.sidebar a.home { display: block; font-weight: bold; color: var(--text); margin-bottom: 0.75rem; }
        nav.sidebar p.book { margin: 0 0 0.75rem; }
        nav.sidebar ol { list-style: none; margin: 0; padding: 0; }
        nav.sidebar ol.chapters > li { margin: 0.35rem 0; }
        nav.sidebar .chapter-number { color: var(--muted); display: inline-block; min-width: 1.4rem; }
        nav.sidebar li.current > a { font-weight: bold; color: var(--text); }
        nav.sidebar ol.sections { margin: 0.3rem 0 0.5rem 1.4rem; border-left: 2px solid var(--rule); padding-left: 0.6rem; }
        nav.sidebar ol.sections li { margin: 0.2rem 0; }
        nav.sidebar ol.sections ol { margin-left: 0.8rem; }
        nav.sidebar math { font-size: 0.95em; }
        .search { margin-bottom: 1rem; }
        .search input {
          width: 100%;
          padding: 0.35rem 0.5rem;
          font: inherit;
          color: var(--text);
          background: var(--background);
          border: 1px solid var(--rule);
          border-radius: 4px;
        }
        ol.search-results { margin-top: 0.5rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.5rem; }
        ol.search-results li { margin: 0.5rem 0; }
        ol.search-results a { display: block; font-weight: bold; }
        ol.search-results .snippet { display: block; color: var(--muted); font-size: 0.95em; }
        ol.search-results mark { background: var(--mark); color: var(--text); }
        ol.search-results li.none { color: var(--muted); }
        /* The toggle exists for narrow screens only. */
        input.sidebar-toggle, label.sidebar-toggle { display: none; }

        @media (max-width: 50rem) {
          html { font-size: 16px; }
          .page { padding: 0.75rem; }
          nav.sidebar + .page { margin-left: auto; }
          label.sidebar-toggle {
            display: block;
            padding: 0.6rem 0.75rem;
            background: var(--sidebar);
            border-bottom: 1px solid var(--rule);
            font-size: 0.95rem;
            cursor: pointer;
          }
          /* The checkbox stays reachable by keyboard (Tab, then Space); only its label shows. */
          input.sidebar-toggle { display: block; position: absolute; opacity: 0; pointer-events: none; }
          input.sidebar-toggle:focus-visible + label.sidebar-toggle { outline: 2px solid var(--accent); }
          nav.sidebar { display: none; position: static; width: auto; border-right: none; border-bottom: 1px solid var(--rule); }
          input.sidebar-toggle:checked ~ nav.sidebar { display: block; }
        }
        @media print {
          nav.pager, header.site, nav.sidebar, label.sidebar-toggle { display: none; }
          nav.sidebar + .page { margin-left: auto; }
        }

        """#
}
