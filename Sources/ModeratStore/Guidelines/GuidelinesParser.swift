import Foundation

/// Turns a Markdown guidelines text into sections: every ATX heading (`##`, `###`, …) is a
/// section, nested by level; its code comes from the heading ("C1", "C 1.", "A", "2.3",
/// "§ 4") or, without one, from its position ("B.3": the third section under B).
///
/// A single `# ` heading before all others is the document's title, not a section; when the
/// text uses `# ` for several chapters, those are sections too. Headings inside fenced code
/// blocks are text. Setext headings (underlined with === or ---) are not recognised.
public enum GuidelinesParser {
    /// Parses the file's bytes; `file` names it in errors (`StoreError.invalid`, file:line).
    public static func parse(_ data: Data, file: String) throws -> GuidelinesDocument {
        let text = try GuidelinesText.decode(data, file: file)
        return try parse(text, file: file)
    }

    /// Parses text already decoded.
    public static func parse(_ text: String, file: String) throws -> GuidelinesDocument {
        let lines = GuidelinesText.clean(text).components(separatedBy: "\n")
        let headings = findHeadings(lines)
        guard !headings.isEmpty else {
            throw StoreError.invalid(file, line: 0, .noHeadings)
        }
        let titleIndex: Int? = {
            let ones = headings.indices.filter { headings[$0].level == 1 }
            return ones == [0] ? 0 : nil
        }()
        var document = GuidelinesDocument(title: nil, introduction: "", sections: [])
        if let titleIndex {
            document.title = headings[titleIndex].text
            let end = headings.count > 1 ? headings[1].line - 1 : lines.count
            document.introduction = body(lines, from: headings[titleIndex].line, to: end)
        }
        let sectionHeadings = Array(headings.dropFirst(titleIndex == nil ? 0 : 1))
        var numbering = Numbering()
        var stack: [(level: Int, code: String)] = []
        var firstLine: [String: Int] = [:]
        for (index, heading) in sectionHeadings.enumerated() {
            while let last = stack.last, last.level >= heading.level { stack.removeLast() }
            let parent = stack.last?.code
            let end = index + 1 < sectionHeadings.count ? sectionHeadings[index + 1].line - 1 : lines.count
            let parsed = HeadingID.split(heading.text)
            guard !parsed.title.isEmpty else {
                throw StoreError.invalid(file, line: heading.line, .headingWithoutTitle(heading.text))
            }
            let code: String
            if let explicit = parsed.code {
                if let first = firstLine[explicit] {
                    throw StoreError.invalid(file, line: heading.line, .sectionTwice(code: explicit, firstLine: first))
                }
                code = explicit
                numbering.count(under: parent)
            } else {
                code = numbering.next(under: parent, taken: firstLine)
            }
            firstLine[code] = heading.line
            document.sections.append(GuidelinesSection(
                code: code, title: parsed.title, body: body(lines, from: heading.line, to: end),
                parentCode: parent, codeFromHeading: parsed.code != nil, line: heading.line))
            stack.append((heading.level, code))
        }
        return document
    }

    struct Heading {
        var level: Int
        var text: String
        /// 1-based line number.
        var line: Int
    }

    /// ATX headings outside fenced code blocks.
    static func findHeadings(_ lines: [String]) -> [Heading] {
        var out: [Heading] = []
        var fence: String?
        for (index, raw) in lines.enumerated() {
            let line = raw.drop { $0 == " " }
            // Up to three spaces of indentation, as CommonMark allows.
            guard raw.count - line.count <= 3 else { continue }
            if let open = fence {
                if line.hasPrefix(open) { fence = nil }
                continue
            }
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                fence = String(line.prefix(3))
                continue
            }
            let hashes = line.prefix { $0 == "#" }.count
            guard (1...6).contains(hashes) else { continue }
            let rest = line.dropFirst(hashes)
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { continue }
            var text = rest.trimmingCharacters(in: .whitespaces)
            // A closing sequence of #s (after a space) is not part of the heading.
            if let range = text.range(of: #"\s+#+$"#, options: .regularExpression) {
                text.removeSubrange(range)
            } else if text.allSatisfy({ $0 == "#" }) {
                text = ""
            }
            out.append(Heading(level: hashes, text: text, line: index + 1))
        }
        return out
    }

    /// Lines after the heading at `from` (1-based) up to line `to`, without blank lines at
    /// either end or trailing spaces.
    static func body(_ lines: [String], from heading: Int, to end: Int) -> String {
        guard end > heading else { return "" }
        let slice = lines[heading..<min(end, lines.count)].map { line -> String in
            var line = line
            while line.last == " " || line.last == "\t" { line.removeLast() }
            return line
        }
        let trimmed = slice.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed()
        return trimmed.joined(separator: "\n")
    }

    /// Codes for headings without one: "1", "2" at the top, "B.3" under B.
    struct Numbering {
        var children: [String: Int] = [:]

        mutating func count(under parent: String?) {
            children[parent ?? "", default: 0] += 1
        }

        mutating func next(under parent: String?, taken: [String: Int]) -> String {
            count(under: parent)
            let base = (parent.map { $0 + "." } ?? "") + String(children[parent ?? "", default: 1])
            var code = base
            var suffix = 2
            while taken[code] != nil {
                code = "\(base)-\(suffix)"
                suffix += 1
            }
            return code
        }
    }
}
