import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Imports a file of comments in one transaction (admins only). The file is streamed row
    /// by row. A malformed row stops the import with `StoreError.badInput(file, line, reason)`
    /// and nothing written, unless `skipBad`, which hands each such row to `skipped` and goes
    /// on. A dry run does everything and then rolls back. One `comment.import` audit event
    /// records the counts and the file's SHA-256.
    public func importComments(_ options: ImportOptions,
                               progress: ((ImportProgress) -> Void)? = nil,
                               skipped: ((ImportRowError) -> Void)? = nil) throws -> ImportReport {
        let path = options.path
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw FileManager.default.fileExists(atPath: path)
                ? StoreError.io(path: path, reason: "cannot read") : StoreError.missingFile(path: path)
        }
        let totalBytes = ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
        let started = ContinuousClock.now
        let hashing = ImportFileHash.start(path: path)
        do {
            return try write(may: .importData) { db, me, now in
                var source = try Self.rowSource(options)
                var importer = try CommentImporter(db: db, source: options.source, actor: me.account, now: now,
                                                   processSlug: options.processSlug)
                var bytes = 0
                var preview: [(record: ImportRecord, outcome: ImportReport.Outcome)] = []
                while true {
                    let record: ImportRecord
                    do {
                        guard let row = try source.next() else { break }
                        bytes += row.bytes
                        record = try Self.record(row, format: options.format)
                    } catch let bad as ImportRowError {
                        guard options.skipBad else { throw StoreError.badInput(file: path, line: bad.line, reason: bad.reason) }
                        importer.report.skipped += 1
                        skipped?(bad)
                        continue
                    }
                    let outcome = try importer.store(record)
                    if options.dryRun, preview.count < options.previewLimit { preview.append((record, outcome)) }
                    progress?(ImportProgress(rows: importer.report.rows + importer.report.skipped, bytes: bytes, totalBytes: totalBytes))
                }
                try importer.linkWaitingReplies()
                var report = importer.report
                report.sha256 = try hashing.wait()
                report.seconds = Self.seconds(since: started)
                if options.dryRun {
                    report.dryRun = true
                    report.preview = preview
                    throw ImportRollBack(report: report)
                }
                try db.appendAudit(actor: me.account, action: AuditAction.importComment.rawValue, entity: "import",
                                   entityId: nil, detail: Self.auditDetail(report, options: options), at: now)
                return report
            }
        } catch let rollBack as ImportRollBack {
            return rollBack.report
        } catch let error as ImportFileError {
            throw StoreError.badInput(file: path, line: error.line, reason: error.reason)
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
                throw ImportFileError(line: 1, reason: "no column \(missing.map { "'\($0)'" }.joined(separator: ", ")) in the header (columns: \(csv.header.joined(separator: ", ")))")
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

    private static func auditDetail(_ report: ImportReport, options: ImportOptions) -> [String: String] {
        [
            "file": URL(fileURLWithPath: options.path).lastPathComponent, "sha256": report.sha256, "source": options.source,
            "new": String(report.inserted), "updated": String(report.updated), "unchanged": String(report.unchanged),
            "skipped": String(report.skipped), "replies_linked": String(report.repliesLinked),
        ]
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// Ends a dry run's transaction without committing, carrying its report out.
private struct ImportRollBack: Error {
    let report: ImportReport
}
