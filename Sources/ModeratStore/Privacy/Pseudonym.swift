import GRDB

/// The name an erased author goes by from then on: "Gelöschte Person 7F3A". The code is the
/// start of a keyed hash of the author's row id (so it says nothing about the person and
/// cannot be recomputed without the database's salt); it is stored as the author's display
/// name, which makes it stable, and is lengthened when another author has it already, which
/// makes it distinct. German because the texts it replaces names in are German.
enum Pseudonym {
    static let prefix = "Gelöschte Person "

    /// The pseudonym for author `authorId`, unused by any other author.
    static func make(db: Database, authorId: Int64, salt: [UInt8]) throws -> String {
        let digest = KeyedHash.hex(key: salt, message: Array("pseudonym:\(authorId)".utf8)).uppercased()
        var length = 4
        while length < digest.count {
            let candidate = prefix + digest.prefix(length)
            let taken = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM author WHERE display_name = ? AND id <> ?)",
                                          arguments: [candidate, authorId]) ?? false
            if !taken { return candidate }
            length += 2
        }
        return prefix + digest
    }
}
