import Foundation

/// The commented guidelines as one self-contained HTML file (inline CSS, no scripts, no
/// external resources) that reads well on screen and on paper. Every text is escaped.
public enum GuidelinesHTML {
    public static func render(_ doc: CommentedGuidelines, language: ExportLanguage = .de, asOf: Date) -> String {
        let l = ExportLabels.of(language)
        var h: [String] = [
            HTMLPage.head(language: language.rawValue, title: GuidelinesText.clean(doc.title), css: GuidelinesCSS.text) + "<header>",
            "<h1>\(esc(doc.title))</h1>",
        ]
        if !doc.description.isEmpty { h.append("<p class=\"lead\">\(esc(doc.description))</p>") }
        h.append("<p class=\"note\">\(esc(l.generated)) \(ExportLabels.day(asOf, language)). \(esc(l.pseudonymNote))</p>")
        h.append("</header>")

        h += ["<nav class=\"toc\">", "<h2>\(esc(l.contents))</h2>", "<ul>"]
        for s in doc.sections {
            h.append("<li class=\"d\(min(s.depth, 3))\"><a href=\"#\(s.anchor)\">\(esc(s.code)) \(esc(s.title))</a> <span class=\"n\">(\(s.counts.approved))</span></li>")
        }
        if !doc.untagged.isEmpty {
            h.append("<li class=\"d0\"><a href=\"#ohne-abschnitt\">\(esc(l.untaggedHeading))</a> <span class=\"n\">(\(doc.untagged.count))</span></li>")
        }
        h += ["<li class=\"d0\"><a href=\"#nicht-veroeffentlicht\">\(esc(l.rejectedHeading))</a></li>", "</ul>", "</nav>"]

        h += ["<section class=\"overview\">", "<h2>\(esc(l.overview))</h2>", "<table>", "<thead><tr>",
              "<th scope=\"col\">\(esc(l.section))</th><th scope=\"col\">\(esc(l.title))</th>"
                + "<th scope=\"col\">\(esc(l.published))</th><th scope=\"col\">\(esc(l.answered))</th>"
                + "<th scope=\"col\">\(esc(l.notPublished))</th><th scope=\"col\">\(esc(l.open))</th>",
              "</tr></thead>", "<tbody>"]
        for s in doc.sections {
            h.append("<tr class=\"d\(min(s.depth, 3))\"><td><a href=\"#\(s.anchor)\">\(esc(s.code))</a></td><td>\(esc(s.title))</td>\(cells(s.counts))</tr>")
        }
        h += ["</tbody>", "<tfoot><tr><th scope=\"row\" colspan=\"2\">\(esc(l.total))</th>\(cells(doc.totals))</tr></tfoot>",
              "</table>", "</section>", "<main>"]

        for s in doc.sections {
            let level = min(6, s.depth + 2)
            h.append("<section class=\"guideline d\(min(s.depth, 3))\" id=\"\(s.anchor)\">")
            h.append("<h\(level)><span class=\"code\">\(esc(s.code))</span> \(esc(s.title))</h\(level)>")
            if !s.body.isEmpty { h += ["<div class=\"text\">"] + blocks(s.body) + ["</div>"] }
            h.append("<div class=\"comments\">")
            if s.comments.isEmpty {
                h.append("<p class=\"none\">\(esc(l.noComments))</p>")
            } else {
                h.append("<p class=\"count\">\(esc(l.comments)): \(s.comments.count)</p>")
                for c in s.comments { h += article(c, l, language) }
            }
            if s.counts.rejected > 0 {
                h.append("<p class=\"rejected\">\(esc(l.notPublished)): \(s.counts.rejected) (\(esc(ExportLabels.reasons(s.rejectedByReason))))</p>")
            }
            h += ["</div>", "</section>"]
        }
        if !doc.untagged.isEmpty {
            h += ["<section class=\"guideline d0\" id=\"ohne-abschnitt\">", "<h2>\(esc(l.untaggedHeading))</h2>", "<div class=\"comments\">"]
            for c in doc.untagged { h += article(c, l, language) }
            h += ["</div>", "</section>"]
        }
        h += ["</main>", "<footer id=\"nicht-veroeffentlicht\">", "<h2>\(esc(l.rejectedHeading))</h2>",
              "<p>\(esc(l.rejectedNote))</p>", "<table>", "<tbody>"]
        for r in doc.rejectedByReason {
            h.append("<tr><td>\(esc(r.label))</td><td class=\"num\">\(r.count)</td></tr>")
        }
        h += ["</tbody>", "<tfoot><tr><th scope=\"row\">\(esc(l.total))</th><td class=\"num\">\(doc.totals.rejected)</td></tr></tfoot>",
              "</table>", "</footer>"]
        return h.joined(separator: "\n") + "\n" + HTMLPage.end
    }

    static func cells(_ c: CommentedGuidelines.Counts) -> String {
        [c.approved, c.answered, c.rejected, c.open].map { "<td class=\"num\">\($0)</td>" }.joined()
    }

    /// One published comment with its answer and replies.
    static func article(_ c: PublishedComment, _ l: ExportLabels, _ language: ExportLanguage) -> [String] {
        var out = ["<article class=\"comment\">",
                   "<p class=\"meta\"><span class=\"who\">\(esc(c.pseudonym))</span> · "
                    + "<time datetime=\"\(ExportLabels.isoDay(c.createdAt))\">\(ExportLabels.day(c.createdAt, language))</time></p>",
                   "<div class=\"body\" dir=\"auto\">"] + citizenParagraphs(c.body) + ["</div>"]
        if let answer = c.answer {
            out += ["<aside class=\"answer\">", "<p class=\"meta\">\(esc(l.answer))</p>"] + citizenParagraphs(answer) + ["</aside>"]
        }
        if !c.replies.isEmpty {
            out.append("<div class=\"replies\">")
            for reply in c.replies { out += article(reply, l, language) }
            out.append("</div>")
        }
        out.append("</article>")
        return out
    }

    /// Free text as paragraphs; single line breaks are kept as `<br>`.
    static func citizenParagraphs(_ text: String) -> [String] {
        paragraphs(text).map { lines in "<p>" + lines.map(esc).joined(separator: "<br>") + "</p>" }
    }

    /// A guideline text (Markdown as imported) as paragraphs and bullet lists; inline
    /// emphasis and links are shown as written.
    static func blocks(_ text: String) -> [String] {
        paragraphs(text).map { lines in
            let bullets = lines.allSatisfy { $0.hasPrefix("- ") || $0.hasPrefix("* ") }
            if bullets {
                return "<ul>" + lines.map { "<li>" + esc(String($0.dropFirst(2))) + "</li>" }.joined() + "</ul>"
            }
            return "<p>" + lines.map(esc).joined(separator: " ") + "</p>"
        }
    }

    /// Non-empty lines grouped by blank lines.
    static func paragraphs(_ text: String) -> [[String]] {
        var out: [[String]] = [[]]
        for raw in GuidelinesText.clean(text).components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                if out.last?.isEmpty == false { out.append([]) }
            } else {
                out[out.count - 1].append(line)
            }
        }
        return out.filter { !$0.isEmpty }
    }

    /// Escapes text for element content and attribute values; controls are already gone.
    static func esc(_ text: String) -> String {
        HTMLEscaping.escape(GuidelinesText.clean(text))
    }
}
