import ModeratStore

/// Why an import row or file cannot be read, in German; the English is the store's own
/// `description`. Column names and values stay as they are in the file.
extension StoreErrorText {
    static func german(_ problem: ImportProblem) -> String {
        switch problem {
        case .cannotOpen: return "kann nicht geöffnet werden"
        case .cannotRead(let reason): return "kann nicht gelesen werden: \(reason)"
        case .noHeader: return "keine Kopfzeile"
        case .notUTF8: return "kein gültiges UTF-8"
        case let .fieldCount(expected, found, unclosed):
            return "erwartet werden \(expected) Felder wie in der Kopfzeile, gefunden \(found)"
                + (unclosed ? " (ein Anführungszeichen, das nie geschlossen wird?)" : "")
        case let .missingColumns(missing, header):
            return "\(missing.count == 1 ? "keine Spalte" : "keine Spalten") \(missing.map { "„\($0)“" }.joined(separator: ", ")) "
                + "in der Kopfzeile (Spalten: \(header.joined(separator: ", ")))"
        case .emptyBody(let column): return "Spalte „\(column)“ (Text) ist leer"
        case let .notATime(value, column):
            return "„\(value)“ in Spalte „\(column)“ ist keine Zeitangabe (tt.mm.jjjj hh:mm oder ISO 8601)"
        case .notAnArray: return "ein Decidim-JSON-Export beginnt mit „[“ (einer Liste von Beiträgen)"
        case .endsInsideArray: return "die Datei endet innerhalb der Liste (es fehlt „]“)"
        case .textAfterArray: return "unerwarteter Text nach der schließenden „]“"
        case .expectedObject(let found): return "erwartet wird ein Beitrag „{“, gefunden „\(found)“"
        case .notJSON(let reason): return "kein gültiges JSON: \(reason)"
        case .notAnObject: return "kein JSON-Objekt"
        case .objectTooLong:
            return "das hier beginnende Objekt endet nicht innerhalb von 16 MB (eine nicht geschlossene Zeichenkette oder Klammer?)"
        case .endsInsideObject:
            return "die Datei endet innerhalb des hier beginnenden Objekts (eine nicht geschlossene Zeichenkette oder Klammer?)"
        case .noId: return "keine id"
        case .noBody(let id): return "Beitrag \(id) hat keinen Text (body)"
        case .noCreatedAt(let id): return "Beitrag \(id) hat kein created_at"
        case .createdAtNotATime(let value):
            return "created_at „\(value)“ ist keine Zeitangabe (ISO 8601 mit Zeitzone oder tt.mm.jjjj hh:mm)"
        case .replyWithoutParent(let id): return "Antwort \(id) nennt keine commentable_id"
        case .repliesToItself(let id): return "Beitrag \(id) antwortet auf sich selbst"
        case .alignment(let value): return "alignment „\(value)“ ist nicht -1, 0 oder 1"
        }
    }
}

extension StoreErrorText {
    static func german(_ error: CSVMappingError) -> String {
        switch error {
        case .notAPair(let pair): return "„\(pair)“ ist nicht Feld=Spalte"
        case .unknownField(let field): return "unbekanntes Feld „\(field)“ (Felder: \(CSVMapping.keys.joined(separator: ", ")))"
        case .noBody: return "body=SPALTE fehlt (die Spalte mit dem Text der Beiträge)"
        }
    }
}

extension Localizer {
    /// What is wrong with an import's `--map`, in the user's language.
    public func csvMapping(_ error: CSVMappingError) -> String {
        language == .de ? StoreErrorText.german(error) : error.description
    }

    /// Why an import row was skipped, in the user's language.
    public func importProblem(_ problem: ImportProblem) -> String {
        language == .de ? StoreErrorText.german(problem) : problem.description
    }
}
