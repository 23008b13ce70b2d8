import Documents
import Extraction
import Matching

/// The conflict rules of DESIGN.md for two matched study claims: every field both pages
/// state and disagree on, with a severity. A value one page leaves out is no conflict.
public struct Conflicts: Sendable {
    /// Creates the rules.
    public init() {}

    /// The conflicts between every pair of a match's claims, one finding per pair and field.
    /// - Parameters:
    ///   - match: The match; its id goes into each finding's `match`.
    ///   - claims: The study claims by id (claims not found are skipped).
    /// - Returns: Findings of kind `conflict`, in claim-pair then field order.
    public func findings(for match: Match, claims: [String: StudyClaim]) -> [Finding] {
        let members = match.claims.compactMap { claims[$0] }
        var result: [Finding] = []
        for (index, first) in members.enumerated() {
            for second in members[(index + 1)...] {
                result += compare(first, second, match: match.id)
            }
        }
        return result
    }

    /// The conflicts between two claims said to be about one study.
    public func compare(_ a: StudyClaim, _ b: StudyClaim, match: String?) -> [Finding] {
        var result: [Finding] = []
        func add(_ field: ConflictField, _ severity: Severity, _ va: ScalarValue, _ ta: String,
                 _ vb: ScalarValue, _ tb: String, _ message: String) {
            // Each side cites its value's own words and line (``StudyClaim/sources``).
            let values = [side(a, field, va, ta), side(b, field, vb, tb)]
            let sides = [(StudyIdentity.key(a), va.description), (StudyIdentity.key(b), vb.description)]
            let ids = Fingerprint.ids(kind: .conflict, rule: field.rawValue, sides: sides)
            result.append(Finding(
                id: ids.id, kind: .conflict, severity: severity, field: field, match: match,
                claims: [a.id, b.id], values: values, message: message, identity: ids.identity))
        }
        if let na = a.sampleSize?.value, let nb = b.sampleSize?.value, na != nb {
            let (severity, note) = sampleSizeSeverity(na, a.sampleSize?.text ?? "", nb, b.sampleSize?.text ?? "")
            add(.sampleSize, severity, .int(na), a.sampleSize?.text ?? "", .int(nb), b.sampleSize?.text ?? "",
                "sample size \(na) vs \(nb)" + note)
        }
        if let ya = YearField.value(of: a), let yb = YearField.value(of: b),
            let severity = YearField.conflictSeverity(ya, yb)
        {
            let note = YearField.agreement(ya, yb) == .close ? " (one year apart: e-publication vs print?)" : ""
            add(.year, severity, .int(ya), String(ya), .int(yb), String(yb), "year \(ya) vs \(yb)" + note)
        }
        if let da = DesignField.value(of: a), let db = DesignField.value(of: b), let severity = DesignField.conflictSeverity(da, db) {
            add(.design, severity, .string(da.rawValue), a.design?.text ?? "", .string(db.rawValue),
                b.design?.text ?? "", "design \(DesignField.display(da)) vs \(DesignField.display(db))")
        }
        if let fa = a.authors.first, let fb = b.authors.first,
            TextFolding.authorKey(fa) != TextFolding.authorKey(fb)
        {
            let keysA = a.authors.map(TextFolding.authorKey)
            let keysB = b.authors.map(TextFolding.authorKey)
            let reordered = keysA.contains(TextFolding.authorKey(fb)) || keysB.contains(TextFolding.authorKey(fa))
            add(.authors, reordered ? .minor : .major, .string(fa), a.authors.joined(separator: ", "),
                .string(fb), b.authors.joined(separator: ", "),
                "first author \(fa) vs \(fb)" + (reordered ? " (author order)" : ""))
        }
        if let da = DurationField.value(of: a), let db = DurationField.value(of: b),
            let severity = DurationField.conflictSeverity(da, db)
        {
            add(.duration, severity, .int(da), a.duration?.text ?? "", .int(db), b.duration?.text ?? "",
                "duration \(da) vs \(db) days")
        }
        if let da = DoseField.value(of: a), let db = DoseField.value(of: b),
            let severity = DoseField.conflictSeverity(da, db)
        {
            add(.dose, severity, .number(da), a.dose?.text ?? "", .number(db), b.dose?.text ?? "",
                "dose \(DoseField.display(da)) vs \(DoseField.display(db))")
        }
        if let va = VerdictField.value(of: a), let vb = VerdictField.value(of: b),
            let severity = VerdictField.conflictSeverity(va, vb)
        {
            add(.verdict, severity, .string(va.rawValue), a.verdict?.text ?? "", .string(vb.rawValue),
                b.verdict?.text ?? "", "verdict \(VerdictField.display(va)) vs \(VerdictField.display(vb))")
        }
        if let va = a.venue, let vb = b.venue, !TextFolding.sameVenue(va, vb) {
            add(.venue, .info, .string(va), va, .string(vb), vb, "venue \(va) vs \(vb)")
        }
        if let ca = a.country, let cb = b.country, TextFolding.fold(ca) != TextFolding.fold(cb) {
            add(.country, .minor, .string(ca), ca, .string(cb), cb, "country \(ca) vs \(cb)")
        }
        for (kind, ia, ib) in [("PMID", a.identifiers.pmid, b.identifiers.pmid),
                               ("DOI", a.identifiers.doi, b.identifiers.doi),
                               ("NCT", a.identifiers.nct, b.identifiers.nct),
                               ("PMCID", a.identifiers.pmcid, b.identifiers.pmcid)] {
            if let ia, let ib, ia.lowercased() != ib.lowercased() {
                add(.identifiers, .major, .string(ia), ia, .string(ib), ib, "\(kind) \(ia) vs \(ib)")
            }
        }
        return result
    }

    /// One side of a conflict: the value with the quote and line of its own words, or the
    /// words `text` at the mention that says them when the field has no source of its own.
    private func side(_ claim: StudyClaim, _ field: ConflictField, _ value: ScalarValue, _ text: String)
        -> ConflictValue
    {
        guard let key = ClaimField(rawValue: field.rawValue), let source = claim.sources[key] else {
            return ConflictValue(claim: claim.id, value: value, text: text, span: claim.span(quoting: text))
        }
        return ConflictValue(claim: claim.id, value: value, text: source.quote, span: source.span)
    }

    /// ``SampleSizeField``'s grade (close is minor), softened to minor when one page gives
    /// a part of the other's total ("n=40" vs "40+42") or either is approximate and within
    /// ``SampleSizeField/approximateRatio``.
    private func sampleSizeSeverity(_ na: Int, _ ta: String, _ nb: Int, _ tb: String) -> (Severity, String) {
        if Self.numbers(in: tb).contains(na) || Self.numbers(in: ta).contains(nb) {
            return (.minor, " (one page counts part of the sample)")
        }
        let severity = SampleSizeField.severity(of: SampleSizeField.agreement(na, nb)) ?? .minor
        if severity == .minor { return (.minor, "") }
        if quantityRatio(Double(na), Double(nb)) <= SampleSizeField.approximateRatio,
            SampleSizeField.isApproximate(ta) || SampleSizeField.isApproximate(tb)
        {
            return (.minor, " (approximate)")
        }
        return (severity, "")
    }

    /// The whole numbers written in a text ("40+42" → [40, 42]; "3,018" → [3018]).
    private static func numbers(in text: String) -> [Int] {
        var result: [Int] = []
        var digits = ""
        for character in text + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if character == ",", !digits.isEmpty {
                continue
            } else {
                if let value = Int(digits) { result.append(value) }
                digits = ""
            }
        }
        return result
    }
}
