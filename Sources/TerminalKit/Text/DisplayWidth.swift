/// Display columns of text, measured per grapheme cluster the way ncurses measures a cell:
/// glibc's `wcwidth` of the cluster's first code point (the rest ride along as combining).
public enum DisplayWidth {
    /// Columns one grapheme cluster occupies: 0, 1 or 2.
    public static func of(_ cluster: Character) -> Int {
        guard let first = cluster.unicodeScalars.first else { return 0 }
        let width = ofScalar(first.value)
        // Unprintable clusters reach a cell only as the sanitiser's narrow replacement glyph.
        return width < 0 ? 1 : width
    }

    /// Columns a whole string occupies.
    public static func of(_ text: some StringProtocol) -> Int {
        var total = 0
        for cluster in text { total += of(cluster) }
        return total
    }

    /// glibc's wcwidth for one code point: -1 (unprintable), 0, 1 or 2.
    public static func ofScalar(_ value: UInt32) -> Int {
        if value >= 0x20 && value < 0x7F { return 1 }
        if isControl(value) { return -1 }
        if WidthTables.contains(WidthTables.wide, value) { return 2 }
        if WidthTables.contains(WidthTables.zeroWidth, value) { return 0 }
        if WidthTables.contains(WidthTables.unprintable, value) { return -1 }
        return 1
    }

    static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (value >= 0x7F && value < 0xA0)
    }
}
