/// Words that show a sentence characterises the evidence itself ("the authors framed it as
/// exploratory", "so this is preliminary", "I'd call it moderate evidence") rather than
/// reporting a finding ("cortisol did not change"). A verdict phrase in such a sentence
/// outweighs one in a sentence without a cue.
enum CharacterisationCues {
    /// Regular expressions, case-insensitive.
    static let patterns: [String] = [
        #"\bauthors? (?:called|framed|described|labelled|labeled|considered|concluded|cautioned|noted|said)\b"#,
        #"\b(?:so|thus|therefore) (?:this|it|the evidence) is\b"#, #"\bthis is (?:a |an )?\w+ (?:result|signal|finding|evidence)\b"#,
        #"\b(?:should|must) be (?:treated|seen|read|regarded) as\b"#, #"\bthe evidence (?:is|remains|was)\b"#,
        #"\bverdict\b"#, #"\bwe (?:consider|rate|call|describe)\b"#, #"\bcall it\b"#, #"\btakeaway\b"#,
        #"\bthat is a\b"#, #"\b(?:this|that|it) is (?:interesting|neat|promising|encouraging)\b"#, #"\bit is (?:a |an )?(?:promising|reasonable|neat|interesting|small|good|strong|weak)\b"#,
    ]
    /// The weight a cue adds to the verdict phrase of its sentence.
    static let bonus = 2

    /// A finding that went one way for one outcome and not for another ("sick days fell,
    /// but days of illness did not change"): the page reports a mixed result.
    static let mixedFinding = #"\b(?:improved|improves|reduced|lowered|fell|rose|increased|decreased|fewer|better|lower|higher|benefit(?:ed|s)?|helped|worked)\b[^.;]*?,?\s+(?:but|although|though|whereas|yet)\s+[^.;]*?\b(?:did not|didn't|do not|does not|no|not|never|unchanged)\b"#
    /// The weight of a mixed finding: that of an explicit rating.
    static let mixedFindingWeight = 3
}
