import ModeratCore
import TerminalKit

/// What a key does in a section's consideration view.
enum ConsiderationCommand: Sendable, Hashable {
    case outcome(ConsiderationOutcome)
    case rationale, rationaleExternal, mark, join, split, nextSection, previousSection, filterOutcome, filterState, back
    case agree, reopen, minutes, leave
}

/// The consideration view's bindings (the list movement keys come from `ListKeys`).
enum ConsiderationKeys {
    /// One key per outcome, as the German labels begin: übernommen, teilweise, nicht, bereits, zur Kenntnis.
    static let bindings: [KeyBinding<ConsiderationCommand>] = [
        KeyBinding([.character("u")], "u", .consideration(.keyOutcome(.adopted)), .outcome(.adopted)),
        KeyBinding([.character("t")], "t", .consideration(.keyOutcome(.partly)), .outcome(.partly)),
        KeyBinding([.character("n")], "n", .consideration(.keyOutcome(.notAdopted)), .outcome(.notAdopted)),
        KeyBinding([.character("b")], "b", .consideration(.keyOutcome(.covered)), .outcome(.covered)),
        KeyBinding([.character("z")], "z", .consideration(.keyOutcome(.noted)), .outcome(.noted)),
        KeyBinding([.character("e")], "e", .consideration(.keyRationale), .rationale),
        KeyBinding([.character("E")], "E", .consideration(.keyRationaleExternal), .rationaleExternal),
        KeyBinding([.character(" ")], "Space", .consideration(.keyMark), .mark),
        KeyBinding([.character("J")], "J", .consideration(.keyJoin), .join),
        KeyBinding([.character("L")], "L", .consideration(.work(.keyLeave)), .leave, requires: .decideComments),
        KeyBinding([.character("P")], "P", .consideration(.keySplit), .split),
        KeyBinding([.character("B")], "B", .consideration(.work(.keyAgree)), .agree, requires: .decideComments),
        KeyBinding([.character("R")], "R", .consideration(.work(.keyReopen)), .reopen, requires: .decideComments),
        KeyBinding([.character("M")], "M", .consideration(.work(.keyMinutes)), .minutes),
        KeyBinding([.character(">")], ">", .consideration(.keyNextSection), .nextSection),
        KeyBinding([.character("<")], "<", .consideration(.keyPreviousSection), .previousSection),
        KeyBinding([.character("f")], "f", .consideration(.keyFilterOutcome), .filterOutcome),
        KeyBinding([.character("s")], "s", .consideration(.keyFilterState), .filterState),
        KeyBinding([.escape], "Esc", .consideration(.keyBack), .back),
    ]

    /// The key on the sections list that opens the view.
    static let open = KeyBinding<ConsiderationCommand>([.character("a")], "a", .consideration(.keyOpen), .back)
}
