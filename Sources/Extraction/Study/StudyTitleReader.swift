import Documents

/// Reads study titles: a heading that is a paper's title, with the list items and
/// paragraphs under it as what the page says the paper did and found.
///
/// A heading below the page title is a study title when its section names no study in its
/// own sentences and either the heading names a design ("…: a randomized crossover trial")
/// or the section cites the paper — a participant count with a year or a journal ("48
/// adults…", "Published in 2019"). A topic heading over counts ("Benefits for sleep")
/// cites nothing and is no title. The title is the study's identity and its label; the
/// section's sentences fill its fields and are the context its verdict is read from.
struct StudyTitleReader {
    /// The fewest words a heading needs to be a paper's title rather than a topic ("Sleep").
    static let minimumTitleWords = 4

    /// Study drafts for the titled sections of `document` whose blocks are not in `anchored`
    /// (the blocks where prose already found study mentions).
    func drafts(in document: Document, anchored: Set<Int>) -> [StudyDraft] {
        var drafts: [StudyDraft] = []
        let blocks = document.blocks
        for (index, heading) in blocks.enumerated() where heading.kind == .heading && (heading.level ?? 1) > 1 {
            let title = heading.text.trimmingCharacters(in: .whitespaces)
            let words = title.split(separator: " ").count
            guard words >= Self.minimumTitleWords, words <= TextLimits.maximumTitleWords,
                  title.utf8.count <= TextLimits.maximumTitleLength, !title.hasSuffix("?"),
                  !ReferenceListReader.isReferenceHeading(title) else { continue }
            var body: [Int] = []
            var position = index + 1
            while position < blocks.count, blocks[position].kind != .heading {
                body.append(position)
                position += 1
            }
            guard !body.isEmpty, body.allSatisfy({ !anchored.contains($0) && blocks[$0].kind != .table }) else { continue }
            let sentences = body.flatMap { SentenceSplitter.sentences(of: blocks[$0].text).map(\.text) }
            var draft = StudyDraft(label: title, blockIndex: index, origin: .prose)
            let titleDesign = DesignExtractor().design(in: title)
            draft.design = titleDesign
            draft.nounPhrase = title
            draft.isNamed = true
            draft.mentions = [Mention(quote: title, span: heading.span)]
            draft.verdictContext = [title]
            for sentence in sentences { draft.addFollower(sentence) }
            draft.fillFromFollowers()
            let texts = [title] + sentences
            draft.year = texts.lazy.compactMap { YearExtractor().year(in: $0) }.first
            draft.venue = texts.lazy.compactMap { VenueExtractor().venue(in: $0) }.first
            draft.country = texts.lazy.compactMap { CountryExtractor().country(in: $0) }.first
            let cited = draft.sampleSize?.value != nil && (draft.year != nil || draft.venue != nil)
            guard titleDesign?.value != nil || cited else { continue }
            drafts.append(draft)
        }
        return drafts
    }
}
