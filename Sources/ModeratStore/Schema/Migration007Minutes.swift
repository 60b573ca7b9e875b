import GRDB

/// Schema version 7: minutes a city can publish. The text of a TOP as written (so the export
/// keeps its order and line breaks), the outcome of each decision, action items in written
/// order, the conventions of an Ergebnisprotokoll on the meeting (public session, chair,
/// next meeting with time and place, signature, distribution list, attachments), arrivals
/// and departures per TOP, advisory (non-voting) seat groups, and the approval of the
/// previous minutes as a choice instead of a yes/no that defaulted to "not approved".
enum Migration007Minutes {
    static let identifier = "007-minutes"

    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE agenda_item ADD COLUMN minutes_text TEXT;
            ALTER TABLE agenda_decision ADD COLUMN outcome TEXT CHECK (outcome IN ('adopted', 'rejected'));
            ALTER TABLE agenda_decision ADD COLUMN unanimous INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE action_item ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE meeting ADD COLUMN is_public INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE meeting ADD COLUMN chair TEXT;
            ALTER TABLE meeting ADD COLUMN next_meeting_time TEXT;
            ALTER TABLE meeting ADD COLUMN next_meeting_place TEXT;
            ALTER TABLE meeting ADD COLUMN signature_place TEXT;
            ALTER TABLE meeting ADD COLUMN signature_date TEXT;
            ALTER TABLE meeting ADD COLUMN distribution TEXT NOT NULL DEFAULT '';
            ALTER TABLE meeting ADD COLUMN attachments TEXT NOT NULL DEFAULT '';
            ALTER TABLE attendance ADD COLUMN arrived_at_item INTEGER;
            ALTER TABLE attendance ADD COLUMN left_after_item INTEGER;
            ALTER TABLE seat_group ADD COLUMN advisory INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE minutes ADD COLUMN previous_approval TEXT
                CHECK (previous_approval IN ('approved', 'amended', 'not-approved', 'none'));
            UPDATE minutes SET previous_approval = 'approved' WHERE previous_approved = 1;
            """)
    }
}
