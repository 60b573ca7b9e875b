import ModeratCore
import ModeratStore

/// The default rejection reasons, added if missing.
enum DemoReasons {
    static func insert(_ context: DemoContext) throws {
        for (ordinal, reason) in ReasonCode.defaults.enumerated() {
            try context.db.execute(sql: """
                INSERT OR IGNORE INTO reason(code, label_de, label_en, ordinal, active) VALUES (?, ?, ?, ?, 1)
                """, arguments: [reason.code, reason.labelDE, reason.labelEN, ordinal])
            context.summary.reasons += context.db.changesCount
        }
    }
}
