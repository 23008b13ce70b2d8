/// The family tree of study designs (DESIGN.md "Vocabularies"): a `pilot_rct` is a kind of
/// `rct`; `meta_analysis` and `systematic_review` are both reviews.
///
/// Matching treats designs of one family as compatible; the conflict rules grade a design
/// disagreement by ``distance(_:_:)``.
public enum DesignFamily: String, Sendable, Hashable, CaseIterable {
    /// Reviews and syntheses of other studies.
    case review
    /// Randomised trials, including pilots and registered (not yet reported) trials.
    case randomized
    /// Trials and pilots without randomisation.
    case nonRandomized
    /// Observational designs: cohort, case-control, cross-sectional, case reports, surveys.
    case observational
    /// Animal and cell studies.
    case preclinical

    /// The family of a design class; `nil` for `other` and `unknown`, which say nothing.
    public init?(_ design: DesignClass) {
        switch design {
        case .metaAnalysis, .systematicReview, .narrativeReview: self = .review
        case .rct, .pilotRCT, .registeredTrial: self = .randomized
        case .pilotStudy, .nonRandomizedTrial: self = .nonRandomized
        case .cohort, .caseControl, .crossSectional, .caseSeries, .caseReport, .observational,
            .qualitative, .survey:
            self = .observational
        case .animal, .inVitro: self = .preclinical
        case .other, .unknown: return nil
        }
    }

    /// How far apart two designs are: 0 equal, 1 same family, 2 neighbouring families
    /// (interventional vs interventional, observational vs non-randomised), 3 otherwise;
    /// `nil` when either design is `other` or `unknown`.
    public static func distance(_ lhs: DesignClass, _ rhs: DesignClass) -> Int? {
        if lhs == rhs { return 0 }
        guard let left = DesignFamily(lhs), let right = DesignFamily(rhs) else { return nil }
        if left == right { return 1 }
        let interventional: Set<DesignFamily> = [.randomized, .nonRandomized]
        let primary: Set<DesignFamily> = [.nonRandomized, .observational]
        if interventional.contains(left) && interventional.contains(right) { return 2 }
        if primary.contains(left) && primary.contains(right) { return 2 }
        return 3
    }
}
