import Foundation
import Extraction

/// Compares two study claims field by field: each field gives a level
/// (equal / close / compatible / different / missing) and that level's weight from
/// ``MatchWeights``. Missing on either side is neutral (weight 0).
///
/// ``score(_:_:)`` sums the weights without building strings (it runs on every candidate
/// pair); ``evidence(_:_:_:_:)`` gives the same fields with both values for people.
struct FieldComparison: Sendable {
    let weights: MatchWeights
    let values: ClaimWeights
    /// The estimated (or pinned) table behind `weights`, for explanations.
    var table: WeightTable?

    typealias Outcome = (comparison: Comparison, weight: Double)

    /// The fields in the order they are compared and shown.
    enum Field: String, CaseIterable {
        case identifiers, subject, authors, year, month, design, sampleSize, duration, dose, conditions
        case country, venue, wording, names, population
    }

    func outcome(_ field: Field, _ a: StudyFeatures, _ b: StudyFeatures) -> Outcome? {
        switch field {
        case .identifiers: return a.hasIdentifiers && b.hasIdentifiers ? identifiers(a.identifiers, b.identifiers) : nil
        case .subject: return subject(a, b)
        case .authors: return authors(a, b)
        case .year: return sameAuthorCheck(year(a, b), a, b)
        case .month: return month(a.month, b.month)
        case .design: return design(a.design, b.design)
        case .sampleSize: return sampleSize(a.sampleSize, b.sampleSize)
        case .duration: return sameAuthorCheck(duration(a.days, b.days), a, b)
        case .dose: return dose(a.dose, b.dose)
        case .conditions: return sameAuthorCheck(conditions(a, b), a, b)
        case .country: return country(a.country, b.country)
        case .venue: return sameAuthorCheck(venue(a, b), a, b)
        case .wording: return wording(a, b)
        case .names: return names(a.properWords, b.properWords)
        case .population: return population(a.population, b.population)
        }
    }

    /// The sum of all field weights (no prior). Spelled out field by field rather than
    /// looping over `Field.allCases`, which allocates an array on every call (this runs
    /// millions of times per run).
    func score(_ a: StudyFeatures, _ b: StudyFeatures) -> Double {
        var total = 0.0
        if a.hasIdentifiers && b.hasIdentifiers, let o = identifiers(a.identifiers, b.identifiers) { total += o.weight }
        if let o = subject(a, b) { total += o.weight }
        if let o = authors(a, b) { total += o.weight }
        if let o = sameAuthorCheck(year(a, b), a, b) { total += o.weight }
        if let o = month(a.month, b.month) { total += o.weight }
        if let o = design(a.design, b.design) { total += o.weight }
        if let o = sampleSize(a.sampleSize, b.sampleSize) { total += o.weight }
        if let o = sameAuthorCheck(duration(a.days, b.days), a, b) { total += o.weight }
        if let o = dose(a.dose, b.dose) { total += o.weight }
        if let o = sameAuthorCheck(conditions(a, b), a, b) { total += o.weight }
        if let o = country(a.country, b.country) { total += o.weight }
        if let o = sameAuthorCheck(venue(a, b), a, b) { total += o.weight }
        if let o = wording(a, b) { total += o.weight }
        if let o = names(a.properWords, b.properWords) { total += o.weight }
        if let o = population(a.population, b.population) { total += o.weight }
        return total
    }

    /// Whether two claims disagree on a decisive field, so that no evidence elsewhere can make
    /// them one study and clustering never puts them together:
    /// - both name an identifier of one kind (PMID, DOI, NCT, PMCID), they differ and none
    ///   is shared;
    /// - their first authors differ (neither is in the other's author list) **and** their
    ///   years differ: one slip is common on pages, two at once mark two papers;
    /// - their pages are about different subjects (subject groups, ``SubjectGroups``);
    /// - one enrolled men only, the other women only.
    func contradicts(_ a: StudyFeatures, _ b: StudyFeatures) -> Bool {
        if a.hasIdentifiers && b.hasIdentifiers,
           identifiers(a.identifiers, b.identifiers)?.comparison == .different { return true }
        if let left = a.year, let right = b.year, left != right,
           authors(a, b)?.comparison == .different { return true }
        if let left = a.subject, let right = b.subject, left != right { return true }
        if let left = a.population, let right = b.population, left != right { return true }
        return false
    }

    /// Whether two claims agree on more than a weak field or two, as a `match` needs.
    ///
    /// Country, year, month, design, duration, dose, conditions, population, venue, shared label
    /// wording and shared names ("national", "American") are shared by many studies of one
    /// subject, so a high score from one of them (plus the pages' subject) says "the same
    /// kind of study", not "the same study". A pair is corroborated when it has an
    /// identifying agreement — a shared identifier, first author (or the first author in the
    /// other's list), sample size equal or close, or venue together with year — or at least
    /// ``MatchWeights/weakAgreementsMinimum`` weak fields that agree (positive weight). An
    /// uncorroborated pair is at most `possible`.
    func corroborates(_ a: StudyFeatures, _ b: StudyFeatures) -> Bool {
        func agrees(_ outcome: Outcome?) -> Bool { (outcome?.weight ?? 0) > 0 }
        if a.hasIdentifiers && b.hasIdentifiers,
           identifiers(a.identifiers, b.identifiers)?.comparison == .equal { return true }
        if agrees(authors(a, b)) { return true }
        if let o = sampleSize(a.sampleSize, b.sampleSize), o.comparison == .equal || o.comparison == .close {
            return true
        }
        // An equal year agrees even where its rarity weight is ≤ 0 (every claim has it).
        let yearAgrees = year(a, b)?.comparison == .equal
        if yearAgrees && agrees(venue(a, b)) { return true }
        let weak = [
            yearAgrees, agrees(month(a.month, b.month)), agrees(design(a.design, b.design)), agrees(duration(a.days, b.days)),
            agrees(dose(a.dose, b.dose)), agrees(conditions(a, b)), agrees(country(a.country, b.country)),
            agrees(population(a.population, b.population)), agrees(venue(a, b)),
            agrees(wording(a, b)), agrees(names(a.properWords, b.properWords)),
        ]
        return weak.filter { $0 }.count >= weights.weakAgreementsMinimum
    }

    // MARK: - Fields

    /// A disagreement between two claims with one first author counts
    /// ``MatchWeights/sameAuthorDisagreementFactor`` times more: an author's papers on one
    /// subject differ in year, length, journal and condition, so such a difference marks a
    /// second paper (years one apart have their own weight, ``MatchWeights/yearAdjacentSameAuthor``).
    private func sameAuthorCheck(_ outcome: Outcome?, _ a: StudyFeatures, _ b: StudyFeatures) -> Outcome? {
        guard let outcome, outcome.comparison == .different, let first = a.authors.first,
              first == b.authors.first
        else { return outcome }
        return (.different, outcome.weight * (1 + weights.sameAuthorDisagreementFactor))
    }

    private func identifiers(_ a: [String?], _ b: [String?]) -> Outcome? {
        var sawDifferent = false
        for (left, right) in zip(a, b) {
            guard let left, let right else { continue }
            if left == right { return (.equal, weights.identifierEqual) }
            sawDifferent = true
        }
        return sawDifferent ? (.different, weights.identifierDifferent) : nil
    }

    private func subject(_ a: StudyFeatures, _ b: StudyFeatures) -> Outcome? {
        guard let left = a.subject, let right = b.subject else { return nil }
        return left == right ? (.equal, weights.subjectEqual) : (.different, weights.subjectDifferent)
    }

    /// Equal first authors weigh by the surname's rarity in the run
    /// (``MatchWeights/frequencyAdjustmentMax``); a first author found anywhere in the other's
    /// author list is `close`.
    private func authors(_ x: StudyFeatures, _ y: StudyFeatures) -> Outcome? {
        let a = x.authors
        let b = y.authors
        guard let first = a.first, let other = b.first else { return nil }
        if first == other { return (.equal, weights.firstAuthorEqual + values.firstAuthor[x.index]) }
        if a.contains(other) || b.contains(first) { return (.close, weights.firstAuthorCoauthor) }
        return (.different, weights.firstAuthorDifferent)
    }

    private func year(_ x: StudyFeatures, _ y: StudyFeatures) -> Outcome? {
        guard let a = x.year, let b = y.year else { return nil }
        let level = YearField.agreement(a, b)
        if level == .equal {
            return (.equal, values.year[x.index])
        }
        if level == .close {
            let sameAuthor = x.authors.first != nil && x.authors.first == y.authors.first
            return (.close, sameAuthor ? weights.yearAdjacentSameAuthor : weights.yearAdjacent)
        }
        return (.different, weights.yearDifferent)
    }

    private func month(_ a: Int?, _ b: Int?) -> Outcome? {
        guard let a, let b else { return nil }
        return MonthField.agreement(a, b) == .equal ? (.equal, weights.monthEqual) : (.different, weights.monthDifferent)
    }

    private func design(_ a: DesignClass?, _ b: DesignClass?) -> Outcome? {
        guard let a, let b else { return nil }
        switch DesignField.agreement(a, b) {
        case .equal: return (.equal, weights.designEqual)
        case .compatible, .close: return (.compatible, weights.designCompatible)
        case .different: return (.different, weights.designDifferent)
        case .missing: return nil
        }
    }

    private func sampleSize(_ a: Int?, _ b: Int?) -> Outcome? {
        guard let a, let b, a > 0, b > 0 else { return nil }
        switch SampleSizeField.agreement(a, b) {
        case .equal: return (.equal, weights.sampleEqual)
        case .close: return (.close, weights.sampleClose)
        case .compatible: return (.compatible, weights.sampleCompatible)
        case .different: return (.different, weights.sampleDifferent)
        case .missing: return nil
        }
    }

    private func duration(_ a: Int?, _ b: Int?) -> Outcome? {
        guard let a, let b, a > 0, b > 0 else { return nil }
        switch DurationField.agreement(a, b) {
        case .equal: return (.equal, weights.durationEqual)
        case .close, .compatible: return (.close, weights.durationClose)
        case .different: return (.different, weights.durationDifferent)
        case .missing: return nil
        }
    }

    private func dose(_ a: Double?, _ b: Double?) -> Outcome? {
        guard let a, let b else { return nil }
        return DoseField.agreement(a, b) == .equal ? (.equal, weights.doseEqual) : (.different, weights.doseDifferent)
    }

    /// Each direction asks which of one claim's conditions the other names, as a condition
    /// or in its own words (extracted condition lists are often shorter than the sentence:
    /// "aching shoulders and stiff hips" may come out as just "pain"). Shared conditions add
    /// their value-specific weight, unshared ones ``MatchWeights/conditionUnshared``; the
    /// better direction counts.
    private func conditions(_ a: StudyFeatures, _ b: StudyFeatures) -> Outcome? {
        if a.conditions.isEmpty && b.conditions.isEmpty { return nil }
        let forward = conditionDirection(a, b)
        let backward = conditionDirection(b, a)
        if a.conditions.isEmpty || b.conditions.isEmpty {
            // One list is empty: only the text of the other side can speak, and only for it.
            let side = a.conditions.isEmpty ? backward : forward
            return side.shared > 0 ? (.compatible, max(0, side.weight)) : nil
        }
        let best = forward.weight >= backward.weight ? forward : backward
        if forward.shared == 0 && backward.shared == 0 {
            return (.different, weights.conditionsDifferent)
        }
        let level: Comparison = best.shared == best.count ? .equal : .compatible
        return (level, min(weights.conditionsMax, best.weight))
    }

    private func conditionDirection(_ x: StudyFeatures, _ y: StudyFeatures) -> (shared: Int, count: Int, weight: Double) {
        var shared = 0
        var total = 0.0
        for (index, phrase) in x.conditions.enumerated() {
            let own = values.conditions[x.index][index]
            var weight: Double?
            if phrase.allSatisfy({ Self.contains(y.textWords, $0) }) {
                weight = own  // named in the other's words: as specific as this phrase
            } else {
                for (otherIndex, other) in y.conditions.enumerated() where Self.agree(phrase, other) {
                    // Agreeing only with a broader or narrower phrase: the more common of the
                    // two is the weaker evidence.
                    weight = min(weight ?? own, values.conditions[y.index][otherIndex])
                }
            }
            if let weight {
                shared += 1
                total += weight
            } else {
                total += weights.conditionUnshared
            }
        }
        return (shared, x.conditions.count, total)
    }

    private func country(_ a: Int?, _ b: Int?) -> Outcome? {
        guard let a, let b else { return nil }
        return a == b ? (.equal, weights.countryEqual) : (.different, weights.countryDifferent)
    }

    /// Equal venues (word sets, acronym or abbreviation, as ``TextFolding/sameVenue(_:_:)``)
    /// weigh by the venues' rarity in the run.
    private func venue(_ a: StudyFeatures, _ b: StudyFeatures) -> Outcome? {
        if a.venue.isEmpty || b.venue.isEmpty { return nil }
        let equal = (.equal, weights.venueEqual + (values.venue[a.index] + values.venue[b.index]) / 2) as Outcome
        if Self.agree(a.venue, b.venue) { return equal }
        if let acronym = b.venueAcronym, a.venue == [acronym] { return equal }
        if let acronym = a.venueAcronym, b.venue == [acronym] { return equal }
        if TextFolding.venueAbbreviates(a.venueWords, b.venueWords)
            || TextFolding.venueAbbreviates(b.venueWords, a.venueWords) { return equal }
        return (.different, weights.venueDifferent)
    }

    /// The cosine of the two claims' label and quote words, each word weighted by its
    /// rarity over the run's claims (TF-IDF with binary term counts): sharing "vegetarians"
    /// says more than sharing "adults".
    private func wording(_ x: StudyFeatures, _ y: StudyFeatures) -> Outcome? {
        let a = x.labelWords
        let b = y.labelWords
        if a.isEmpty || b.isEmpty { return nil }
        let norms = values.wordNorms[x.index] * values.wordNorms[y.index]
        guard norms > 0 else { return nil }
        let cosine = Self.sharedSum(a, b) { values.wordRarity[$0] } / norms
        if cosine >= weights.wordingEqualMinimum { return (.equal, weights.wordingEqual) }
        if cosine >= weights.labelOverlapMinimum { return (.close, weights.labelOverlap) }
        return (.different, weights.wordingDifferent)
    }

    /// Shared names add their rarity weights; sharing none says nothing (descriptions name
    /// different things about one study).
    private func names(_ a: [Int], _ b: [Int]) -> Outcome? {
        if a.isEmpty || b.isEmpty { return nil }
        let table = values.properWords
        let total = Self.sharedSum(a, b) { $0 < table.count ? table[$0] : 0 }
        return total > 0 ? (.equal, min(weights.properWordsMax, total)) : nil
    }

    private func population(_ a: Population?, _ b: Population?) -> Outcome? {
        guard let a, let b else { return nil }
        return a == b ? (.equal, weights.populationEqual) : (.different, weights.populationDifferent)
    }

    // MARK: - Sorted id arrays

    /// Whether one sorted word-id set contains the other (non-empty).
    static func agree(_ a: [Int], _ b: [Int]) -> Bool {
        if a.isEmpty || b.isEmpty { return false }
        let shared = sharedCount(a, b)
        return shared == a.count || shared == b.count
    }

    /// Whether a sorted id array holds `value` (binary search).
    static func contains(_ sorted: [Int], _ value: Int) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    /// The sum of `weight` over the ids two sorted arrays share.
    static func sharedSum(_ a: [Int], _ b: [Int], _ weight: (Int) -> Double) -> Double {
        var i = 0
        var j = 0
        var total = 0.0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                total += weight(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return total
    }

    /// How many ids two sorted arrays share.
    static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        Int(sharedSum(a, b) { _ in 1 })
    }
}
