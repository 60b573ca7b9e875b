import ModeratCore
import ModeratStore

/// Everything about bench comment number `index` except its body: what the Decidim CSV
/// carries (time, process, author, parent, alignment) and what only moderation gives it
/// afterwards (state, decision, tags). Drawn from a stream of its own per row, so the CSV
/// writer and the step that applies the decisions agree without sharing state.
struct BenchRowPlan {
    /// Seconds since 1970 (UTC).
    var created: Int
    /// 0, 1 or 2: an index into `BenchGenerator.processSlugs`.
    var process: Int
    /// 1-based author number.
    var author: Int
    /// The 1-based number of the comment this one replies to.
    var parent: Int?
    var alignment: Int?
    /// 0 pending, 1 approved, 2 rejected, 3 held (`BenchRowPlan.states`).
    var state: Int
    /// 1-based index into the bench's staff.
    var decidedBy: Int
    var decidedAt: Int
    var reason: Int
    var answered: Bool
    /// Guideline sections (indexes into the leaf sections) the comment is tagged with.
    var tags: (Int?, Int?)

    static let states = ["pending", "approved", "rejected", "held"]
    private static let stateWeights = [0.3, 0.55, 0.1, 0.05]
    /// Some sections draw far more comments than others (B1, C1 and E1 much, F little).
    static let sectionWeights: [Double] = [3, 8, 5, 4, 7, 3, 3, 2, 4, 6, 2, 0.3, 3, 1]
    /// Three years of comments up to the generator's `now`, in time order.
    static let span = 3 * 365 * 86_400

    init(index i: Int, count: Int, seed: UInt64, end: Int, authors: Int, reasons: Int) {
        var rng = SeededRandom(seed: (seed ^ 0xA5A5_5A5A_C3C3_3C3C) &+ UInt64(i) &* 0x9E37_79B9_7F4A_7C15)
        created = end - Self.span + Int((Double(i) + rng.unit()) * Double(Self.span) / Double(count))
        process = rng.chance(0.7) ? 0 : (rng.chance(0.6) ? 1 : 2)
        // A few prolific authors and a long tail.
        author = rng.chance(0.2) ? rng.int(1 ... min(40, authors)) : rng.int(1 ... authors)
        parent = i > 10 && rng.chance(0.12) ? i + 1 - rng.int(1 ... min(i, 500)) : nil
        alignment = rng.chance(0.3) ? rng.int(-1 ... 1) : nil
        // Older comments are mostly decided; the newest are mostly pending.
        state = rng.weighted(Self.stateWeights)
        if Double(i) / Double(count) > 0.9, rng.chance(0.5) { state = 0 }
        decidedBy = rng.int(1 ... 4)
        decidedAt = created + rng.int(3_600 ... 14 * 86_400)
        reason = rng.int(0 ... max(0, reasons - 1))
        answered = state == 1 && rng.chance(0.08)
        tags = (nil, nil)
        if process == 0, rng.chance(0.75) {
            tags.0 = rng.weighted(Self.sectionWeights)
            if rng.chance(0.2) { tags.1 = rng.weighted(Self.sectionWeights) }
        }
    }
}
