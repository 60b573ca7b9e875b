import GRDB

/// Schema version 9: what campaign and wave detection keep. `comment_fingerprint` holds each
/// comparable comment's MinHash band keys (no index: detection reads them all at once, and an
/// import appends in id order, which costs next to nothing); `comment_group` and `comment_wave`
/// hold the memberships the queue and `moderat groups` / `moderat waves` show. A group's and a
/// wave's id is the smallest comment id in it.
enum Migration009Similarity {
    static let identifier = "009-similarity"

    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE comment_fingerprint (
                comment_id INTEGER PRIMARY KEY REFERENCES comment(id) ON DELETE CASCADE,
                band0 INTEGER NOT NULL,
                band1 INTEGER NOT NULL,
                band2 INTEGER NOT NULL,
                band3 INTEGER NOT NULL,
                exact INTEGER NOT NULL
            );
            CREATE TABLE comment_group (
                comment_id INTEGER PRIMARY KEY REFERENCES comment(id) ON DELETE CASCADE,
                group_id INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('campaign', 'similar', 'duplicate'))
            );
            CREATE INDEX comment_group_group ON comment_group(group_id, comment_id);
            CREATE TABLE comment_wave (
                comment_id INTEGER NOT NULL REFERENCES comment(id) ON DELETE CASCADE,
                kind TEXT NOT NULL CHECK (kind IN ('burst', 'new-accounts')),
                wave_id INTEGER NOT NULL,
                author_id INTEGER,
                PRIMARY KEY (comment_id, kind)
            ) WITHOUT ROWID;
            CREATE INDEX comment_wave_wave ON comment_wave(wave_id, comment_id);
            CREATE INDEX comment_wave_author ON comment_wave(author_id, kind);
            """)
    }
}
