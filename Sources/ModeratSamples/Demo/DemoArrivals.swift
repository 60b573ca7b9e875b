import Foundation
import ModeratCore
import ModeratStore

/// When comments arrive and who writes them: busy first and last days, quiet nights,
/// a few people who write a lot and many who write once.
extension DemoComments {
    /// Strictly increasing arrival times between the process's start and end.
    static func arrivalTimes(_ context: DemoContext, process: DemoProcess) -> [Date] {
        let firstDay = context.startOfDay(process.start)
        let dayCount = max(1, Int((process.end.timeIntervalSince(firstDay) / 86_400).rounded(.up)))
        // Hours of the (Berlin) day from 0 to 23: little at night, peaks at lunch and in the evening.
        let hourWeights: [Double] = [0.3, 0.15, 0.05, 0.05, 0.05, 0.2, 0.6, 1.2, 1.5, 1.6, 1.6, 1.7,
                                     2.2, 1.8, 1.4, 1.4, 1.5, 1.8, 2.2, 2.6, 2.8, 2.5, 1.6, 0.8]
        var times: [Date] = []
        times.reserveCapacity(process.commentCount)
        for _ in 0 ..< process.commentCount {
            var f = context.rng.unit()
            let burst = context.rng.unit()
            if burst < 0.18 { f *= 0.12 } else if burst < 0.36 { f = 0.88 + f * 0.12 }
            let day = min(dayCount - 1, Int(f * Double(dayCount)))
            let hour = context.rng.weighted(hourWeights)
            let date = context.local(context.days(day, from: firstDay), hour: hour, minute: context.rng.int(0 ... 59))
                .addingTimeInterval(Double(context.rng.int(0 ... 59)))
            let latest = process.end.addingTimeInterval(-Double(context.rng.int(0 ... 5400)))
            times.append(min(max(date, process.start), latest))
        }
        times.sort()
        for index in times.indices.dropFirst() where times[index] <= times[index - 1] {
            times[index] = times[index - 1].addingTimeInterval(Double(context.rng.int(7 ... 90)))
        }
        return times
    }

    /// For each comment, the pool index of the person writing it: everyone in the range at
    /// least once, the rest drawn with a long tail.
    static func writerSequence(_ context: DemoContext, process: DemoProcess) -> [Int] {
        let people = Array(process.authorRange)
        var sequence = Array(people.prefix(process.commentCount))
        // A person's activity falls off with their rank; who has which rank is itself random.
        let ranked = context.rng.shuffled(people)
        let weights = ranked.indices.map { 1.0 / pow(Double($0) + 2.0, 0.9) }
        while sequence.count < process.commentCount {
            sequence.append(ranked[context.rng.weighted(weights)])
        }
        return context.rng.shuffled(sequence)
    }

    /// The section codes a comment on these themes gets: the first theme's main section, the
    /// second theme's when it wandered there, now and then a neighbour; some stay untagged.
    static func sections(for themes: [Int], in process: DemoProcess, rng: inout SeededRandom) -> [String] {
        let main = process.topics[themes[0]]
        if rng.chance(main.untaggedShare) { return [] }
        var codes = [main.sections[0]]
        if themes.count > 1 {
            codes.append(process.topics[themes[1]].sections[0])
        } else if main.sections.count > 1, rng.chance(0.3) {
            codes.append(main.sections[1])
        }
        var unique: [String] = []
        for code in codes where !unique.contains(code) { unique.append(code) }
        return Array(unique.prefix(2))
    }
}
