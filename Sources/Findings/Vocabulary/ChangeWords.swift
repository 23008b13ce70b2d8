import Extraction

/// Words that make a percentage a change ("35% more hair", "reduced pain by 30%") rather
/// than a share of the participants ("98% reported relief"): the GRIM check only tests shares.
///
/// The words are data: `Data/ChangeWords.tsv`.
public enum ChangeWords {
    /// Folded words; one of them within two words of the percentage makes it a change.
    public static let words: Set<String> = VocabularyTable.bundled("ChangeWords", in: .module, columns: 1...1) {
        Set(try $0.terms())
    }
}
