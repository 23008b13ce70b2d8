import Foundation
import Documents

/// Finds every distinct study a page cites — in study tables, prose, bylines under quotes,
/// parenthetical citations and reference lists — and merges repeated mentions of one study
/// into one claim that keeps every mention.
public struct StudyExtractor: Sendable {
    /// "— Lindqvist et al., Evidence-Based …, 2012" or "Source: Moreau et al., 2024" under a quote.
    private static let byline = TextPattern(#"^\s*(?:[—–―]|source:|sources:|via:)\s*\S"#)

    /// Creates an extractor.
    public init() {}

    private static let focusBackReference = TextPattern(StudyNouns.focusBackReference)

    /// The study claims of `document`, in order of first mention.
    /// - Parameters:
    ///   - document: The parsed page.
    ///   - evidence: The page's evidence claims; their majority verdict is the page's stance,
    ///     used for studies the page does not characterise one by one.
    /// - Returns: One claim per study, with a stable id `<document id>#<key>`.
    public func extract(from document: Document, evidence: [EvidenceClaim] = []) -> [StudyClaim] {
        var drafts: [StudyDraft] = []
        var references: [StudyDraft] = []
        var anchoredBlocks = Set<Int>()
        let tables = StudyTableReader(conditions: ConditionNormalizer())
        let prose = StudyProseReader()

        // The study the text is talking about: the last one introduced or named again. A
        // definite description ("the study", "this trial", "the researchers") refers to it.
        var focus: Int?
        // The block where a study was last mentioned.
        var focusBlock: Int?
        // People named as authors before any study is introduced wait for the first one.
        var pendingAuthors: [([String], Mention)] = []
        for unit in units(of: document, tables: tables, drafts: &drafts, references: &references) {
            if ExtractionDeadline.shouldStop { break }
            let candidates = prose.candidates(in: unit)
            if candidates.isEmpty, !unit.mergeOnly, let index = focus {
                // A paragraph of its own that goes on about the study in focus ("They then
                // measured…") describes it further: the scope of a study is its paragraph,
                // then the paragraphs that refer back to it, all of such a paragraph (it names
                // no other study), so "Records of 900 nurses were read. The participants…"
                // gives the count of the first sentence.
                if unit.sentences.contains(where: { Self.focusBackReference.isFound(in: $0.text) })
                    || Self.continuesWithMethods(unit, after: focusBlock) {
                    for sentence in unit.sentences { drafts[index].addFollower(sentence.text) }
                    drafts[index].fillFromFollowers(span: unit.span)
                }
            }
            if !candidates.isEmpty { focusBlock = unit.blockIndex }
            for candidate in candidates {
                anchoredBlocks.insert(unit.blockIndex)
                if let index = bestMatch(for: candidate.draft, in: drafts) {
                    drafts[index].absorb(candidate.draft)
                    focus = index
                } else if candidate.isDefinite, let index = focus, let draft = Self.referring(candidate.draft, to: drafts[index]) {
                    drafts[index].absorb(draft)
                } else if !candidate.mergeOnly
                    || (!unit.mergeOnly && candidate.isIndefinite && !candidate.specific)
                    // "This study followed 300 adults" before any study: the one the page is about.
                    || (!unit.mergeOnly && candidate.isDemonstrative && candidate.specific && drafts.isEmpty)
                {
                    // An unidentified "a new study" is kept for now: later sentences may
                    // identify it; ``hasIdentity`` drops it at the end if none does.
                    drafts.append(candidate.draft)
                    focus = drafts.count - 1
                    for (names, mention) in pendingAuthors { drafts[drafts.count - 1].addAuthors(names, mention: mention) }
                    pendingAuthors = []
                }
            }
            // "…, said Ana Ruiz, the study's lead author": people named by their role are
            // authors of the study in focus.
            guard !unit.mergeOnly else { continue }
            for sentence in unit.sentences {
                let names = AuthorExtractor().roleAuthors(in: sentence.text)
                guard !names.isEmpty else { continue }
                let mention = Mention(quote: sentence.text, span: unit.span)
                if let index = focus {
                    drafts[index].addAuthors(names, mention: mention)
                } else {
                    pendingAuthors.append((names, mention))
                }
            }
        }
        // A heading that is a paper's title, with the items under it as its findings (an
        // abstract's own title is the paper describing itself, read below).
        let paper = SelfDescribedPaper(document)
        if paper == nil { drafts += StudyTitleReader().drafts(in: document, anchored: anchoredBlocks) }
        for reference in references {
            if let index = drafts.firstIndex(where: { citesOnly(reference, $0) }) {
                drafts[index].absorbReference(reference)
            } else if let index = bestMatch(for: reference, in: drafts), drafts[index].authors.isEmpty == false {
                drafts[index].absorbReference(reference)
            } else {
                drafts.append(reference)
            }
        }
        drafts = mergingRepeats(drafts)
        if let paper { drafts = paper.merge(drafts, blocks: document.blocks) }
        drafts = drafts.filter { $0.hasIdentity && !$0.citesAStandard }
        for index in drafts.indices { drafts[index].relabelIfGeneric() }
        // A bracket citation alone cannot make a bare "study" a claim.
        drafts = drafts.filter { !$0.hasGenericLabel || $0.origin != .prose }
        let resolver = StudyVerdictResolver(classifier: VerdictClassifier())
        let stance = resolver.stance(intro: introduction(of: document, anchored: anchoredBlocks, drafts: drafts),
                                     evidence: evidence)
        let conditions = ConditionNormalizer()
        var usedKeys = Set<String>()
        // How many drafts each block opens: a paragraph naming several studies is a list too.
        var draftsPerBlock: [Int: Int] = [:]
        for draft in drafts { draftsPerBlock[draft.blockIndex, default: 0] += 1 }
        return drafts.map { draft in
            // What follows a list of studies comments on them ("Taken together, these
            // trials…"); what follows a story's one study in prose goes on with the story.
            let listed = draft.origin != .prose
                || (document.blocks.indices.contains(draft.blockIndex) && document.blocks[draft.blockIndex].kind == .listItem)
                || (draftsPerBlock[draft.blockIndex] ?? 0) > 1
            let nearby = listed ? nearbyText(after: draft.blockIndex, in: document, anchored: anchoredBlocks,
                                             crossingHeadings: draft.origin == .tableRow) : []
            var found = draft.conditions
            if found.isEmpty, draft.origin != .tableRow {
                let own = (draft.mentions.first.map { [$0.quote] } ?? []) + draft.followers
                for topic in own.flatMap(conditions.mentions(in:)) where !found.contains(topic) { found.append(topic) }
            }
            // A study cited as an instance of earlier work is background the page does not weigh.
            let background = draft.origin == .prose
                && StudyNouns.backgroundFrame.isFound(in: draft.mentions.first?.quote ?? "")
            let verdict = resolver.verdict(for: draft, nearby: nearby, conditions: found, evidence: evidence,
                                           stance: stance, weighed: !background)
            // What the study did names its design when no mention did.
            let design = draft.design ?? (draft.origin == .prose
                ? DesignExtractor().design(describedIn: draft.mentions.map(\.quote) + draft.followers) : nil)
            if found.isEmpty, draft.origin == .prose, document.blocks.indices.contains(draft.blockIndex),
               case let section = document.blocks[draft.blockIndex].section, section.count > 1,
               let heading = section.last {
                // What the study was about widens to its section ("Does it ease joint pain?":
                // a trial there that "improved scores" was a trial of joint pain). Only a
                // section's own heading, not the page's title or banner over everything; the
                // verdict still comes from the study's own sentences' topics.
                found = conditions.mentions(in: heading)
            }
            let key = uniqueKey(for: draft, used: &usedKeys)
            return StudyClaim(
                id: document.id + "#" + key, document: document.id, label: draft.label, authors: draft.authors,
                year: draft.year, design: design, sampleSize: draft.sampleSize, duration: draft.duration,
                dose: draft.dose,
                conditions: found, identifiers: draft.identifiers, venue: draft.venue, country: draft.country,
                verdict: verdict, numbers: draft.numbers, mentions: draft.mentionsMostInformativeFirst)
        }
    }

    /// Whether `unit`, right after the block of the study in focus, opens by counting the
    /// people and saying what they underwent ("Nearly 900 nurses were randomized to…"): the
    /// study's methods, told in a paragraph of their own.
    static func continuesWithMethods(_ unit: StudyProseReader.Unit, after focusBlock: Int?) -> Bool {
        guard let focusBlock, unit.blockIndex == focusBlock + 1, let first = unit.sentences.first?.text
        else { return false }
        return StudyNouns.methodsPassive.isFound(in: first) && SampleSizeExtractor().sampleSize(in: first)?.value != nil
    }

    /// `draft`, a definite description ("the study", "the researchers"), as a mention of the
    /// study in focus: as it is when nothing clashes, without its count when only the count
    /// does ("The study suggests four people must be treated…" counts something else), or
    /// `nil` when it names another study (another author, year, place or design).
    static func referring(_ draft: StudyDraft, to focus: StudyDraft) -> StudyDraft? {
        if focus.sameStudyScore(draft) != nil { return draft }
        var uncounted = draft
        uncounted.sampleSize = nil
        return focus.sameStudyScore(uncounted) != nil ? uncounted : nil
    }

    /// The page's prose as units of sentences; study tables and reference lists are read on
    /// the way into `drafts` and `references`.
    private func units(of document: Document, tables: StudyTableReader, drafts: inout [StudyDraft],
                       references: inout [StudyDraft]) -> [StudyProseReader.Unit] {
        var units: [StudyProseReader.Unit] = []
        var inReferences = false
        var citedHeading: String?
        var referenceOrdinal = 0
        let referenceReader = ReferenceListReader()
        for (index, block) in document.blocks.enumerated() {
            switch block.kind {
            case .heading:
                inReferences = ReferenceListReader.isReferenceHeading(block.text)
                referenceOrdinal = 0
                // "Proksch et al. (2014)" as a heading: the paragraph under it describes that study.
                citedHeading = block.level != 1 && !AuthorExtractor().authors(in: block.text).isEmpty
                    ? block.text.trimmingCharacters(in: .whitespaces.union(.init(charactersIn: ":.;—–"))) : nil
            case .table:
                if let rows = tables.drafts(from: block, index: index) {
                    drafts.append(contentsOf: rows)
                } else if let table = block.table {
                    for row in table.rows {
                        for cell in row {
                            units.append(.init(sentences: SentenceSplitter.sentences(of: cell), blockIndex: index,
                                               span: block.span, mergeOnly: true))
                        }
                    }
                }
            case .paragraph, .listItem, .quote, .caption:
                if inReferences || block.kind == .listItem {
                    referenceOrdinal += 1
                    if let reference = referenceReader.draft(from: block.text, ordinal: referenceOrdinal, block: block,
                                                             index: index) {
                        references.append(reference)
                        continue
                    }
                }
                // "Sources: Haas AB, et al. Title. Sleep 2014;3:1-9; …" outside a reference list:
                // each reference is one mention, read whole.
                if let entries = ReferenceListReader.entries(inParagraph: block.text) {
                    units.append(.init(sentences: entries.map { .init(text: $0, footnotes: []) }, blockIndex: index,
                                       span: block.span, mergeOnly: false))
                    continue
                }
                if Self.byline.isFound(in: block.text), let previous = units.last, previous.blockIndex == index - 1,
                   !previous.mergeOnly {
                    let joined = (previous.sentences.map(\.text) + [block.text]).joined(separator: " ")
                    units[units.count - 1] = .init(sentences: [.init(text: joined, footnotes: [])],
                                                   blockIndex: previous.blockIndex, span: previous.span, mergeOnly: false)
                    continue
                }
                var sentences = SentenceSplitter.sentences(of: block.text)
                if let heading = citedHeading, let first = sentences.first {
                    sentences[0] = .init(text: heading + ": " + first.text, footnotes: first.footnotes)
                    citedHeading = nil
                }
                units.append(.init(sentences: sentences, blockIndex: index, span: block.span, mergeOnly: false))
            }
        }
        return units
    }

    /// Whether `draft` cites `reference` by its footnote and by no other footnote (a sentence
    /// citing "[1,2]" names two studies; only a matching first author ties it to either).
    private func citesOnly(_ reference: StudyDraft, _ draft: StudyDraft) -> Bool {
        let keys = draft.identifiers.citations.filter { $0.hasPrefix("ref") }
        guard !Set(keys).isDisjoint(with: reference.identifiers.citations) else { return false }
        if keys.count == 1 { return true }
        return draft.authors.first.map { $0.folded } == reference.authors.first.map { $0.folded }
    }

    /// `drafts` with a later draft folded into an earlier one when both now name the same first
    /// author and year and agree on more: a mention that got its authors from a reference
    /// entry ("the landmark trial¹" → Rao et al. 2014) repeats a study the page already listed.
    private func mergingRepeats(_ drafts: [StudyDraft]) -> [StudyDraft] {
        var merged: [StudyDraft] = []
        for draft in drafts {
            let earlier = merged.indices.first { index in
                guard !merged[index].authors.isEmpty, !draft.authors.isEmpty, let year = draft.year,
                      merged[index].year == year, let score = merged[index].sameStudyScore(draft) else { return false }
                return score >= Self.repeatScore
            }
            if let earlier { merged[earlier].absorb(draft) } else { merged.append(draft) }
        }
        return merged
    }

    /// The ``StudyDraft/sameStudyScore(_:)`` that makes two dated drafts by one first author
    /// one study: the author (4) and two more agreeing facts.
    private static let repeatScore = 6

    /// The existing draft `candidate` most clearly names again, if one does.
    private func bestMatch(for candidate: StudyDraft, in drafts: [StudyDraft]) -> Int? {
        var best: (index: Int, score: Int)?
        var tied = false
        for (index, draft) in drafts.enumerated() {
            guard var score = draft.sameStudyScore(candidate) else { continue }
            if let a = draft.year, let b = candidate.year, a == b { score += 1 }
            guard score >= 2 else { continue }
            if let current = best {
                if score > current.score { best = (index, score); tied = false } else if score == current.score { tied = true }
            } else {
                best = (index, score)
            }
        }
        guard let best, !tied || best.score >= 4 else { return nil }
        return best.index
    }

    /// Up to two blocks after `index` (skipping headings) that mention no study themselves:
    /// where a page comments on the studies it just listed ("Taken together, these trials…").
    private func nearbyText(after index: Int, in document: Document, anchored: Set<Int>,
                            crossingHeadings: Bool) -> [String] {
        var texts: [String] = []
        var position = index + 1
        while position < document.blocks.count, texts.count < 2 {
            let block = document.blocks[position]
            position += 1
            if block.kind == .heading {
                if crossingHeadings { continue }
                break
            }
            if anchored.contains(position - 1) || block.kind == .table { break }
            texts.append(block.text)
        }
        return texts
    }

    /// The title and the paragraphs before the page's first study: where a page states its
    /// overall stance ("the evidence is weak", "what the trials clearly show").
    private func introduction(of document: Document, anchored: Set<Int>, drafts: [StudyDraft]) -> [String] {
        let first = min(anchored.min() ?? document.blocks.count, drafts.map(\.blockIndex).min() ?? document.blocks.count)
        var texts = document.title.map { [$0] } ?? []
        for block in document.blocks.prefix(first) where block.kind != .table {
            texts.append(block.text)
        }
        return texts
    }

    /// A key that survives unrelated edits: a hash of the study's identity, not its position.
    private func uniqueKey(for draft: StudyDraft, used: inout Set<String>) -> String {
        let parts = [draft.authors.first?.folded ?? "", draft.year.map(String.init) ?? "", draft.designFamily?.rawValue ?? "",
                     draft.label.folded.collapsingWhitespace]
        let base = StableHash.hex(parts)
        var key = base
        var suffix = 2
        while used.contains(key) {
            key = base + "-\(suffix)"
            suffix += 1
        }
        used.insert(key)
        return key
    }
}
