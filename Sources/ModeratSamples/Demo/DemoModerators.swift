import GRDB
import ModeratCore
import ModeratStore

/// The people who use moderat in the demo: the current OS account as administrator and
/// invented colleagues for the other roles.
struct DemoStaff {
    var admin: Moderator
    /// Those who decide comments, the administrator last (decides only now and then).
    var deciders: [Moderator]
    var secretary: Moderator
    var viewer: Moderator
}

enum DemoModerators {
    static let invented: [(account: String, name: String, role: Role)] = [
        ("amueller", "Anna Müller", .moderator),
        ("bschmidt", "Bernd Schmidt", .moderator),
        ("cweber", "Claudia Weber", .secretary),
        ("dkoenig", "Dörte König", .viewer),
    ]

    static func insert(_ context: DemoContext, currentAccount: String) throws -> DemoStaff {
        let created = context.stamp(context.days(-70))
        try context.db.execute(sql: """
            INSERT OR IGNORE INTO moderator(account, display_name, role, created_at) VALUES (?, ?, 'admin', ?)
            """, arguments: [currentAccount, currentAccount, created])
        context.summary.moderators += context.db.changesCount
        for person in invented where person.account != currentAccount {
            try context.db.execute(sql: """
                INSERT OR IGNORE INTO moderator(account, display_name, role, created_at) VALUES (?, ?, ?, ?)
                """, arguments: [person.account, person.name, person.role.rawValue, created])
            context.summary.moderators += context.db.changesCount
        }
        let admin = try load(context, account: currentAccount)
        var others: [Moderator] = []
        for person in invented {
            others.append(person.account == currentAccount ? admin : try load(context, account: person.account))
        }
        // When the current account took an invented one's place, the admin stands in for that role.
        let moderators = others.filter { $0.role == .moderator && $0.account != admin.account }
        return DemoStaff(admin: admin,
                         deciders: moderators + [admin],
                         secretary: others[2],
                         viewer: others[3])
    }

    private static func load(_ context: DemoContext, account: String) throws -> Moderator {
        let row = try Row.fetchOne(context.db, sql: "SELECT id, display_name, role FROM moderator WHERE account = ?",
                                   arguments: [account])
        guard let row, let role = Role(rawValue: row["role"]) else {
            throw SampleRefusal.demoRowMissing(table: "moderator", key: account)
        }
        return Moderator(id: row["id"], account: account, displayName: row["display_name"], role: role)
    }
}
