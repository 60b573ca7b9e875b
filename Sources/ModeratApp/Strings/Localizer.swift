import ModeratCore
import ModeratStore

/// Turns a `UIText` into words in the user's language. The switches in German.swift and
/// English.swift are exhaustive, so a text missing in one language does not compile.
public struct Localizer: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public func callAsFunction(_ text: UIText) -> String {
        switch language {
        case .de: return German.text(text)
        case .en: return English.text(text)
        }
    }

    /// An error a write threw, for a status line or form: a store error (or a stored value
    /// this moderat does not know) in the workbench's words for it (StoreErrorText), anything
    /// else as it describes itself.
    public func error(_ error: any Error) -> String {
        if let unknown = error as? UnknownStoredValue {
            return language == .de ? StoreErrorText.german(unknown) : unknown.description
        }
        guard let error = error as? StoreError else { return "\(error)" }
        return self(.storeError(error))
    }

    /// A role's name, as the workbench shows it (the command line's confirmations use it too).
    public func role(_ role: Role) -> String {
        language == .de ? German.roleName(role) : role.rawValue
    }
}
