import Foundation
import ModeratCore

/// The words of the commented-guidelines export, in German or English.
struct ExportLabels: Sendable {
    var participant: String
    var anonymous: String
    var noReason: String
    var contents: String
    var overview: String
    var section: String
    var title: String
    var published: String
    var answered: String
    var notPublished: String
    var open: String
    var total: String
    var comments: String
    var noComments: String
    var answer: String
    var reply: String
    var untaggedHeading: String
    var rejectedHeading: String
    var rejectedNote: String
    var pseudonymNote: String
    var generated: String
    /// What stands where an e-mail address or telephone number was in a published text.
    var contactRemoved: String

    static func of(_ language: ExportLanguage) -> ExportLabels {
        language == .de ? german : english
    }

    static let german = ExportLabels(
        participant: "Teilnehmer/in", anonymous: "anonym", noReason: "ohne Angabe", contents: "Inhalt",
        overview: "Beiträge je Abschnitt", section: "Abschnitt", title: "Titel", published: "veröffentlicht",
        answered: "beantwortet", notPublished: "nicht veröffentlicht", open: "in Prüfung", total: "Gesamt",
        comments: "Veröffentlichte Beiträge", noComments: "Zu diesem Abschnitt wurden keine Beiträge veröffentlicht.",
        answer: "Antwort der Moderation", reply: "Antwort",
        untaggedHeading: "Beiträge ohne Bezug zu einem Abschnitt",
        rejectedHeading: "Nicht veröffentlichte Beiträge nach Grund",
        rejectedNote: "Beiträge, die gegen die Netiquette verstießen, werden nicht veröffentlicht; hier steht nur, wie viele es aus welchem Grund waren.",
        pseudonymNote: "Die Namen der Teilnehmenden sind durch Pseudonyme ersetzt; dieselbe Nummer steht für dieselbe Person.",
        generated: "Stand", contactRemoved: "[Kontaktdaten entfernt]")

    static let english = ExportLabels(
        participant: "Participant", anonymous: "anonymous", noReason: "no reason given", contents: "Contents",
        overview: "Comments per section", section: "Section", title: "Title", published: "published",
        answered: "answered", notPublished: "not published", open: "under review", total: "Total",
        comments: "Published comments", noComments: "No comments were published for this section.",
        answer: "Moderators' answer", reply: "Reply",
        untaggedHeading: "Comments not tied to a section",
        rejectedHeading: "Unpublished comments by reason",
        rejectedNote: "Comments that broke the netiquette are not published; only their number per reason is given.",
        pseudonymNote: "Participants' names are replaced by pseudonyms; the same number stands for the same person.",
        generated: "As of", contactRemoved: "[contact details removed]")

    /// A day as the city writes it: 12.11.2026 (German), 2026-11-12 (English), Berlin time.
    static func day(_ date: Date, _ language: ExportLanguage) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Timestamps.displayZone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        let (y, m, d) = (c.year ?? 0, c.month ?? 0, c.day ?? 0)
        switch language {
        case .de: return String(format: "%02d.%02d.%04d", d, m, y)
        case .en: return String(format: "%04d-%02d-%02d", y, m, d)
        }
    }

    /// ISO day for `<time datetime>`.
    static func isoDay(_ date: Date) -> String { day(date, .en) }

    /// "2 (Werbung: 1, Beleidigung: 1)"
    static func reasons(_ counts: [CommentedGuidelines.ReasonCount]) -> String {
        counts.map { "\($0.label): \($0.count)" }.joined(separator: ", ")
    }
}
