import ArgumentParser
import Foundation
import ModeratApp
import ModeratSamples
import ModeratStore

/// `moderat bench`: writes N deterministic comments as a Decidim CSV, times their import
/// into a new database, drives this very binary on that database through a pseudo-terminal,
/// and prints one JSON object with the figures.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Import N generated comments from a Decidim CSV, time the workbench on a pseudo-terminal, print one JSON object.",
        discussion: """
            Build in release first (swift build -c release). Progress goes to stderr, the JSON to stdout. \
            The database is made in a temporary directory and removed afterwards unless --keep is given \
            or --db names an existing file (which is then used as it is, without generating).
            """
    )

    @Option(name: .long, help: "How many comments to generate.")
    var comments = 1_000_000

    /// --db: where the database goes (default: a temporary directory); an existing file is used as it is.
    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Keep the generated database and the Decidim CSV it was imported from.")
    var keep = false

    @Option(name: .long, help: "How many times j and PgDn are pressed (other keys a fraction of it).")
    var repeats = 200

    @Flag(name: .long, help: "Skip timing SQLite alone copying the comments (the floor under any import).")
    var noFloor = false

    @Flag(name: .long, help: "Import without campaign and wave detection (to measure what it costs).")
    var noDetection = false

    @Flag(name: .long, help: "Import the CSV again into new databases, with and without detection in turn, and report what detection costs.")
    var detectionCost = false

    @Option(name: .long, help: "With --detection-cost: pairs of imports (with and without detection, alternating which goes first).")
    var detectionPairs = 2

    @Option(name: .long, help: "The generator's seed.")
    var seed: UInt64 = BenchGenerator.defaultSeed

    func validate() throws {
        if comments < 100 { throw OptionProblem.atLeast(option: "--comments", 100).usageError }
        if repeats < 10 { throw OptionProblem.atLeast(option: "--repeats", 10).usageError }
        if detectionPairs < 1 { throw OptionProblem.atLeast(option: "--detection-pairs", 1).usageError }
    }

    func run() throws {
        // Failures in the user's language and with their exit code, as every command's.
        try runReporting(global) { try measure() }
    }

    private func measure() throws {
        let started = Date()
        func log(_ line: String) {
            let t = String(format: "%6.1f s", Date().timeIntervalSince(started))
            FileHandle.standardError.write(Data("bench \(t): \(line)\n".utf8))
        }
        let sandbox = FileManager.default.temporaryDirectory
            .appendingPathComponent("moderat-bench-\(getpid())").path
        try FileManager.default.createDirectory(atPath: sandbox, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: sandbox) }
        let db = global.db
        let path = db ?? sandbox + "/bench.db"
        let reuse = FileManager.default.fileExists(atPath: path)

        var json: [String: Any] = ["comments": comments, "columns": 100, "rows": 30, "seed": String(seed)]
        // Embedded when the binary was built (Plugins/BuildCommit), so it is known wherever it runs.
        if let commit = buildCommit.isEmpty ? Self.gitCommit() : buildCommit { json["commit"] = commit }
        if reuse {
            log("using the existing \(path) (nothing generated)")
            json["generate"] = "skipped: existing database"
        } else {
            log("generating \(comments) comments into \(path)")
            let summary: BenchGenerator.Summary
            do {
                // With --keep the CSV stays too, for timing `moderat import decidim` by hand.
                let keptCSV = db.map { $0 + ".decidim.csv" } ?? FileManager.default.currentDirectoryPath + "/bench-\(comments).decidim.csv"
                let csv = keep ? keptCSV : nil
                summary = try CommandFailure.wrapSamples {
                    try BenchGenerator.generate(path: path, comments: comments, account: SystemAccount.current(),
                                                seed: seed, csvPath: csv, keepCSV: keep, detects: !noDetection,
                                                detectionPairs: detectionCost && !noDetection ? detectionPairs : 0, progress: log)
                }
                if let csv { log("kept \(csv)") }
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure(.benchFailed("\(error)"), code: 74)
            }
            log(String(format: "CSV %.1f s, import %.1f s (%.0f rows/s), decisions and tags %.1f s",
                       summary.csvSeconds, summary.importSeconds, Double(summary.importRows) / summary.importSeconds,
                       summary.decisionsSeconds))
            json["generate"] = [
                "rows_per_s": Int(Double(comments) / summary.csvSeconds),
                "seconds": round2(summary.csvSeconds),
                "csv_bytes": summary.csvBytes,
                "authors": summary.authors,
                "tags": summary.tags,
                "pending": summary.pending,
                "median_body_chars": summary.medianBodyCharacters,
            ] as [String: Any]
            var importFigures: [String: Any] = [
                "rows": summary.importRows,
                "seconds": round2(summary.importSeconds),
                "rows_per_s": Int(Double(summary.importRows) / summary.importSeconds),
                "cpu_seconds": round2(summary.importCPUSeconds),
                // Campaign and wave detection is part of the import: the writer's share (each
                // comment compared as it goes in, fingerprints, groups and waves written) and the
                // reading thread's (fingerprints, beside the parser). What it costs in all:
                // --detection-cost imports the same CSV again, with and without it in turn.
                "detection": !noDetection,
                "similarity_seconds": round2(summary.similaritySeconds),
                "fingerprint_seconds": round2(summary.fingerprintSeconds),
                "similarity_comparisons": summary.similarityComparisons,
                "similarity_rereads": summary.similarityRereads,
                "peak_rss_mb": round2(Double(summary.importPeakRSS) / 1_048_576),
            ]
            if let cost = summary.detectionCost {
                importFigures["without_detection"] = Self.detectionCostFigures(cost, rows: summary.importRows)
                log(String(format: "detection cost: medians %.1f s against %.1f s (x%.2f), CPU %.1f s against %.1f s (x%.2f)",
                           cost.medianSeconds.with, cost.medianSeconds.without, cost.ratio,
                           cost.medianCPUSeconds.with, cost.medianCPUSeconds.without, cost.cpuRatio))
            }
            json["import"] = importFigures
            json["decisions_seconds"] = round2(summary.decisionsSeconds)
            json["populate_seconds"] = round2(summary.totalSeconds)
        }
        json["db_bytes"] = Self.fileSize(path) + Self.fileSize(path + "-wal")
        // Whether the keys below ran with campaign and wave detection's data in the database
        // (the queue's page query reads the group and wave marks).
        json["similarity"] = try Self.similarityCounts(path)

        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        let driver = BenchDriver(executable: executable, databasePath: path, sandbox: sandbox, log: log)
        log("starting the workbench on a 100x30 pseudo-terminal")
        let result = try driver.run(repeats: repeats)
        json["first_frame_ms"] = round2(result.firstFrameMs)
        json["first_frame_bytes"] = result.firstFrameBytes
        var keys: [String: Any] = [:]
        for (name, series) in result.series { keys[name] = series.json }
        json["keys"] = keys
        if let j = result.series.first(where: { $0.0 == "j" })?.1 { json["bytes_per_j"] = Int(percentile(j.bytes.map(Double.init), 0.5)) }
        if let p = result.series.first(where: { $0.0 == "pgdn" })?.1 { json["bytes_per_pgdn"] = Int(percentile(p.bytes.map(Double.init), 0.5)) }
        json["search"] = result.searches.map(\.json)
        let cli = try driver.twoHundredTermsOnCommandLine()
        json["query_200_terms"] = [
            "workbench_ms": round2(result.twoHundredTermsMs), "command_line_ms": round2(cli.ms),
            "command_line_exit": Int(cli.status),
        ] as [String: Any]
        log("first frames: moderat against a minimal C ncurses + SQLite program, in turn")
        json["first_frame"] = try Self.firstFrames(driver, sandbox: sandbox, firstInSession: result.firstFrameMs, log: log)
        json["peak_rss_bytes"] = result.peakRSS
        json["peak_rss_mb"] = round2(Double(result.peakRSS) / 1_048_576)
        json["peak_rss_before_200_terms_mb"] = round2(Double(result.peakRSSBeforeTwoHundredTerms) / 1_048_576)
        json["tui_exit_status"] = Int(result.exitStatus)
        if !noFloor {
            // After the workbench has gone, so the copy does not disturb its figures.
            log("SQLite alone: copying the comments into a new database with INSERT … SELECT")
            let floor = try BenchSQLiteFloor.measure(source: path, target: sandbox + "/floor.db")
            log(String(format: "SQLite alone: %.1f s (%.0f rows/s)", floor.seconds, Double(floor.rows) / floor.seconds))
            json["sqlite_floor"] = [
                "rows": floor.rows, "seconds": round2(floor.seconds), "rows_per_s": Int(Double(floor.rows) / floor.seconds),
            ] as [String: Any]
        }
        json["total_seconds"] = round2(Date().timeIntervalSince(started))

        if db != nil, keep || reuse {
            log("kept \(path)")
        } else if db != nil, !keep {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        } else if keep {
            let kept = FileManager.default.currentDirectoryPath + "/bench-\(comments).db"
            try? FileManager.default.moveItem(atPath: path, toPath: kept)
            log("kept \(kept)")
        }
        let data = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    /// `import.without_detection`: the medians of the imports without detection under the keys
    /// a single such import had (`seconds`, `cpu_seconds`; `peak_rss_mb` the largest, which
    /// includes what earlier imports left in the process: `import.peak_rss_mb` is the fresh one), the
    /// ratios of the medians with detection to those without, and every import in the order
    /// it ran, with the load around them.
    static func detectionCostFigures(_ cost: DetectionCost, rows: Int) -> [String: Any] {
        let seconds = cost.medianSeconds, cpu = cost.medianCPUSeconds
        func mb(_ bytes: Int) -> Double { round2(Double(bytes) / 1_048_576) }
        return [
            "seconds": round2(seconds.without), "rows_per_s": seconds.without > 0 ? Int(Double(rows) / seconds.without) : 0,
            "cpu_seconds": round2(cpu.without),
            "peak_rss_mb": mb(cost.without.map(\.peakRSS).max() ?? 0),
            // The issue's bound: with detection at most 1.3 times the import without it.
            "ratio_with_to_without": round2(cost.ratio),
            "detection_overhead_percent": round2((cost.ratio - 1) * 100),
            // CPU, all threads: what detection costs whatever else runs on the machine (the
            // wall ratio holds without a free core only if this one does).
            "cpu_ratio_with_to_without": round2(cost.cpuRatio),
            "with_median_seconds": round2(seconds.with), "with_median_cpu_seconds": round2(cpu.with),
            "with_peak_rss_mb": mb(cost.with.map(\.peakRSS).max() ?? 0),
            "pairs": cost.runs.count / 2,
            "runs": cost.runs.map { run -> [String: Any] in
                ["detection": run.detects, "seconds": round2(run.seconds), "cpu_seconds": round2(run.cpuSeconds),
                 "peak_rss_mb": mb(run.peakRSS), "rss_before_mb": mb(run.residentBefore)]
            },
            "load_before": cost.loadBefore, "load_after": cost.loadAfter,
        ]
    }

    /// The workbench's first frame against the floor program's (FirstFrameFloor), each started
    /// five times in turn after the key session; medians, and their ratio (the target is at most 2).
    static func firstFrames(_ driver: BenchDriver, sandbox: String, firstInSession: Double,
                            log: (String) -> Void) throws -> [String: Any] {
        let moderat = [driver.executable, "--db", driver.databasePath, "--lang", "de"]
        let built = FirstFrameFloor.build(in: sandbox)
        guard let floor = built.path else {
            return ["first_in_session_ms": round2(firstInSession), "floor": "skipped: \(built.problem ?? "")"]
        }
        var ours: [Double] = [], theirs: [Double] = []
        for _ in 0 ..< 5 {
            ours.append(try driver.firstFrame(moderat))
            theirs.append(try driver.firstFrame([floor, driver.databasePath]))
        }
        let median = (ours: percentile(ours, 0.5), theirs: percentile(theirs, 0.5))
        log(String(format: "first frame %.1f ms, floor %.1f ms", median.ours, median.theirs))
        return [
            "moderat_ms": round2(median.ours), "floor_ms": round2(median.theirs),
            "ratio": round2(median.ours / max(median.theirs, 0.01)),
            "moderat_runs_ms": ours.map(round2), "floor_runs_ms": theirs.map(round2),
            "first_in_session_ms": round2(firstInSession),
        ]
    }

    /// Fingerprints, grouped comments and flagged comments in the database at `path`.
    static func similarityCounts(_ path: String) throws -> [String: Int] {
        let database = try ModeratDatabase.open(path: path, readOnly: true)
        return try database.pool.read { db in
            [
                "fingerprints": try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comment_fingerprint") ?? 0,
                "grouped_comments": try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comment_group") ?? 0,
                "wave_comments": try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT comment_id) FROM comment_wave") ?? 0,
            ]
        }
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The commit the binary was run from, when run inside a git checkout.
    static func gitCommit() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "rev-parse", "--short", "HEAD"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        let dirty = Process()
        dirty.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        dirty.arguments = ["git", "diff", "--quiet", "HEAD"]
        dirty.standardOutput = FileHandle.nullDevice
        dirty.standardError = FileHandle.nullDevice
        if (try? dirty.run()) != nil {
            dirty.waitUntilExit()
            if dirty.terminationStatus == 1 { return text + "-dirty" }
        }
        return text
    }
}
