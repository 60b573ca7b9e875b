import Foundation

/// A guideline section as the ranker reads it: its own words and the comments moderators
/// tagged with it.
public struct SectionEvidence: Sendable {
    public let code: String
    public let title: String
    public let body: String
    /// Bodies of comments moderators tagged with this section.
    public let taggedComments: [String]

    public init(code: String, title: String, body: String, taggedComments: [String] = []) {
        self.code = code
        self.title = title
        self.body = body
        self.taggedComments = taggedComments
    }
}

/// One suggested section with its score (higher fits better; comparable within one comment only).
public struct SectionSuggestion: Sendable, Equatable {
    public let code: String
    public let title: String
    public let score: Double

    public init(code: String, title: String, score: Double) {
        self.code = code
        self.title = title
        self.score = score
    }
}

/// Ranks guideline sections for a comment, locally and without a model. Two kinds of
/// evidence, each scaled to its best section and added:
/// - the section's own text: BM25F over its title (weighs most) and body;
/// - what moderators tagged: the comments most like this one (cosine of tf-idf vectors,
///   the nearest neighbours) vote for the sections they were tagged with.
/// Both read stemmed German words with compounds split against the sections' vocabulary.
public struct SectionRanker: Sendable {
    /// How much each kind of evidence counts.
    public struct Weights: Sendable {
        public var title = 3.0
        public var body = 1.0
        /// The nearest tagged comments' votes, next to the section's own text (1).
        public var tagged = 0.5
        /// How many of the most similar tagged comments vote.
        public var neighbours = 10
        /// A compound's parts count this much of a whole word.
        public var part = 0.5
        /// A comment naming the section's code ("zu C1", "Abschnitt B2").
        public var namedCode = 1.0
        /// A chapter's title and body also speak, this much, for its sections.
        public var chapter = 0.25
        /// A chapter that has sections counts this much of its own fit: moderators tag the
        /// most specific section, the chapter only when no section of it fits.
        public var chapterWithSections = 0.3
        public init() {}
    }

    private typealias Vector = [String: Double]

    private let sections: [SectionEvidence]
    /// Per section: title and body terms with weights, and their lengths.
    private let titles: [Vector]
    private let bodies: [Vector]
    private let titleLength: [Double]
    private let bodyLength: [Double]
    private let averageTitle: Double
    private let averageBody: Double
    private let sectionFrequency: [String: Int]
    /// The tagged comments as unit tf-idf vectors, with the section each teaches.
    private let examples: [(section: Int, vector: Vector)]
    private let exampleIDF: [String: Double]
    /// Per section: the index of its chapter (the longest other code its code starts with).
    private let parents: [Int?]
    private let hasSections: [Bool]
    private let splitter: CompoundSplitter
    private let weights: Weights
    private let k1 = 1.2
    private let b = 0.75

    public init(sections: [SectionEvidence], weights: Weights = Weights()) {
        self.sections = sections
        self.weights = weights
        let parents = sections.map { section in
            sections.indices.filter { sections[$0].code.count < section.code.count && section.code.hasPrefix(sections[$0].code) }
                .max { sections[$0].code.count < sections[$1].code.count }
        }
        self.parents = parents
        hasSections = sections.indices.map { index in parents.contains(index) }
        var vocabulary: Set<String> = []
        for section in sections {
            vocabulary.formUnion(GermanAnalyzer.contentWords(section.title))
            vocabulary.formUnion(GermanAnalyzer.contentWords(section.body))
            for comment in section.taggedComments { vocabulary.formUnion(GermanAnalyzer.contentWords(comment)) }
        }
        let splitter = CompoundSplitter(vocabulary: vocabulary)
        self.splitter = splitter
        var cache: [String: (String, [String])] = [:]
        func vector(_ text: String) -> Vector {
            var result: Vector = [:]
            for (term, weight) in Self.terms(text, splitter: splitter, partWeight: weights.part, cache: &cache) {
                result[term, default: 0] += weight
            }
            return result
        }
        titles = sections.map { vector($0.title) }
        bodies = sections.map { vector($0.body) }
        titleLength = titles.map { $0.values.reduce(0, +) }
        bodyLength = bodies.map { $0.values.reduce(0, +) }
        averageTitle = max(1, titleLength.reduce(0, +) / Double(max(1, sections.count)))
        averageBody = max(1, bodyLength.reduce(0, +) / Double(max(1, sections.count)))
        var frequency: [String: Int] = [:]
        for index in sections.indices {
            for term in Set(titles[index].keys).union(bodies[index].keys) { frequency[term, default: 0] += 1 }
        }
        sectionFrequency = frequency
        var raw: [(Int, Vector)] = []
        var documents: [String: Int] = [:]
        for (index, section) in sections.enumerated() {
            for comment in section.taggedComments {
                let terms = vector(comment)
                guard !terms.isEmpty else { continue }
                raw.append((index, terms))
                for term in terms.keys { documents[term, default: 0] += 1 }
            }
        }
        let total = Double(raw.count)
        let idf = documents.mapValues { log((total + 1) / (Double($0) + 0.5)) }
        exampleIDF = idf
        examples = raw.map { section, terms in (section, Self.unit(terms, idf: idf)) }
    }

    /// A tf-idf vector of length one (log-scaled term frequencies).
    private static func unit(_ terms: Vector, idf: [String: Double]) -> Vector {
        var result: Vector = [:]
        for (term, tf) in terms { if let weight = idf[term], weight > 0 { result[term] = (1 + log(max(tf, 1))) * weight * min(tf, 1) } }
        let norm = result.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? result.mapValues { $0 / norm } : [:]
    }

    /// The stemmed terms of `text` with their weights: each content word once at full weight,
    /// a compound's known parts at `partWeight`.
    static func terms(_ text: String, splitter: CompoundSplitter, partWeight: Double) -> [(String, Double)] {
        var cache: [String: (String, [String])] = [:]
        return terms(text, splitter: splitter, partWeight: partWeight, cache: &cache)
    }

    /// `terms` with the analysis of each distinct word remembered in `cache` (stem, compound parts).
    static func terms(_ text: String, splitter: CompoundSplitter, partWeight: Double,
                      cache: inout [String: (String, [String])]) -> [(String, Double)] {
        var result: [(String, Double)] = []
        for word in GermanAnalyzer.contentWords(text) {
            let analysed: (String, [String])
            if let known = cache[word] {
                analysed = known
            } else {
                let stem = GermanStemmer.stem(word)
                analysed = (stem, splitter.parts(of: word).filter { $0 != stem })
                cache[word] = analysed
            }
            result.append((analysed.0, 1))
            for part in analysed.1 { result.append((part, partWeight)) }
        }
        return result
    }

    /// Every section, best fit first; sections nothing speaks for score 0 and keep their order.
    public func rank(_ comment: String) -> [SectionSuggestion] {
        var query: Vector = [:]
        for (term, weight) in Self.terms(comment, splitter: splitter, partWeight: weights.part) {
            query[term, default: 0] += weight
        }
        let own = textScores(query)
        let text = sections.indices.map { index in
            (hasSections[index] ? weights.chapterWithSections : 1) * own[index]
                + (parents[index].map { weights.chapter * own[$0] } ?? 0)
        }
        let taught = neighbourVotes(query)
        let named = Set(GermanAnalyzer.words(comment))
        let bestText = text.max() ?? 0
        let bestTaught = taught.max() ?? 0
        var scored: [(index: Int, score: Double)] = []
        for index in sections.indices {
            var score = bestText > 0 ? text[index] / bestText : 0
            if bestTaught > 0 { score += weights.tagged * taught[index] / bestTaught }
            if sections[index].code.count > 1, named.contains(sections[index].code.lowercased()) { score += weights.namedCode }
            scored.append((index, score))
        }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        return scored.map { SectionSuggestion(code: sections[$0.index].code, title: sections[$0.index].title, score: $0.score) }
    }

    /// BM25F of the query against each section's title and body.
    private func textScores(_ query: Vector) -> [Double] {
        let count = Double(sections.count)
        return sections.indices.map { index in
            var score = 0.0
            for (term, queryWeight) in query {
                guard let n = sectionFrequency[term] else { continue }
                var tf = 0.0
                if let raw = titles[index][term] { tf += weights.title * raw / (1 - b + b * titleLength[index] / averageTitle) }
                if let raw = bodies[index][term] { tf += weights.body * raw / (1 - b + b * bodyLength[index] / averageBody) }
                guard tf > 0 else { continue }
                let idf = log(1 + (count - Double(n) + 0.5) / (Double(n) + 0.5))
                score += idf * tf / (k1 + tf) * min(queryWeight, 1)
            }
            return score
        }
    }

    /// The summed similarity of the nearest tagged comments, per section they were tagged with.
    private func neighbourVotes(_ query: Vector) -> [Double] {
        var votes = [Double](repeating: 0, count: sections.count)
        guard !examples.isEmpty else { return votes }
        let vector = Self.unit(query, idf: exampleIDF)
        guard !vector.isEmpty else { return votes }
        var similarities: [(section: Int, similarity: Double)] = []
        for example in examples {
            var dot = 0.0
            for (term, weight) in vector { if let other = example.vector[term] { dot += weight * other } }
            if dot > 0 { similarities.append((example.section, dot)) }
        }
        similarities.sort { $0.similarity > $1.similarity }
        for neighbour in similarities.prefix(weights.neighbours) { votes[neighbour.section] += neighbour.similarity }
        return votes
    }
}
