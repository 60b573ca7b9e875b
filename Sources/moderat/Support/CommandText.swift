import Foundation
import ModeratApp
import ModeratStore

/// What every command says in the user's language (--lang, config, LANG, as the workbench):
/// store refusals and the demo's summary. Other store errors keep their English wording.
enum CommandText {
    case storeError(StoreError)
    case demoBuilt(path: String, DemoSummary, seconds: Double)

    func words(_ language: Language) -> String {
        let de = language == .de
        switch self {
        case .storeError(.roleRefused(let refusal)):
            return Localizer(language)(.permission(.store(refusal)))
        case .storeError(.decisionRefused(let refusal)):
            return DecideText.refusal(refusal).words(language)
        case .storeError(let error):
            return error.description
        case let .demoBuilt(path, summary, seconds):
            let time = String(format: "%.1f", seconds)
            if de {
                return "Demo-Datenbank \(path): \(summary.comments) Beiträge (\(summary.pendingComments) offen), "
                    + "\(summary.processes) Verfahren, \(summary.moderators) Moderierende, \(summary.meetings) Sitzungen in \(time) s"
            }
            return "demo database \(path): \(summary.comments) comments (\(summary.pendingComments) pending), \(summary.processes) processes, "
                + "\(summary.moderators) moderators, \(summary.meetings) meetings in \(time) s"
        }
    }
}

extension GlobalOptions {
    /// The language of a command's messages: --lang, then config, then LANG. Read when a
    /// message is said, so a failure before or while loading the config is still worded.
    var messageLanguage: Language {
        let config = try? SetgidGroup.asPerson { try ConfigSources.load(paths: Paths(), systemPath: ConfigSources.systemPath()) }
        return Language.resolve(flag: lang, config: config?.language, environment: ProcessInfo.processInfo.environment)
    }
}
