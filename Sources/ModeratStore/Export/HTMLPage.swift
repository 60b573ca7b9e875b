/// The page around every HTML export (guidelines, minutes, roster, projects, report): one
/// self-contained document, no scripts or external resources, its language and title set,
/// its CSS inline. Each export writes only what goes between `head` and `end`.
enum HTMLPage {
    /// `<!DOCTYPE html>` through `<body>`, a line each, ending in a newline. `title` is
    /// plain text (escaped here); `css` is the page's own style sheet, if any.
    static func head(language: String, title: String, css: String = "") -> String {
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"\(HTMLEscaping.escape(language))\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLEscaping.escape(title))</title>",
        ]
        if !css.isEmpty { lines.append("<style>\n" + css + (css.hasSuffix("\n") ? "" : "\n") + "</style>") }
        lines += ["</head>", "<body>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// What closes the page `head` opened.
    static let end = "</body>\n</html>\n"

    /// `body` lines wrapped into a whole document (the office exports' HTML).
    static func document(title: String, language: ExportLanguage, css: String, body: [String]) -> String {
        head(language: language.rawValue, title: GuidelinesText.clean(title), css: css) + body.joined(separator: "\n") + "\n" + end
    }
}
