import GRDB
import ModeratCore

/// Finds near-identical comments: each new comment's MinHash band keys are looked up among
/// the comments seen before (the last one that had each key, in a table of bounded size), a
/// candidate is verified by the exact Jaccard similarity of the two core word sets, and
/// verified pairs join groups. A candidate whose word sketch proves it too different is
/// refused before its words are needed: on text built from common sentences most are, and
/// reading their words again from the database made each comment cost more as N grew.
struct GroupDetection {
    let db: Database
    let threshold: Double
    /// Distinct authors a group needs to be a campaign.
    let campaignAuthors: Int
    /// Each band key with the last comment that had it. The last, not the first: its words
    /// are most likely still in `words` (the first of a common key was read again from the
    /// database for every later comment, which made the import slower as it grew).
    private var representatives: BandKeyTable
    private var unions = UnionFind()
    /// Word sets of the recent comments (campaign letters are checked against the same few,
    /// and an import's newest comments against each other).
    private var recent: WordRing
    /// Word sets read again from the database (a common key's comment is a candidate for
    /// many later ones); bounded, emptied when full.
    private var words: [Int64: [UInt64]] = [:]
    private static let wordMemory = 8_000
    /// Sketches of the recent comments (most candidates are among them).
    private var sketches: SketchRing
    /// Word sets and sketches of group roots: a group's later members are each checked
    /// against its first comment, however long ago it came. Bounded like `words`.
    private var roots: [Int64: [UInt64]] = [:]
    private var rootSketches: [Int64: WordSketch] = [:]
    private static let rootMemory = 4_096
    private static let rootSketchMemory = 32_768
    private let insertFingerprint: BulkStatement
    private let body: Statement
    private var fingerprinter = Fingerprinter()
    /// Fingerprints not yet written (48 bytes a comment), written in runs of `pendingRun`.
    private var pending: [PendingFingerprint] = []
    private static let pendingRun = 1 << 14
    private struct PendingFingerprint {
        var id: Int64
        var keys: (Int64, Int64, Int64, Int64)
        var exact: Int64
    }
    private(set) var verifiedPairs = 0
    private(set) var comparisons = 0
    private(set) var rereads = 0

    /// `expected`: about how many comments will be compared (sizes the key table).
    init(db: Database, threshold: Double, campaignAuthors: Int, expected: Int = 0) throws {
        self.db = db
        self.threshold = threshold
        self.campaignAuthors = campaignAuthors
        representatives = BandKeyTable(expected: expected * MinHash.bands)
        sketches = SketchRing(expected: expected)
        recent = WordRing(expected: expected)
        // A plain INSERT, not OR REPLACE: a REPLACE into a table with a foreign key opens a
        // statement savepoint, and each savepoint makes the full-text index write out its
        // buffer; during an import that cut the buffer short at every run of fingerprints,
        // and the writes cost more as the index grew (6.3 µs of CPU a comment at 1,000,000,
        // 3.7 at 100,000, 1.8 at 10,000). `SimilarityIndex.Incremental` clears any fingerprint
        // above its first id beforehand, as the REPLACE did.
        insertFingerprint = try BulkStatement(db, sql: """
            INSERT INTO comment_fingerprint(comment_id, band0, band1, band2, band3, exact) VALUES (?, ?, ?, ?, ?, ?)
            """)
        body = try db.makeStatement(sql: "SELECT body FROM comment WHERE id = ?")
    }

    /// Reads the fingerprints of the newest comments up to `lastId` (as many as the key
    /// table holds, newest first) as representatives.
    mutating func loadExisting(upTo lastId: Int64) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT comment_id, band0, band1, band2, band3 FROM comment_fingerprint WHERE comment_id <= ?
            ORDER BY comment_id DESC LIMIT ?
            """, arguments: [lastId, BandKeyTable.capacityInComments])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            for band in 0 ..< MinHash.bands { representatives.fill(row[band + 1], id) }
        }
    }

    /// Fingerprints comment `id` and joins it with a verified near-identical earlier one.
    mutating func add(id: Int64, text: String) throws {
        try add(id: id, fingerprint: fingerprinter.fingerprint(text))
    }

    /// Joins comment `id`, fingerprinted already (an import does it on its reading thread),
    /// with a verified near-identical earlier one.
    mutating func add(id: Int64, fingerprint: TextFingerprint) throws {
        guard fingerprint.isComparable else { return }
        let keys = fingerprint.minHash.bandKeys
        // Written in runs (`writePending`): between an import's inserts into the comment
        // table and its full-text index each of these cost several times as much.
        pending.append(PendingFingerprint(id: id, keys: (keys[0], keys[1], keys[2], keys[3]), exact: fingerprint.exact))
        if pending.count >= Self.pendingRun { try writePending() }
        var candidates: [Int64] = []
        for key in keys {
            if let other = representatives.exchange(key, id), !candidates.contains(other) { candidates.append(other) }
        }
        // Campaign letters arrive close together: the newest comments' words are at hand.
        recent.set(id, fingerprint.words)
        sketches.set(id, fingerprint.sketch)
        guard !candidates.isEmpty else { return }
        for other in candidates where unions.find(other) != unions.find(id) {
            // Verified against the candidate and against its group's first comment, so a
            // chain of small edits cannot pull unrelated texts into one group.
            let root = unions.find(other)
            if let known = sketches.sketch(other), !fingerprint.sketch.mayReach(known, threshold: threshold) { continue }
            let otherWords = try wordSet(other)
            comparisons += 1
            guard MinHash.jaccard(fingerprint.words, otherWords) >= threshold else { continue }
            if root != other {
                if let known = sketches.sketch(root) ?? rootSketches[root],
                   !fingerprint.sketch.mayReach(known, threshold: threshold) { continue }
                let rootWords = try rootWordSet(root)
                comparisons += 1
                guard MinHash.jaccard(fingerprint.words, rootWords) >= threshold else { continue }
            } else {
                rememberRoot(root, otherWords)
            }
            unions.union(other, id)
            verifiedPairs += 1
        }
    }

    /// The words of a group's root, kept apart from `words` (which forgets in bulk).
    private mutating func rootWordSet(_ root: Int64) throws -> [UInt64] {
        if let known = roots[root] { return known }
        let set = try wordSet(root)
        rememberRoot(root, set)
        return set
    }

    private mutating func rememberRoot(_ root: Int64, _ set: [UInt64]) {
        if roots[root] == nil {
            if roots.count >= Self.rootMemory { roots.removeAll(keepingCapacity: true) }
            roots[root] = set
        }
        if rootSketches[root] == nil {
            if rootSketches.count >= Self.rootSketchMemory { rootSketches.removeAll(keepingCapacity: true) }
            rootSketches[root] = WordSketch(words: set)
        }
    }

    /// The words of comment `id`: a recent comment's from the ring, an older one's read
    /// again (and kept for the comparisons to come; once that memory is full it starts over).
    private mutating func wordSet(_ id: Int64) throws -> [UInt64] {
        if let known = recent.words(id) ?? words[id] { return known }
        rereads += 1
        let text = try String.fetchOne(body, arguments: [id]) ?? ""
        let set = fingerprinter.words(text)
        if words.count >= Self.wordMemory { words.removeAll(keepingCapacity: true) }
        words[id] = set
        return set
    }

    /// Writes the groups the new pairs made or grew (merged with the stored groups they
    /// touch) and returns their ids with how many members each had when it was written (a
    /// group written again later, grown, comes again with its larger size).
    mutating func store() throws -> [StoredGroup] {
        try writePending()
        // What only the comparisons needed goes before the groups are written (and before an
        // import rebuilds its indexes, where its memory peaks).
        representatives = BandKeyTable()
        sketches = SketchRing()
        recent = WordRing()
        words = [:]
        roots = [:]
        rootSketches = [:]
        var written: [StoredGroup] = []
        let existingGroup = try db.makeStatement(sql: "SELECT group_id FROM comment_group WHERE comment_id = ?")
        let groupMembers = try db.makeStatement(sql: "SELECT comment_id FROM comment_group WHERE group_id = ?")
        // A member already in a stored group moves to the merged one (REPLACE); a new member is
        // a plain INSERT. A REPLACE into a table with a foreign key runs in a statement journal
        // of its own (a savepoint, the pages it touches copied first, the full-text index told):
        // for every member of every group that was most of writing it.
        let move = try db.makeStatement(sql: "INSERT OR REPLACE INTO comment_group(comment_id, group_id, kind) VALUES (?, ?, 'campaign')")
        let write = try db.makeStatement(sql: "INSERT INTO comment_group(comment_id, group_id, kind) VALUES (?, ?, 'campaign')")
        // Groups by their first comment and members in id order: each write looks its comment
        // up (the foreign key), and in id order those lookups read the comment table's pages
        // one after another instead of at random (at a million comments most of them came
        // from the operating system, not SQLite's page cache). The order also makes the
        // groups written the same from one run to the next.
        for (_, ids) in unions.components().sorted(by: { $0.key < $1.key }) {
            var members = Set(ids)
            var groups: Set<Int64> = []
            for id in ids { if let group = try Int64.fetchOne(existingGroup, arguments: [id]) { groups.insert(group) } }
            var stored: Set<Int64> = []
            for group in groups { stored.formUnion(try Int64.fetchAll(groupMembers, arguments: [group])) }
            members.formUnion(stored)
            guard let groupId = members.min() else { continue }
            let sorted = members.sorted()
            for id in sorted { try (stored.contains(id) ? move : write).execute(arguments: [id, groupId]) }
            try Self.classify(db, group: groupId, members: sorted, campaignAuthors: campaignAuthors)
            written.append(StoredGroup(id: groupId, members: members.count))
        }
        return written
    }

    /// Writes the fingerprints gathered so far in one run (rows in id order, appended).
    private mutating func writePending() throws {
        for row in pending {
            insertFingerprint.bind([.int(row.id), .int(row.keys.0), .int(row.keys.1), .int(row.keys.2), .int(row.keys.3), .int(row.exact)])
            try insertFingerprint.run()
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// "duplicate" when one author wrote the same text (up to greeting, signature and case)
    /// every time; "campaign" with at least `campaignAuthors` authors; "similar" otherwise
    /// (two people with the same words may be a coincidence or a quote, not a campaign).
    /// The group's rows must have been written as "campaign" (as `store` writes them), one for
    /// each of `members`.
    private static func classify(_ db: Database, group: Int64, members: [Int64], campaignAuthors: Int) throws {
        // The members' authors and texts counted here, not by COUNT(DISTINCT …) in the query:
        // SQLite builds a temporary b-tree for each distinct count, which made this about
        // 320,000 instructions a group for a handful of rows (callgrind, 10,000 comments).
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT c.author_id, f.exact
            FROM comment_group g JOIN comment c ON c.id = g.comment_id JOIN comment_fingerprint f ON f.comment_id = g.comment_id
            WHERE g.group_id = ?
            """), arguments: [group])
        var authorIds: Set<Int64> = [], exacts: Set<Int64> = [], anonymous = 0
        while let row = try rows.next() {
            if let author: Int64 = row[0] { authorIds.insert(author) } else { anonymous += 1 }
            exacts.insert(row[1])
        }
        let authors = authorIds.count, texts = exacts.count
        let kind = authors == 1 && texts == 1 && anonymous == 0 ? "duplicate" : authors + anonymous >= campaignAuthors ? "campaign" : "similar"
        // `store` has just written every member as a campaign: nothing to change then.
        guard kind != "campaign" else { return }
        // Row by row: an UPDATE of several rows runs in a statement journal of its own (a
        // savepoint, the pages copied first, the full-text index told), about 265,000
        // instructions for a group of three; one row at a time by its key needs none.
        let update = try db.cachedStatement(sql: "UPDATE comment_group SET kind = ? WHERE comment_id = ?")
        for member in members { try update.execute(arguments: [kind, member]) }
    }
}

/// A group `GroupDetection.store` wrote: its id and its size then.
struct StoredGroup {
    let id: Int64
    let members: Int
}
