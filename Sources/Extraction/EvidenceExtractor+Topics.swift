import Documents

extension EvidenceExtractor {
    /// The topics a label names: its known conditions, else, for a short label the page sets
    /// apart by its layout (a list item's lead, a table's first cell, "verdict on X:"), the
    /// label itself normalised, so topics outside the vocabulary still count.
    ///
    /// - Parameter label: The page's words before the separator, e.g. "Joint stiffness".
    /// - Returns: Normalised topics, `[]` when the label is long, holds a number, names a
    ///   study ("Pilot study") or only layout words ("Note", "Why it matters").
    func labelTopics(_ label: String) -> [String] {
        let known = knownTopics(label)
        if !known.isEmpty { return known.map(keepingPremodifiers(of: label)) }
        let words = ConditionNormalizer.words(label.lowercased())
        guard !words.isEmpty, words.count <= EvidencePhrases.maxLabelWords,
              !label.contains(where: \.isNumber),
              let first = words.first, !EvidencePhrases.nonTopicLeadWords.contains(first),
              words.allSatisfy({ !EvidencePhrases.studyLabelWords.contains($0) }) else { return [] }
        return normalizer.normalize(label).filter { topic in
            !topic.isEmpty && !EvidencePhrases.nonTopicLabels.contains(topic)
        }
    }

    /// A known topic widened back to the label's wording when the label only adds words in
    /// front of it, which name a kind of the condition ("Seasonal low mood" is not "mood",
    /// "Postpartum depression" not "depression"); words after it ("Testosterone in men")
    /// qualify who was studied and are dropped.
    func keepingPremodifiers(of label: String) -> (String) -> String {
        let written = normalizer.normalize(label)
        return { known in
            guard written.count == 1, let phrase = written.first, phrase != known else { return known }
            let words = phrase.split(separator: " ").map(String.init)
            for start in 1..<max(1, words.count) where start <= EvidencePhrases.maxPremodifiers {
                if ConditionNormalizer.knownTopic(words[start...].joined(separator: " ")) == known { return phrase }
            }
            return known
        }
    }

    /// Ratings a sentence gives a topic it names by its shape: "Our verdict on X: …",
    /// "For X, the evidence …", "The evidence for X is …", or a short "X: preliminary."
    ///
    /// - Returns: Candidates of source `.item` (explicit), or `[]`.
    func statedTopicCandidates(_ sentence: String, _ context: BlockContext, order: Int) -> [Candidate] {
        for pattern in Self.topicLeadPatterns {
            guard let match = pattern.firstMatch(in: sentence), let label = match.group(1) else { continue }
            let rest = String(sentence[match.range.upperBound...])
            let found = ratedLabel(label, rest: rest, needsLeadingVerdict: false, sentence, context, order: order)
            if !found.isEmpty { return found }
        }
        let (label, rest) = Self.splitLabel(sentence, separators: [": "])
        guard let rest, ConditionNormalizer.words(label).count <= EvidencePhrases.maxSentenceLabelWords else { return [] }
        return ratedLabel(label, rest: rest, needsLeadingVerdict: true, sentence, context, order: order)
    }

    /// A list item's or labelled line's lead rated by a verdict that opens the text after it
    /// ("Bone density: promising but early"), or, for a known condition, by an explicit rating
    /// anywhere in it.
    func statedLabelCandidates(_ label: String, rest: String, _ quote: String, _ context: BlockContext) -> [Candidate] {
        ratedLabel(label, rest: rest, needsLeadingVerdict: true, quote, context, order: 0)
    }

    private static let topicLeadPatterns = EvidencePhrases.topicLeadPatterns.map { TextPattern($0) }

    /// A label's topics rated by the verdict words of the text after it.
    private func ratedLabel(_ label: String, rest: String, needsLeadingVerdict: Bool, _ sentence: String,
                            _ context: BlockContext, order: Int) -> [Candidate] {
        // A verdict later in the text rates the label only when the label is a known condition
        // and the verdict explicit ("Insomnia: three trials, consistent evidence"); otherwise
        // it may rate something else ("Webpack — not supported by old browsers").
        guard let match = classifier.bestMatch(in: rest), match.weight >= 2,
              !needsLeadingVerdict || match.position == 0
                || (match.weight >= 3 && !knownTopics(label).isEmpty) else { return [] }
        let topics = labelTopics(label).flatMap { normalizer.narrowed($0, by: rest) }
        return topics.enumerated().map { offset, topic in
            Candidate(topic: topic, verdict: Classified(match.verdict, text: match.text), quote: sentence,
                      span: context.block.span, source: .item, block: context.index,
                      order: context.order(order + offset))
        }
    }
}
