import ModeratCore
import ModeratStore

/// The consideration view's words (one case of `UIText` and of `UIText.KeyHelp` leads here,
/// so the shared string files stay small); German and English below, both exhaustive.
public enum ConsiderationText: Sendable, Equatable {
    case heading(code: String, title: String)
    case progress(done: Int, total: Int)
    case filterLine(outcome: String, state: String)
    case all
    case unconsidered
    case outcome(ConsiderationOutcome)
    case state(ConsiderationState)
    case groupOf([Int64])
    case passage(Int, of: Int)
    case noUnits
    case written(String)
    case split(Int)
    case joined(Int64, count: Int)
    case markTwo
    case moved(number: String, code: String)
    case notPassage
    case lastSection
    case chooseOutcomeFirst
    case rationaleTitle(String)
    case rationaleSaved
    case mayNotWrite
    case hints
    /// This round's words (ConsiderationWorkText.swift).
    case work(ConsiderationWorkText)
    case keyOpen, keyOutcome(ConsiderationOutcome), keyRationale, keyRationaleExternal, keyMark, keyJoin, keySplit
    case keyNextSection, keyPreviousSection, keyFilterOutcome, keyFilterState, keyBack

    static func german(_ text: ConsiderationText) -> String {
        switch text {
        case let .heading(code, title): return "Abwägung · \(code) \(title)"
        case let .progress(done, total): return "\(done) von \(total) abgewogen"
        case let .filterLine(outcome, state): return "Ergebnis: \(outcome) · Stand: \(state)"
        case .all: return "alle"
        case .unconsidered: return "noch nicht abgewogen"
        case .outcome(let o): return o.labelDE
        case .state(let s): return s.labelDE
        case .groupOf(let ids): return "gemeinsam: " + ids.map(String.init).joined(separator: ", ")
        case let .passage(n, total): return "Abschnitt \(n) von \(total) des Beitrags"
        case .noUnits: return "Hier ist nichts abzuwägen (oder der Filter blendet alles aus)."
        case .written(let label): return "Abgewogen: \(label)"
        case .split(let n): return "In \(n) Passagen geteilt; der Text des Beitrags bleibt unverändert."
        case let .joined(group, count): return "\(count) Beiträge werden gemeinsam abgewogen (Gruppe G\(group))."
        case .markTwo: return "Mit der Leertaste mindestens zwei Beiträge markieren, dann J."
        case let .moved(number, code): return "Passage \(number) gehört jetzt zu \(code)."
        case .notPassage: return "Nur eine Passage wechselt den Abschnitt; P teilt einen Beitrag in Passagen."
        case .lastSection: return "Es gibt keinen weiteren Abschnitt in dieser Richtung."
        case .chooseOutcomeFirst: return "Erst ein Ergebnis wählen (u, t, n, b, z), dann die Begründung."
        case .rationaleTitle(let number): return "Begründung zu Nr. \(number) (öffentlich)"
        case .rationaleSaved: return "Begründung gespeichert."
        case .mayNotWrite: return "Nur Moderation und Administration wägen ab; Sie können hier nur lesen."
        case .work(let w): return ConsiderationWorkText.german(w)
        case .hints: return "u t n b z Ergebnis · e Begründung · Leertaste/J gemeinsam · P teilen · < > Abschnitt · f s Filter · Esc zurück"
        case .keyOpen: return "Abwägung des Abschnitts öffnen"
        case .keyOutcome(let o): return "Ergebnis: \(o.labelDE)"
        case .keyRationale: return "Begründung im eingebauten Editor schreiben (Strg-S speichert)"
        case .keyRationaleExternal: return "Begründung im externen Editor ($VISUAL/$EDITOR) schreiben"
        case .keyMark: return "Beitrag für gemeinsame Abwägung markieren"
        case .keyJoin: return "markierte Beiträge gemeinsam abwägen (Gruppe)"
        case .keySplit: return "Beitrag an seinen Absätzen in Passagen teilen"
        case .keyNextSection: return "Passage dem nächsten Abschnitt zuordnen"
        case .keyPreviousSection: return "Passage dem vorigen Abschnitt zuordnen"
        case .keyFilterOutcome: return "Filter nach Ergebnis wechseln"
        case .keyFilterState: return "Filter nach Stand (Entwurf / beschlossen) wechseln"
        case .keyBack: return "zurück zur Liste der Abschnitte"
        }
    }

    static func english(_ text: ConsiderationText) -> String {
        switch text {
        case let .heading(code, title): return "Consideration · \(code) \(title)"
        case let .progress(done, total): return "\(done) of \(total) considered"
        case let .filterLine(outcome, state): return "Outcome: \(outcome) · state: \(state)"
        case .all: return "all"
        case .unconsidered: return "not considered yet"
        case .outcome(let o): return o.labelEN
        case .state(let s): return s.labelEN
        case .groupOf(let ids): return "together: " + ids.map(String.init).joined(separator: ", ")
        case let .passage(n, total): return "passage \(n) of \(total) of the comment"
        case .noUnits: return "Nothing to consider here (or the filter hides everything)."
        case .written(let label): return "Considered: \(label)"
        case .split(let n): return "Split into \(n) passages; the comment's text stays as it is."
        case let .joined(group, count): return "\(count) comments are considered together (group G\(group))."
        case .markTwo: return "Mark at least two comments with Space, then J."
        case let .moved(number, code): return "Passage \(number) now belongs to \(code)."
        case .notPassage: return "Only a passage changes its section; P splits a comment into passages."
        case .lastSection: return "There is no further section in that direction."
        case .chooseOutcomeFirst: return "Choose an outcome first (u, t, n, b, z), then the rationale."
        case .rationaleTitle(let number): return "Rationale for no. \(number) (public)"
        case .rationaleSaved: return "Rationale saved."
        case .mayNotWrite: return "Only moderators and administrators consider comments; you can read here."
        case .work(let w): return ConsiderationWorkText.english(w)
        case .hints: return "u t n b z outcome · e rationale · Space/J together · P split · < > section · f s filter · Esc back"
        case .keyOpen: return "open the section's consideration"
        case .keyOutcome(let o): return "outcome: \(o.labelEN)"
        case .keyRationale: return "write the rationale in the built-in editor (Ctrl-S saves)"
        case .keyRationaleExternal: return "write the rationale in the external editor ($VISUAL/$EDITOR)"
        case .keyMark: return "mark a comment to consider together"
        case .keyJoin: return "consider the marked comments together (group)"
        case .keySplit: return "split the comment into passages at its paragraphs"
        case .keyNextSection: return "move the passage to the next section"
        case .keyPreviousSection: return "move the passage to the previous section"
        case .keyFilterOutcome: return "change the outcome filter"
        case .keyFilterState: return "change the state filter (draft / agreed)"
        case .keyBack: return "back to the list of sections"
        }
    }
}
