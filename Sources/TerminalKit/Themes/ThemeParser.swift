/// A mistake in a theme file, located so the user can fix it: `light.theme:12: ...`.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public var description: String { "\(file):\(line): \(message)" }
}

/// All mistakes found in one theme file (the parser reports every broken line, not just the first).
public struct ThemeParseErrors: Error, Equatable, Sendable, CustomStringConvertible {
    public var errors: [ThemeError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Reads the theme line format documented in themes/README.md:
///
///     # comment
///     list.selected      = black on #87d7ff|117|cyan, bold
///     list.selected@mono = reverse, bold
public enum ThemeParser {
    /// Parses theme text. Roles the text leaves out are taken from `base` (if given); a role
    /// not in `roles` (the application's list) is a mistake on its line.
    public static func parse(_ text: String, name: String, file: String, base: Theme? = nil,
                             roles: [ThemeRole] = ThemeRole.standard) throws(ThemeParseErrors) -> Theme {
        var styles = base?.styles ?? [:]
        var errors: [ThemeError] = []
        var lineNumber = 0
        var seen: Set<String> = []
        for rawLine in text.splitting(at: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            do throws(LineError) {
                let (key, value) = try splitAssignment(line)
                if !seen.insert(key).inserted { throw message("'\(key)' is set twice") }
                if key.hasSuffix("@mono") {
                    let roleName = String(key.dropLast(5))
                    let role = try parseRole(roleName, roles)
                    var style = styles[role] ?? ThemeStyle()
                    style.monochromeAttributes = try parseAttributeList(value.splitting(at: ",").map { $0.trimmingWhitespace() })
                    styles[role] = style
                } else {
                    let role = try parseRole(key, roles)
                    let keptMono = seen.contains(key + "@mono") ? styles[role]?.monochromeAttributes : nil
                    var style = try parseStyle(value)
                    style.monochromeAttributes = keptMono
                    styles[role] = style
                }
            } catch {
                errors.append(ThemeError(file: file, line: lineNumber, message: error.text))
            }
        }
        if !errors.isEmpty { throw ThemeParseErrors(errors: errors) }
        return Theme(name: name, styles: styles)
    }

    /// One style value: `[fg] [on bg] [, attribute]...` or attributes alone.
    public static func parseStyle(_ value: String) throws(LineError) -> ThemeStyle {
        let parts = value.splitting(at: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
        guard let first = parts.first else { return ThemeStyle() }
        if first.isEmpty || attributeNames[first] != nil {
            return ThemeStyle(attributes: try parseAttributeList(first.isEmpty ? Array(parts.dropFirst()) : parts))
        }
        // Allow spaces around the fallback bars: "#ff0000 | 196 | red".
        let colourText = closingBars(first)
        let words = colourText.splitting(at: " ").map(String.init)
        var style = ThemeStyle()
        switch words.count {
        case 1 where words[0] != "on":
            style.foreground = try parseChain(words[0])
        case 2 where words[0] == "on":
            style.background = try parseChain(words[1])
        case 3 where words[1] == "on":
            style.foreground = try parseChain(words[0])
            style.background = try parseChain(words[2])
        default:
            throw message("expected 'fg', 'fg on bg' or 'on bg' before the first comma, found '\(first)'")
        }
        style.attributes = try parseAttributeList(Array(parts.dropFirst()))
        return style
    }

    /// `text` with every " |" and then every "| " closed up to "|", as
    /// `replacing(" |", with: "|").replacing("| ", with: "|")` would do it: a space before a bar
    /// goes, then one space after each bar. `replacing` was a third of parsing the built-in
    /// theme, which every start does.
    static func closingBars(_ text: String) -> String {
        let bytes = Array(text.utf8)
        // By bytes where each is a character (ThemeText.swift says why).
        if bytes.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: closingBars(bytes, space: UInt8(ascii: " "), bar: UInt8(ascii: "|")), as: UTF8.self)
        }
        return String(closingBars(Array(text), space: " ", bar: "|"))
    }

    static func closingBars<Element: Equatable>(_ characters: [Element], space: Element, bar: Element) -> [Element] {
        var spaceBeforeBarGone: [Element] = []
        spaceBeforeBarGone.reserveCapacity(characters.count)
        for (index, character) in characters.enumerated()
        where !(character == space && index + 1 < characters.count && characters[index + 1] == bar) {
            spaceBeforeBarGone.append(character)
        }
        var result: [Element] = []
        result.reserveCapacity(spaceBeforeBarGone.count)
        var previous: Element?
        for character in spaceBeforeBarGone {
            if !(character == space && previous == bar) { result.append(character) }
            previous = character
        }
        return result
    }

    /// A colour: `default`, a name (black..white, bright-black..bright-white), 0-255 or #rrggbb.
    public static func parseColor(_ word: String) throws(LineError) -> Color {
        let lower = word.lowercased()
        if lower == "default" { return .default }
        if let index = colorNames.firstIndex(of: lower) { return .ansi(UInt8(index)) }
        if lower.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(lower.dropFirst(7))) {
            return .ansi(UInt8(index + 8))
        }
        if lower == "grey" || lower == "gray" { return .ansi(8) }
        if let n = Int(lower) {
            guard (0...255).contains(n) else { throw message("colour number \(n) is outside 0-255") }
            return .indexed(UInt8(n))
        }
        if lower.hasPrefix("#"), lower.count == 7, let rgb = UInt32(lower.dropFirst(), radix: 16) {
            return .rgb(UInt8(rgb >> 16 & 0xFF), UInt8(rgb >> 8 & 0xFF), UInt8(rgb & 0xFF))
        }
        throw message("unknown colour '\(word)' (expected default, black..white, bright-black..bright-white, 0-255 or #rrggbb)")
    }

    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static let attributeNames: [String: Attributes] = [
        "bold": .bold, "dim": .dim, "italic": .italic, "underline": .underline, "reverse": .reverse, "none": [],
    ]

    static func parseChain(_ text: String) throws(LineError) -> [Color] {
        var colors: [Color] = []
        for word in text.splitting(at: "|", omittingEmptySubsequences: false) {
            colors.append(try parseColor(String(word)))
        }
        return colors
    }

    static func parseAttributeList(_ words: [String]) throws(LineError) -> Attributes {
        var attributes: Attributes = []
        for word in words {
            guard let attribute = attributeNames[word.lowercased()] else {
                throw message("unknown attribute '\(word)' (expected bold, dim, italic, underline, reverse or none)")
            }
            attributes.formUnion(attribute)
        }
        return attributes
    }

    static func parseRole(_ name: String, _ roles: [ThemeRole]) throws(LineError) -> ThemeRole {
        let role = ThemeRole(rawValue: name)
        guard roles.contains(role) else {
            throw message("unknown role '\(name)' (known: \(roles.map(\.rawValue).joined(separator: ", ")))")
        }
        return role
    }

    static func splitAssignment(_ line: String) throws(LineError) -> (String, String) {
        guard let equals = line.firstIndex(ofASCII: "=") else { throw message("expected 'role = style', found '\(line)'") }
        let key = line[..<equals].trimmingWhitespace()
        let value = line[line.index(after: equals)...].trimmingWhitespace()
        guard !key.isEmpty else { throw message("missing role name before '='") }
        return (key, value)
    }

    static func message(_ text: String) -> LineError { LineError(text: text) }

    /// What is wrong on one line, before the parser adds file and line number.
    public struct LineError: Error, Sendable {
        public var text: String
    }
}

