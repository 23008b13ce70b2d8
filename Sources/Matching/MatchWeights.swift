/// The one table of hand-set log2 weights the matcher adds up (Fellegi–Sunter style).
///
/// Each weight is log2(m/u): m is how often two descriptions of the SAME study show that
/// comparison level, u how often two DIFFERENT studies cited on pages about the same
/// subject do. A missing value on either side adds 0 (neutral). The figures are judgement,
/// written down with their reasoning so a reviewer can argue with them:
///
/// | field | level | weight | m, u behind it |
/// |---|---|---|---|
/// | identifier (PMID, DOI, NCT, PMCID) | equal | +12 | near-certain: ids are unique |
/// | | different (same kind) | −10 | a page rarely gets an id wrong |
/// | subject of the two pages | equal | +1 | pages on one intervention cite its trials |
/// | | different | −8 | a creatine trial on a turmeric page is rare |
/// | first author | equal | +5.4 | m .85, u .02 |
/// | | in the other's author list | +3 | author order garbled |
/// | | different | −3.2 | m .1 (pages misattribute), u .95 |
/// | year | equal | log2(.85 / share of claims with that year), ≤ +5 | value-specific: "2024" on a page of 2024 studies says little |
/// | | ±1 | −0.5 | e-publication vs print year is common |
/// | | ±1, same first author | −1.6 | m .1, u .3: an author's papers a year apart are usually two papers |
/// | | further apart | −6 | m .02, u .8 |
/// | publication month (named with the year) | equal | +1.5 | "September 2019" / "Sep 2019" |
/// | | different | −1 | e-publication vs print month |
/// | design | equal class | +1 | |
/// | | same family (rct ~ pilot_rct) | +0.5 | pages upgrade pilots to RCTs |
/// | | different family | −1.5 | m .15 (an RCT called a meta-analysis), u .5 |
/// | sample size | equal | +3.5 | m .5, u .04 |
/// | | within 10% | +1.5 | randomised vs completed, rounding |
/// | | within a factor 2 | −0.5 | subsets, one arm, two pilots summed |
/// | | further apart | −2 | |
/// | duration | within 10% | +2.5 | "8 weeks" / "two months" |
/// | | within a factor 1.5 | 0 | |
/// | | further apart | −2 | |
/// | dose (mg/day) | equal within 1% | +1 | |
/// | | different | −0.5 | pages round, or give one arm's dose |
/// | conditions | each shared condition | log2(.8 / share of claims naming it), sum ≤ +7 | value-specific: "neck pain" says more than "stress" |
/// | | each condition the other side does not name | −0.75 | |
/// | | none shared | −2.5 | m .15, u .85 |
/// | country | equal | +2 | |
/// | | different | −4 | m .05, u .8 |
/// | venue | equal (or acronym, or abbreviated word by word) | +2.5 | "J Clin Sleep Res" = "Journal of Clinical Sleep Research" |
/// | | different | −1 | pages name venues loosely |
/// | year (2+ apart), duration, venue, conditions | different, same first author | the level's weight again (−6, −2, −1, −2.5 more) | an author's other papers on one subject share topic, design and size, so what tells them apart is year, length, journal and condition: m as above, u far higher |
/// | first author, venue | equal, by value | + log2(u of the level / the value's share), within ±``frequencyAdjustmentMax`` | a shared rare surname or journal weighs more than a common one |
/// | label and quote words | rarity-weighted cosine ≥ 0.5 | +1.5 | TF-IDF over the run's claims: shared distinctive words ("vegetarians", "Cochrane") |
/// | | cosine ≥ 0.25 | +1 | |
/// | | below | 0 | descriptions of one study often share few words |
/// | names (capitalised words inside sentences, not the authors) | each shared | log2(.5 / share of claims naming it), each ≤ +2.5, sum ≤ +3 | value-specific: "a Cochrane review" / "The Cochrane review"; none shared is neutral |
/// | population sex | equal | +0.5 | |
/// | | men vs women | −8 | one trial cannot enrol only men and only women |
///
/// **Estimated, not hand-set**: the figures above are the prior. Each run re-estimates the
/// level weights of identifiers, authors, year, month, design, sample size, duration, dose,
/// country, venue, wording and population from its own claims (``WeightEstimation``: u from
/// random pairs, m by expectation–maximisation over the candidate pairs, blended with the
/// prior and clamped) unless a table is pinned (``WeightTable``, `--weights FILE`).
///
/// The start score is the one-to-one prior: a page's study appears on another page about
/// the same subject with probability ``shareProbability``, and then as one of that page's
/// n studies, so the start is log2(p/(1−p)) − log2(n). Competing candidates on the same
/// page lower the score by log2(1 + Σ other likelihood ratios / n); the lower of the two
/// directions counts. ``matchThreshold`` and ``possibleThreshold`` are posterior log-odds:
/// 1 means 2:1 for "same study", −1 means 1:2.
///
/// **No chaining through a weak link**: two claims whose field weights sum below
/// ``clusterVeto`` never share a cluster, even when each matches a third claim.
///
/// **Corroboration**: a score alone does not make a `match`. The pair also needs an
/// identifying agreement (identifier, first author or co-author, sample size equal or
/// within 10%, venue with year) or at least
/// ``weakAgreementsMinimum`` agreeing weak fields; otherwise it is at most `possible`, so
/// "same country" on two pages about one subject never makes a match, nor chains one.
public struct MatchWeights: Sendable, Hashable {
    /// Chance that a study on one page is also cited by another page (prior).
    public var shareProbability = 0.5
    /// A shared PMID, DOI, NCT or PMCID.
    public var identifierEqual = 12.0
    /// Both name an identifier of one kind, and they differ.
    public var identifierDifferent = -10.0
    /// Both pages are about the same subject.
    public var subjectEqual = 1.0
    /// The pages are about different subjects.
    public var subjectDifferent = -8.0
    /// Same first author.
    public var firstAuthorEqual = 5.4
    /// One first author is among the other's authors.
    public var firstAuthorCoauthor = 3.0
    /// Different first authors.
    public var firstAuthorDifferent = -3.2
    /// m for an equal year; the weight is log2(m / the year's share of claims).
    public var yearAgreementM = 0.85
    /// Cap on the equal-year weight.
    public var yearEqualMax = 5.0
    /// Years one apart.
    public var yearAdjacent = -0.5
    /// Years one apart when the first authors agree (consecutive papers by one author).
    public var yearAdjacentSameAuthor = -1.6
    /// Years two or more apart.
    public var yearDifferent = -6.0
    /// Same publication month (named with the year, ``MonthField``).
    public var monthEqual = 1.5
    /// Different publication months: weak, e-publication and print months differ.
    public var monthDifferent = -1.0
    /// Same design class.
    public var designEqual = 1.0
    /// Same design family.
    public var designCompatible = 0.5
    /// Different design families.
    public var designDifferent = -1.5
    /// Same sample size.
    public var sampleEqual = 3.5
    /// Sample sizes within 10%.
    public var sampleClose = 1.5
    /// Sample sizes within a factor 2.
    public var sampleCompatible = -0.5
    /// Sample sizes further apart.
    public var sampleDifferent = -2.0
    /// Durations within 10%.
    public var durationEqual = 2.5
    /// Durations within a factor 1.5.
    public var durationClose = 0.0
    /// Durations further apart.
    public var durationDifferent = -2.0
    /// Equal daily doses (``DoseField``).
    public var doseEqual = 1.0
    /// Different daily doses: weak, pages round or give one arm's dose.
    public var doseDifferent = -0.5
    /// m for a shared condition; each adds log2(m / the condition's share of claims).
    public var conditionAgreementM = 0.8
    /// Cap on the conditions weight.
    public var conditionsMax = 7.0
    /// Each of one side's conditions the other side does not name (as a condition or in its
    /// label and quote).
    public var conditionUnshared = -0.75
    /// No condition shared.
    public var conditionsDifferent = -2.5
    /// Same country.
    public var countryEqual = 2.0
    /// Different countries.
    public var countryDifferent = -4.0
    /// Same venue (or one is the other's acronym).
    public var venueEqual = 2.5
    /// Different venues.
    public var venueDifferent = -1.0
    /// Extra weight of a duration, venue or conditions disagreement when the first authors
    /// agree, as a multiple of that disagreement's own weight.
    public var sameAuthorDisagreementFactor = 1.0
    /// Label and quote words alike: rarity-weighted cosine ≥ ``wordingEqualMinimum``.
    public var wordingEqual = 1.5
    /// The cosine that counts as the same wording.
    public var wordingEqualMinimum = 0.5
    /// Label and quote words overlap: cosine ≥ ``labelOverlapMinimum``.
    public var labelOverlap = 1.0
    /// The rarity-weighted cosine that counts as shared wording.
    public var labelOverlapMinimum = 0.25
    /// Label and quote words overlap less.
    public var wordingDifferent = 0.0
    /// The typical weight of an equal year (its real weight is value-specific), for the
    /// estimation's expectation step only.
    public var yearEqualTypical = 3.0
    /// Bound on how far a value's rarity moves the equal first-author or venue weight
    /// (log2 of the level's u over the value's share).
    public var frequencyAdjustmentMax = 1.5
    /// Pseudo-pairs of the prior each estimated weight is blended with (``WeightEstimation``).
    public var estimationPseudoPairs = 25.0
    /// The most matches a study claim has on average (λ's cap in ``WeightEstimation``).
    public var matchesPerStudyMaximum = 1.0
    /// How far (log2) an estimated weight may move from its prior.
    public var estimationClamp = 2.5
    /// Random pairs of claims the u-probabilities are counted on.
    public var uSamplePairs = 50_000
    /// Candidate pairs (at most, evenly strided) the m-probabilities are estimated over.
    public var emSamplePairs = 200_000
    /// m for a shared proper word; each adds log2(m / the word's share of claims).
    public var properWordAgreementM = 0.5
    /// Cap on one shared proper word's weight.
    public var properWordMax = 2.5
    /// Cap on the names weight.
    public var properWordsMax = 3.0
    /// Both enrolled the same sex.
    public var populationEqual = 0.5
    /// One enrolled men only, the other women only.
    public var populationDifferent = -8.0
    /// How many weak fields (year, month, design, duration, dose, conditions, country, population,
    /// venue, label wording, names) must agree for a pair without an identifying agreement to be a `match`
    /// (see the corroboration rule above).
    public var weakAgreementsMinimum = 2
    /// Summed field weights below which two claims never share a cluster, even when each
    /// matches a third claim (``Clustering``): the evidence speaks against one study.
    public var clusterVeto = -2.5
    /// Posterior log-odds at or above which a pair is a confident `match`.
    public var matchThreshold = 1.0
    /// Posterior log-odds at or above which a pair is a `possible` match.
    public var possibleThreshold = -1.0

    /// The weights in the table above.
    public static let standard = MatchWeights()

    /// Creates the standard weights; change fields to experiment.
    public init() {}
}
