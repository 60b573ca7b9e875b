/// Text for the office formats' XML: what XML 1.0 forbids is dropped, markup characters are escaped.
enum OfficeXML {
    /// `text` as element content or attribute value. Control characters (other than tab and
    /// line feed, which the writers turn into elements), bidi overrides and the non-characters
    /// U+FFFE/U+FFFF go, since XML 1.0 forbids or a reader would misshow them.
    static func escape(_ text: String) -> String {
        HTMLEscaping.escape(clean(text))
    }

    /// `text` without the characters XML 1.0 forbids; CR and CRLF become LF.
    static func clean(_ text: String) -> String {
        let cleaned = GuidelinesText.clean(text)
        guard cleaned.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) else { return cleaned }
        var scalars = String.UnicodeScalarView()
        for s in cleaned.unicodeScalars where s.value != 0xFFFE && s.value != 0xFFFF { scalars.append(s) }
        return String(scalars)
    }

    /// The XML declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    /// Splits cleaned text at line feeds and tabs, so a writer can emit its own break and tab elements.
    enum Piece: Equatable {
        case text(String)
        case lineBreak
        case tab
    }

    static func pieces(_ text: String) -> [Piece] {
        var out: [Piece] = []
        var current = ""
        for ch in clean(text) {
            switch ch {
            case "\n":
                if !current.isEmpty { out.append(.text(current)); current = "" }
                out.append(.lineBreak)
            case "\t":
                if !current.isEmpty { out.append(.text(current)); current = "" }
                out.append(.tab)
            default:
                current.append(ch)
            }
        }
        if !current.isEmpty { out.append(.text(current)) }
        return out
    }
}
