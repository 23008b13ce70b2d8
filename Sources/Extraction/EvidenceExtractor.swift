import Documents

/// Finds a page's ratings of the evidence per topic ("back pain: well-supported").
///
/// Sources, from the most to the least explicit: tables whose columns rate topics
/// (`| Chronic back pain | ⭐⭐⭐⭐⭐ Strong | … | ✅ Well-supported |`) and two-column
/// "supports / not established" tables; list items marked ✅ ❌ ⚠️ or sitting under a heading
/// that sets a stance ("Claims the Research Does Not Back"), and labelled items
/// ("Insomnia: clinically proven…"); FAQ answers ("Q: Could sage tea upset my stomach?
/// A: Rarely, in small amounts."); prose sentences ("resting heart rate goes down").
/// Where the layout sets a topic apart (a rating table's first cell, a list item's lead
/// before a dash or colon, "Our verdict on X:", "For X, the evidence…") it counts even
/// outside the condition vocabulary, which only normalises wording ("postpartum
/// depression" stays whole, "preventing gout" is "gout prevention").
/// One claim per topic per page: the most explicit source wins, then the first mention.
/// Table layouts and prose cues are data in `Vocabulary/EvidencePhrases.swift`.
public struct EvidenceExtractor: Sendable {
    let normalizer = ConditionNormalizer()
    let classifier = VerdictClassifier()

    /// Creates an extractor over the built-in vocabularies.
    public init() {}

    /// Extracts the page's evidence claims.
    ///
    /// - Parameters:
    ///   - document: A parsed page.
    ///   - subject: The page's subject (see ``SubjectDetector``), copied into every claim.
    ///   - subjectTerms: The page's subject terms, copied into every claim.
    /// - Returns: One claim per topic, in page order; ids are `<document>#e-<hash of topic>`.
    public func extract(from document: Document, subject: String, subjectTerms: [String] = []) -> [EvidenceClaim] {
        let candidates = self.candidates(in: document, subject: subject)
        return merge(candidates).map { candidate in
            EvidenceClaim(
                id: "\(document.id)#e-\(StableHash.hex([candidate.topic]))", document: document.id,
                subject: subject, topic: candidate.topic, verdict: candidate.verdict,
                mention: Mention(quote: candidate.quote, span: candidate.span), subjectTerms: subjectTerms)
        }
    }

    /// How explicit a source of ratings is; the higher wins when topics merge.
    enum Source: Int, Comparable, Sendable {
        case prose = 0, faq, item, table

        static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// One rating of one topic found on the page, before merging.
    struct Candidate: Sendable {
        let topic: String
        let verdict: Classified<VerdictClass>
        let quote: String
        let span: SourceSpan
        let source: Source
        /// The block it came from: rows of one table never merge unless their topics are equal.
        let block: Int
        /// Page order.
        let order: Int
        /// Whether the rating is a result stated plainly ("Kelp eases hay fever"), which a
        /// rating of the same topic elsewhere in the same kind of text outranks ("…, a new
        /// study shows", "the evidence is thin").
        var plainResult = false
    }

    /// Walks the blocks, tracking the heading stance, pending FAQ questions and bare topic
    /// labels (a term and its definition, a topic heading over a verdict).
    func candidates(in document: Document, subject: String = "") -> [Candidate] {
        var found: [Candidate] = []
        var stance: VerdictClassifier.Match?
        var question: (topics: [String], block: Int)?
        var label: (text: String, topics: [String])?
        for (index, block) in document.blocks.enumerated() {
            if ExtractionDeadline.shouldStop { break }
            let context = BlockContext(block: block, index: index, subject: subject)
            let pendingLabel = label
            label = nil
            switch block.kind {
            case .heading:
                if let topics = questionTopics(block.text) {
                    question = (topics, index)
                    stance = nil
                    continue
                }
                question = nil
                stance = classifier.bestMatch(in: block.text).flatMap { $0.weight >= 2 ? $0 : nil }
                label = topicLabel(block.text)
                // A headline that states a result about the subject ("Kelp eases hay fever,
                // study finds") rates its topic.
                found += proseCandidates(block.text, context, resultsOnly: true)
            case .table:
                question = nil
                if let table = block.table { found += tableCandidates(table, context) }
            case .paragraph, .listItem, .quote:
                if let topics = questionTopics(block.text) {
                    question = (topics, index)
                    continue
                }
                if let pending = question, block.kind != .listItem {
                    question = nil
                    found += answerCandidates(pending.topics, answer: block.text, context)
                    continue
                }
                if let pending = pendingLabel {
                    let labelled = labelledVerdictCandidates(pending.text, pending.topics, block.text, context)
                    if !labelled.isEmpty {
                        found += labelled
                        continue
                    }
                }
                label = topicLabel(block.text)
                found += textCandidates(block, stance: stance, context)
            case .caption:
                continue
            }
        }
        return found
    }

    /// Keeps one candidate per topic: the most explicit source first, then a rating before a
    /// plainly stated result, then page order;
    /// returns them in page order.
    func merge(_ candidates: [Candidate]) -> [Candidate] {
        let ranked = candidates.enumerated().sorted { lhs, rhs in
            if lhs.element.source != rhs.element.source { return lhs.element.source > rhs.element.source }
            if lhs.element.plainResult != rhs.element.plainResult { return !lhs.element.plainResult }
            if lhs.element.order != rhs.element.order { return lhs.element.order < rhs.element.order }
            return lhs.offset < rhs.offset
        }.map(\.element)
        var kept: [Candidate] = []
        var keptTopics: Set<String> = []
        var comparisons: [String: Bool] = [:]
        for candidate in ranked where !keptTopics.contains(candidate.topic) {
            let duplicate = kept.contains { existing in
                // A looser mention repeats a rating the page gave more explicitly (a table's), and
                // a second table repeats the first; two labelled items are two ratings ("Low
                // mood" and "Postnatal low mood").
                guard existing.block != candidate.block,
                      candidate.source != .item || existing.source != .item else { return false }
                let key = existing.topic + "\u{1F}" + candidate.topic
                if let known = comparisons[key] { return known }
                let same = ConditionNormalizer.sameTopic(existing.topic, candidate.topic)
                comparisons[key] = same
                return same
            }
            if !duplicate {
                kept.append(candidate)
                keptTopics.insert(candidate.topic)
            }
        }
        return kept.sorted { $0.order < $1.order }
    }

    /// Where a block sits, for spans and ordering.
    struct BlockContext {
        let block: Block
        let index: Int
        /// The page's subject: a result sentence rates it only when it names it.
        var subject = ""

        func order(_ sub: Int) -> Int { index * 10_000 + sub }
    }

    /// Topics a label or cell names, keeping only those that are, or mention, a known
    /// condition ("Reduced pain medication use" → pain; "Muscle strength with age" → muscle
    /// strength; "Desk workers" → nothing).
    func knownTopics(_ text: String) -> [String] {
        var topics: [String] = []
        for written in normalizer.normalize(text) {
            // "gout prevention" is a known condition's prevention.
            let prevention = written.hasSuffix(" " + ConditionPhrases.preventionWord)
            let topic = prevention ? String(written.dropLast(ConditionPhrases.preventionWord.count + 1)) : written
            var found: [String]
            if ConditionNormalizer.isKnown(topic) {
                found = [topic]
            } else {
                let mentioned = normalizer.mentions(in: topic)
                found = mentioned.count == 1 ? mentioned : (mentioned.isEmpty ? [] : [topic])
            }
            if prevention { found = found.map { $0 + " " + ConditionPhrases.preventionWord } }
            for item in found where !topics.contains(item) { topics.append(item) }
        }
        return topics
    }
}
