/// A config file's problem in German; setting names and values stay as written in the file.
extension ConfigProblem {
    var german: String {
        switch self {
        case .cannotRead(let reason): return "kann nicht gelesen werden: \(reason)"
        case .tooDeep(let max): return "mehr als \(max) Ebenen tief verschachtelt; eine Konfiguration braucht wenige"
        case .notYAML(let problem): return "kein gültiges YAML: \(problem)"
        case .notAMapping: return "erwartet werden Einstellungen (schlüssel: wert)"
        case .notSingleValue(let key): return "\(key): erwartet wird ein einzelner Wert"
        case let .notOneOf(key, value, allowed): return "\(key): „\(value)“ ist keins von \(allowed.joined(separator: ", "))"
        case let .notTrueOrFalse(key, value): return "\(key): erwartet wird true oder false, nicht „\(value)“"
        case let .unknownSetting(key, section, known):
            return "\(section.map { "\($0): " } ?? "")unbekannte Einstellung „\(key)“ (bekannt: \(known.joined(separator: ", ")))"
        case .reasonsNotAList: return "reasons: erwartet wird eine Liste von {code, de, en}"
        case .reasonIncomplete: return "reasons: jeder Eintrag braucht code, de und en"
        case .reasonMissing(let field): return "reasons: dem Eintrag fehlt „\(field)“"
        case .similarityNotAMapping(let known): return "similarity: erwartet werden Einstellungen (\(known.joined(separator: ", ")))"
        case let .notAWholeNumber(key, value): return "\(key): erwartet wird eine ganze Zahl ab 1, nicht „\(value)“"
        case let .notAShare(key, value): return "\(key): erwartet wird eine Zahl über 0 und höchstens 1, nicht „\(value)“"
        }
    }
}
