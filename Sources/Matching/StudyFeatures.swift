import Extraction

/// Which sex a study enrolled, as far as its description says.
enum Population: Hashable, Sendable {
    case male, female
}

/// A study claim reduced to the normalised values the matcher compares.
///
/// Built once per claim so that comparing millions of candidate pairs does no string work:
/// words, surnames and condition phrases are interned to integers by ``FeatureInterner``.
struct StudyFeatures: Sendable {
    let document: Int
    let subject: Int?
    let authors: [Int]
    let year: Int?
    let design: DesignClass?
    let family: DesignFamily?
    let sampleSize: Int?
    let days: Int?
    /// Each condition phrase as sorted, unique word ids.
    let conditions: [[Int]]
    /// One id per condition phrase (its word set), for value frequencies and blocking.
    let conditionKeys: [Int]
    let identifiers: Identifiers
    let country: Int?
    /// Venue words (sorted ids) and the venue's acronym id.
    let venue: [Int]
    let venueAcronym: Int?
    /// Distinctive label and quote words, sorted ids.
    let labelWords: [Int]
    let population: Population?
}

/// Interns strings to small integers while features are built (one per match run).
struct FeatureInterner {
    private var ids: [String: Int] = [:]

    mutating func id(_ text: String) -> Int {
        if let known = ids[text] { return known }
        let new = ids.count
        ids[text] = new
        return new
    }

    mutating func ids(_ words: [String]) -> [Int] {
        Array(Set(words.map { id($0) })).sorted()
    }

    mutating func features(
        of claim: StudyClaim, document: Int, subject: Int?
    ) -> StudyFeatures {
        let authors = claim.authors.map { TextFolding.surnameKey($0) }.filter { !$0.isEmpty }
            .map { id("author:" + $0) }
        let design = claim.design?.value.flatMap { $0 == .unknown || $0 == .other ? nil : $0 }
        var phrases: [[Int]] = []
        var keys: [Int] = []
        for condition in claim.conditions {
            let words = TextFolding.phraseWords(condition)
            if words.isEmpty { continue }
            let phrase = ids(words)
            if phrases.contains(phrase) { continue }
            phrases.append(phrase)
            keys.append(id("condition:" + phrase.map(String.init).joined(separator: ",")))
        }
        let venueWords = claim.venue.map { TextFolding.phraseWords($0) } ?? []
        let acronym = venueWords.count > 1 ? String(venueWords.compactMap(\.first)) : nil
        let text = TextFolding.words(claim.label + " " + claim.quote)
        let label = text.filter {
            $0.count > 2 && !FillerWords.label.contains($0) && Int($0) == nil
        }
        let male = text.contains { PopulationTerms.male.contains($0) }
        let female = text.contains { PopulationTerms.female.contains($0) }
        return StudyFeatures(
            document: document, subject: subject, authors: authors, year: claim.year,
            design: design, family: design.flatMap { DesignFamily($0) },
            sampleSize: claim.sampleSize?.value, days: claim.duration?.value,
            conditions: phrases, conditionKeys: keys, identifiers: claim.identifiers,
            country: claim.country.map { id("country:" + TextFolding.fold($0)) },
            venue: ids(venueWords),
            venueAcronym: acronym.map { id($0) },
            labelWords: ids(label),
            population: male == female ? nil : (male ? .male : .female))
    }
}

/// How common each year and condition is among a run's study claims, for value-specific
/// weights (agreeing on a rare value is stronger evidence than agreeing on a common one).
struct FieldFrequencies: Sendable {
    private let yearShare: [Int: Double]
    private let conditionShare: [Int: Double]

    init(_ features: [StudyFeatures]) {
        var years: [Int: Int] = [:]
        var withYear = 0
        var conditions: [Int: Int] = [:]
        var withConditions = 0
        for feature in features {
            if let year = feature.year {
                years[year, default: 0] += 1
                withYear += 1
            }
            if !feature.conditionKeys.isEmpty { withConditions += 1 }
            for key in Set(feature.conditionKeys) { conditions[key, default: 0] += 1 }
        }
        yearShare = years.mapValues { Double($0) / Double(max(1, withYear)) }
        conditionShare = conditions.mapValues { Double($0) / Double(max(1, withConditions)) }
    }

    /// The share of claims with this year (1 when unknown, which makes the weight smallest).
    func share(year: Int) -> Double { yearShare[year] ?? 1 }

    /// The share of claims naming this condition phrase.
    func share(condition key: Int) -> Double { conditionShare[key] ?? 1 }
}
