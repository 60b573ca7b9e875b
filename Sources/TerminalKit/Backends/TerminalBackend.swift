/// What the app loop needs from a terminal: the ncurses backend and the in-memory one
/// used by screen tests implement it.
public protocol TerminalBackend: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Shows a buffer; the backend sends only what differs from the previous one.
    func draw(_ buffer: Buffer, cursor: (x: Int, y: Int)?)
    /// Waits up to `timeoutMilliseconds` for one event; nil on timeout.
    func readEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Hands the terminal to another program (an $EDITOR) and takes it back afterwards,
    /// redrawing everything.
    func suspend(while body: () throws -> Void) rethrows
    /// Restores the terminal for good (idempotent).
    func shutdown()
    /// Forgets what is on the screen, so the next draw repaints every cell (Ctrl-L).
    func invalidate()
}
