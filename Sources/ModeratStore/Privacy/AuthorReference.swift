import GRDB
import ModeratCore

/// How `forget-author` names the person: the display name as shown, `#ID` (the author row),
/// or `SOURCE:EXTERNAL_ID` (as the import file has it).
enum AuthorReference {
    typealias Candidate = AuthorCandidate

    /// The author `reference` names. Unknown is `.notFound`; a display name several authors
    /// share is `.invalid` listing them, so the admin can pick one by `#ID`.
    static func resolve(_ reference: String, db: Database) throws -> Candidate {
        let text = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw StoreError.invalid("AUTHOR", line: 0, .emptyAuthor) }
        if text.hasPrefix("#"), let id = Int64(text.dropFirst()) {
            guard let found = try candidates(db, where: "a.id = ?", [id]).first else {
                throw StoreError.notFound(.author(id))
            }
            return found
        }
        var found = try candidates(db, where: "a.display_name = ?", [text])
        if found.isEmpty {
            // Not as written: the same name in another case or spelling ("mueller" for "Müller").
            let key = GermanFolding.key(text)
            let ids = try Row.fetchAll(db, sql: "SELECT id, display_name FROM author WHERE erased_at IS NULL")
                .filter { GermanFolding.key($0["display_name"]) == key }.map { (row: Row) -> Int64 in row["id"] }
            if !ids.isEmpty {
                found = try candidates(db, where: "a.id IN (\(ids.map { _ in "?" }.joined(separator: ", ")))",
                                       StatementArguments(ids))
            }
        }
        if found.isEmpty, let colon = text.firstIndex(of: ":") {
            let source = String(text[..<colon])
            let externalId = String(text[text.index(after: colon)...])
            found = try candidates(db, where: "a.source = ? AND a.external_id = ?", [source, externalId])
            if found.isEmpty, let erased = try ErasedAuthors.id(db: db, source: source, externalId: externalId) {
                found = try candidates(db, where: "a.id = ?", [erased])
            }
        }
        guard let first = found.first else {
            throw StoreError.notFound(.authorNamed(text))
        }
        guard found.count == 1 else {
            throw StoreError.invalid("AUTHOR", line: 0, .ambiguousAuthor(text, found))
        }
        return first
    }

    private static func candidates(_ db: Database, where condition: String, _ arguments: StatementArguments) throws -> [Candidate] {
        try Row.fetchAll(db, sql: """
            SELECT a.id, a.source, a.external_id, a.display_name, a.erased_at,
                   (SELECT count(*) FROM comment c WHERE c.author_id = a.id) AS comments
            FROM author a WHERE \(condition) ORDER BY a.id
            """, arguments: arguments).map { row in
            Candidate(id: row["id"], source: row["source"], externalId: row["external_id"],
                      displayName: row["display_name"], erasedAt: row["erased_at"], comments: row["comments"])
        }
    }
}
