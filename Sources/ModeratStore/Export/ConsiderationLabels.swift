import ModeratCore

/// The words of the Synopse and the Abwägungstabelle, in German or English.
struct ConsiderationLabels: Sendable {
    var language: ExportLanguage
    var synopsis: String
    var table: String
    var versions: String
    var contents: String
    var draftText: String
    var finalText: String
    var unchanged: String
    var added: String
    var removed: String
    var legend: String
    var comments: String
    var noComments: String
    var unsectioned: String
    var notConsidered: String
    var outcome: String
    var rationale: String
    var number: String
    var section: String
    var text: String
    /// The column of how many comments and passages.
    var count: String
    var state: String
    var together: String
    var agreedAt: String
    var total: String
    var considered: String

    static func of(_ language: ExportLanguage) -> ConsiderationLabels {
        language == .de ? german : english
    }

    func outcome(_ o: ConsiderationOutcome) -> String { german ? o.labelDE : o.labelEN }
    func state(_ s: ConsiderationState) -> String { german ? s.labelDE : s.labelEN }
    private var german: Bool { language == .de }

    /// "N Anmerkungen, davon M ganz oder teilweise übernommen".
    func pressFigure(_ n: Int, _ m: Int) -> String {
        german ? "\(n) \(n == 1 ? "Anmerkung" : "Anmerkungen"), davon \(m) ganz oder teilweise übernommen"
            : "\(n) \(n == 1 ? "comment" : "comments"), \(m) of them adopted wholly or in part"
    }

    /// "Fassung 1 → Fassung 2".
    func versionLine(_ from: Int, _ to: Int) -> String {
        german ? "Entwurf: Fassung \(from) · Endfassung: Fassung \(to)" : "Draft: version \(from) · final: version \(to)"
    }

    /// "12 von 40 abgewogen".
    func progress(_ done: Int, _ total: Int) -> String {
        german ? "\(done) von \(total) abgewogen" : "\(done) of \(total) considered"
    }

    static let german = ConsiderationLabels(
        language: .de, synopsis: "Synopse", table: "Abwägungstabelle", versions: "Fassungen", contents: "Inhalt",
        draftText: "Entwurf", finalText: "Endfassung mit Änderungen", unchanged: "Der Text blieb unverändert.",
        added: "Neu aufgenommener Abschnitt.", removed: "Der Abschnitt entfällt.",
        legend: "Gestrichene Wörter sind durchgestrichen, neue unterstrichen.",
        comments: "Anmerkungen und Abwägung", noComments: "Zu diesem Abschnitt gibt es keine Anmerkungen.",
        unsectioned: "Anmerkungen ohne Bezug zu einem Abschnitt", notConsidered: "noch nicht abgewogen",
        outcome: "Ergebnis", rationale: "Begründung", number: "Nr.", section: "Abschnitt", text: "Anmerkung", count: "Anmerkungen",
        state: "Stand", together: "Gemeinsam abgewogen", agreedAt: "beschlossen:", total: "Gesamt", considered: "abgewogen")

    static let english = ConsiderationLabels(
        language: .en, synopsis: "Synopsis", table: "Consideration table", versions: "Versions", contents: "Contents",
        draftText: "Draft", finalText: "Final text with changes", unchanged: "The text stayed unchanged.",
        added: "New section.", removed: "The section was removed.",
        legend: "Deleted words are struck through, new ones underlined.",
        comments: "Comments and consideration", noComments: "There are no comments on this section.",
        unsectioned: "Comments not tied to a section", notConsidered: "not considered yet",
        outcome: "Outcome", rationale: "Rationale", number: "No.", section: "Section", text: "Comment", count: "Comments",
        state: "State", together: "Considered together", agreedAt: "agreed:", total: "Total", considered: "considered")
}
