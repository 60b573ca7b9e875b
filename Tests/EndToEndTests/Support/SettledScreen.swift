extension TmuxSession {
    /// Like `waitFor`, but the screen must also have stopped changing: two captures in a row
    /// (50 ms apart) are equal and satisfy `condition`. Use it before asserting on rows the
    /// condition does not mention, or before keeping a screen to compare with later: a capture
    /// can land halfway through a repaint (ncurses paints top to bottom, after a resize, `fg`
    /// or $EDITOR from a cleared screen), with the rows below not drawn yet.
    @discardableResult
    func waitForSettled(
        _ what: String,
        timeout: Duration = defaultTimeout,
        until condition: ([String]) -> Bool
    ) async throws -> [String] {
        var previous: [String]?
        return try await waitFor("\(what), settled", timeout: timeout) { screen in
            defer { previous = screen }
            return screen == previous && condition(screen)
        }
    }

    /// `waitForSettled` until `text` is on screen.
    @discardableResult
    func waitForSettled(text: String, timeout: Duration = defaultTimeout) async throws -> [String] {
        try await waitForSettled("text \"\(text)\"", timeout: timeout) { $0.containsText(text) }
    }
}
