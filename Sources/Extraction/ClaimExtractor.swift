import Documents

/// The extraction stage: a page's study claims and evidence claims, normalised, with
/// repeated mentions of one study merged (DESIGN.md "Pipeline").
public struct ClaimExtractor: Sendable {
    /// Creates an extractor.
    public init() {}

    /// Every claim of `document`: its study claims in order of first mention, then its
    /// evidence claims; each value carries its own quote and line (``ValueLocator``).
    public func extract(from document: Document) -> [Claim] {
        let detector = SubjectDetector()
        let words = SubjectDetector.blockWords(of: document)
        let evidence = EvidenceExtractor().extract(
            from: document, subject: detector.subject(of: document, blockWords: words),
            subjectTerms: detector.subjectTerms(blockWords: words))
        let studies = StudyExtractor().extract(from: document, evidence: evidence)
        let locator = ValueLocator(document: document)
        return studies.map { .study(locator.located($0)) } + evidence.map { .evidence(locator.located($0)) }
    }
}
