import Dispatch
import Extraction
import Foundation

/// Everything one match run derives from its claims before scoring pairs.
struct MatchContext: Sendable {
    /// The weights in use: the given ones with the estimated (or pinned) table applied.
    let weights: MatchWeights
    /// The level table the weights come from.
    let table: WeightTable
    /// Candidate partners `j > i` of each claim `i` (``Blocking``); empty once released.
    private(set) var candidates: [[Int32]]
    let studies: [StudyClaim]
    let features: [StudyFeatures]
    let comparison: FieldComparison
    /// Study claims per document index.
    let studyCounts: [Int]
    /// Document ids by index, in order of first appearance.
    let documents: [String]
    /// The subject of each document (from its evidence claims), by index.
    let subjects: [String?]

    /// - Parameters:
    ///   - claims: Every claim of the run.
    ///   - weights: The prior weights and thresholds.
    ///   - pinned: A table to use instead of estimating one.
    init(claims: [Claim], weights: MatchWeights, pinned: WeightTable? = nil) {
        var documentIndex: [String: Int] = [:]
        var documents: [String] = []
        var subjectVotes: [Int: [String: Int]] = [:]
        for claim in claims {
            if documentIndex[claim.document] == nil {
                documentIndex[claim.document] = documents.count
                documents.append(claim.document)
            }
            if let evidence = claim.evidence, let doc = documentIndex[claim.document] {
                let words = TextFolding.phraseWords(evidence.subject)
                if !words.isEmpty { subjectVotes[doc, default: [:]][words.joined(separator: " "), default: 0] += 1 }
            }
        }
        let subjects: [String?] = documents.indices.map { doc in
            subjectVotes[doc]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
        // Pages whose subjects differ in wording but not in substance share one group.
        var claimsOfDocument = Array(repeating: [Int](), count: documents.count)
        if Set(subjects.compactMap { $0 }).count > 1 {
            for (index, claim) in claims.enumerated() {
                if let doc = documentIndex[claim.document] { claimsOfDocument[doc].append(index) }
            }
        }
        let groups = SubjectGroups.representatives(subjects: subjects) { doc in
            claimsOfDocument[doc].map { index -> [String] in
                switch claims[index] {
                case .study(let study):
                    return TextFolding.phraseWords(([study.label] + study.mentions.map(\.quote)).joined(separator: " "))
                case .evidence(let evidence):
                    return TextFolding.phraseWords(evidence.topic + " " + evidence.mention.quote)
                }
            }
        }
        var interner = FeatureInterner()
        let subjectIDs = groups.map { $0.map { interner.id("subject:" + $0) } }
        let studies = claims.compactMap(\.study)
        var features: [StudyFeatures] = []
        features.reserveCapacity(studies.count)
        var counts = Array(repeating: 0, count: documents.count)
        // The string work of each claim is independent (in parallel); interning is not. In
        // batches, so the words of only one batch are held at a time.
        let batch = 1024
        for start in stride(from: 0, to: studies.count, by: batch) {
            let range = start..<min(studies.count, start + batch)
            let words = ChunkResults<ClaimWords>.concurrentMap(range.count) { ClaimWords(studies[start + $0]) }
            for (study, words) in zip(studies[range], words) {
                let doc = documentIndex[study.document] ?? 0
                counts[doc] += 1
                features.append(interner.features(
                    of: study, words: words, index: features.count, document: doc, subject: subjectIDs[doc]))
            }
        }
        self.studies = studies
        self.features = features
        self.documents = documents
        self.subjects = subjects
        self.studyCounts = counts
        let candidates = Blocking.candidates(features)
        self.candidates = candidates
        let table = pinned ?? WeightEstimation(
            weights: weights,
            comparison: FieldComparison(
                weights: weights, values: ClaimWeights(features, FieldFrequencies(features, weights: weights))),
            features: features
        ).table(candidates: candidates)
        let estimated = weights.applying(table)
        self.table = table
        self.weights = estimated
        self.comparison = FieldComparison(
            weights: estimated, values: ClaimWeights(features, FieldFrequencies(features, weights: estimated)),
            table: table)
    }

    /// Scores every candidate pair from ``Blocking``; all of them feed the competition sums,
    /// only those whose summed field weights reach `minimum` are kept.
    ///
    /// Claims are scored in strided chunks on all cores (scoring is pure; each chunk writes
    /// only its own slot), then merged in chunk order, so the result does not depend on timing
    /// or on the number of cores. A claim's scores are held beside its candidate list (one
    /// exactly sized array per claim, released chunk by chunk as they are merged), not as
    /// pairs: millions of candidates would otherwise dominate a large run's memory.
    func scoredCandidates(keeping minimum: Double) -> (edges: [Clustering.Edge], competition: Competition) {
        // A fixed chunk count (not the core count) keeps the results identical on every machine.
        let chunks = 16
        let results = ChunkResults<[Double]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var scored: [[Double]] = []
            scored.reserveCapacity(features.count / chunks + 1)
            for index in stride(from: chunk, to: features.count, by: chunks) {
                let feature = features[index]
                scored.append(candidates[index].map { comparison.score(feature, features[Int($0)]) })
            }
            results.store(chunk, scored)
        }
        // Sequentially (cheap next to scoring): each claim's Σ likelihood ratios per facing page,
        // in chunk order, and the pairs worth clustering.
        var sums = Array(repeating: [PageSum](), count: features.count)
        var edges: [Clustering.Edge] = []
        for chunk in 0..<chunks {
            for (position, scores) in results.take(chunk).enumerated() {
                let a = chunk + position * chunks
                for (partner, score) in zip(candidates[a], scores) {
                    let b = Int(partner)
                    let ratio = exp2(score)
                    PageSum.add(ratio, page: features[b].document, to: &sums[a])
                    PageSum.add(ratio, page: features[a].document, to: &sums[b])
                    if score >= minimum { edges.append(Clustering.Edge(a: a, b: b, score: score)) }
                }
            }
        }
        return (edges, Competition(context: self, sums: sums))
    }

    /// Forgets the candidate pairs once they are scored (they are the largest part of a big
    /// run's memory, and clustering never reads them).
    mutating func releaseCandidates() {
        candidates = []
    }

    /// The full comparison of two claims (by index) for reports and `explain`.
    func comparison(_ a: Int, _ b: Int, competition: Competition) -> PairComparison {
        let fields = comparison.evidence(
            studies[a], studies[b], features[a], features[b],
            subjects: (subjects[features[a].document], subjects[features[b].document]), table: table)
        let raw = fields.reduce(0) { $0 + $1.weight }
        let posterior = competition.posterior(a, b, raw: raw)
        var evidence = fields
        if posterior.competitionWeight < -0.005 {
            evidence.append(FieldEvidence(
                field: "competition", comparison: .different,
                weight: posterior.competitionWeight,
                detail: "other candidates on \(documents[posterior.againstDocument]) with similar scores"))
        }
        return PairComparison(
            claims: [studies[a].id, studies[b].id], prior: posterior.prior, evidence: evidence)
    }
}

/// The one-to-one correction: a page's study is at most one of the other page's studies.
///
/// From claim x's side, facing page D with n studies: posterior log-odds =
/// log2(p/(1−p)) + score − log2(n) − log2(1 + Σ other candidates' likelihood ratios / n).
/// The lower of the two directions is the pair's score.
struct Competition: Sendable {
    /// Per claim, Σ likelihood ratios of its candidates on each facing page.
    private let sums: [[PageSum]]
    /// The run's claims (sharing the context's storage, not a copy of it, so the context's
    /// candidates can be released while the competition lives on).
    private let features: [StudyFeatures]
    /// Study claims per document index.
    private let studyCounts: [Int]
    /// log2(p / (1 − p)) for the share probability p.
    let priorOdds: Double

    init(context: MatchContext, sums: [[PageSum]] = []) {
        self.features = context.features
        self.studyCounts = context.studyCounts
        self.sums = sums
        let p = min(0.99, max(0.01, context.weights.shareProbability))
        self.priorOdds = log2(p / (1 - p))
    }

    /// Posterior of a scored candidate edge.
    func posterior(_ edge: Clustering.Edge) -> (score: Double, prior: Double) {
        let result = posterior(edge.a, edge.b, raw: edge.score)
        return (result.score, result.prior)
    }

    /// Posterior of two claims given their summed field weights, with its parts.
    func posterior(_ a: Int, _ b: Int, raw: Double) -> (
        score: Double, prior: Double, competitionWeight: Double, againstDocument: Int
    ) {
        let ratio = exp2(raw)
        func direction(_ x: Int, facing y: Int) -> (prior: Double, competition: Double, document: Int) {
            let document = features[y].document
            let n = Double(max(1, studyCounts[document]))
            let all = x < sums.count ? PageSum.sum(page: document, in: sums[x]) : 0
            let others = max(0, all - ratio)
            return (priorOdds - log2(n), -log2(1 + others / n), document)
        }
        let forward = direction(a, facing: b)
        let backward = direction(b, facing: a)
        let chosen = forward.prior + forward.competition <= backward.prior + backward.competition
            ? forward : backward
        return (raw + chosen.prior + chosen.competition, chosen.prior, chosen.competition, chosen.document)
    }
}

/// One claim's Σ likelihood ratios against one page. A claim faces few pages, so a short
/// array with a linear scan beats any hash table.
struct PageSum: Sendable {
    let page: Int
    var sum: Double

    static func add(_ value: Double, page: Int, to list: inout [PageSum]) {
        for index in list.indices where list[index].page == page {
            list[index].sum += value
            return
        }
        list.append(PageSum(page: page, sum: value))
    }

    static func sum(page: Int, in list: [PageSum]) -> Double {
        list.first { $0.page == page }?.sum ?? 0
    }
}
