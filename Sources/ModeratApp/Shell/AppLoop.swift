import Foundation
import TerminalKit

/// The loop around the app: read one event (or time out), update, draw the difference.
/// On a timeout the app checks for other people's commits and saves drafts.
public final class AppLoop {
    let app: App
    let backend: any TerminalBackend
    /// How long one wait for input lasts; also how quickly others' commits show up.
    public static let idleMilliseconds = 250

    public init(app: App, backend: any TerminalBackend) {
        self.app = app
        self.backend = backend
    }

    /// Runs until the user quits.
    public func run() {
        draw()
        while !app.shouldQuit {
            if let event = backend.readEvent(timeoutMilliseconds: AppLoop.idleMilliseconds) {
                app.handle(event)
                runExternalEditorIfAsked()
            } else {
                app.tick()
            }
            draw()
        }
    }

    /// For tests: handles every queued event of an in-memory backend, then draws once.
    public func runPending(_ backend: MemoryBackend) {
        while !app.shouldQuit, let event = backend.readEvent(timeoutMilliseconds: 0) {
            app.handle(event)
            runExternalEditorIfAsked()
        }
        draw()
    }

    func runExternalEditorIfAsked() {
        guard let text = app.externalEditRequest else { return }
        var edited: String?
        backend.suspend {
            edited = app.context.editor.edit(text)
        }
        app.finishExternalEdit(edited)
    }

    func draw() {
        let size = backend.size
        var buffer = Buffer(size: size)
        let cursor = app.render(into: &buffer)
        if app.needsFullRedraw {
            backend.invalidate()
            app.needsFullRedraw = false
        }
        backend.draw(buffer, cursor: cursor)
    }
}
