/// A study design, spelled as in DESIGN.md "Vocabularies".
public enum DesignClass: String, CaseIterable, Codable, Sendable, Hashable {
    case metaAnalysis = "meta_analysis"
    case systematicReview = "systematic_review"
    case narrativeReview = "narrative_review"
    case rct
    case pilotRCT = "pilot_rct"
    case pilotStudy = "pilot_study"
    case nonRandomizedTrial = "non_randomized_trial"
    case cohort
    case caseControl = "case_control"
    case crossSectional = "cross_sectional"
    case caseSeries = "case_series"
    case caseReport = "case_report"
    case observational
    case qualitative
    case survey
    case animal
    case inVitro = "in_vitro"
    case registeredTrial = "registered_trial"
    case other
    case unknown

    /// The design as human reports name it ("pilot RCT", "meta-analysis"), from
    /// `Vocabulary/Data/DesignNames.tsv`; JSON keeps the raw value.
    public var displayName: String { ClassNames.design[self] ?? rawValue }
}
