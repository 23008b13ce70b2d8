/// Words that make a percentage a change ("35% more hair", "reduced pain by 30%") rather
/// than a share of the participants ("98% reported relief"): the GRIM check only tests shares.
public enum ChangeWords {
    /// Folded words; one of them within two words of the percentage makes it a change.
    public static let words: Set<String> = [
        "more", "less", "fewer", "higher", "lower", "greater", "smaller", "faster", "slower",
        "better", "worse", "increase", "increased", "increases", "reduction", "reduced", "reduces",
        "decrease", "decreased", "decreases", "improvement", "improved", "improves", "rise", "rose",
        "drop", "dropped", "fell", "fall", "change", "changed", "by", "boost", "boosted", "gain",
        "cut", "than", "relative", "risk", "odds", "up", "down", "faster", "longer", "shorter",
    ]
}
