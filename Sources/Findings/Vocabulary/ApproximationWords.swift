/// Words that mark a number as approximate ("about 500", "nearly 3,200").
///
/// A sample size given approximately that differs a little from an exact one is a minor
/// conflict, not a major one (DESIGN.md "Conflict rules").
public enum ApproximationWords {
    /// Folded words; a sample-size text containing one is approximate.
    public static let words: Set<String> = [
        "about", "approximately", "approx", "around", "nearly", "almost", "roughly", "some",
        "over", "more", "than", "under", "circa", "ca", "estimated", "upwards",
    ]
    /// Characters that mark approximation on their own.
    public static let symbols: Set<Character> = ["~", "≈", "±"]
}
