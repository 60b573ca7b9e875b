import CNcursesw

/// Turns what ncurses' `wget_wch` returns into `Key`s; pure, so the mapping is testable.
public enum KeyDecoder {
    /// A character code (wget_wch returned OK). ESC is `.escape`; the backend looks ahead for Alt.
    public static func decode(character code: UInt32) -> Key? {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(0x60 + code))))
        // Ctrl-/ and Ctrl-_ both send 0x1F (the editors' undo).
        case 31: return .control("_")
        case 0, 28...30: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// A function-key code (wget_wch returned KEY_CODE_YES). `extended` maps the codes
    /// ncurses assigns at run time to terminfo's extended keys (kLFT5 = Ctrl-Left ...).
    public static func decode(keyCode code: Int32, extended: [(code: Int32, key: Key)] = []) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return extended.first { $0.code == code }?.key
        }
    }

    /// terminfo's names of extended keys the backend asks ncurses to decode.
    static let extendedKeyNames: [(String, Key)] = [
        ("kLFT5", .ctrlLeft), ("kRIT5", .ctrlRight), ("kLFT3", .ctrlLeft), ("kRIT3", .ctrlRight),
        ("kHOM5", .ctrlHome), ("kEND5", .ctrlEnd),
    ]
}
