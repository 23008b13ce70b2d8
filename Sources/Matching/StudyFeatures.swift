import Foundation
import Extraction

/// Which sex a study enrolled, as far as its description says.
enum Population: Hashable, Sendable {
    case male, female
}

/// A study claim reduced to the normalised values the matcher compares.
///
/// A class (immutable, so `Sendable`) because scoring passes it around millions of times;
/// a struct of arrays would be retained field by field on every copy.
///
/// Built once per claim so that comparing millions of candidate pairs does no string work:
/// words, surnames and condition phrases are interned to integers by ``FeatureInterner``.
final class StudyFeatures: Sendable {
    /// Position among the run's study claims.
    let index: Int
    let document: Int
    let subject: Int?
    let authors: [Int]
    let year: Int?
    /// Publication month (1…12) named with the year (``MonthField``).
    let month: Int?
    let design: DesignClass?
    let family: DesignFamily?
    let sampleSize: Int?
    let days: Int?
    /// Daily dose in milligrams.
    let dose: Double?
    /// Each condition phrase as sorted, unique word ids.
    let conditions: [[Int]]
    /// One id per condition phrase (its word set), for value frequencies.
    let conditionKeys: [Int]
    /// The last word of each condition phrase (its head noun: "pain" in "low back pain"),
    /// for blocking: a phrase and a narrower one share their head.
    let conditionHeads: [Int]
    /// PMID, DOI, NCT, PMCID, case-normalised; `nil` where unknown.
    let identifiers: [String?]
    let hasIdentifiers: Bool
    let country: Int?
    /// Venue words (sorted ids) and the venue's acronym id.
    let venue: [Int]
    let venueAcronym: Int?
    /// The venue's words in order (to tell an abbreviated title, ``TextFolding/venueAbbreviates(_:_:)``).
    let venueWords: [String]
    /// One id for the venue's word set, for its frequency.
    let venueKey: Int?
    /// Distinctive label and quote words, sorted ids.
    let labelWords: [Int]
    /// Every label and quote word, singular, sorted ids (to find a condition in the text).
    let textWords: [Int]
    /// Names in the claim's texts other than its authors (``ProperWords``), sorted ids.
    let properWords: [Int]
    let population: Population?

    init(index: Int, document: Int, subject: Int?, authors: [Int], year: Int?, month: Int? = nil, design: DesignClass?,
         family: DesignFamily?, sampleSize: Int?, days: Int?, dose: Double? = nil, conditions: [[Int]],
         conditionKeys: [Int], conditionHeads: [Int], identifiers: [String?], country: Int?, venue: [Int],
         venueAcronym: Int?, venueWords: [String] = [], venueKey: Int? = nil, labelWords: [Int], textWords: [Int], properWords: [Int], population: Population?) {
        self.index = index
        self.document = document
        self.subject = subject
        self.authors = authors
        self.year = year
        self.month = month
        self.design = design
        self.family = family
        self.sampleSize = sampleSize
        self.days = days
        self.dose = dose
        self.conditions = conditions
        self.conditionKeys = conditionKeys
        self.conditionHeads = conditionHeads
        self.identifiers = identifiers
        self.hasIdentifiers = identifiers.contains { $0 != nil }
        self.country = country
        self.venue = venue
        self.venueAcronym = venueAcronym
        self.venueWords = venueWords
        self.venueKey = venueKey
        self.labelWords = labelWords
        self.textWords = textWords
        self.properWords = properWords
        self.population = population
    }
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


    /// A claim's features: its words (``ClaimWords``) and fields, as interned ids.
    mutating func features(
        of claim: StudyClaim, words: ClaimWords, index: Int, document: Int, subject: Int?
    ) -> StudyFeatures {
        // Interned in a fixed order (authors, conditions, venue, then the rest): ids are small
        // integers that ``Blocking`` hashes, so the order is part of the result.
        let authors = words.surnames.map { id("author:" + $0) }
        let design = claim.design?.value.flatMap { $0 == .unknown || $0 == .other ? nil : $0 }
        var phrases: [[Int]] = []
        var keys: [Int] = []
        var heads: [Int] = []
        for condition in words.conditions {
            guard let head = condition.last else { continue }
            let phrase = ids(condition)
            if phrases.contains(phrase) { continue }
            phrases.append(phrase)
            heads.append(id(head))
            keys.append(id("condition:" + phrase.map(String.init).joined(separator: ",")))
        }
        let venueIDs = ids(words.venue)
        return StudyFeatures(
            index: index, document: document, subject: subject, authors: authors,
            year: YearField.value(of: claim), month: words.month,
            design: design, family: design.flatMap { DesignFamily($0) },
            sampleSize: SampleSizeField.value(of: claim), days: DurationField.value(of: claim), dose: DoseField.value(of: claim),
            conditions: phrases, conditionKeys: keys, conditionHeads: heads, identifiers: [
                claim.identifiers.pmid, claim.identifiers.doi?.lowercased(),
                claim.identifiers.nct?.uppercased(), claim.identifiers.pmcid?.uppercased(),
            ],
            country: claim.country.map { id("country:" + TextFolding.fold($0)) },
            venue: venueIDs,
            venueAcronym: words.venueAcronym.map { id($0) },
            venueWords: words.venue,
            venueKey: venueIDs.isEmpty ? nil : id("venue:" + venueIDs.map(String.init).joined(separator: ",")),
            labelWords: ids(words.label),
            textWords: ids(words.text),
            properWords: ids(words.names.map { "name:" + $0 }),
            population: words.population)
    }
}

/// The string work behind a claim's ``StudyFeatures``, before interning: folded author
/// keys, proper words, condition phrases, venue, wording. Pure, so a run computes it for all
/// claims in parallel.
struct ClaimWords: Sendable {
    /// Folded author surnames (``TextFolding/authorKey(_:)``), in author order.
    let surnames: [String]
    /// Proper words of the label and quotes (``ProperWords``), authors left out.
    let names: [String]
    /// Each condition's phrase words.
    let conditions: [[String]]
    /// The venue's words, and its acronym when it has several.
    let venue: [String]
    let venueAcronym: String?
    /// Words of the label and of every mention that no other field weighs (the wording
    /// comparison): one sentence may name the study and the next tell what it found.
    let label: [String]
    /// All words of label and quotes, singular.
    let text: [String]
    let month: Int?
    let population: Population?

    init(_ claim: StudyClaim) {
        let surnames = claim.authors.map(TextFolding.authorKey).filter { !$0.isEmpty }
        self.surnames = surnames
        let nameWords = claim.authors.flatMap { [TextFolding.surnameKey($0)] + TextFolding.words($0) }
        let labelAndMentions = [claim.label] + claim.mentions.map(\.quote)
        let names = ProperWords.words(in: labelAndMentions, excluding: Set(surnames + nameWords))
        self.names = names
        conditions = claim.conditions.map(TextFolding.phraseWords)
        venue = claim.venue.map { TextFolding.venueWords($0) } ?? []
        venueAcronym = venue.count > 1 ? String(venue.compactMap(\.first)) : nil
        let allWords = TextFolding.words(labelAndMentions.joined(separator: " "))
        // Wording leaves out what other fields already weigh (authors, names, conditions):
        // Fellegi–Sunter adds fields as if independent, so a shared surname must not count twice.
        let counted = Set(names + surnames + nameWords + conditions.joined())
        label = allWords.filter {
            $0.count > 2 && !FillerWords.label.contains($0) && Int($0) == nil
                && !counted.contains($0) && ($0.last != "s" || !counted.contains(TextFolding.singular($0)))
        }
        text = allWords.map(TextFolding.singular)
        month = MonthField.value(of: claim)
        let male = allWords.contains { PopulationTerms.male.contains($0) }
        let female = allWords.contains { PopulationTerms.female.contains($0) }
        population = male == female ? nil : (male ? .male : .female)
    }
}

/// How common each year and condition is among the study claims of pages on the same
/// subject, for value-specific weights: agreeing on a rare value is stronger evidence than
/// agreeing on a common one, and "common" means among the studies a pair competes with
/// (on a red-light page, "2013" may be half the table). Holds the resulting log2(m / share)
/// weights, computed once per run; pages of unknown subject form one group of their own.
struct FieldFrequencies: Sendable {
    private let yearWeights: [GroupKey: Double]
    private let conditionWeights: [GroupKey: Double]
    /// The weight of sharing each proper word, by word id (across all claims of the run:
    /// a name is rare or common whatever the page's subject).
    let properWordWeights: [Double]
    /// Per claim, the rarity adjustment of its first author (``adjustments(_:limit:)``).
    let firstAuthorAdjustments: [Double]
    /// Per claim, the rarity adjustment of its venue.
    let venueAdjustments: [Double]
    /// Per label word id, its squared inverse document frequency over the run's claims.
    let wordRarity: [Double]
    /// Added to every claim's squared word-vector length: as if each claim had one more word
    /// that no other claim uses, so two labels made only of common words ("randomised trial
    /// in adults") do not look alike just because the cosine ignores length.
    let wordNormExtra: Double

    init(_ features: [StudyFeatures], weights: MatchWeights) {
        var years: [GroupKey: Int] = [:]
        var withYear: [Int: Int] = [:]
        var conditions: [GroupKey: Int] = [:]
        var withConditions: [Int: Int] = [:]
        for feature in features {
            let group = Self.group(feature)
            if let year = feature.year {
                years[Self.key(group, year), default: 0] += 1
                withYear[group, default: 0] += 1
            }
            if !feature.conditionKeys.isEmpty { withConditions[group, default: 0] += 1 }
            for key in Set(feature.conditionKeys) { conditions[Self.key(group, key), default: 0] += 1 }
        }
        var yearTable: [GroupKey: Double] = [:]
        for (key, count) in years {
            let total = Double(max(1, withYear[key.group] ?? 1))
            yearTable[key] = max(0, min(weights.yearEqualMax, log2(weights.yearAgreementM * total / Double(count))))
        }
        var conditionTable: [GroupKey: Double] = [:]
        for (key, count) in conditions {
            let total = Double(max(1, withConditions[key.group] ?? 1))
            conditionTable[key] = max(0, log2(weights.conditionAgreementM * total / Double(count)))
        }
        yearWeights = yearTable
        conditionWeights = conditionTable
        var nameCounts: [Int: Int] = [:]
        for feature in features {
            for word in feature.properWords { nameCounts[word, default: 0] += 1 }
        }
        var nameTable = Array(repeating: 0.0, count: (nameCounts.keys.max() ?? -1) + 1)
        let claims = Double(max(1, features.count))
        for (word, count) in nameCounts {
            nameTable[word] = max(0, min(weights.properWordMax, log2(weights.properWordAgreementM * claims / Double(count))))
        }
        properWordWeights = nameTable
        firstAuthorAdjustments = Self.adjustments(features.map { $0.authors.first }, limit: weights.frequencyAdjustmentMax)
        venueAdjustments = Self.adjustments(features.map(\.venueKey), limit: weights.frequencyAdjustmentMax)
        var documentFrequency: [Int: Int] = [:]
        for feature in features {
            for word in feature.labelWords { documentFrequency[word, default: 0] += 1 }
        }
        var rarity = Array(repeating: 0.0, count: (documentFrequency.keys.max() ?? -1) + 1)
        for (word, count) in documentFrequency {
            // Inverse document frequency, squared: a shared word's share of a cosine. A word
            // every claim uses weighs almost nothing.
            let idf = log((claims + 1) / Double(count))
            rarity[word] = idf * idf
        }
        wordRarity = rarity
        let unique = log(claims + 1)
        wordNormExtra = unique * unique
    }

    /// Per claim, log2(u / share) of its value, within ±`limit`: u = Σ share² is how often
    /// two random claims agree on the field, so a value as common as average adds 0, a rare
    /// one more, a common one less (Splink's term-frequency adjustment).
    private static func adjustments(_ values: [Int?], limit: Double) -> [Double] {
        var counts: [Int: Int] = [:]
        for case let value? in values { counts[value, default: 0] += 1 }
        let total = Double(counts.values.reduce(0, +))
        guard total > 1 else { return values.map { _ in 0 } }
        let collision = counts.values.reduce(0.0) { $0 + pow(Double($1) / total, 2) }
        return values.map { value in
            guard let value, let count = counts[value] else { return 0 }
            return min(limit, max(-limit, log2(collision * total / Double(count))))
        }
    }

    private struct GroupKey: Hashable {
        let group: Int
        let key: Int
    }

    private static func group(_ feature: StudyFeatures) -> Int { feature.subject ?? -1 }

    private static func key(_ group: Int, _ value: Int) -> GroupKey { GroupKey(group: group, key: value) }

    /// The weight of agreeing on this year, among the studies of `feature`'s subject.
    func weight(year: Int, for feature: StudyFeatures) -> Double {
        yearWeights[Self.key(Self.group(feature), year)] ?? 0
    }

    /// The weight of agreeing on this condition phrase (interned key) for `feature`'s subject.
    func weight(condition key: Int, for feature: StudyFeatures) -> Double {
        conditionWeights[Self.key(Self.group(feature), key)] ?? 0
    }
}

/// ``FieldFrequencies`` resolved per claim (claim index → weights), so scoring a pair does
/// array reads instead of hashing.
struct ClaimWeights: Sendable {
    /// Weight of agreeing on each claim's year (0 without a year).
    let year: [Double]
    /// Weight of agreeing on each of each claim's condition phrases.
    let conditions: [[Double]]
    /// Weight of sharing a proper word, by word id.
    let properWords: [Double]
    /// Per claim, the rarity adjustment of an equal first author.
    let firstAuthor: [Double]
    /// Per claim, the rarity adjustment of an equal venue.
    let venue: [Double]
    /// Per label word id, its share of a rarity-weighted cosine (squared IDF).
    let wordRarity: [Double]
    /// Per claim, the length of its rarity-weighted word vector.
    let wordNorms: [Double]

    init(_ features: [StudyFeatures], _ frequencies: FieldFrequencies) {
        firstAuthor = frequencies.firstAuthorAdjustments
        venue = frequencies.venueAdjustments
        wordRarity = frequencies.wordRarity
        wordNorms = features.map { feature in
            sqrt(feature.labelWords.reduce(frequencies.wordNormExtra) { $0 + frequencies.wordRarity[$1] })
        }
        year = features.map { feature in feature.year.map { frequencies.weight(year: $0, for: feature) } ?? 0 }
        conditions = features.map { feature in
            feature.conditionKeys.map { frequencies.weight(condition: $0, for: feature) }
        }
        properWords = frequencies.properWordWeights
    }
}
