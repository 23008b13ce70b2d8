import Extraction

/// Words that carry no identity when comparing phrases or labels.
///
/// Data, not logic: the matcher and the findings stage read these sets (from
/// `Data/FillerWords.tsv`) and nothing else decides which words are filler.
public enum FillerWords {
    private static let file = VocabularyTable.bundled("FillerWords", in: .module, columns: 2...2) {
        try $0.termsByRole(["phrase", "label"])
    }

    /// Ignored inside short phrases (conditions, topics, subjects).
    public static let phrase: Set<String> = Set(file["phrase"] ?? [])

    /// Ignored when comparing a claim's label and quote: grammar words, citation filler and
    /// words every study description uses.
    public static let label: Set<String> = Set(file["label"] ?? [])
}
