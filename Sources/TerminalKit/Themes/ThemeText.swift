/// The string operations the theme parser runs on every line, by bytes where that gives the
/// same answer as by `Character`: for ASCII text every byte is a character of its own (but
/// CR LF, which is one), so splitting at an ASCII separator and trimming ASCII whitespace need
/// no grapheme breaking. Every start parses the built-in theme and, in a checkout or an
/// installation, themes/default.theme too; by `Character` that was 5.9 million of the first
/// frame's 36 million instructions (callgrind, issue 16). Text that is not ASCII takes the
/// `Character` path, so the answers are the same for any text (`ThemeTextTests`).
extension Substring {
    /// No leading or trailing `Character` that `isWhitespace`.
    func trimmingWhitespace() -> String {
        let kept = withASCIIBytes { bytes -> Range<Int> in
            // CR LF is one whitespace character, and both its bytes are whitespace.
            var lower = 0, upper = bytes.count
            while lower < upper, isASCIIWhitespace(bytes[lower]) { lower += 1 }
            while upper > lower, isASCIIWhitespace(bytes[upper - 1]) { upper -= 1 }
            return lower ..< upper
        }
        guard let kept else { return trimmingWhitespaceByCharacter() }
        return String(self[index(atByte: kept.lowerBound) ..< index(atByte: kept.upperBound)])
    }

    func trimmingWhitespaceByCharacter() -> String {
        var slice = self
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    /// `split(separator:omittingEmptySubsequences:)` at an ASCII `separator`.
    func splitting(at separator: Character, omittingEmptySubsequences: Bool = true) -> [Substring] {
        let byCharacter = { self.split(separator: separator, omittingEmptySubsequences: omittingEmptySubsequences) }
        guard let byte = separator.asciiValue, separator != "\r\n" else { return byCharacter() }
        // A line feed is a character of its own in any text (but after a carriage return);
        // any other separator only where every byte is a character.
        let bounds: [Range<Int>]?? = utf8.withContiguousStorageIfAvailable { bytes in
            guard separator == "\n" ? !bytes.contains(13) : bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var parts: [Range<Int>] = []
            var start = 0
            for (offset, character) in bytes.enumerated() where character == byte {
                if !(omittingEmptySubsequences && start == offset) { parts.append(start ..< offset) }
                start = offset + 1
            }
            if !(omittingEmptySubsequences && start == bytes.count) { parts.append(start ..< bytes.count) }
            return parts
        }
        guard let found = bounds, let parts = found else { return byCharacter() }
        return parts.map { self[index(atByte: $0.lowerBound) ..< index(atByte: $0.upperBound)] }
    }

    /// The index of the first `character` (ASCII), as `firstIndex(of:)` finds it.
    func firstIndex(ofASCII character: Character) -> String.Index? {
        guard let byte = character.asciiValue, character != "\r\n",
              let offset = withASCIIBytes({ $0.firstIndex(of: byte) }) else { return firstIndex(of: character) }
        return offset.map { index(atByte: $0) }
    }

    /// `body` on the text's bytes; nil when it is not all ASCII (or not stored as UTF-8).
    private func withASCIIBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        let result: Result?? = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? body(bytes) : nil
        }
        return result ?? nil
    }

    private func index(atByte offset: Int) -> String.Index {
        utf8.index(startIndex, offsetBy: offset)
    }
}

extension String {
    func trimmingWhitespace() -> String { self[...].trimmingWhitespace() }

    func splitting(at separator: Character, omittingEmptySubsequences: Bool = true) -> [Substring] {
        self[...].splitting(at: separator, omittingEmptySubsequences: omittingEmptySubsequences)
    }

    func firstIndex(ofASCII character: Character) -> String.Index? { self[...].firstIndex(ofASCII: character) }
}

/// U+0009 to U+000D and the space: the ASCII characters whose `isWhitespace` is true.
private func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09 ... 0x0D).contains(byte)
}
