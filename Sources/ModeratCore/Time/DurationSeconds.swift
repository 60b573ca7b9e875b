extension Duration {
    /// The duration in seconds, for rates and reports (Duration itself has no such view).
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
