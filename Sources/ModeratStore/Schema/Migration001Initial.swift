import GRDB
import ModeratCore

/// Schema version 1: every table of DESIGN.md §3.
enum Migration001Initial {
    static let identifier = "001-initial"

    static func apply(_ db: Database) throws {
        try db.execute(sql: sql)
    }

    // Plain SQL on purpose: the schema is the contract other tools (sqlite3, backups,
    // the city's scripts) read, so it should be readable as SQL.
    static let sql = """
    CREATE TABLE moderator (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('viewer', 'moderator', 'secretary', 'admin')),
        created_at TEXT NOT NULL
    );

    CREATE TABLE project (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        council_decisions TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        next_steps TEXT NOT NULL DEFAULT '',
        timing TEXT NOT NULL DEFAULT '',
        cost TEXT,
        districts TEXT NOT NULL DEFAULT '',
        topics TEXT NOT NULL DEFAULT '',
        participation TEXT NOT NULL DEFAULT 'open'
            CHECK (participation IN ('planned', 'running', 'done', 'none', 'open')),
        participation_note TEXT NOT NULL DEFAULT '',
        board_involved INTEGER NOT NULL DEFAULT 0,
        contact TEXT NOT NULL DEFAULT '',
        link TEXT,
        added_on TEXT NOT NULL,
        updated_on TEXT NOT NULL
    );

    CREATE TABLE process (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        project_id INTEGER REFERENCES project(id) ON DELETE SET NULL,
        starts_on TEXT,
        ends_on TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX process_project ON process(project_id);

    CREATE TABLE section (
        id INTEGER PRIMARY KEY,
        process_id INTEGER NOT NULL REFERENCES process(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        parent_id INTEGER REFERENCES section(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL DEFAULT '',
        UNIQUE (process_id, code)
    );
    CREATE INDEX section_parent ON section(parent_id);

    CREATE TABLE author (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        external_id TEXT NOT NULL,
        display_name TEXT NOT NULL,
        contact TEXT,
        erased_at TEXT,
        UNIQUE (source, external_id)
    );

    CREATE TABLE reason (
        code TEXT PRIMARY KEY,
        label_de TEXT NOT NULL,
        label_en TEXT NOT NULL,
        ordinal INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1
    );

    CREATE TABLE comment (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        external_id TEXT NOT NULL,
        process_id INTEGER NOT NULL REFERENCES process(id),
        author_id INTEGER REFERENCES author(id),
        parent_id INTEGER REFERENCES comment(id),
        body TEXT NOT NULL,
        locale TEXT,
        alignment INTEGER CHECK (alignment IN (-1, 0, 1)),
        created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending', 'approved', 'rejected', 'held')),
        version INTEGER NOT NULL DEFAULT 1,
        decided_by INTEGER REFERENCES moderator(id),
        decided_at TEXT,
        reason_code TEXT REFERENCES reason(code),
        public_answer TEXT,
        internal_note TEXT,
        claimed_by INTEGER REFERENCES moderator(id),
        claimed_until TEXT,
        UNIQUE (source, external_id)
    );
    -- The queue pages by (state, created_at, id); per process and per author too.
    CREATE INDEX comment_state_created ON comment(state, created_at, id);
    CREATE INDEX comment_created ON comment(created_at, id);
    CREATE INDEX comment_process_state_created ON comment(process_id, state, created_at, id);
    -- Two equalities (author, state) so the planner prefers it over the state index when
    -- the queue is filtered by author; it also serves the author foreign key.
    CREATE INDEX comment_author_state_created ON comment(author_id, state, created_at, id);
    CREATE INDEX comment_parent ON comment(parent_id);
    -- The queue filtered to answered comments (a minority); the WHERE must stay spelled as
    -- the queue's condition for SQLite to use it.
    CREATE INDEX comment_answered ON comment(state, created_at, id) WHERE COALESCE(public_answer, '') <> '';

    CREATE TABLE comment_section (
        comment_id INTEGER NOT NULL REFERENCES comment(id) ON DELETE CASCADE,
        section_id INTEGER NOT NULL REFERENCES section(id) ON DELETE CASCADE,
        PRIMARY KEY (comment_id, section_id)
    ) WITHOUT ROWID;
    CREATE INDEX comment_section_section ON comment_section(section_id, comment_id);

    -- Counters every frame shows are maintained here, never counted per frame.
    CREATE TABLE comment_count (
        state TEXT PRIMARY KEY,
        n INTEGER NOT NULL
    );
    INSERT INTO comment_count(state, n) VALUES ('pending', 0), ('approved', 0), ('rejected', 0), ('held', 0);
    CREATE TRIGGER comment_count_insert AFTER INSERT ON comment BEGIN
        UPDATE comment_count SET n = n + 1 WHERE state = new.state;
    END;
    CREATE TRIGGER comment_count_delete AFTER DELETE ON comment BEGIN
        UPDATE comment_count SET n = n - 1 WHERE state = old.state;
    END;
    CREATE TRIGGER comment_count_update AFTER UPDATE OF state ON comment
    WHEN old.state IS NOT new.state BEGIN
        UPDATE comment_count SET n = n - 1 WHERE state = old.state;
        UPDATE comment_count SET n = n + 1 WHERE state = new.state;
    END;

    -- Full-text search over body and author name. The indexed text is folded in SQL so that
    -- any client (the sqlite3 shell too) keeps the index right: umlauts and ß are spelled out
    -- (ä→ae, ö→oe, ü→ue, ß→ss) before unicode61 folds case and the remaining diacritics.
    -- Queries go through the same folding (GermanFolding.spellOut in ModeratCore).
    -- Contentless (content=''): the index keeps no second copy of the text (half the file at
    -- a million comments), and no per-row sizes (columnsize=0, nothing ranks by bm25).
    -- Removing a row therefore hands FTS5 the exact values once indexed ('delete' command),
    -- recomputed from the comment and its author by the same folding. detail stays full:
    -- a hyphenated word ("Online-Beteiligung") is a phrase query, which needs positions.
    CREATE VIRTUAL TABLE comment_fts USING fts5(
        body, author,
        content = '', columnsize = 0,
        tokenize = "unicode61 remove_diacritics 2"
    );
    CREATE TRIGGER comment_fts_insert AFTER INSERT ON comment BEGIN
        INSERT INTO comment_fts(rowid, body, author) VALUES (
            new.id, \(foldSQL("new.body")), \(authorSQL("new.author_id"))
        );
    END;
    CREATE TRIGGER comment_fts_update AFTER UPDATE OF body, author_id ON comment BEGIN
        INSERT INTO comment_fts(comment_fts, rowid, body, author) VALUES (
            'delete', old.id, \(foldSQL("old.body")), \(authorSQL("old.author_id"))
        );
        INSERT INTO comment_fts(rowid, body, author) VALUES (
            new.id, \(foldSQL("new.body")), \(authorSQL("new.author_id"))
        );
    END;
    CREATE TRIGGER comment_fts_delete AFTER DELETE ON comment BEGIN
        INSERT INTO comment_fts(comment_fts, rowid, body, author) VALUES (
            'delete', old.id, \(foldSQL("old.body")), \(authorSQL("old.author_id"))
        );
    END;
    CREATE TRIGGER author_fts_update AFTER UPDATE OF display_name ON author
    WHEN old.display_name IS NOT new.display_name BEGIN
        INSERT INTO comment_fts(comment_fts, rowid, body, author)
            SELECT 'delete', c.id, \(foldSQL("c.body")), \(foldSQL("old.display_name"))
            FROM comment c WHERE c.author_id = new.id;
        INSERT INTO comment_fts(rowid, body, author)
            SELECT c.id, \(foldSQL("c.body")), \(foldSQL("new.display_name"))
            FROM comment c WHERE c.author_id = new.id;
    END;

    CREATE TABLE board (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        -- Quorum: more than this fraction of voting seats present (0.5 = more than half).
        quorum_fraction REAL NOT NULL DEFAULT 0.5,
        meetings_per_year TEXT NOT NULL DEFAULT ''
    );

    CREATE TABLE seat_group (
        id INTEGER PRIMARY KEY,
        board_id INTEGER NOT NULL REFERENCES board(id) ON DELETE CASCADE,
        slug TEXT NOT NULL,
        name TEXT NOT NULL,
        seats INTEGER NOT NULL CHECK (seats >= 0),
        term_months INTEGER,
        drawn_by_lot INTEGER NOT NULL DEFAULT 0,
        parity INTEGER NOT NULL DEFAULT 0,
        min_age INTEGER,
        ordinal INTEGER NOT NULL DEFAULT 0,
        UNIQUE (board_id, slug)
    );

    CREATE TABLE seat (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES seat_group(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        label TEXT NOT NULL,
        UNIQUE (group_id, ordinal)
    );

    CREATE TABLE member (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        group_id INTEGER REFERENCES seat_group(id),
        delegating_body TEXT,
        birth_date TEXT,
        gender TEXT CHECK (gender IN ('f', 'm', 'd')),
        contact TEXT,
        notes TEXT
    );

    CREATE TABLE term (
        id INTEGER PRIMARY KEY,
        seat_id INTEGER NOT NULL REFERENCES seat(id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('chair', 'deputy', 'member', 'substitute')),
        starts_on TEXT NOT NULL,
        ends_on TEXT,
        substitute_rank INTEGER
    );
    CREATE INDEX term_seat ON term(seat_id, starts_on);
    CREATE INDEX term_member ON term(member_id);

    CREATE TABLE meeting (
        id INTEGER PRIMARY KEY,
        board_id INTEGER NOT NULL REFERENCES board(id),
        title TEXT NOT NULL,
        date TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        starts_at TEXT,
        ends_at TEXT,
        minute_taker TEXT,
        next_meeting_on TEXT
    );
    CREATE INDEX meeting_board_date ON meeting(board_id, date);

    CREATE TABLE attendance (
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        member_id INTEGER NOT NULL REFERENCES member(id),
        status TEXT NOT NULL CHECK (status IN ('present', 'excused', 'absent')),
        standing_in_for INTEGER REFERENCES member(id),
        PRIMARY KEY (meeting_id, member_id)
    );

    CREATE TABLE meeting_guest (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        affiliation TEXT NOT NULL DEFAULT ''
    );

    CREATE TABLE agenda_item (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        title TEXT NOT NULL,
        is_public INTEGER NOT NULL DEFAULT 1,
        result TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT,
        updated_by TEXT,
        UNIQUE (meeting_id, number)
    );

    CREATE TABLE agenda_decision (
        id INTEGER PRIMARY KEY,
        agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        votes_yes INTEGER CHECK (votes_yes >= 0),
        votes_no INTEGER CHECK (votes_no >= 0),
        votes_abstain INTEGER CHECK (votes_abstain >= 0)
    );

    CREATE TABLE action_item (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
        who TEXT NOT NULL,
        what TEXT NOT NULL,
        due_on TEXT,
        done_on TEXT
    );
    CREATE INDEX action_item_open ON action_item(done_on, due_on);

    CREATE TABLE minutes (
        meeting_id INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
        previous_approved INTEGER NOT NULL DEFAULT 0,
        quorum_note TEXT NOT NULL DEFAULT '',
        private_notes TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL DEFAULT 1,
        finalized_at TEXT,
        finalized_by TEXT
    );

    CREATE TABLE minutes_amendment (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        agenda_item_id INTEGER REFERENCES agenda_item(id),
        text TEXT NOT NULL,
        author TEXT NOT NULL,
        created_at TEXT NOT NULL
    );

    -- Drafts saved as the user types (a long answer, minutes text), so a dropped SSH
    -- connection loses nothing. One per owner and key ("comment:42:answer").
    CREATE TABLE draft (
        owner TEXT NOT NULL,
        key TEXT NOT NULL,
        text TEXT NOT NULL,
        base_version INTEGER,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (owner, key)
    ) WITHOUT ROWID;

    -- Append-only. Holds ids and state changes, never comment text or personal data.
    CREATE TABLE audit_event (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        detail TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX audit_entity ON audit_event(entity, entity_id, id);
    CREATE INDEX audit_actor ON audit_event(actor, id);

    -- What a decision replaced, so undo can restore it. Kept out of audit_event because a
    -- public answer or internal note is free text, which the audit trail must never hold.
    -- One row per decision event; batch_id is the first event of a bulk decision.
    CREATE TABLE decision_prior (
        audit_id INTEGER PRIMARY KEY REFERENCES audit_event(id),
        comment_id INTEGER NOT NULL REFERENCES comment(id) ON DELETE CASCADE,
        batch_id INTEGER,
        state TEXT NOT NULL,
        reason_code TEXT,
        public_answer TEXT,
        internal_note TEXT,
        decided_by INTEGER,
        decided_at TEXT
    );
    CREATE INDEX decision_prior_batch ON decision_prior(batch_id) WHERE batch_id IS NOT NULL;
    CREATE INDEX decision_prior_comment ON decision_prior(comment_id);
    CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN
        SELECT RAISE(ABORT, 'audit_event is append-only: rows cannot be changed');
    END;
    CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN
        SELECT RAISE(ABORT, 'audit_event is append-only: rows cannot be deleted');
    END;
    """

    /// The folded display name of the author `idExpression` names ('' for none): the
    /// author column of comment_fts.
    static func authorSQL(_ idExpression: String) -> String {
        foldSQL("COALESCE((SELECT display_name FROM author WHERE id = \(idExpression)), '')")
    }

    /// The SQL expression that folds German spellings the way `GermanFolding.spellOut` does.
    static func foldSQL(_ expression: String) -> String {
        GermanFolding.spellings.reduce(expression) { inner, pair in
            "replace(\(inner), '\(pair.letter)', '\(pair.spelledOut)')"
        }
    }
}
