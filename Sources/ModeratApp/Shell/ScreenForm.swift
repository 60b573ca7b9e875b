import TerminalKit

/// What a key did to a form: nothing final yet, Enter (save), or Esc (cancel).
enum FormOutcome: Equatable {
    case continues, save, cancel
}

/// A form of fields opened on a screen (the roster's term form, the meetings' forms): keys
/// and pasted text go to it until Enter saves or Esc cancels.
protocol ScreenForm {
    mutating func handle(_ key: Key) -> FormOutcome
    mutating func paste(_ text: String)
}

extension ScreenForm {
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
