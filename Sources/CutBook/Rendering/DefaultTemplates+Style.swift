// Generated from templates/style.css; do not edit. To regenerate after editing the template:
// CUTBOOK_UPDATE_TEMPLATES=1 swift test --filter DefaultTemplatesTests

extension DefaultTemplates {
    /// The built-in `style.css` (a copy of `templates/style.css`).
    static let style = #"""
        /* CutBook's page style: one readable column, figures scaled to fit, no web fonts. */
        :root {
          --text: #1d2228;
          --muted: #5b6570;
          --rule: #d8dde3;
          --accent: #1f5fa8;
          --code: #f3f5f7;
          --ok: #1c7c3a;
        }
        * { box-sizing: border-box; }
        html { font-size: 17px; }
        body {
          margin: 0 auto;
          max-width: 46rem;
          padding: 1rem 1.25rem 3rem;
          color: var(--text);
          background: #fff;
          font-family: "DejaVu Serif", Georgia, serif;
          line-height: 1.6;
        }
        h1, h2, h3, h4, header.site, nav.pager, figcaption, caption, footer {
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
        footer.provenance { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: 0.75rem; font-size: 0.8rem; color: var(--muted); }
        footer.provenance ul { padding-left: 1.2rem; margin: 0.3rem 0; }
        @media (max-width: 40rem) {
          html { font-size: 16px; }
          body { padding: 0.75rem; }
        }
        @media print {
          nav.pager, header.site { display: none; }
        }

        """#
}
