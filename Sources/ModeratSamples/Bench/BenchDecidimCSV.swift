import Foundation
import ModeratCore
import ModeratStore

/// Writes the bench's comments as Decidim's comment export (";"-separated CSV, quoted
/// multi-line bodies, the columns `DecidimMapping` reads), so the benchmark can time the
/// real importer on them. Bytes are assembled by hand and written in 1 MiB blocks: the file
/// of a million comments is about 400 MB.
struct BenchDecidimCSV {
    static let header = "id;created_at;body/de;locale;author/id;author/name;alignment;depth;commentable_id;commentable_type;root_commentable_url\n"
    static let host = "https://mitwirkung.kaiserslautern.de/processes/"

    let count: Int
    let seed: UInt64
    /// Seconds since 1970 of the newest comment's day.
    let end: Int
    let authorNames: [String]
    let reasons: Int

    /// Writes all rows to `path` (replaced if it exists) and returns the bytes written.
    func write(path: String, progress: (String) -> Void) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw StoreError.file(path: path, .cannotWrite(system: String(cString: strerror(errno))))
        }
        defer { try? handle.close() }
        var out: [UInt8] = []
        out.reserveCapacity(1 << 21)
        out.append(contentsOf: Self.header.utf8)
        var body: [UInt8] = []
        body.reserveCapacity(8_192)
        let pool = TextPool.shared
        let slugs = BenchGenerator.processSlugs.map { Array((Self.host + $0 + "/f/3/proposals/").utf8) }
        let names = authorNames.map { Array($0.utf8) }
        let reportEvery = max(1, count / 10)
        var written = 0
        func flush() throws {
            do { try handle.write(contentsOf: out) } catch {
                throw StoreError.file(path: path, .cannotWrite(system: error.localizedDescription))
            }
            written += out.count
            out.removeAll(keepingCapacity: true)
        }
        for i in 0 ..< count {
            let plan = BenchRowPlan(index: i, count: count, seed: seed, end: end, authors: names.count, reasons: reasons)
            var rng = SeededRandom(seed: seed ^ UInt64(i))
            pool.compose(into: &body, index: i, rng: &rng)
            Self.number(i + 1, into: &out); out.append(59)
            out.append(contentsOf: ImportTimestamp.utcString(Int64(plan.created)).utf8); out.append(59)
            Self.field(body, into: &out); out.append(59)
            out.append(contentsOf: [100, 101, 59])  // "de;"
            out.append(97); Self.number(plan.author, into: &out); out.append(59)
            Self.field(names[plan.author - 1], into: &out); out.append(59)
            if let alignment = plan.alignment {
                if alignment < 0 { out.append(45) }
                Self.number(abs(alignment), into: &out)
            }
            out.append(59)
            let proposal = 1 + (i / 997) % 40
            if let parent = plan.parent {
                out.append(contentsOf: [49, 59]); Self.number(parent, into: &out)
                out.append(contentsOf: Array(";Decidim::Comments::Comment;".utf8))
            } else {
                out.append(contentsOf: [48, 59]); Self.number(proposal, into: &out)
                out.append(contentsOf: Array(";Decidim::Proposals::Proposal;".utf8))
            }
            out.append(contentsOf: slugs[plan.process]); Self.number(proposal, into: &out)
            out.append(10)
            if out.count >= 1 << 20 { try flush() }
            if (i + 1) % reportEvery == 0 { progress("CSV: \(i + 1) of \(count) rows") }
        }
        try flush()
        return written
    }

    /// A field, quoted (with "" for ") when it holds the separator, a quote or a line break.
    static func field(_ bytes: [UInt8], into out: inout [UInt8]) {
        guard bytes.contains(where: { $0 == 59 || $0 == 34 || $0 == 10 || $0 == 13 }) else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(34)
        for byte in bytes {
            if byte == 34 { out.append(34) }
            out.append(byte)
        }
        out.append(34)
    }

    static func number(_ value: Int, into out: inout [UInt8]) {
        if value >= 10 { number(value / 10, into: &out) }
        out.append(UInt8(48 + value % 10))
    }
}
