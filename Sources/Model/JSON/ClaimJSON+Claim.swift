import Documents
import Extraction

extension ClaimJSON {
    /// The claim this record was written from, for a page whose previous claims are matched
    /// into a new run (``StalePages``).
    ///
    /// Every member the record keeps comes back, so the claim writes the same record again; an
    /// evidence claim's subject terms are not in the record and come back empty. A class the
    /// current tool no longer knows reads as unclassified, keeping its words.
    public var claim: Claim {
        let span = location.map { SourceSpan(line: $0.line, start: $0.start, end: $0.end) } ?? SourceSpan(line: 1)
        switch kind {
        case .study:
            let mentions = (self.mentions ?? []).map {
                Mention(quote: $0.quote, span: SourceSpan(line: $0.location.line, start: $0.location.start,
                                                          end: $0.location.end))
            }
            return .study(StudyClaim(
                id: id, document: document, label: label ?? "", authors: authors ?? [], year: year,
                design: design.map { Classified($0.value.flatMap(DesignClass.init(rawValue:)), text: $0.text) },
                sampleSize: sampleSize.map { Classified($0.value, text: $0.text) },
                duration: duration.map { Classified($0.value, text: $0.text) },
                dose: dose.map { Classified($0.value, text: $0.text) },
                conditions: conditions ?? [], identifiers: identifiers?.identifiers ?? Identifiers(),
                venue: venue, country: country,
                verdict: verdict.map { Classified($0.value.flatMap(VerdictClass.init(rawValue:)), text: $0.text) },
                numbers: numbers ?? [],
                // Records saved before `mentions` existed keep only the primary quote.
                mentions: self.mentions == nil && !quote.isEmpty ? [Mention(quote: quote, span: span)] : mentions))
        case .evidence:
            return .evidence(EvidenceClaim(
                id: id, document: document, subject: subject ?? "", topic: topic ?? "",
                verdict: Classified(verdict?.value.flatMap(VerdictClass.init(rawValue:)), text: verdict?.text ?? ""),
                mention: Mention(quote: quote, span: span)))
        }
    }
}

extension IdentifiersJSON {
    /// The identifiers this record was written from.
    public var identifiers: Identifiers {
        Identifiers(citations: citations, pmid: pmid, doi: doi, nct: nct, pmcid: pmcid, isrctn: isrctn)
    }
}
