import ArgumentParser

/// Options every command understands (a new one also goes into `WorkbenchArguments`).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file (default: $MODERAT_DB, config, then $XDG_DATA_HOME/moderat/moderat.db).", valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("UI language: de or en (default: config, then LANG).", valueName: "de|en"))
    var lang: String?

    @Option(name: .long, help: ArgumentHelp("Theme name (shipped: default, light, high-contrast, monochrome).", valueName: "name"))
    var theme: String?

    func validate() throws {
        try validateLanguage()
    }
}

/// The global options' values, whoever read them: ArgumentParser (`GlobalOptions`) or, for the
/// plain workbench start, `WorkbenchArguments` (which does not make a `GlobalOptions`: its option
/// wrappers cost the first frame half a million instructions).
protocol GlobalValues {
    var db: String? { get }
    var lang: String? { get }
    var theme: String? { get }
}

extension GlobalOptions: GlobalValues {}

extension GlobalValues {
    func validateLanguage() throws {
        if let lang, !["de", "en"].contains(lang.lowercased()) {
            throw ValidationError("--lang must be de or en, not '\(lang)'")
        }
    }
}
