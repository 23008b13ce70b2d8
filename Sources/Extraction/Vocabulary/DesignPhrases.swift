/// Study-design phrases and the ``DesignClass`` each names, most specific first.
///
/// Each entry is a case-insensitive regular expression; the first entry that matches a
/// text decides its class. Extend this table to teach the extractor a new wording.
enum DesignPhrases {
    /// `(pattern, class)` pairs in priority order.
    static let table: [(pattern: String, design: DesignClass)] = [
        // Registered, results pending.
        (#"\b(?:active|ongoing|recruiting)\s+(?:rct|trial)\b|\bwas registered\b|\bregistered (?:trial|study|protocol)\b|\bresults (?:are )?pending\b"#, .registeredTrial),
        // Syntheses.
        (#"\bsystematic review (?:and|with) meta-?analys[ie]s\b"#, .metaAnalysis),
        (#"\bmeta-?analys[ie]s\b|\bpooled analys[ie]s\b|\banalys[ie]s of (?:\w+ ){0,2}(?:trials|studies|rcts)\b|\bpooled (?:data from )?(?:\w+ ){0,2}(?:trials|studies|rcts)\b"#, .metaAnalysis),
        (#"\bsystematic review\b|\bcochrane review\b|\bumbrella review\b|\bscoping review\b"#, .systematicReview),
        (#"\bposition stand\b|\bconsensus statement\b|\bnarrative review\b|\bliterature review\b|\bresearch review\b|\breview\b"#, .narrativeReview),
        // Trials.
        (#"\b(?:pair of )?(?:randomi[sz]ed(?:,)?(?: controlled| placebo-controlled| double-blind)? pilot|pilot (?:rct|randomi[sz]ed))|\b(?:double-blind|placebo-controlled),? pilot (?:trial|study)\b"#, .pilotRCT),
        (#"\bnon-?randomi[sz]ed\b|\bopen-label\b|\bsingle-arm\b|\buncontrolled trial\b"#, .nonRandomizedTrial),
        (#"\brcts?\b|\brandomi[sz]ed\b|\brandomly assigned\b|\bdouble-blind\b|\bplacebo-controlled\b|\bsham-controlled\b|\bcontrolled (?:trial|study)\b|\bcrossover (?:trial|study|design)\b"#, .rct),
        (#"\bpilot (?:stud(?:y|ies)|trials?)\b|\bexploratory (?:stud(?:y|ies)|trials?)\b|\bfeasibility (?:stud(?:y|ies)|trials?)\b"#, .pilotStudy),
        // Observational designs.
        (#"\bcase-control\b|\bcase control\b"#, .caseControl),
        (#"\b(?:prospective|retrospective|longitudinal)? ?cohort\b"#, .cohort),
        (#"\bcross-sectional\b"#, .crossSectional),
        (#"\bcompared\b[^.;]{0,80}\bwith (?:\w+ )?(?:matched |healthy |untrained )?controls\b"#, .caseControl),
        (#"\bcase series\b"#, .caseSeries),
        (#"\bcase report\b"#, .caseReport),
        (#"\bobservational\b|\bpopulation-based\b"#, .observational),
        (#"\bqualitative\b|\binterview study\b|\bfocus groups?\b"#, .qualitative),
        (#"\bsurvey\b|\bquestionnaire study\b"#, .survey),
        (#"\banimal (?:study|model|research)\b|\bin (?:mice|rats)\b|\bmouse study\b|\brodent\b"#, .animal),
        (#"\bin vitro\b|\bcell culture\b|\bcell lines?\b"#, .inVitro),
    ]

    /// Weak cues used only when no phrase above matched: a placebo comparison implies a
    /// controlled trial ("gave 40 adults curcumin or a placebo").
    static let weakTable: [(pattern: String, design: DesignClass)] = [
        (#"\b(?:reported|described|documented) (?:\w+ ){0,2}cases\b"#, .caseSeries),
        (#"\bor (?:a )?(?:placebo|dummy pill|sugar pill)\b|\bversus placebo\b|\bvs\.? placebo\b|\bplacebo group\b"#, .rct),
    ]
}
