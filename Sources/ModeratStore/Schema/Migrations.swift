import GRDB

/// The numbered schema migrations, oldest first. Append only: never edit a shipped one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(Migration001Initial.identifier, migrate: Migration001Initial.apply)
        migrator.registerMigration(Migration002Users.identifier, migrate: Migration002Users.apply)
        migrator.registerMigration(Migration003Privacy.identifier, migrate: Migration003Privacy.apply)
        migrator.registerMigration(Migration004AuditNoReplace.identifier, migrate: Migration004AuditNoReplace.apply)
        migrator.registerMigration(Migration005SearchTerms.identifier, migrate: Migration005SearchTerms.apply)
        migrator.registerMigration(Migration006AuditChain.identifier, migrate: Migration006AuditChain.apply)
        migrator.registerMigration(Migration007Minutes.identifier, migrate: Migration007Minutes.apply)
        migrator.registerMigration(Migration008Considerations.identifier, migrate: Migration008Considerations.apply)
        migrator.registerMigration(Migration009Similarity.identifier, migrate: Migration009Similarity.apply)
        return migrator
    }

    /// The identifiers this moderat knows, e.g. for `moderat check`.
    static var known: [String] { migrator.migrations }
}
