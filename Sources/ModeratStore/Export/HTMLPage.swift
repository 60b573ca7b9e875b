/// The page around every self-contained HTML export: doctype, language, charset, title and
/// the inline stylesheet; no scripts, no external resources.
enum HTMLPage {
    /// `body` lines wrapped into a whole document; `title` is escaped here.
    static func document(title: String, language: ExportLanguage, css: String, body: [String]) -> String {
        ([
            "<!DOCTYPE html>",
            "<html lang=\"\(language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLEscaping.escape(GuidelinesText.clean(title)))</title>",
            "<style>\n\(css)</style>",
            "</head>",
            "<body>",
        ] + body + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
    }
}
