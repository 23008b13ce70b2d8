import Documents
import Foundation

extension EvidenceExtractor {
    /// Ratings from a paragraph or list item: a marked or stance list item, a labelled
    /// item ("Insomnia: clinically proven…"), else prose sentences.
    func textCandidates(_ block: Block, stance: VerdictClassifier.Match?, _ context: BlockContext) -> [Candidate] {
        let text = block.text
        let mark = VerdictPhrases.marks.first { text.hasPrefix($0.symbol) }
        if block.kind == .listItem, mark != nil || stance != nil {
            let found = markedItemCandidates(text, stance: stance, context)
            if !found.isEmpty { return found }
        }
        if let labelled = labelledCandidates(block, context), !labelled.isEmpty { return labelled }
        if block.kind == .listItem {
            // "Joint stiffness — early trials promising": a lead before a dash or colon
            // followed at once by a verdict names its topic, known or not.
            let (label, rest) = Self.splitLabel(text, separators: [" — ", " – ", " - ", ": "])
            if let rest {
                let found = statedLabelCandidates(label, rest: rest, text, context)
                if !found.isEmpty { return found }
            }
        }
        return proseCandidates(text, context)
    }

    /// "❌ Weight loss — no evidence; …": the label names the topics; the item's own verdict
    /// words win over its mark, the mark over the heading's stance.
    private func markedItemCandidates(_ text: String, stance: VerdictClassifier.Match?,
                                      _ context: BlockContext) -> [Candidate] {
        let (label, rest) = Self.splitLabel(text, separators: [" — ", " – ", " - ", ": "])
        // A marked item is a line, not a page: a label longer than a sentence names no topic.
        guard label.utf8.count <= TextLimits.maximumSentenceLength else { return [] }
        let topics = labelTopics(label).flatMap { normalizer.narrowed($0, by: rest ?? "") }
        guard !topics.isEmpty else { return [] }
        let own = rest.flatMap { classifier.bestMatch(in: $0) }.flatMap { $0.weight >= 2 ? $0 : nil }
        guard let verdict = own ?? classifier.bestMatch(in: label) ?? stance else { return [] }
        return topics.enumerated().map { offset, topic in
            Candidate(topic: topic, verdict: Classified(verdict.verdict, text: verdict.text), quote: text,
                      span: context.block.span, source: .item, block: context.index, order: context.order(offset))
        }
    }

    /// "Topic: what the page says about it." A list item whose rest carries no verdict words
    /// states the benefit flatly, which is the page rating it `strong`.
    private func labelledCandidates(_ block: Block, _ context: BlockContext) -> [Candidate]? {
        let (label, restText) = Self.splitLabel(block.text, separators: [": "])
        guard let rest = restText, label.utf8.count <= TextLimits.maximumTitleLength,
              ConditionNormalizer.words(label).count <= EvidencePhrases.maxLabelWords,
              !label.contains(where: \.isNumber) else { return nil }
        let topics = knownTopics(label).map(keepingPremodifiers(of: label)).flatMap { normalizer.narrowed($0, by: rest) }
        guard !topics.isEmpty else { return statedLabelCandidates(label, rest: rest, block.text, context) }
        let verdict: Classified<VerdictClass>
        if let match = classifier.bestMatch(in: rest) {
            verdict = Classified(match.verdict, text: match.text)
        } else if block.kind == .listItem, Self.statesAnEffect(rest) {
            verdict = Classified(.strong, text: Self.firstClause(rest))
        } else {
            return nil
        }
        return topics.enumerated().map { offset, topic in
            Candidate(topic: topic, verdict: verdict, quote: block.text, span: block.span, source: .item,
                      block: context.index, order: context.order(offset))
        }
    }

    /// A short block that only names known topics ("Cognitive decline" as a term or a
    /// heading), or `nil`.
    func topicLabel(_ text: String) -> (text: String, topics: [String])? {
        guard text.utf8.count <= TextLimits.maximumTitleLength,
              ConditionNormalizer.words(text).count <= EvidencePhrases.maxLabelWords,
              classifier.bestMatch(in: text) == nil else { return nil }
        let topics = knownTopics(text)
        return topics.isEmpty ? nil : (text, topics)
    }

    /// The block after a bare topic label, when it opens with a verdict ("Inconclusive:
    /// trials in older adults show no clear effect.").
    func labelledVerdictCandidates(_ label: String, _ topics: [String], _ text: String,
                                   _ context: BlockContext) -> [Candidate] {
        guard let sentence = Self.sentences(text).first,
              let match = classifier.bestMatch(in: sentence), match.position == 0, match.weight >= 2 else { return [] }
        return topics.enumerated().map { offset, topic in
            Candidate(topic: topic, verdict: Classified(match.verdict, text: match.text), quote: "\(label): \(sentence)",
                      span: context.block.span, source: .item, block: context.index, order: context.order(offset))
        }
    }

    /// The topics a question asks about, `[]` for a question about none, `nil` when the
    /// text is not a question ("Q: Could sage tea upset my stomach?" → stomach).
    func questionTopics(_ text: String) -> [String]? {
        var question = text.trimmingCharacters(in: .whitespaces)
        let lower = question.lowercased()
        var prefixed = false
        for prefix in EvidencePhrases.questionPrefixes where lower.hasPrefix(prefix) {
            question = String(question.dropFirst(prefix.count))
            prefixed = true
        }
        guard prefixed || question.hasSuffix("?"), question.count < 200 else { return nil }
        return normalizer.mentions(in: question)
    }

    /// An answer's rating of the question's topics: the first sentence with verdict words,
    /// else the answer's strongest verdict words.
    func answerCandidates(_ topics: [String], answer: String, _ context: BlockContext) -> [Candidate] {
        var body = answer.trimmingCharacters(in: .whitespaces)
        for prefix in EvidencePhrases.answerPrefixes where body.lowercased().hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        let sentences = Self.sentences(body)
        var stated: [Candidate] = []
        for (index, sentence) in sentences.enumerated() {
            stated += statedTopicCandidates(sentence, context, order: 1_000 + index * 100)
        }
        var chosen: (match: VerdictClassifier.Match, sentence: String)?
        var asked = topics
        if topics.isEmpty {
            // A question that names no condition ("Should we try it before bed when a toddler won't
            // settle?") leaves the answer's summing-up sentence ("Our verdict: …") that rates
            // a condition explicitly to name its own.
            // An answer that opens with a verdict of several words ("Nobody knows yet.")
            // rates the conditions its next sentences name.
            guard stated.isEmpty else { return stated }
            var opening: VerdictClassifier.Match?
            if let first = sentences.first, let match = classifier.bestMatch(in: first),
               match.position == 0, match.length >= 2, match.weight >= 3 {
                opening = match
            }
            for (index, sentence) in sentences.enumerated() where !Self.reportsAStudy(sentence) {
                let summing = Self.summaryLead.isFound(in: sentence)
                guard summing || opening != nil,
                      let match = summing ? classifier.bestMatch(in: sentence) : opening, match.weight >= 2 else { continue }
                let named = normalizer.mentions(in: sentence)
                if !named.isEmpty {
                    chosen = (match, summing || index == 0 ? sentence : "\(sentences[0]) \(sentence)")
                    asked = named
                    break
                }
            }
        } else {
            for sentence in sentences {
                if let match = classifier.bestMatch(in: sentence) {
                    chosen = (match, sentence)
                    break
                }
            }
        }
        guard let (match, sentence) = chosen else { return stated }
        var specific: [String] = []
        for topic in asked.flatMap({ normalizer.narrowed($0, by: body) }) where !specific.contains(topic) {
            specific.append(topic)
        }
        return specific.enumerated().map { offset, topic in
            Candidate(topic: topic, verdict: Classified(match.verdict, text: match.text), quote: sentence,
                      span: context.block.span, source: .faq, block: context.index, order: context.order(offset))
        } + stated
    }

    /// Sentences that rate a known condition, clause by clause ("cortisol levels actually
    /// drop; skin temperature in fact rises"); sentences about one study are skipped.
    /// - Parameter resultsOnly: Keep only readings of result terms about the subject (headings).
    func proseCandidates(_ text: String, _ context: BlockContext, resultsOnly: Bool = false) -> [Candidate] {
        var found: [Candidate] = []
        for (sentenceIndex, sentence) in Self.sentences(text).enumerated() {
            if ExtractionDeadline.shouldStop { break }
            let stated = statedTopicCandidates(sentence, context, order: sentenceIndex * 100)
            guard stated.isEmpty else {
                found += stated
                continue
            }
            let claim = Self.withoutAttribution(sentence)
            guard !Self.reportsAStudy(claim) else { continue }
            // "…, study finds" is cut off the claim but still says research showed it.
            let evidential = VerdictClassifier.isEvidential(sentence)
            var pending: [String] = []
            for (clauseIndex, clause) in Self.clauses(claim).enumerated() {
                let named = Self.beforeExamples(clause)
                let topics = normalizer.mentions(in: named)
                // A headline's result is its rating even when stated plainly ("Kelp eases hay fever").
                let best = classifier.bestMatch(in: clause, evidential: evidential)
                let reading = resultsOnly
                    ? best.flatMap { $0.isResult ? $0 : nil } ?? classifier.resultMatch(in: clause, evidential: evidential)
                    : best
                let match = reading.flatMap {
                    Self.ratesInProse($0) && (!$0.isResult || Self.isAboutSubject(sentence, context.subject))
                        ? $0 : nil
                }
                guard let verdict = match else {
                    pending += topics
                    continue
                }
                let near = topicsNear(verdict.text, in: named)
                for (offset, topic) in (!near.isEmpty ? near : topics.isEmpty ? pending : topics).enumerated() {
                    found.append(Candidate(
                        topic: topic, verdict: Classified(verdict.verdict, text: verdict.text), quote: sentence,
                        span: context.block.span, source: .prose, block: context.index,
                        order: context.order(sentenceIndex * 100 + clauseIndex * 10 + offset),
                        plainResult: verdict.isResult && verdict.verdict == .moderate))
                }
                pending = []
            }
        }
        return found
    }

    /// `clause` up to a list of examples ("risk factors such as A, B and C" → "risk factors"):
    /// what the clause rates is the category; its examples are not each rated.
    static func beforeExamples(_ clause: String) -> String {
        guard let marker = EvidencePhrases.examplesOpening.firstMatch(in: clause) else { return clause }
        return String(clause[..<marker.range.lowerBound])
    }

    /// The topics of the comma-separated stretch of a clause that holds the verdict words, with
    /// the short list items that follow it ("does not prevent colds, flu or sore throats"),
    /// but not a later aside ("…, according to a trial of supplements for mental health").
    private func topicsNear(_ verdict: String, in clause: String) -> [String] {
        let segments = clause.components(separatedBy: ", ")
        guard segments.count > 1,
              let start = segments.firstIndex(where: { $0.contains(verdict) }) else { return [] }
        var stretch = [segments[start]]
        for segment in segments[(start + 1)...] {
            guard ConditionNormalizer.words(segment).count <= EvidencePhrases.maxListSegmentWords else { break }
            stretch.append(segment)
        }
        return normalizer.mentions(in: stretch.joined(separator: ", "))
    }

    /// Whether a sentence is about the page's subject: it names a word of it (singular or
    /// plural: "tomatoes" for "tomato", "mats" for "acupressure mat") or opens with a pronoun
    /// standing for it ("It may ease cramps"). A result sentence about another treatment on
    /// the page ("a statin lowered cholesterol") does not rate the subject.
    static func isAboutSubject(_ sentence: String, _ subject: String) -> Bool {
        let names = Set(ConditionNormalizer.words(subject.lowercased()).filter { $0.count > 2 }.map(TextFolding.singular))
        guard !names.isEmpty else { return true }
        let words = ConditionNormalizer.words(sentence.lowercased())
        if let first = words.first, EvidencePhrases.subjectPronouns.contains(first) { return true }
        return words.contains { names.contains(TextFolding.singular($0)) }
    }

    /// Whether verdict words rate a topic in running prose: never the loosest words (a bare
    /// adjective outside a clause about evidence the classifier already passed over).
    private static func ratesInProse(_ match: VerdictClassifier.Match) -> Bool {
        !EvidencePhrases.looseProseWords.contains(match.text.lowercased())
    }

    private static let summaryLead = TextPattern(EvidencePhrases.summaryLeadPattern)

    private static let studyPatterns = EvidencePhrases.studySentencePatterns.map { TextPattern($0) }

    private static let attributionPatterns = EvidencePhrases.attributionPatterns.map { TextPattern($0) }

    /// `sentence` without the reporting frame around its claim ("Walnuts may sharpen memory,
    /// a new study suggests." → "Walnuts may sharpen memory"); unchanged when it has none.
    static func withoutAttribution(_ sentence: String) -> String {
        var claim = sentence
        for pattern in attributionPatterns {
            let stripped = pattern.replacing(in: claim, with: "")
            if !stripped.trimmingCharacters(in: .whitespaces).isEmpty { claim = stripped }
        }
        return claim
    }

    static func reportsAStudy(_ sentence: String) -> Bool {
        studyPatterns.contains { $0.isFound(in: sentence) }
    }

    /// Splits "Label — rest" at the first separator found, or returns the whole text.
    static func splitLabel(_ text: String, separators: [String]) -> (label: String, rest: String?) {
        var best: Range<String.Index>?
        for separator in separators {
            if let range = text.range(of: separator), best.map({ range.lowerBound < $0.lowerBound }) ?? true {
                best = range
            }
        }
        guard let range = best else { return (text, nil) }
        let label = String(text[..<range.lowerBound])
        return (label, String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces))
    }

    /// The sentences of `text`, split by the one sentence splitter the study readers use too.
    static func sentences(_ text: String) -> [String] {
        SentenceSplitter.sentences(of: text).map(\.text)
    }

    /// Clauses of a sentence, split at semicolons, colons, dashes and ", but".
    static func clauses(_ sentence: String) -> [String] {
        var parts = [sentence]
        for separator in ["; ", ": ", " — ", " – ", ", but ", " but "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Whether a text opens with a verb of effect ("reduces tired, dry eyes", "helps relax"),
    /// the shape of a flat claim rather than a link title.
    static func statesAnEffect(_ text: String) -> Bool {
        guard let first = ConditionNormalizer.words(text.lowercased()).first else { return false }
        return EvidencePhrases.effectVerbs.contains(first)
    }

    /// The text up to its first comma or full stop.
    static func firstClause(_ text: String) -> String {
        let end = text.firstIndex(where: { $0 == "," || $0 == "." || $0 == ";" }) ?? text.endIndex
        return String(text[..<end])
    }
}
