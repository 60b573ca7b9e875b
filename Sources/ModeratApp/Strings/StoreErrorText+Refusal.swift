import ModeratCore
import ModeratStore

/// The store's typed refusals in German; the
/// English is the store's own `description`.
extension StoreErrorText {
    static func german(_ refusal: StoreRefusal) -> String {
        switch refusal {
        case .groupTooSmall: return "Eine Gruppe braucht mindestens zwei Beiträge; nichts wurde geändert."
        case .splitCannotJoinGroup(let id):
            return "Beitrag \(id) ist in Passagen geteilt und kann keiner Gruppe beitreten; nichts wurde geändert."
        case .consideredAlone(let id): return "Beitrag \(id) ist schon für sich allein abgewogen; nichts wurde geändert."
        case .differentProcesses: return "Beiträge verschiedener Verfahren können nicht gemeinsam abgewogen werden; nichts wurde geändert."
        case .differentGroups(let groups):
            return "Die Beiträge sind in verschiedenen Gruppen (\(StoreRefusal.list(groups))); nichts wurde geändert."
        case .alreadyInGroup(let group): return "Die Beiträge sind schon in Gruppe \(group); nichts wurde geändert."
        case .inNoGroup(let id): return "Beitrag \(id) ist in keiner Gruppe; nichts wurde geändert."
        case .groupAgreed(let group):
            return "Die Abwägung von Gruppe \(group) hat die Arbeitsgruppe beschlossen; bitte zuerst wieder öffnen."
        case let .notApproved(id, state):
            return "Beitrag \(id) ist \(German.stateName(state)); abgewogen werden nur freigegebene Beiträge."
        case .consideredInGroup(let id):
            return "Beitrag \(id) wird mit anderen in einer Gruppe abgewogen; bitte die Gruppe abwägen."
        case .splitIntoPassages(let id): return "Beitrag \(id) ist in Passagen geteilt; bitte jede Passage abwägen."
        case let .namePassage(id, count): return "Beitrag \(id) ist in \(count) Passagen geteilt; bitte eine nennen (Passage 1 bis \(count))."
        case .alreadySplit(let id): return "Beitrag \(id) ist schon in Passagen geteilt; nichts wurde geändert."
        case .splitInGroup(let id):
            return "Beitrag \(id) wird in einer Gruppe abgewogen; bitte ihn vor dem Teilen aus der Gruppe nehmen."
        case .splitConsideredWhole(let id): return "Beitrag \(id) ist schon als Ganzes abgewogen; nichts wurde geändert."
        case .topNeedsMeeting: return "Ein TOP braucht seine Sitzung; nichts wurde geändert."
        case .sectionsOfOtherProcess(let ids):
            return "\(ids.count == 1 ? "Abschnitt \(StoreRefusal.list(ids)) gehört" : "Abschnitte \(StoreRefusal.list(ids)) gehören") "
                + "nicht zum Verfahren dieses Beitrags; nichts wurde geändert."
        case .minutesAlreadyFinal(let title): return "Das Protokoll von „\(title)“ ist schon endgültig; nichts wurde geändert."
        case .minutesLocked(let by):
            return "Das Protokoll wurde\(by.map { " von \($0)" } ?? "") als endgültig markiert und ist gesperrt; "
                + "bitte stattdessen eine Ergänzung erfassen. Nichts wurde geändert."
        case .amendmentNeedsText: return "Eine Ergänzung braucht einen Text; nichts wurde erfasst."
        case .minutesStillDraft: return "Dieses Protokoll ist noch ein Entwurf: bitte bearbeiten statt ergänzen."
        case .votes(let top, .negative): return "TOP \(top): Stimmen können nicht negativ sein; nichts wurde gespeichert."
        case let .votes(top, .moreThanPresent(total, voters)):
            return "TOP \(top): \(total) Stimmen, aber nur \(voters) stimmberechtigte Mitglieder anwesend; nichts wurde gespeichert."
        case .openDrafts(let drafts):
            return "Offene Entwürfe: " + drafts.map { "TOP \($0.number) (\($0.ownerName), \(Self.clock($0.updatedAt)))" }.joined(separator: "; ")
                + ". Bitte jeden speichern oder verwerfen, bevor das Protokoll endgültig wird; nichts wurde geändert."
        case .passageSectionIsOwn:
            return "Der Abschnitt einer Passage gehört zur Passage; bitte bei der Passage setzen, nicht bei der Abwägung."
        case .considerationAgreed(let subject):
            return "Die Abwägung \(germanOf(subject)) hat die Arbeitsgruppe beschlossen; bitte vor dem Ändern wieder öffnen. Nichts wurde geändert."
        case .noConsiderationYet(let subject):
            return "\(german(subject)) hat noch keine Abwägung; bitte zuerst eine schreiben."
        case let .considerationAlready(subject, state):
            return "Die Abwägung \(germanOf(subject)) ist schon \(state == .draft ? "ein Entwurf" : "beschlossen"); nichts wurde geändert."
        case let .passages(id, refusal): return "Beitrag \(id): \(german(refusal)); nichts wurde geändert."
        case let .lastAdmin(account, change):
            let what: String
            switch change {
            case .role(let role): what = "\(account) kann nicht \(German.roleName(role)) werden"
            case .remove: what = "\(account) kann nicht entfernt werden"
            }
            return "\(what): mindestens eine Administration muss bleiben; bitte zuerst ein anderes Konto zur Administration machen. "
                + "Nichts wurde geändert."
        case let .erasureNeedsForce(e, single):
            return "Person #\(e.authorId): der Name \(single ? "ist ein einzelnes Wort und " : "")würde \(e.othersTexts) Texte anderer Personen "
                + "ändern (neben den \(e.ownComments) Beiträgen der Person): insgesamt \(e.bodies) Beitragstexte, \(e.answers) Antworten, "
                + "\(e.notes) Notizen, \(e.priors) Rückgängig-Stände, \(e.drafts) Entwürfe, \(e.auditDetails) Audit-Angaben, "
                + "\(e.meetingTexts) Sitzungstexte. Nichts wurde geändert. Bitte mit --dry-run prüfen und dann mit --force wiederholen, "
                + "um sie alle umzuschreiben."
        case let .termEndsBeforeStart(ends, starts):
            return "eine Amtszeit kann nicht enden (\(ends.german)), bevor sie beginnt (\(starts.german)); nichts wurde geändert"
        case .notInDetectedGroup(let id):
            return "Beitrag \(id) ist in keiner Gruppe nahezu gleicher Beiträge; nichts wurde geändert."
        case let .detectedGroupTooSmall(group, approved):
            return "Gruppe \(group) hat \(approved) freigegebene\(approved == 1 ? "n Beitrag" : " Beiträge"); für eine gemeinsame Abwägung "
                + "braucht es mindestens zwei; nichts wurde geändert."
        }
    }

    static func german(_ refusal: Passages.Refusal) -> String {
        switch refusal {
        case .tooFew: return "eine Teilung braucht mindestens zwei Passagen"
        case let .outside(range, length): return "die Zeichen \(range.start)–\(range.end) liegen nicht in seinen \(length) Zeichen"
        case let .empty(range): return "die Zeichen \(range.start)–\(range.end) enthalten keinen Text"
        case let .overlapping(a, b): return "die Zeichen \(a.start)–\(a.end) und \(b.start)–\(b.end) überschneiden sich"
        }
    }

    /// "Beitrag 12", "Passage 2 von Beitrag 12", "Gruppe 3 (Beiträge 12, 15, 19)".
    static func german(_ subject: ConsiderationSubject) -> String {
        switch subject {
        case .comment(let id): return "Beitrag \(id)"
        case let .passage(number, comment): return "Passage \(number) von Beitrag \(comment)"
        case .passageId(let id): return "Passage \(id)"
        case let .group(id, comments): return "Gruppe \(id) (Beiträge \(StoreRefusal.list(comments)))"
        }
    }

    /// "von Beitrag 12", "der Passage 2 von Beitrag 12", "der Gruppe 3 (…)": after "Die Abwägung".
    static func germanOf(_ subject: ConsiderationSubject) -> String {
        switch subject {
        case .comment: return "von " + german(subject)
        case .passage, .passageId, .group: return "der " + german(subject)
        }
    }

    /// "15:00" of a stored timestamp, as the minutes show times.
    static func clock(_ stamp: String) -> String {
        Timestamps.date(stamp).map { MinutesClock.hhmm($0) } ?? stamp
    }
}
