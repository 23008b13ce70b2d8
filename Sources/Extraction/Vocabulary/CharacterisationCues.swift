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
}
