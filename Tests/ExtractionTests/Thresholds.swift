/// The scores extraction must reach, in one place so they can be raised (issue #4).
///
/// Keys are `score.py` metric keys; a corpus fails when a metric is below its minimum or
/// above its maximum (a missing metric fails a minimum).
enum Thresholds {
    /// One corpus to score: where its pages are and what it must reach.
    struct Corpus: CustomStringConvertible, Sendable {
        /// Name shown in test output.
        let name: String
        /// Folders (or files) holding the pages, absolute.
        let pages: [String]
        /// The gold file, absolute.
        let gold: String
        /// Metric → lowest accepted value.
        let minimums: [String: Double]
        /// Metric → highest accepted value.
        let maximums: [String: Double]

        var description: String { name }
    }

    /// The seed pages: everything exact.
    static let seedMinimums: [String: Double] = [
        "study.recall": 1.0, "study.precision": 1.0, "field.all": 1.0,
        "evidence.recall": 0.9, "evidence.precision": 0.8,
    ]

    /// The dev corpus (15 pages on six other subjects).
    static let devMinimums: [String: Double] = [
        "study.recall": 0.92, "study.precision": 0.92,
        "field.year": 0.90, "field.n": 0.90, "field.authors": 0.90, "field.design": 0.90,
        "field.all": 0.88, "evidence.recall": 0.85, "evidence.precision": 0.85,
    ]

    /// The validation corpus (`Tests/Fixtures/validation/`: six pages on two subjects the dev
    /// corpus lacks, written blind to the code). Set below what the
    /// extractor reaches (1.0 / 1.0 when added) so a regression on unseen wording shows.
    static let validationMinimums: [String: Double] = [
        "evidence.recall": 0.8, "evidence.precision": 0.85,
        // Study claims (reached 0.95 / 1.0 / field.all 0.98 when added).
        "study.recall": 0.9, "study.precision": 0.92, "field.all": 0.9,
    ]

    /// The second validation corpus (`Tests/Fixtures/validation-2/`: seven pages on melatonin
    /// and vitamin D, written blind to the code). Set below what the extractor reaches
    /// (evidence 1.0 / 0.86, study 0.90 / 0.90, field.all 0.92 when added).
    static let validation2Minimums: [String: Double] = [
        "evidence.recall": 0.9, "evidence.precision": 0.8,
        "study.recall": 0.85, "study.precision": 0.85, "field.all": 0.85,
    ]

    /// The third validation corpus (`Tests/Fixtures/validation-3/`: probiotics and zinc).
    /// Floors below what the extractor reaches (study 1.0 / 1.0, field.all 0.90, evidence
    /// 0.95 / 0.86).
    static let validation3Minimums: [String: Double] = [
        "evidence.recall": 0.9, "evidence.precision": 0.8,
        "study.recall": 0.95, "study.precision": 0.95, "field.all": 0.85,
    ]

    /// `../shared/corpus/real/`: 57 texts by other people. Regression floors a little below
    /// what the extractor reaches today (study 0.85 / 0.89, authors 0.94, verdict 0.76,
    /// field.all 0.82, evidence 0.62 / 0.53); issue #11 asks for 0.85 / 0.85, authors 0.80,
    /// verdict 0.75, field.all 0.80, evidence 0.70 — evidence is not reached yet.
    static let realMinimums: [String: Double] = [
        "study.recall": 0.82, "study.precision": 0.85, "field.authors": 0.9, "field.all": 0.79,
        "field.verdict": 0.74, "evidence.recall": 0.58, "evidence.precision": 0.5,
    ]
    /// Unknown must never be guessed.
    static let maximums: [String: Double] = ["guessed.n": 0]
}
