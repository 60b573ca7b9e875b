import ModeratApp
import ModeratSamples

/// What `moderat demo` and `moderat bench` say when the sample data will not fill a database.
extension SampleRefusal {
    func words(_ language: Language) -> String {
        guard language == .de else { return description }
        switch self {
        case .demoNeedsAccount:
            return "Die Demo braucht den Namen des angemeldeten Benutzerkontos, um es zur Administration zu machen."
        case .demoNeedsEmptyDatabase(let path):
            return "\(path): enthält schon Verfahren oder Beiträge; die Demo füllt nur eine leere Datenbank."
        case .benchNeedsNewFile(let path):
            return "\(path): gibt es schon; der Benchmark füllt nur eine neue Datei."
        case .benchImportShape(let expected):
            return "der Import des Benchmarks ergab nicht die Beiträge 1…\(expected)"
        case let .demoRowMissing(table, key):
            return "die Demo fand den eben geschriebenen Eintrag \(table) „\(key)“ nicht"
        }
    }

    /// sysexits: a file that is not to be filled is EX_CANTCREAT, no account EX_NOUSER, a
    /// benchmark that contradicts itself EX_SOFTWARE; a demo that does (1, as it always was).
    var exitCode: Int32 {
        switch self {
        case .demoNeedsAccount: return 67
        case .demoNeedsEmptyDatabase, .benchNeedsNewFile: return 73
        case .benchImportShape: return 70
        case .demoRowMissing: return 1
        }
    }
}

extension CommandFailure {
    /// Runs `body` (the demo's or the benchmark's filling), turning a sample refusal into a
    /// worded failure and store errors as `wrap` does.
    static func wrapSamples<T>(_ body: () throws -> T) throws -> T {
        do {
            return try wrap(body)
        } catch let refusal as SampleRefusal {
            throw CommandFailure(.sampleRefused(refusal), code: refusal.exitCode)
        }
    }
}
