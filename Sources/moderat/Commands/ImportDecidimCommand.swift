import ArgumentParser
import Foundation
import ModeratStore

/// `moderat import decidim FILE`: Decidim's comment export, CSV or JSON.
struct ImportDecidimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decidim",
        abstract: "Import Decidim's comment export (CSV with ';' or ',', or JSON).",
        discussion: """
            Reads the fields of Decidim's comment serializer (id, created_at, body or body/<locale>, locale, \
            author/id, author/name, alignment, commentable_id, commentable_type, root_commentable_url, \
            user_group). Replies become threads under their parent. Importing the same file again adds \
            nothing; a body changed on the platform updates the comment (logged as comment.update). \
            The whole file is one transaction: a malformed row stops it with file:line and nothing is \
            written, unless --skip-bad. Administrators only. Exit status: 0 imported, 1 refused, \
            64 usage, 65 bad input (file:line: reason), 66 no such file, 74 database error.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var common: ImportCommonOptions

    @Argument(help: ArgumentHelp("The export file (.csv or .json).", valueName: "file"))
    var file: String

    func run() throws {
        try runReporting(global) {
            try ImportRun.run(ImportOptions(path: file, format: .decidim, processSlug: common.process,
                                            skipBad: common.skipBad, dryRun: common.dryRun, delimiter: common.delimiterScalar),
                              global: global, detects: !common.noDetection)
        }
    }
}
