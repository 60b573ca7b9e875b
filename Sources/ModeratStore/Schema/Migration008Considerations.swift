import GRDB

/// Schema version 8, from comments to the final text (issue 19): every imported version of
/// the guidelines with each section's text in it; passages of a comment; groups of comments
/// considered together; and the consideration (Abwägung) of a comment, passage or group.
enum Migration008Considerations {
    static let identifier = "008-considerations"

    static func apply(_ db: Database) throws {
        try db.execute(sql: sql)
    }

    static let sql = """
    -- Every imported version of a process's guidelines, numbered 1, 2, … per process.
    CREATE TABLE guideline_version (
        id INTEGER PRIMARY KEY,
        process_id INTEGER NOT NULL REFERENCES process(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL,
        UNIQUE (process_id, number)
    );

    -- A section's text in one version, by code: a section a later version removed keeps its
    -- old text here (the section row itself goes).
    CREATE TABLE section_text (
        version_id INTEGER NOT NULL REFERENCES guideline_version(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        parent_code TEXT,
        ordinal INTEGER NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        PRIMARY KEY (version_id, code)
    ) WITHOUT ROWID;

    -- The text a database already holds becomes version 1.
    INSERT INTO guideline_version(process_id, number, imported_at, imported_by)
        SELECT p.id, 1, p.created_at, 'moderat' FROM process p
        WHERE EXISTS (SELECT 1 FROM section s WHERE s.process_id = p.id);
    INSERT INTO section_text(version_id, code, parent_code, ordinal, title, body)
        SELECT v.id, s.code, (SELECT ps.code FROM section ps WHERE ps.id = s.parent_id), s.ordinal, s.title, s.body
        FROM section s JOIN guideline_version v ON v.process_id = s.process_id AND v.number = 1;

    -- A passage of a comment: characters [start_at, end_at) of its body, which stays unchanged.
    CREATE TABLE passage (
        id INTEGER PRIMARY KEY,
        comment_id INTEGER NOT NULL REFERENCES comment(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        start_at INTEGER NOT NULL,
        end_at INTEGER NOT NULL,
        section_id INTEGER REFERENCES section(id) ON DELETE SET NULL,
        UNIQUE (comment_id, number),
        CHECK (start_at >= 0 AND end_at > start_at)
    );

    -- Comments with the same concern, considered together; a comment is in at most one group.
    CREATE TABLE consideration_group (
        id INTEGER PRIMARY KEY,
        process_id INTEGER NOT NULL REFERENCES process(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL
    );
    CREATE TABLE consideration_group_member (
        comment_id INTEGER PRIMARY KEY REFERENCES comment(id) ON DELETE CASCADE,
        group_id INTEGER NOT NULL REFERENCES consideration_group(id) ON DELETE CASCADE
    );
    CREATE INDEX consideration_group_member_group ON consideration_group_member(group_id, comment_id);

    -- The consideration (Abwägung) of exactly one comment, passage or group. The rationale is
    -- written for the public; the audit trail holds its versions and outcomes, never its text.
    CREATE TABLE consideration (
        id INTEGER PRIMARY KEY,
        comment_id INTEGER UNIQUE REFERENCES comment(id) ON DELETE CASCADE,
        passage_id INTEGER UNIQUE REFERENCES passage(id) ON DELETE CASCADE,
        group_id INTEGER UNIQUE REFERENCES consideration_group(id) ON DELETE CASCADE,
        section_id INTEGER REFERENCES section(id) ON DELETE SET NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('adopted', 'partly', 'not-adopted', 'covered', 'noted')),
        rationale TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'agreed')),
        meeting_id INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
        agenda_number INTEGER,
        version INTEGER NOT NULL DEFAULT 1,
        written_by INTEGER NOT NULL REFERENCES moderator(id),
        written_at TEXT NOT NULL,
        CHECK ((comment_id IS NOT NULL) + (passage_id IS NOT NULL) + (group_id IS NOT NULL) = 1)
    );
    CREATE INDEX consideration_section ON consideration(section_id);
    """
}
