/// The stylesheet of the HTML export, inline so the file stands alone; the print rules keep
/// a comment on one page and drop link colours.
enum GuidelinesCSS {
    static let text = """
    :root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d0d4d9; --accent: #0b5cad; --answer: #eef4fb; }
    html { font-family: "Source Sans 3", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); line-height: 1.5; }
    body { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
    h1 { font-size: 1.9rem; margin-bottom: .25rem; }
    h2, h3, h4, h5, h6 { margin: 1.6rem 0 .4rem; line-height: 1.25; }
    .code { color: var(--accent); font-variant-numeric: tabular-nums; margin-right: .35rem; }
    .lead { font-size: 1.1rem; }
    .note, .count, .none, .rejected, .meta { color: var(--muted); font-size: .92rem; }
    a { color: var(--accent); }
    nav.toc ul { list-style: none; padding-left: 0; }
    nav.toc li.d1 { padding-left: 1.2rem; }
    nav.toc li.d2, nav.toc li.d3 { padding-left: 2.4rem; }
    nav.toc .n { color: var(--muted); }
    table { border-collapse: collapse; width: 100%; font-size: .95rem; }
    th, td { border-bottom: 1px solid var(--rule); padding: .25rem .5rem; text-align: left; vertical-align: top; }
    td.num, tfoot td { text-align: right; font-variant-numeric: tabular-nums; }
    tr.d0 td { font-weight: 600; }
    section.guideline { border-top: 1px solid var(--rule); margin-top: 2rem; }
    .text p { margin: .5rem 0; }
    article.comment { border-left: 3px solid var(--rule); padding: .1rem 0 .1rem .9rem; margin: 1rem 0; }
    article.comment .body p { margin: .3rem 0; overflow-wrap: anywhere; }
    .who { font-weight: 600; color: var(--ink); }
    aside.answer { background: var(--answer); border-left: 3px solid var(--accent); padding: .3rem .8rem; margin: .5rem 0; }
    aside.answer p { margin: .3rem 0; overflow-wrap: anywhere; }
    .replies { margin-left: 1rem; }
    footer { border-top: 2px solid var(--rule); margin-top: 3rem; }
    @media print {
      html { font-size: 10.5pt; }
      body { max-width: none; margin: 0; }
      a { color: inherit; text-decoration: none; }
      nav.toc { break-after: page; }
      section.guideline > h2, section.guideline > h3 { break-after: avoid; }
      article.comment, aside.answer, tr { break-inside: avoid; }
      aside.answer { background: none; border-left-color: var(--ink); }
    }

    """
}
