import ModeratStore

/// A stored value this moderat does not know, in German; the English is the store's own
/// `description`. Table, column and value are named as the database holds them.
extension StoreErrorText {
    static func german(_ unknown: UnknownStoredValue) -> String {
        "\(unknown.table).\(unknown.column) enthält „\(unknown.value)“, das dieses moderat nicht kennt "
            + "(von einer neueren Version geschrieben?); nichts wurde geändert"
    }
}
