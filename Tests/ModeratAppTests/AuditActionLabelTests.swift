import Foundation
import ModeratStore
import Testing
@testable import ModeratApp

/// Every audit action has a label of its own in both languages, and every action the demo
/// database holds is one moderat knows, so no internal code reaches the audit view.
@Suite("audit action labels")
struct AuditActionLabelTests {
    @Test("each action has a German and an English label, none of them its code, no two alike", arguments: [Language.de, .en])
    func labels(_ language: Language) {
        let labels = AuditAction.allCases.map { AuditActionText.label($0.rawValue, language) }
        for (action, label) in zip(AuditAction.allCases, labels) {
            #expect(label != action.rawValue && !label.isEmpty, "\(action) has no \(language) label")
        }
        #expect(Set(labels).count == labels.count, "two actions share a label: \(labels)")
    }

    @Test("forgetting an author and purging texts are worded, not shown as codes")
    func privacyActions() {
        #expect(Localizer(.de)(.auditAction("author.forget")) == "personenbezogene Daten gelöscht")
        #expect(Localizer(.en)(.auditAction("comment.purge")) == "texts of rejected comments purged")
    }

    @Test("a code a newer moderat wrote is shown as it is, without control characters")
    func unknownCode() {
        #expect(Localizer(.en)(.auditAction("audit.seal")) == "audit.seal")
        #expect(!Localizer(.en)(.auditAction("x\u{1b}[2J")).contains("\u{1b}"))
    }

    @Test("every action stored in the demo database is an AuditAction")
    func demoActionsKnown() throws {
        let h = try ScreenHarness()
        let stored = try h.table("SELECT DISTINCT action FROM audit_event").compactMap(\.first)
        #expect(stored.count > 5)
        for code in stored {
            #expect(AuditAction(rawValue: code) != nil, "the demo writes the unknown action \(code)")
        }
    }
}
