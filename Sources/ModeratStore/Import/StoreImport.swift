import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Imports a file of comments in one transaction (admins only). The file is streamed row
    /// by row. A malformed row stops the import with `StoreError.importProblem(file, line, problem)`
    /// and nothing written, unless `skipBad`, which hands each such row to `skipped` and goes
    /// on. A dry run does everything and then rolls back. One `comment.import` audit event
    /// records the counts and the file's SHA-256.
    public func importComments(_ options: ImportOptions,
                               progress: ((ImportProgress) -> Void)? = nil,
                               skipped: ((ImportRowError) -> Void)? = nil) throws -> ImportReport {
        let path = options.path
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw FileManager.default.fileExists(atPath: path)
                ? StoreError.file(path: path, .cannotRead) : StoreError.missingFile(path: path)
        }
        let totalBytes = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
        let started = ContinuousClock.now
        let hashing = ImportFileHash.start(path: path)
        do {
            return try write(may: .importData) { db, me, now in
                let pipeline = ImportPipeline.start(options)
                defer { pipeline.cancel() }
                // A page cache of fixed size while the rows go in, whatever the file's length: it
                // bounds both the pages held (dirty ones spill to the WAL) and the sorter that
                // rebuilds the indexes at the end. 256 MiB here made the import's memory grow with
                // N (451 MB at a million) and was no faster. The connection is the pool's writer,
                // so its usual size comes back afterwards.
                let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
                try db.execute(sql: "PRAGMA cache_size = -\(Self.importCacheKiB)")
                defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
                let lastCommentId = try SimilarityIndex.lastCommentId(db)
                var importer = try CommentImporter(db: db, source: options.source, actor: me.account, now: now,
                                                   fileBytes: totalBytes)
                // After the importer has set triggers and indexes aside: a statement prepared
                // before that schema change would be prepared again and again.
                var detection = options.detectsSimilarity
                    ? try SimilarityIndex.Incremental(db, after: lastCommentId, thresholds: options.similarity,
                                                      expected: totalBytes / 300) : nil
                // The writer's time in detection, per comment and at the end (the bench reports it).
                var detecting = Duration.zero
                let clock = ContinuousClock()
                var preview: [(record: ImportRecord, outcome: ImportReport.Outcome)] = []
                while let batch = try pipeline.next() {
                    for item in batch {
                        switch item {
                        case .bad(let bad):
                            guard options.skipBad else { throw StoreError.importProblem(file: path, line: bad.line, bad.problem) }
                            importer.report.skipped += 1
                            skipped?(bad)
                        case .record(let parsed):
                            let outcome = try importer.store(parsed.record, foldedBody: parsed.foldedBody, processSlug: parsed.processSlug)
                            if outcome == .new, let fingerprint = parsed.fingerprint, let newId = importer.lastNewId {
                                let started = clock.now
                                try detection?.add(id: newId, fingerprint: fingerprint)
                                detecting += clock.now - started
                            }
                            if options.dryRun, preview.count < options.previewLimit { preview.append((parsed.record, outcome)) }
                            progress?(ImportProgress(rows: importer.report.rows + importer.report.skipped, bytes: parsed.bytesRead,
                                                     totalBytes: totalBytes))
                        }
                    }
                }
                var finishing = clock.now
                try detection?.storeGroups()
                detecting += clock.now - finishing
                try importer.finish()
                finishing = clock.now
                let similarity = try detection?.finish()
                detecting += clock.now - finishing
                var report = importer.report
                report.similarityComparisons = similarity?.comparisons ?? 0
                report.similarityRereads = similarity?.rereads ?? 0
                report.similaritySeconds = detecting.inSeconds
                report.fingerprintSeconds = pipeline.fingerprintSeconds
                report.sha256 = try hashing.wait()
                report.seconds = (ContinuousClock.now - started).inSeconds
                if options.dryRun {
                    report.dryRun = true
                    report.preview = preview
                    throw ImportRollBack(report: report)
                }
                try db.appendAudit(actor: me.account, action: AuditAction.importComment, entity: "import",
                                   entityId: nil, detail: Self.auditDetail(report, options: options), at: now)
                return report
            }
        } catch let rollBack as ImportRollBack {
            return rollBack.report
        } catch let error as ImportFileError {
            throw StoreError.importProblem(file: path, line: error.line, error.problem)
        }
    }

    /// The import's page cache in KiB (see `importComments`).
    static let importCacheKiB = 16 << 10

    private static func auditDetail(_ report: ImportReport, options: ImportOptions) -> [String: String] {
        [
            "file": URL(fileURLWithPath: options.path).lastPathComponent, "sha256": report.sha256, "source": options.source,
            "new": String(report.inserted), "updated": String(report.updated), "unchanged": String(report.unchanged),
            "skipped": String(report.skipped), "replies_linked": String(report.repliesLinked),
        ]
    }
}

/// Ends a dry run's transaction without committing, carrying its report out.
private struct ImportRollBack: Error {
    let report: ImportReport
}
