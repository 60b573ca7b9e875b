import ModeratStore
import TerminalKit

/// The audit log's actions in words. Both switches are exhaustive over `AuditAction`, so an
/// action added in the store has no label (and does not compile) until it has one in each
/// language. A stored code this moderat does not know (a newer one wrote it) is shown as it
/// is, made harmless.
enum AuditActionText {
    /// The label of a stored action code in `language`.
    static func label(_ code: String, _ language: Language) -> String {
        guard let action = AuditAction(rawValue: code) else { return Sanitizer.singleLine(code) }
        return language == .de ? german(action) : english(action)
    }

    static func german(_ action: AuditAction) -> String {
        switch action {
        case .approve: return "freigegeben"
        case .reject: return "abgelehnt"
        case .hold: return "zurückgestellt"
        case .undo: return "rückgängig gemacht"
        case .tag: return "Abschnitte zugeordnet"
        case .untag: return "Abschnitt entfernt"
        case .answer: return "Antwort bearbeitet"
        case .note: return "Notiz bearbeitet"
        case .importComment: return "importiert"
        case .update: return "Text aktualisiert"
        case .purge: return "Texte abgelehnter Beiträge gelöscht"
        case .forgetAuthor: return "personenbezogene Daten gelöscht"
        case .projectAdd: return "Vorhaben angelegt"
        case .projectEdit: return "Vorhaben geändert"
        case .processLink: return "Verfahren einem Vorhaben zugeordnet"
        case .guidelinesImport: return "Leitlinien importiert"
        case .rosterMemberAdd: return "Person angelegt"
        case .rosterTermAdd: return "Amtszeit angelegt"
        case .rosterTermEdit: return "Amtszeit geändert"
        case .rosterTermEnd: return "Amtszeit beendet"
        case .rosterDraw: return "Losziehung"
        case .meetingCreate: return "Sitzung angelegt"
        case .meetingItemAdd: return "TOP hinzugefügt"
        case .meetingGuestAdd: return "Gast hinzugefügt"
        case .meetingAttendance: return "Anwesenheit gesetzt"
        case .minutesItemSave: return "Protokoll eines TOP gespeichert"
        case .minutesFinalize: return "Protokoll endgültig gemacht"
        case .minutesAmend: return "Nachtrag zum Protokoll"
        case .actionDone: return "Aufgabe erledigt"
        case .minutesDraftDiscard: return "Protokollentwurf verworfen"
        case .meetingDetails: return "Sitzungsangaben geändert"
        case .reasonConfigure: return "Ablehnungsgründe festgelegt"
        case .considerationWrite: return "Abwägung geschrieben"
        case .considerationAgree: return "Abwägung beschlossen"
        case .considerationReopen: return "Abwägung wieder geöffnet"
        case .passageSplit: return "Beitrag in Passagen geteilt"
        case .passageSection: return "Abschnitt einer Passage gesetzt"
        case .groupJoin: return "gemeinsam abgewogen"
        case .groupLeave: return "aus Gruppe genommen"
        case .userAdd: return "Konto hinzugefügt"
        case .userRole: return "Rolle geändert"
        case .userRemove: return "Konto entfernt"
        case .demoPopulate: return "Demo-Daten erzeugt"
        case .benchPopulate: return "Messdaten erzeugt"
        }
    }

    static func english(_ action: AuditAction) -> String {
        switch action {
        case .approve: return "approved"
        case .reject: return "rejected"
        case .hold: return "held"
        case .undo: return "undone"
        case .tag: return "tagged"
        case .untag: return "untagged"
        case .answer: return "answer edited"
        case .note: return "note edited"
        case .importComment: return "imported"
        case .update: return "text updated"
        case .purge: return "texts of rejected comments purged"
        case .forgetAuthor: return "personal data erased"
        case .projectAdd: return "project added"
        case .projectEdit: return "project edited"
        case .processLink: return "process linked to a project"
        case .guidelinesImport: return "guidelines imported"
        case .rosterMemberAdd: return "member added"
        case .rosterTermAdd: return "term added"
        case .rosterTermEdit: return "term edited"
        case .rosterTermEnd: return "term ended"
        case .rosterDraw: return "lot drawn"
        case .meetingCreate: return "meeting created"
        case .meetingItemAdd: return "agenda item added"
        case .meetingGuestAdd: return "guest added"
        case .meetingAttendance: return "attendance set"
        case .minutesItemSave: return "item minutes saved"
        case .minutesFinalize: return "minutes made final"
        case .minutesAmend: return "minutes amended"
        case .actionDone: return "action item done"
        case .minutesDraftDiscard: return "minutes draft discarded"
        case .meetingDetails: return "meeting details changed"
        case .reasonConfigure: return "reasons configured"
        case .considerationWrite: return "consideration written"
        case .considerationAgree: return "consideration agreed"
        case .considerationReopen: return "consideration reopened"
        case .passageSplit: return "comment split into passages"
        case .passageSection: return "passage section set"
        case .groupJoin: return "considered together"
        case .groupLeave: return "taken out of a group"
        case .userAdd: return "user added"
        case .userRole: return "role changed"
        case .userRemove: return "user removed"
        case .demoPopulate: return "demo data created"
        case .benchPopulate: return "benchmark data created"
        }
    }
}
