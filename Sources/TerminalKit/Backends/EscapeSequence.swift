/// Decodes what follows an ESC that ncurses did not recognise itself: the Home, End,
/// Ctrl-Home, Ctrl-End, Insert, Delete, Page and F-keys as xterm, PuTTY, rxvt, tmux/screen
/// and the Linux console send them (CSI `ESC [ … final` and SS3 `ESC O x`), the start of a
/// bracketed paste, and Alt+key. Pure over a character source, so each sequence is testable.
///
/// The rule for Alt: ESC and the next character must arrive together (the character is
/// already waiting when ESC is read — terminals send Alt+x as one write). A character that
/// comes later is a key of its own after Esc: fast typing of Esc then a key over SSH is
/// Esc, then the key. Once a sequence has begun (`ESC [` or `ESC O`), its remaining bytes
/// may trail by `sequenceWait` milliseconds (a slow link splitting a write). A sequence
/// that is not known is swallowed whole, never typed as text. Two ESCs that arrive together
/// (Esc pressed twice quickly over SSH) are two Esc presses: the second starts over.
public enum EscapeSequence {
    /// What ESC and the characters after it mean.
    public enum Outcome: Equatable, Sendable {
        case key(Key)
        /// Esc, and a second ESC came with it: the caller decodes after that one again (Esc,
        /// Alt+key or a sequence), as if it had just been read.
        case escapeAgain
        /// `ESC [ 200 ~`: the pasted text follows, up to `ESC [ 201 ~`.
        case pasteStart
        /// A well-formed sequence nobody here knows: nothing happens.
        case ignored
    }

    /// How long the rest of a begun sequence may trail, in milliseconds.
    public static let sequenceWait: Int32 = 50
    /// Longer than any real sequence: stop reading (and ignore) rather than swallow typing.
    static let maximumLength = 32

    /// Decodes after ESC. `next(wait)` returns the next character when one arrives within
    /// `wait` milliseconds (0: only one already waiting), else nil.
    public static func decode(next: (Int32) -> Character?) -> Outcome {
        guard let first = next(0) else { return .key(.escape) }
        switch first {
        case "[":
            guard let c = next(sequenceWait) else { return .key(.alt("[")) }
            return csi(startingWith: c, next: next)
        case "O":
            guard let c = next(sequenceWait) else { return .key(.alt("O")) }
            return ss3(c).map { .key($0) } ?? .ignored
        case "\u{1B}":
            return .escapeAgain
        default:
            return .key(.alt(first))
        }
    }

    static func csi(startingWith first: Character, next: (Int32) -> Character?) -> Outcome {
        // The Linux console's F1–F5: ESC [ [ A … E.
        if first == "[" {
            guard let c = next(sequenceWait) else { return .ignored }
            if let index = "ABCDE".firstIndex(of: c) { return .key(.function("ABCDE".distance(from: "ABCDE".startIndex, to: index) + 1)) }
            return .ignored
        }
        var parameters = ""
        var c: Character? = first
        while let current = c {
            guard let ascii = current.asciiValue else { return .ignored }
            switch ascii {
            case 0x30...0x3F:
                parameters.append(current)
            case 0x20...0x2F where !(current == "$" && !parameters.isEmpty):
                parameters.append(current)
            case 0x40...0x7E, 0x24:
                // "$" after parameters is rxvt's Shift final (ESC [ 7 $).
                if parameters == "200" && current == "~" { return .pasteStart }
                return csiKey(parameters: parameters, final: current).map { .key($0) } ?? .ignored
            default:
                return .ignored
            }
            if parameters.count > maximumLength { return .ignored }
            c = next(sequenceWait)
        }
        return .ignored
    }

    /// The key of `ESC [ parameters final`; nil when unknown.
    public static func csiKey(parameters: String, final: Character) -> Key? {
        let fields = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let number = fields.first.flatMap { $0 } ?? 1
        let modifier = fields.count > 1 ? (fields[1] ?? 1) : 1
        // xterm modifiers are 1 + (shift 1, alt 2, ctrl 4).
        let ctrl = modifier > 1 && (modifier - 1) & 4 != 0
        switch final {
        case "~":
            switch number {
            case 1, 7: return ctrl ? .ctrlHome : .home
            case 4, 8: return ctrl ? .ctrlEnd : .end
            case 2: return .insert
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            case 11...15: return .function(number - 10)
            case 17...21: return .function(number - 11)
            case 23, 24: return .function(number - 12)
            default: return nil
            }
        case "^":  // rxvt: Ctrl
            switch number {
            case 1, 7: return .ctrlHome
            case 4, 8: return .ctrlEnd
            default: return nil
            }
        case "$":  // rxvt: Shift
            switch number {
            case 1, 7: return .home
            case 4, 8: return .end
            default: return nil
            }
        case "H": return ctrl ? .ctrlHome : .home
        case "F": return ctrl ? .ctrlEnd : .end
        case "A": return .up
        case "B": return .down
        case "C": return ctrl ? .ctrlRight : .right
        case "D": return ctrl ? .ctrlLeft : .left
        case "Z": return .backTab
        case "P", "Q", "R", "S":
            // xterm's F1–F4 with a modifier: ESC [ 1 ; 2 P.
            return parameters.isEmpty || fields.count > 1 ? .function(Int(final.asciiValue ?? 0x50) - 0x4F) : nil
        default: return nil
        }
    }

    /// The key of `ESC O x` (application mode, PuTTY, rxvt); nil when unknown.
    public static func ss3(_ c: Character) -> Key? {
        switch c {
        case "P", "Q", "R", "S": return .function(Int(c.asciiValue ?? 0x50) - 0x4F)
        case "H": return .home
        case "F": return .end
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "c": return .ctrlRight  // rxvt
        case "d": return .ctrlLeft
        case "M": return .enter     // keypad Enter
        default: return nil
        }
    }
}
