/// The language an export is written in (the guidelines' text itself stays as imported).
public enum ExportLanguage: String, Sendable, CaseIterable {
    case de, en
}
