import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// How the workbench should start.
public struct AppSettings: Sendable {
    public var language: Language
    public var themeName: String
    public var mouse: Bool
    /// Where the theme loader and the terminal read their variables: the caller's copy of the
    /// process environment (each new copy cost the first frame 350,000 instructions).
    public var environment: [String: String]

    public init(language: Language, themeName: String, mouse: Bool,
                environment: [String: String] = NcursesBackend.processEnvironment()) {
        self.language = language
        self.themeName = themeName
        self.mouse = mouse
        self.environment = environment
    }
}

/// $VISUAL / $EDITOR through TerminalKit's launcher, without an installed moderat's group:
/// the editor (and any shell it offers) runs as the person, and cannot take the group back.
struct SystemEditor: TextEditing {
    func edit(_ text: String) -> String? {
        SetgidGroup.asPerson { ExternalEditor(filePrefix: "moderat-").edit(text, fileExtension: "txt") }
    }
}

/// Starts the full-screen workbench on a real terminal.
public enum AppRunner {
    /// Opens the terminal, runs until the user quits, and restores the terminal on every
    /// way out. Throws `TerminalError` (before writing anything) when there is no usable terminal.
    /// Returns the termination signal (SIGTERM, SIGHUP, SIGINT) that ended it, after the
    /// draft being typed was saved; the caller exits with 128+signal.
    @discardableResult
    public static func run(store: Store, settings: AppSettings) throws -> Int32? {
        // Theme files may be the person's own: read them as the person.
        let loadedTheme = SetgidGroup.asPerson {
            ThemeLoader.moderat(environment: settings.environment).load(named: settings.themeName)
        }
        let backend = try NcursesBackend(mouse: settings.mouse, environment: settings.environment)
        defer { backend.shutdown() }
        let context = try AppContext(store: store, language: settings.language,
                                     theme: loadedTheme.theme.resolved(for: backend.colorCapability), editor: SystemEditor())
        let app = App(context: context, size: backend.size)
        if let warning = loadedTheme.warnings.first {
            app.status = App.StatusLine(text: context.text(.themeWarning(warning)), isError: true)
        }
        // The loop, not the signal handler, saves and exits: a handler must not touch SQLite.
        NcursesBackend.defersTermination = true
        defer { NcursesBackend.defersTermination = false }
        let loop = AppLoop(app: app, backend: backend, terminationSignal: { NcursesBackend.terminationSignal },
                           clearSignal: { NcursesBackend.clearTerminationSignal() })
        defer { store.database.lockWait.watcher = nil }
        loop.run()
        app.saveDrafts()
        return loop.endedBySignal
    }
}
