/// The text of themes/default.theme, moderat's default theme, compiled in (a test keeps the
/// two identical).
enum DefaultThemeText {
    static let text = """
# moderat default theme: the terminal's own background and foreground, colour for accents.
# Format: see README.md in this directory. Colours are fallback chains, richest first:
# truecolor | 256 colours | 16/8 colours.

title              = #ffffff|231|bright-white on #005f87|24|blue, bold
title@mono         = reverse, bold
header             = bold
status             = #000000|16|black on #bcbcbc|250|white
status.message     = #005f87|24|blue on #bcbcbc|250|white, bold
error              = #ff5f5f|203|bright-red, bold
warning            = #ffaf00|214|yellow, bold
list.row           = default
list.selected      = #000000|16|black on #87d7ff|117|cyan, bold
list.marked        = #ffaf00|214|yellow, bold
list.header        = bold, underline
state.pending      = #ffaf00|214|yellow
state.approved     = #5fd75f|77|green
state.rejected     = #ff5f5f|203|red
state.held         = #af87ff|141|magenta
tag                = #5fafff|75|cyan
match              = #000000|16|black on #ffd75f|221|yellow
match@mono         = reverse, underline
muted              = #8a8a8a|245|bright-black
muted@mono         = dim
border             = #6c6c6c|242|bright-black
dialog             = default
dialog.title       = bold
input              = underline
help.key           = #5fafff|75|cyan, bold
help.text          = default
chart.bar          = #5f87d7|68|blue
banner             = #000000|16|black on #ffaf00|214|yellow, bold
"""
}
