extension Localizer {
    /// A key label ("PgDn Ctrl-D Space") as the user's keyboard names the keys: German
    /// keyboards say Strg, Umschalt, Leertaste, Bild↓, Pos1, Ende. The key maps keep one
    /// spelling; the help, the hints and `moderat keys --lang de` show it through here.
    public func keyLabel(_ label: String) -> String {
        guard language == .de else { return label }
        return label.split(separator: " ", omittingEmptySubsequences: false).map { word in
            if let whole = Self.germanKeys[String(word)] { return whole }
            for (english, german) in Self.germanModifiers where word.hasPrefix(english) {
                return german + word.dropFirst(english.count)
            }
            return String(word)
        }.joined(separator: " ")
    }

    private static let germanKeys = ["Space": "Leertaste", "PgDn": "Bild↓", "PgUp": "Bild↑", "Home": "Pos1", "End": "Ende",
                                     "Del": "Entf", "Ins": "Einfg"]
    private static let germanModifiers = [("Ctrl-", "Strg-"), ("Shift-", "Umschalt-")]
}
