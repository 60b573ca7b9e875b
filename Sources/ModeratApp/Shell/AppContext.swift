import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// Runs $VISUAL / $EDITOR on a text; injected so screen tests can fake the editor.
public protocol TextEditing: Sendable {
    /// The edited text, or nil when the editor failed or was abandoned.
    func edit(_ text: String) -> String?
}

/// What screens may use beyond their own state: the store, words, styles, the clock, the
/// editor. Screens never reach for globals, so tests drive them on the in-memory backend.
public final class AppContext {
    public let store: Store
    public let text: Localizer
    public var theme: ResolvedTheme
    public let editor: any TextEditing
    /// The current account's moderator row; nil for accounts not on the list (read-only).
    public private(set) var moderator: Moderator?
    public let databaseName: String
    /// The size of the area screens draw in; page keys move by its height.
    public internal(set) var bodySize = Size(width: 80, height: 20)
    /// The decisions this session wrote, oldest first: all that `u` may take back.
    var sessionDecisions: [SessionDecision] = []
    /// Every status message of the session, oldest first, for the message log.
    var messageLog: [String] = []

    public init(store: Store, language: Language, theme: ResolvedTheme, editor: any TextEditing) throws {
        self.store = store
        self.text = Localizer(language)
        self.theme = theme
        self.editor = editor
        self.moderator = try store.currentModerator()
        self.databaseName = URL(fileURLWithPath: store.database.path).lastPathComponent
    }

    public var account: String { store.account }
    public var now: Date { store.clock() }
    public var isReadOnly: Bool { store.database.isReadOnly || moderator == nil }
    /// Why nothing can be changed here; nil when changes are possible.
    public var readOnlyCause: ReadOnlyCause? {
        if let reason = store.database.readOnlyReason { return ReadOnlyCause(reason) }
        if store.database.isReadOnly { return .fileNotWritable }
        return moderator == nil ? .accountNotListed : nil
    }

    /// True when the current account may do `action` here.
    public func may(_ action: Action) -> Bool {
        !store.database.isReadOnly && (moderator?.role.may(action) ?? false)
    }

    /// Re-reads the account's role (an admin may have changed it).
    func reloadModerator() {
        if let fresh = try? store.currentModerator() { moderator = fresh }
    }

    /// The theme style of a role.
    public func style(_ role: ThemeRole) -> Style { theme[role] }
}
