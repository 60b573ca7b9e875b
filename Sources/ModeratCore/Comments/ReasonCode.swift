/// A configurable reason for rejecting a comment, with German and English labels.
public struct ReasonCode: Equatable, Codable, Sendable {
    public var code: String
    public var labelDE: String
    public var labelEN: String

    public init(code: String, labelDE: String, labelEN: String) {
        self.code = code
        self.labelDE = labelDE
        self.labelEN = labelEN
    }

    /// The codes a new database starts with; config.yaml may replace or extend them.
    public static let defaults: [ReasonCode] = [
        ReasonCode(code: "off-topic", labelDE: "Kein Bezug zum Thema", labelEN: "Off-topic"),
        ReasonCode(code: "insult", labelDE: "Beleidigung", labelEN: "Insult"),
        ReasonCode(code: "personal-data", labelDE: "Personenbezogene Daten", labelEN: "Personal data"),
        ReasonCode(code: "spam", labelDE: "Werbung / Spam", labelEN: "Advertising / spam"),
        ReasonCode(code: "duplicate", labelDE: "Doppelter Beitrag", labelEN: "Duplicate"),
        ReasonCode(code: "unlawful", labelDE: "Rechtswidriger Inhalt", labelEN: "Unlawful content"),
        ReasonCode(code: "discrimination", labelDE: "Diskriminierung", labelEN: "Discrimination"),
    ]
}
