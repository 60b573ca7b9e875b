import TerminalKit

/// What a key did to a form: nothing final yet, Enter (save), or Esc (cancel).
enum FormOutcome: Equatable {
    case continues, save, cancel
}

/// A form of fields opened on a screen (the roster's term form, the meetings' forms): keys
/// and pasted text go to it until Enter saves or Esc cancels.
protocol ScreenForm {
    associatedtype Field: Equatable
    /// The field keys go to.
    var focus: Field { get set }
    /// The fields in Tab order, as the form shows them now (never empty).
    var fields: [Field] { get }
    mutating func handle(_ key: Key) -> FormOutcome
    mutating func paste(_ text: String)
}

extension ScreenForm {
    /// Esc, Enter and moving between fields, the same on every form; nil for a key the form's
    /// own `handle` must take.
    mutating func navigate(_ key: Key) -> FormOutcome? {
        switch key {
        case .escape: return .cancel
        case .enter: return .save
        case .tab, .down: move(by: 1)
        case .backTab, .up: move(by: -1)
        default: return nil
        }
        return .continues
    }

    /// Moves the focus `step` fields on, round the end.
    mutating func move(by step: Int) {
        let all = fields
        guard let index = all.firstIndex(of: focus) else {
            if let first = all.first { focus = first }
            return
        }
        focus = all[(index + step + all.count) % all.count]
    }

    /// One input event for the form: a key as `handle` takes it, pasted text into the focused
    /// field; anything else changes nothing.
    mutating func take(_ event: InputEvent) -> FormOutcome {
        switch event {
        case .paste(let text):
            paste(text)
            return .continues
        case .key(let key):
            return handle(key)
        default:
            return .continues
        }
    }
}

extension Optional where Wrapped: ScreenForm {
    /// One input event for a screen's open form, kept as the event left it (gone after Esc);
    /// nil when no form is open, so the screen handles the event itself.
    mutating func take(_ event: InputEvent) -> FormOutcome? {
        guard var open = self else { return nil }
        let outcome = open.take(event)
        self = outcome == .cancel ? nil : open
        return outcome
    }
}
