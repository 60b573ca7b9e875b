/// An $EDITOR run's purpose as the user knows the text (the editor-failed message).
extension German {
    static func editPurpose(_ purpose: EditPurpose) -> String {
        switch purpose {
        case .commentAnswer(let id): return "Öffentliche Antwort zu #\(id)"
        case .commentNote(let id): return "Interne Notiz zu #\(id)"
        case .minutes(_, let number): return "Protokoll TOP \(number)"
        case .amendment(_, let number): return "Nachtrag zu TOP \(number)"
        case .rationale: return "Begründung der Abwägung"
        }
    }
}

extension English {
    static func editPurpose(_ purpose: EditPurpose) -> String {
        switch purpose {
        case .commentAnswer(let id): return "public answer to #\(id)"
        case .commentNote(let id): return "internal note on #\(id)"
        case .minutes(_, let number): return "minutes of item \(number)"
        case .amendment(_, let number): return "amendment to item \(number)"
        case .rationale: return "rationale of the consideration"
        }
    }
}
