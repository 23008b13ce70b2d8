import Documents
import Foundation

/// A page that is a paper describing itself: a journal abstract with its title, byline and
/// structured sections ("Background", "Methods:", "Results", "Conclusions"). Its own study
/// is one claim: the title names it, the byline gives its authors, the citation line its
/// venue and year, and what the Methods and Results sections say fills its fields. Studies
/// the Background section cites are other papers, not this one.
struct SelfDescribedPaper {
    /// Section labels of a structured abstract (lower case, without a colon).
    static let sectionLabels: Set<String> = [
        "abstract", "background", "introduction", "context", "objective", "objectives", "aim", "aims", "purpose",
        "methods", "method", "design", "design, setting, and participants", "setting", "participants",
        "setting and participants", "interventions", "intervention", "main outcome measures", "measurements",
        "results", "findings", "conclusion", "conclusions", "interpretation", "discussion",
    ]
    /// Sections that describe earlier research rather than the paper's own study.
    static let backgroundLabels: Set<String> = ["background", "introduction", "context"]
    /// Sections that report the paper's own study; a structured abstract has one.
    static let ownWorkLabels: Set<String> = [
        "methods", "method", "design", "design, setting, and participants", "participants", "setting and participants",
        "results", "findings",
    ]
    /// Sections where a paper says what it found, its judgement first.
    static let findingLabels: [Set<String>] = [["conclusion", "conclusions", "interpretation", "discussion"],
                                               ["results", "findings"]]

    /// The paper's title.
    let title: String
    /// Surnames from the byline, in order.
    let authors: [String]
    /// Block index of the byline (of the title when there is none); the paper's own sections
    /// follow it.
    let bylineIndex: Int
    /// Block index of the title, when it is a block: a study it names is the paper's own.
    let titleIndex: Int?
    /// Block indexes of the paper's own sections (not background).
    let ownBlocks: Set<Int>
    /// Block indexes of the sections that say what the paper found, in the order of
    /// ``findingLabels``.
    let findingBlocks: [Int]
    /// Venue and year from the citation line, when given.
    let venue: String?
    let year: Int?

    /// Reads the front matter, or `nil` when the page is not a structured abstract (at least
    /// two section labels, one of them ``ownWorkLabels``, after a byline or a title, and
    /// section labels at least half of the headings from the first label on). A label is a
    /// heading or a line ending in a colon ("Results:"), or opens its paragraph ("Results
    /// During 11 years, …", as journals print abstracts inline).
    init?(_ document: Document) {
        let blocks = document.blocks
        var labels: [(index: Int, label: String, inline: Bool)] = []
        for (index, block) in blocks.enumerated() {
            if let label = Self.lineLabel(of: block) {
                labels.append((index, label, false))
            } else if block.kind == .paragraph, let label = Self.inlineLabel(of: block.text) {
                labels.append((index, label, true))
            }
        }
        // A paper tells what it did: an essay or blog post has an introduction and a
        // conclusion too, but among headings of its own (from the first label on; the front
        // matter has headings of its own).
        guard labels.count >= 2,
              labels.contains(where: { Self.ownWorkLabels.contains($0.label) }),
              let first = labels.first?.index, first > 0
        else { return nil }
        let headings = blocks[first...].filter { $0.kind == .heading }.count
        let headingLabels = labels.filter { blocks[$0.index].kind == .heading }.count
        guard headingLabels * 2 >= headings else { return nil }
        let front: Int  // the byline, else the title
        if let byline = blocks.prefix(first).indices.last(where: { Self.names(in: blocks[$0].text).count >= 2 }) {
            front = byline
            authors = Self.names(in: blocks[byline].text)
            let titleIndex = blocks.prefix(byline).indices.last {
                blocks[$0].text.split(separator: " ").count >= 4 && !blocks[$0].text.contains("Published")
            }
            title = titleIndex.map { blocks[$0].text } ?? document.title ?? ""
            self.titleIndex = titleIndex
        } else {
            // No byline: the line before the first label is the paper's title.
            guard blocks[first - 1].text.split(separator: " ").count >= 4 else { return nil }
            front = first - 1
            authors = []
            title = blocks[front].text
            titleIndex = front
        }
        bylineIndex = front
        var own = Set<Int>()
        var sectionOf: [Int: String] = [:]
        var current = ""
        for index in blocks.indices where index > front {
            if let label = labels.first(where: { $0.index == index }) {
                current = label.label
                if !label.inline { continue }
            }
            sectionOf[index] = current
            if !Self.backgroundLabels.contains(current) { own.insert(index) }
        }
        ownBlocks = own
        findingBlocks = Self.findingLabels.flatMap { names in
            sectionOf.keys.sorted().filter { names.contains(sectionOf[$0] ?? "") }
        }
        let frontMatter = blocks.prefix(front).map(\.text).joined(separator: "\n")
        venue = Self.formAs.firstMatch(in: frontMatter)?.group(1)
        year = Self.citationYear.firstMatch(in: frontMatter)?.group(1).flatMap { Int($0) }
    }

    /// "…edited form as: J Herb Sleep Res. 2016…" → "J Herb Sleep Res".
    private static let formAs = TextPattern(#"\bform as:\s*([^.;]{2,80})\."#)
    /// "2016 Mar 4;12(3)": the issue's year.
    private static let citationYear = TextPattern(#"\b((?:19|20)\d\d)\s+[A-Z][a-z]{2}\s+\d{1,2};"#, caseSensitive: true)
    /// One byline entry: a personal name with optional affiliation marks ("Karen J Sherman 1",
    /// "ZS Tan 1", "Sesso HD").
    private static let bylineName = TextPattern(
        #"^(?:(\p{Lu}[\p{L}'’-]+)\s+\p{Lu}{1,3}|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*))(?:\s+[\d,*†‡]+)?$"#,
        caseSensitive: true)

    /// An academic degree after a name ("MD", "PhD", "M.D.", "DrPH", "MSc"): a word of at
    /// most five letters, with dots, of which at least two are capitals.
    static func isDegree(_ part: String) -> Bool {
        let letters = part.filter { $0 != "." }
        return (2...5).contains(letters.count) && letters.allSatisfy(\.isLetter) && letters.first?.isUppercase == true
            && letters.filter(\.isUppercase).count >= 2
    }

    /// The section label a heading or a line ending in a colon is ("Results:"), lower case.
    /// Only a short block is looked at: a label is a few words.
    static func lineLabel(of block: Block) -> String? {
        guard block.text.utf8.count <= 4 * longestLabel, block.kind == .heading || block.text.hasSuffix(":")
        else { return nil }
        let lower = block.text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ":"))).lowercased()
        return sectionLabels.contains(lower) ? lower : nil
    }

    /// The section label that opens `text` and is followed by a capitalised word ("Results
    /// During…", "Methods Ninety adults…"), lower case; the longest wins.
    static func inlineLabel(of text: String) -> String? {
        guard text.first?.isUppercase == true else { return nil }
        // Only the opening words can be a label: lower-case those, not the whole block.
        let head = Array(text.prefix(longestLabel + 2))
        let lower = String(head).lowercased()
        for label in inlineLabels {
            guard head.count > label.count + 1, lower.hasPrefix(label + " ") else { continue }
            if head[label.count + 1].isUppercase { return label }
        }
        return nil
    }

    private static let inlineLabels = sectionLabels.sorted { $0.count > $1.count }
    private static let longestLabel = sectionLabels.map(\.count).max() ?? 0

    /// The surnames of a byline paragraph: every comma-separated part a personal name (parts
    /// that are only affiliation numbers skipped), at least two of them; else empty.
    /// A trailing group name ("for the X Study Investigators") may break the pattern: at
    /// least four parts in five must be names.
    static func names(in text: String) -> [String] {
        var names: [String] = []
        var parts = 0
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if part.isEmpty || part.allSatisfy({ $0.isNumber || "*†‡ ".contains($0) }) || Self.isDegree(part) { continue }
            parts += 1
            let cleaned = part.replacingOccurrences(of: #"^and\s+"#, with: "", options: .regularExpression)
            if let match = bylineName.firstMatch(in: cleaned), let surname = match.group(1) ?? match.group(2) {
                names.append(surname)
            }
        }
        return names.count >= 2 && names.count * 5 >= parts * 4 ? names : []
    }

    /// The paper's enrolment in the first sentence of its own sections that counts people:
    /// the largest count among its parts, since arms ("yoga (n=92)") and subgroups
    /// ("including 754 with diabetes") are parts of the total.
    static func total(in sentence: String) -> Classified<Int>? {
        let parts = sentence.split { "(),;".contains($0) }.map(String.init)
        let counts = ([sentence] + parts).compactMap { SampleSizeExtractor().sampleSize(in: $0) }.filter { $0.value != nil }
        return counts.max { ($0.value ?? 0) < ($1.value ?? 0) }
    }

    /// The paper's own claim: the drafts read from its own sections merged into one (those
    /// that cite other authors stay apart), with the byline, title, venue and year, and the
    /// fields its own sections state.
    func merge(_ drafts: [StudyDraft], blocks: [Block]) -> [StudyDraft] {
        var paper = StudyDraft(label: title, blockIndex: bylineIndex, origin: .reference)
        paper.authors = authors
        paper.year = year
        paper.venue = venue
        paper.nounPhrase = title
        paper.design = DesignExtractor().design(in: title, allowWeakCues: false)
        paper.isNamed = true
        var others: [StudyDraft] = []
        let byline = Set(authors.map(\.folded))
        for draft in drafts {
            let citesOthers = draft.authors.first.map { !byline.contains($0.folded) } ?? false
            let own = ownBlocks.contains(draft.blockIndex) || draft.blockIndex == titleIndex
            if own, !citesOthers, draft.origin == .prose {
                paper.absorb(draft)
            } else {
                others.append(draft)
            }
        }
        // The Methods and Results sentences state the fields even where no sentence names
        // the study ("228 adults were randomized to…").
        for index in ownBlocks.sorted() where index < blocks.count {
            for sentence in SentenceSplitter.sentences(of: blocks[index].text).map(\.text) {
                var stated = false
                if paper.sampleSize?.value == nil, let n = Self.total(in: sentence) {
                    paper.sampleSize = n
                    stated = true
                }
                if paper.duration?.value == nil, let days = DurationExtractor().duration(in: sentence), days.value != nil {
                    paper.duration = days
                    stated = true
                }
                if paper.design?.value == nil, let design = DesignExtractor().design(in: sentence, allowWeakCues: false) {
                    paper.design = design
                    stated = true
                }
                if stated { paper.mentions.append(Mention(quote: sentence, span: blocks[index].span)) }
            }
        }
        // What the paper concludes and finds characterises its own study.
        paper.verdictContext = findingBlocks.filter { $0 < blocks.count }
            .flatMap { SentenceSplitter.sentences(of: blocks[$0].text).map(\.text) } + paper.verdictContext
        paper.label = title
        return [paper] + others
    }
}
