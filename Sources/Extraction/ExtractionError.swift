/// Why extraction could not use one of its inputs.
///
/// Today the only such input is a vocabulary file (`Vocabulary/Data/*.tsv`): a row that is not
/// what its file's header says it holds.
public enum ExtractionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A vocabulary row does not fit its file.
    /// - file: The file name as reported ("DesignPhrases.tsv").
    /// - line: 1-based line of the row in that file; 0 when the file itself is missing.
    /// - problem: What is wrong, quoting the offending text.
    /// - expected: What the file expects there.
    case badVocabulary(file: String, line: Int, problem: String, expected: String)

    /// `file:line: problem (expected …)`.
    public var description: String {
        switch self {
        case .badVocabulary(let file, let line, let problem, let expected):
            return "\(file):\(line): \(problem) (expected \(expected))"
        }
    }
}
