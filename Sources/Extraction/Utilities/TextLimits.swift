/// The longest texts the extractor reads as one unit.
///
/// No sentence or title a person writes comes near these lengths, and the field grammars'
/// regular expressions grow faster than linearly with the text they scan: hostile markup
/// (a megabyte "heading", a page that is one run of letters) made single pages take
/// minutes. Longer texts are cut (sentences) or not read as that kind of unit (titles).
enum TextLimits {
    /// Characters of one sentence; longer runs without a sentence end are cut at a space.
    static let maximumSentenceLength = 2_000
    /// Words of a title or heading read for the page's subject or as a paper's title.
    static let maximumTitleWords = 64
    /// Characters of a heading read as a paper's title.
    static let maximumTitleLength = 600
}
