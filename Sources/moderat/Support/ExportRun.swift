import ModeratStore

/// Runs an export (`report`, `projects export`, `export …`) like every command (see
/// `runReporting`), on the database opened read-only and in the documents' language (--lang,
/// then config, then LANG).
func runExport(_ global: GlobalOptions, _ body: (ModeratDatabase, ExportLanguage) throws -> Void) throws {
    try runReporting(global) {
        let context = try CommandContext(global)
        try body(try context.open(readOnly: true), context.exportLanguage(global))
    }
}
