import ModeratCore
import ModeratStore

/// Someone else wrote first (a consideration, a TOP's minutes), in the user's language; the
/// time is said as the comment conflicts say it (`ConflictTime`).
extension StoreErrorText {
    static func conflict(_ conflict: StoreConflict, _ language: Language) -> String {
        let de = language == .de
        switch conflict {
        case let .considerationGone(subject, expected, kept):
            return (de ? "Die Abwägung \(germanOf(subject)) gibt es nicht mehr (erwartet: Version \(expected)); nichts wurde geändert."
                       : "The consideration of \(subject) is gone (expected version \(expected)); nothing was changed.")
                + Self.kept(kept, language)
        case let .considerationWritten(subject, by, at, now, outcome, version, kept):
            let when = ConflictTime.phrase(at, now: now, language)
            return (de ? "Die Abwägung \(germanOf(subject)) hat schon \(by) \(when) geschrieben (jetzt: \(outcome.labelDE), Version \(version)); "
                         + "nichts wurde geändert."
                       : "The consideration of \(subject) was already written by \(by) \(when) (now: \(outcome.labelEN), version \(version)); "
                         + "nothing was changed.")
                + Self.kept(kept, language)
        case let .minutesItem(top, by, at, now):
            let when = at.map { " " + ConflictTime.phrase($0, now: now, language) } ?? ""
            if de {
                return "TOP \(top) wurde\(by.map { " von \($0)" } ?? " von jemand anderem")\(when) geändert, seit Sie ihn bearbeiten; "
                    + "nichts wurde überschrieben."
            }
            return "TOP \(top) was changed\(by.map { " by \($0)" } ?? " by someone else")\(when) since you started editing; nothing was overwritten."
        }
    }

    private static func kept(_ kept: Bool, _ language: Language) -> String {
        guard kept else { return "" }
        return language == .de ? " Ihre Begründung ist als Entwurf aufbewahrt." : " Your rationale is kept as a draft."
    }
}
