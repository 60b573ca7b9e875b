import Testing
@testable import TerminalKit

@Suite("Widgets as a user sees them")
struct WidgetTests {
    /// A theme that gives the roles these widgets draw with styles of their own.
    let theme = ((try? ThemeParser.parse("""
        list.selected = black on cyan, bold
        match = black on yellow
        chart.bar = blue
        border = bright-black
        status = black on white
        """, name: "widgets", file: "widgets.theme")) ?? Theme(name: "none", styles: [:])).resolved(for: .c256)
    let columns = [ListColumn("Nr", width: .fixed(4), alignRight: true), ListColumn("Kommentar")]

    func rows(_ n: Int) -> [ListRow] { (1...n).map { ListRow(["\($0)", "Kommentar \($0)"]) } }

    @Test("moving down past the last visible row scrolls the list so the selection stays visible")
    func selectionStaysVisible() {
        var state = ListState()
        var buffer = Buffer(size: Size(width: 30, height: 6))
        let rowsArea = ListView.rowsArea(of: buffer.area)
        for _ in 0..<7 { _ = state.handle(.down, rowCount: 20, viewportHeight: rowsArea.height) }
        ListView.render(into: &buffer, area: buffer.area, columns: columns, rows: rows(20), state: state, theme: theme)
        #expect(buffer.rowText(0).contains("Kommentar"))
        #expect(buffer.rowText(5).contains("Kommentar 8"))
        #expect(buffer[10, 5].style == theme[.listSelected])
        #expect(buffer.rowText(1).contains("Kommentar 4"))
    }

    @Test("a stale offset is corrected when rendering, and End shows the last row at the bottom")
    func staleOffset() {
        var state = ListState(selected: 2, offset: 15)
        var buffer = Buffer(size: Size(width: 30, height: 6))
        ListView.render(into: &buffer, area: buffer.area, columns: columns, rows: rows(20), state: state, theme: theme)
        #expect(buffer.rowText(1).contains("Kommentar 3"))
        _ = state.handle(.end, rowCount: 20, viewportHeight: 5)
        #expect(state.offset == 15)
    }

    @Test("marked rows show a check mark; only visible rows are asked for")
    func markedAndLazy() {
        var state = ListState()
        state.toggleMark()
        var asked: [Int] = []
        var buffer = Buffer(size: Size(width: 30, height: 4))
        ListView.render(into: &buffer, area: buffer.area, columns: columns, rowCount: 1_000_000, state: state, theme: theme) { index in
            asked.append(index)
            return ListRow(["\(index)", "Zeile \(index)"])
        }
        #expect(asked == [0, 1, 2])
        #expect(buffer.rowText(1).hasPrefix(ListView.markGlyph))
    }

    @Test("a click selects the row under the mouse")
    func clickSelects() {
        var state = ListState()
        let area = ListView.rowsArea(of: Rect(x: 0, y: 2, width: 30, height: 10))
        let clicked = state.handle(MouseEvent(kind: .click, x: 5, y: 6), rowsArea: area, rowCount: 20)
        #expect(clicked)
        #expect(state.selected == 3)
        let wheeled = state.handle(MouseEvent(kind: .wheelDown, x: 5, y: 6), rowsArea: area, rowCount: 20)
        #expect(wheeled)
        #expect(state.selected == 6)
    }

    @Test("the text view wraps a comment and highlights search matches")
    func textView() {
        var buffer = Buffer(size: Size(width: 20, height: 3))
        let text = "Die Straßenbahn soll öfter fahren, die Straßenbahn ist voll."
        TextView.render(into: &buffer, area: buffer.area, text: text, state: TextViewState(offset: 1),
                        style: .plain, highlight: "straßenbahn", matchStyle: theme[.match])
        #expect(buffer.rowText(0).trimmingTrailingSpaces() == "öfter fahren, die")
        #expect(buffer.rowText(1).trimmingTrailingSpaces() == "Straßenbahn ist")
        #expect(buffer[0, 1].style == theme[.match])
        #expect(buffer[10, 1].style == theme[.match])
        #expect(buffer[11, 1].style == .plain)
        #expect(TextView.rowsMatching("straßenbahn", in: text, width: 20) == [0, 2])
    }

    @Test("borders are drawn with Unicode box characters")
    func box() {
        var buffer = Buffer(size: Size(width: 8, height: 3))
        let inner = Box.draw(into: &buffer, area: buffer.area, style: .plain, title: "Hilfe")
        #expect(buffer.rowText(0) == "┌ Hil… ┐")
        #expect(buffer.rowText(1) == "│      │")
        #expect(buffer.rowText(2) == "└──────┘")
        #expect(inner == Rect(x: 1, y: 1, width: 6, height: 1))
    }

    @Test("the status bar keeps the counters and cuts the message")
    func statusBar() {
        var buffer = Buffer(size: Size(width: 30, height: 1))
        StatusBar.render(into: &buffer, area: buffer.area, left: "Kommentar 17 wurde freigegeben", right: "12 offen", style: theme[.status])
        #expect(buffer.rowText(0) == " Kommentar 17 wurd…  12 offen ")
    }

    @Test("the help overlay lists keys and descriptions in a centred box")
    func helpOverlay() {
        var buffer = Buffer(size: Size(width: 40, height: 10))
        let entries = [HelpEntry("j / ↓", "nächster Kommentar"), HelpEntry("a", "freigeben")]
        HelpOverlay.render(into: &buffer, area: buffer.area, title: "Hilfe", entries: entries, offset: 0, theme: theme)
        let screen = buffer.text
        #expect(screen.contains("┌ Hilfe "))
        #expect(screen.contains("j / ↓  nächster Kommentar"))
        #expect(screen.contains("a      freigeben"))
    }

    @Test("a confirm dialog: Tab moves the focus, a button's letter chooses it")
    func dialog() {
        var state = DialogState(title: "Ablehnen?", message: "3 Kommentare als Spam ablehnen?", buttons: ["Ja", "Nein"])
        #expect(state.handle(.tab) == .handled)
        #expect(state.focused == 1)
        #expect(state.handle(.enter) == .chosen(1))
        #expect(state.handle(.character("j")) == .chosen(0))
        #expect(state.handle(.escape) == .cancelled)
        var buffer = Buffer(size: Size(width: 50, height: 10))
        Dialog.render(into: &buffer, area: buffer.area, state: state, theme: theme)
        #expect(buffer.text.contains("3 Kommentare als Spam ablehnen?"))
        #expect(buffer.text.contains("[ Ja ]  [ Nein ]"))
    }

    @Test("the tag picker filters as you type, Space marks several, Enter applies them")
    func picker() {
        var picker = PickerState(title: "Abschnitte", items: [
            PickerItem(id: "B1", label: "B1 Formen"), PickerItem(id: "B2", label: "B2 Qualitätskriterien"),
            PickerItem(id: "C1", label: "C1 Anregung"),
        ])
        for c in "b" { _ = picker.handle(.character(c)) }
        #expect(picker.filtered.map(\.id) == ["B1", "B2"])
        _ = picker.handle(.character(" "))
        _ = picker.handle(.character(" "))
        #expect(picker.handle(.enter) == .applied(["B1", "B2"]))
        _ = picker.handle(.backspace)
        var buffer = Buffer(size: Size(width: 50, height: 12))
        Picker.render(into: &buffer, area: buffer.area, state: picker, theme: theme)
        #expect(buffer.text.contains("[x] B1 Formen"))
        #expect(buffer.text.contains("[ ] C1 Anregung"))
        var single = PickerState(title: "Grund", items: picker.items, allowsMultiple: false)
        _ = single.handle(.down)
        #expect(single.handle(.enter) == .applied(["B2"]))
    }

    @Test("bar chart and sparkline scale to the largest value")
    func charts() {
        var buffer = Buffer(size: Size(width: 20, height: 2))
        BarChart.render(into: &buffer, area: buffer.area, bars: [Bar("offen", 10), Bar("frei", 5)],
                        barStyle: theme[.chartBar], labelStyle: .plain)
        #expect(buffer.rowText(0).trimmingTrailingSpaces() == "offen ███████████ 10")
        #expect(buffer.rowText(1).trimmingTrailingSpaces() == "frei  █████▌ 5")
        #expect(Sparkline.text([0, 1, 2, 3, 4, 5, 6, 7], width: 8) == "▁▂▃▄▅▆▇█")
        #expect(Sparkline.text([1, 2, 3], width: 2) == "▁█")
    }
}
