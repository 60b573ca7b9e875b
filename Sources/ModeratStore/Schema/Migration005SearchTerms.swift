import GRDB

/// Schema version 5: a read-only view of the full-text index's terms (fts5vocab, one row per
/// occurrence). A prefix search looks up the few terms that start with each word here and
/// reads their lists one by one: FTS5 answers a prefix query by merging the position lists of
/// all those terms first, which for a word in a third of a million comments costs about five
/// times as much as reading the same rows term by term. The table stores nothing.
enum Migration005SearchTerms {
    static let identifier = "005-search-terms"

    static func apply(_ db: Database) throws {
        try db.execute(sql: "CREATE VIRTUAL TABLE comment_fts_terms USING fts5vocab(comment_fts, instance)")
    }
}
