/// A comment's sentences, the units a passage is chosen from in the comment view.
extension Passages {
    /// The sentences of `body` as character ranges in order, each without the white space
    /// around it. A sentence ends after `.`, `!`, `?` or `…` (and any closing quotes or
    /// brackets) when white space and then a capital letter, a digit or an opening quote
    /// follow, and at every line break; a period after a digit is an ordinal ("1. März").
    /// Abbreviations before a capital ("z. B. Müller") end a
    /// sentence too: the moderator joins sentences by choosing a range, so a split too many
    /// costs one key, a missed one would hide a boundary.
    public static func sentences(of body: String) -> [PassageRange] {
        let characters = Array(body)
        var ranges: [PassageRange] = []
        var start: Int?
        var index = 0
        func close(_ end: Int) {
            if let s = start { ranges.append(PassageRange(start: s, end: end)) }
            start = nil
        }
        while index < characters.count {
            let c = characters[index]
            if c.isNewline {
                close(lastVisible(characters, before: index) + 1)
            } else if !c.isWhitespace, start == nil {
                start = index
            } else if start != nil, Self.enders.contains(c), !(c == "." && index > 0 && characters[index - 1].isNumber) {
                var end = index + 1
                while end < characters.count, Self.closers.contains(characters[end]) { end += 1 }
                var next = end
                while next < characters.count, characters[next].isWhitespace, !characters[next].isNewline { next += 1 }
                if next > end, next < characters.count, Self.opensSentence(characters[next]) {
                    close(end)
                    index = next
                    continue
                }
            }
            index += 1
        }
        close(lastVisible(characters, before: characters.count) + 1)
        return ranges.filter { $0.end > $0.start }
    }

    static let enders: Set<Character> = [".", "!", "?", "…"]
    static let closers: Set<Character> = ["\"", "'", "”", "“", "»", "«", ")", "]", "’"]

    static func opensSentence(_ c: Character) -> Bool {
        c.isUppercase || c.isNumber || "\"„“»«('‚".contains(c)
    }

    /// The index of the last character before `end` that is not white space (-1: none).
    static func lastVisible(_ characters: [Character], before end: Int) -> Int {
        var i = end - 1
        while i >= 0, characters[i].isWhitespace { i -= 1 }
        return i
    }

    /// The passages of a split that cuts sentences `from`…`to` (inclusive) out of `body`:
    /// the text before (if any), the chosen sentences, the text after (if any). Nil when the
    /// choice is the whole text, so there would be nothing to split off.
    public static func cut(_ body: String, sentences: [PassageRange], from: Int, to: Int) -> (ranges: [PassageRange], chosen: Int)? {
        guard sentences.indices.contains(from), sentences.indices.contains(to), from <= to else { return nil }
        let length = body.count
        let chosen = PassageRange(start: sentences[from].start, end: sentences[to].end)
        var ranges: [PassageRange] = []
        let before = PassageRange(start: 0, end: chosen.start)
        if chosen.start > 0, !before.text(in: body).isEmpty { ranges.append(before) }
        let index = ranges.count
        ranges.append(chosen)
        let after = PassageRange(start: chosen.end, end: length)
        if chosen.end < length, !after.text(in: body).isEmpty { ranges.append(after) }
        return ranges.count >= 2 ? (ranges, index) : nil
    }
}
