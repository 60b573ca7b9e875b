import ModeratStore

/// The store's typed refusals (groups, considerations, tagging, minutes) in German; the
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
        }
    }
}
