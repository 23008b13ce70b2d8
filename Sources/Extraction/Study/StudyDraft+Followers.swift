import Documents
/// Sentences that follow a study's mention and describe it further.
extension StudyDraft {
    /// Records a sentence that describes this study further.
    mutating func addFollower(_ sentence: String) {
        followers.append(sentence)
        verdictContext.append(sentence)
    }

    /// Fills fields the mention itself left unknown from the sentences that follow it.
    /// Followers already read are not read again (fields are only filled while unknown), so
    /// a study followed by thousands of paragraphs costs each sentence once.
    ///
    /// - Parameter span: Where the followers are, when they are one paragraph: the sentence
    ///   that gives the study's participant count then becomes a mention of the study too
    ///   (it is the one that identifies it best: "Records of 900 nurses were read.").
    mutating func fillFromFollowers(span: SourceSpan? = nil) {
        let unread = followers[min(readFollowers, followers.count)...]
        readFollowers = followers.count
        for sentence in unread {
            if design == nil { design = DesignExtractor().design(in: sentence, allowWeakCues: false) }
            if sampleSize?.value == nil, let found = SampleSizeExtractor().sampleSize(in: sentence), found.value != nil {
                sampleSize = found
                if let span, !mentions.contains(where: { $0.quote == sentence }) {
                    mentions.append(Mention(quote: sentence, span: span))
                }
            }
            if duration == nil { duration = DurationExtractor().duration(in: sentence) }
            if dose == nil { dose = DoseExtractor().dose(in: sentence) }
            let line = mentions.first?.span.line ?? 1
            for number in ReportedNumberExtractor().numbers(in: sentence, line: line) where !numbers.contains(number) {
                numbers.append(number)
            }
        }
    }
}
