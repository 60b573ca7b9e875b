import ModeratApp
import ModeratCore
import ModeratStore

/// The roster's own refusals and the lot draw's, in the user's language (the English is
/// what the roster code's `description` says).
enum RosterDrawText {
    static func words(_ text: CommandText.RosterFailure, _ language: Language) -> String {
        let de = language == .de
        switch text {
        case let .draw(file, .tooFewApplicants(needed, eligible, underAge)):
            guard de else { return "\(file): \(LotDrawError.tooFewApplicants(needed: needed, eligible: eligible, underAge: underAge))" }
            return "\(file): zu wenige Bewerbungen: gebraucht werden \(needed) (Sitze und Nachrückplätze), gelost werden dürfen nur \(eligible)"
                + (underAge > 0 ? " (\(underAge) weitere sind jünger als das Mindestalter)" : "")
        case let .draw(file, .parityImpossible(list, places, women, men, diverse)):
            guard de else {
                return "\(file): \(LotDrawError.parityImpossible(list: list, places: places, women: women, men: men, diverse: diverse))"
            }
            let what = list == "seats" ? "Sitzen" : "Nachrückplätzen"
            return "\(file): bei \(places) \(what) lässt sich die Parität nicht halten: übrig sind \(women) Frauen, \(men) Männer und \(diverse) Diverse"
        case let .draw(file, .nothingToDraw):
            return de ? "\(file): nichts zu losen: bitte mindestens einen Sitz oder Nachrückplatz verlangen" : "\(file): \(LotDrawError.nothingToDraw)"
        case let .placement(.notEnoughFreeSeats(group, free, wanted, from)):
            return de ? "\(group) hat ab \(from.german) \(free) freie Sitze, gelost werden sollen aber \(wanted)"
                : LotDrawPlacement.Failure.notEnoughFreeSeats(group: group, free: free, wanted: wanted, from: from).description
        case let .placement(.notADrawnGroup(group)):
            return de ? "\(group) ist keine Sitzgruppe, deren Sitze gelost werden" : LotDrawPlacement.Failure.notADrawnGroup(group).description
        case let .refused(refusal):
            guard de else { return refusal.description }
            return "nichts wurde geändert: " + refusal.issues.map { Localizer(.de)(.roster(.issue($0))) }.joined(separator: "; ")
        }
    }
}

extension CommandText {
    /// What the roster code refused: a draw, its placement on the seats, a rule of the roster.
    enum RosterFailure {
        case draw(file: String, LotDrawError)
        case placement(LotDrawPlacement.Failure)
        case refused(RosterRefusal)
    }
}
