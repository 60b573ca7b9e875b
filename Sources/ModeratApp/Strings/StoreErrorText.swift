import Foundation
import ModeratCore
import ModeratStore

/// A store error in the user's language, for the command line (and any screen that has no
/// words of its own for it). Typed refusals, missing things and conflicts are worded in
/// StoreErrorText+Refusal/+Missing/+Conflict/+Import/+Input/+File.swift; the reasons SQLite or
/// the file system give are quoted as they wrote them.
enum StoreErrorText {
    static func german(_ error: StoreError) -> String {
        switch error {
        case let .newerSchema(path, unknown):
            return "\(path): von einem neueren moderat geschrieben (unbekannte Schema-Migrationen: \(unknown.joined(separator: ", "))); "
                + "bitte moderat aktualisieren. Die Datenbank wurde nicht verändert."
        case let .olderSchema(path, missing):
            return "\(path): von einem älteren moderat angelegt und muss aktualisiert werden (fehlende Schema-Migrationen: \(missing.joined(separator: ", "))); "
                + "moderat aktualisiert sie, wenn ein Konto mit Schreibrecht auf die Datei es aufruft, etwa die Verwaltung mit "
                + "`moderat users list --db \(path)`. Die Datenbank wurde nicht verändert."
        case .missingFile(let path):
            return "\(path): diese Datenbank gibt es nicht (anlegen mit `moderat init` oder `moderat demo`)"
        case let .cannotCreate(path, reason):
            return "\(path): kann nicht angelegt werden: \(reason)"
        case let .notADatabase(path, damage):
            return "\(path): keine brauchbare moderat-Datenbank: \(german(damage)). moderat hat die Datei nicht verändert. "
                + "Einzelheiten mit `moderat check --db \(path)`; eine mit `moderat backup` gemachte Kopie zurückspielen "
                + "oder das Lesbare retten mit `sqlite3 \(path) .recover | sqlite3 rescued.db`."
        case let .readOnly(path, reason):
            return "\(path): die Datenbank ist schreibgeschützt"
                + (reason.map { " (\(German.readOnlyCause(ReadOnlyCause($0))))" } ?? "") + "; nichts wurde geändert"
        case let .locked(path, seconds, gaveUp):
            return gaveUp
                ? "\(path): nach \(seconds) s nicht mehr auf die Datenbank gewartet (ein anderes Programm sperrt sie); nichts wurde geändert"
                : "\(path): die Datenbank blieb \(seconds) s von einem anderen Programm gesperrt; nichts wurde geändert"
        case .diskFull(let path):
            return "\(path): der Datenträger ist voll; nichts wurde geändert"
        case .roleRefused(let refusal):
            return PermissionText.german(.store(refusal))
        case .decisionRefused(let refusal):
            return DecisionText.german(.refusal(refusal))
        case .refusal(let refusal):
            return german(refusal)
        case let .commentChanged(conflict, now, undoing):
            return German.text(changed(conflict, now: now, undoing: undoing, .de))
        case .notFound(let missing):
            return german(missing)
        case .conflict(let conflict):
            return Self.conflict(conflict, .de)
        case let .importProblem(file, line, problem):
            return StoreError.located(file, line: line, german(problem))
        case let .invalid(input, line, problem):
            return StoreError.located(input, line: line, german(problem))
        case let .file(path, problem):
            return "\(path): \(german(problem))"
        case .io:
            return error.description
        }
    }

    static func english(_ error: StoreError) -> String {
        switch error {
        case .roleRefused(let refusal):
            return PermissionText.english(.store(refusal))
        case let .commentChanged(conflict, now, undoing):
            return English.text(changed(conflict, now: now, undoing: undoing, .en))
        case .conflict(let conflict):
            return Self.conflict(conflict, .en)
        default:
            // The store's own words are English.
            return error.description
        }
    }

    /// Someone else changed the comment first: the same words as the workbench's.
    static func changed(_ conflict: CommentConflict, now: Date, undoing: Bool, _ language: Language) -> UIText {
        .commentChanged(id: conflict.commentId, state: conflict.state, who: conflict.changedBy,
                        when: conflict.changedAt.map { ConflictTime.phrase($0, now: now, language) },
                        wasDecision: conflict.wasDecision, undoing: undoing)
    }
}
