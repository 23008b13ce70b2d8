import Extraction

extension FieldComparison {
    /// Every field that both claims state, with its level, weight and both values.
    func evidence(
        _ a: StudyClaim, _ b: StudyClaim, _ fa: StudyFeatures, _ fb: StudyFeatures,
        subjects: (String?, String?), table: WeightTable? = nil
    ) -> [FieldEvidence] {
        Field.allCases.compactMap { field in
            guard let outcome = outcome(field, fa, fb) else { return nil }
            // The level a person reads is the conflict rule's, so an explanation never calls
            // "compatible" what the report flags as a major conflict; the weight is matching's.
            let level = Self.reportedLevel(field, a, b) ?? outcome.comparison
            let sign = Self.sign(level)
            let values = Self.values(field, a, b, subjects: subjects)
            let estimated = table?.level(field.rawValue, outcome.comparison)
            return FieldEvidence(
                field: field.rawValue, comparison: level, weight: outcome.weight,
                detail: "\(values.0) \(sign) \(values.1)", m: estimated?.m, u: estimated?.u)
        }
    }

    /// The descriptor's reported level for fields the conflict rules grade; `nil` for the others.
    private static func reportedLevel(_ field: Field, _ a: StudyClaim, _ b: StudyClaim) -> Comparison? {
        func level<F: StudyFieldDescriptor>(_ descriptor: F.Type) -> Comparison? {
            guard let x = F.value(of: a), let y = F.value(of: b) else { return nil }
            return F.reportedLevel(x, y)
        }
        switch field {
        case .year: return level(YearField.self)
        case .design: return level(DesignField.self)
        case .sampleSize: return level(SampleSizeField.self)
        case .duration: return level(DurationField.self)
        case .dose: return level(DoseField.self)
        default: return nil
        }
    }

    private static func sign(_ comparison: Comparison) -> String {
        switch comparison {
        case .equal: return "="
        case .close, .compatible: return "≈"
        case .different: return "≠"
        case .missing: return "?"
        }
    }

    private static func values(
        _ field: Field, _ a: StudyClaim, _ b: StudyClaim, subjects: (String?, String?)
    ) -> (String, String) {
        func show<T>(_ value: T?) -> String { value.map { "\($0)" } ?? "—" }
        switch field {
        case .identifiers: return (identifierText(a.identifiers), identifierText(b.identifiers))
        case .subject: return (show(subjects.0), show(subjects.1))
        case .authors:
            return (a.authors.first ?? "—", b.authors.first ?? "—")
        case .year: return (show(a.year), show(b.year))
        case .month:
            return (MonthField.value(of: a).map(MonthField.display) ?? "—", MonthField.value(of: b).map(MonthField.display) ?? "—")
        case .design: return (described(DesignField.self, a), described(DesignField.self, b))
        case .sampleSize: return ("n=" + show(a.sampleSize?.value), "n=" + show(b.sampleSize?.value))
        case .duration: return (show(a.duration?.value) + " days", show(b.duration?.value) + " days")
        case .dose: return (described(DoseField.self, a), described(DoseField.self, b))
        case .conditions:
            return (a.conditions.joined(separator: ", "), b.conditions.joined(separator: ", "))
        case .country: return (show(a.country), show(b.country))
        case .venue: return (show(a.venue), show(b.venue))
        case .wording: return ("“" + a.label + "”", "“" + b.label + "”")
        case .names:
            let left = ProperWords.words(in: [a.label] + a.mentions.map(\.quote), excluding: [])
            let right = Set(ProperWords.words(in: [b.label] + b.mentions.map(\.quote), excluding: []))
            let shared = left.filter { right.contains($0) }.joined(separator: ", ")
            return (shared, shared)
        case .population: return (populationText(a), populationText(b))
        }
    }

    /// A field's value as reports show it, "—" when not stated.
    private static func described<F: StudyFieldDescriptor>(_ field: F.Type, _ claim: StudyClaim) -> String {
        F.value(of: claim).map(F.display) ?? "—"
    }

    private static func identifierText(_ ids: Identifiers) -> String {
        let parts: [String?] = [
            ids.pmid.map { "PMID " + $0 }, ids.doi.map { "doi:" + $0 }, ids.nct, ids.pmcid,
        ]
        let known = parts.compactMap { $0 }
        return known.isEmpty ? "—" : known.joined(separator: ", ")
    }

    private static func populationText(_ claim: StudyClaim) -> String {
        let words = Set(TextFolding.words(claim.label + " " + claim.quote))
        if !words.isDisjoint(with: PopulationTerms.male) { return "men" }
        if !words.isDisjoint(with: PopulationTerms.female) { return "women" }
        return "—"
    }
}
