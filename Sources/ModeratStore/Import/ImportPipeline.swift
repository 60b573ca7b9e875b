import Foundation
import ModeratCore

/// Reads and understands an import file on a thread of its own while the caller writes:
/// batches of parsed records go through a short queue (so memory stays flat however long
/// the file is), in file order, with the broken rows where they were.
final class ImportPipeline: @unchecked Sendable {
    /// One row of the file, understood or not.
    enum Item: Sendable {
        case record(ParsedRecord)
        case bad(ImportRowError)
    }

    /// A record with what the writer needs besides it, computed on the reading thread.
    struct ParsedRecord: Sendable {
        var record: ImportRecord
        /// The body as the full-text index stores it (`IndexFolding`).
        var foldedBody: String
        /// The process the comment joins when it is new.
        var processSlug: String
        /// Bytes of the file read up to and including this row.
        var bytesRead: Int
        /// The body's fingerprint for campaign detection (nil when detection is off), made
        /// here so it overlaps the writer's inserts.
        var fingerprint: TextFingerprint?
    }

    private static let batchSize = 512
    private static let queueLength = 8

    // The condition guards everything below it; that is what makes the unchecked Sendable true.
    private let condition = NSCondition()
    private var batches: [[Item]] = []
    private var finished = false
    private var failure: Error?
    private var cancelled = false
    private var fingerprinting = Duration.zero

    private init() {}

    /// Starts reading `options.path`. After a broken row the reading stops unless `options.skipBad`.
    static func start(_ options: ImportOptions) -> ImportPipeline {
        let pipeline = ImportPipeline()
        // A dispatch block, not a detached Thread: dispatch releases a block as soon as it
        // returns, a Thread keeps its closure until its thread-specific data is destroyed
        // (in search that freed a database late and corrupted the heap; see QueueSearchTask).
        DispatchQueue.global(qos: .userInitiated).async { pipeline.read(options) }
        return pipeline
    }

    /// The next batch in file order; nil at the end. Throws what ended the reading early.
    func next() throws -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        if !batches.isEmpty {
            condition.broadcast()
            return batches.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// The reading thread's time spent making fingerprints (complete once `next` returned nil).
    var fingerprintSeconds: Double {
        condition.lock()
        defer { condition.unlock() }
        return fingerprinting.inSeconds
    }

    /// Tells the reading thread to stop (the writer gave up).
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    /// Hands over a batch; false when the writer has gone.
    private func push(_ batch: [Item]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= Self.queueLength && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    private func end(_ error: Error?, fingerprinting spent: Duration) {
        condition.lock()
        fingerprinting = spent
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    private func read(_ options: ImportOptions) {
        var batch: [Item] = []
        batch.reserveCapacity(Self.batchSize)
        var slugs = ProcessSlugs(fixed: options.processSlug)
        var bytes = 0
        var fingerprinter = options.detectsSimilarity ? Fingerprinter() : nil
        var spent = Duration.zero
        let clock = ContinuousClock()
        do {
            var source = try Self.rowSource(options)
            while true {
                do {
                    guard let row = try source.next() else { break }
                    bytes += row.bytes
                    let record = try Self.record(row, format: options.format)
                    var fingerprint: TextFingerprint?
                    if fingerprinter != nil {
                        let started = clock.now
                        fingerprint = fingerprinter?.fingerprint(record.body)
                        spent += clock.now - started
                    }
                    batch.append(.record(ParsedRecord(record: record, foldedBody: IndexFolding.fold(record.body),
                                                      processSlug: slugs.slug(for: record.rootURL), bytesRead: bytes,
                                                      fingerprint: fingerprint)))
                } catch let bad as ImportRowError {
                    batch.append(.bad(bad))
                    if !options.skipBad { break }
                }
                if batch.count == Self.batchSize {
                    guard push(batch) else { return }
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { guard push(batch) else { return } }
            end(nil, fingerprinting: spent)
        } catch {
            if !batch.isEmpty { guard push(batch) else { return } }
            end(error, fingerprinting: spent)
        }
    }

    private static func rowSource(_ options: ImportOptions) throws -> any ImportRowSource {
        switch options.format {
        case .decidim:
            if try ImportFileHash.looksLikeJSON(path: options.path) { return try JSONArraySource(path: options.path) }
            return try CSVRowSource(path: options.path, delimiter: options.delimiter)
        case .csv(let mapping):
            let csv = try CSVRowSource(path: options.path, delimiter: options.delimiter)
            let missing = mapping.missing(in: csv.header)
            guard missing.isEmpty else {
                throw ImportFileError(line: 1, problem: .missingColumns(missing, header: csv.header))
            }
            return csv
        }
    }

    private static func record(_ row: RawImportRow, format: ImportOptions.Format) throws -> ImportRecord {
        switch format {
        case .decidim: return try DecidimMapping.record(row)
        case .csv(let mapping): return try mapping.record(row)
        }
    }
}

/// The process of each new comment: the one asked for, else the one its thread's URL names,
/// else "import". Threads are few, so each URL is parsed once.
private struct ProcessSlugs {
    let fixed: String?
    private var byURL: [String: String] = [:]

    init(fixed: String?) { self.fixed = fixed }

    mutating func slug(for url: String?) -> String {
        if let fixed { return fixed }
        guard let url else { return "import" }
        if let known = byURL[url] { return known }
        let slug = DecidimMapping.processSlug(fromURL: url) ?? "import"
        // A file of millions of threads must not grow this without bound.
        if byURL.count > 10_000 { byURL.removeAll(keepingCapacity: true) }
        byURL[url] = slug
        return slug
    }
}
