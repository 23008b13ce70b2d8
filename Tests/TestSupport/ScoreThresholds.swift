/// Every score floor the test suite holds the project to, in one place so they are raised
/// together (issues #4, #5, #11, #12).
///
/// Keys are `score.py` metric keys. A corpus fails when a metric is below its minimum or
/// above its maximum (a missing metric fails a minimum). Three kinds of run are scored:
/// ``Extraction`` (the claims of each page), ``Pipeline`` (the whole run, through the library
/// and through the `reconcile` binary: extraction, matching and findings) and ``GoldClaims``
/// (matching and findings on the gold claims, which isolates them from extraction).
public enum ScoreThresholds {
    /// Floors on the claims extraction finds.
    public enum Extraction {
        /// The seed pages: everything exact.
        public static let seeds: [String: Double] = [
            "study.recall": 1.0, "study.precision": 1.0, "field.all": 1.0,
            "evidence.recall": 0.9, "evidence.precision": 0.8,
        ]

        /// The dev corpus (15 pages on six other subjects).
        public static let dev: [String: Double] = [
            "study.recall": 0.92, "study.precision": 0.92,
            "field.year": 0.90, "field.n": 0.90, "field.authors": 0.90, "field.design": 0.90,
            "field.all": 0.88, "evidence.recall": 0.85, "evidence.precision": 0.85,
        ]

        /// The validation corpus (`Tests/Fixtures/validation/`: six pages on two subjects the
        /// dev corpus lacks, written blind to the code). Set below what the extractor reaches
        /// (1.0 / 1.0 when added) so a regression on unseen wording shows.
        public static let validation: [String: Double] = [
            "evidence.recall": 0.8, "evidence.precision": 0.85,
            // Study claims (reached 0.95 / 1.0 / field.all 0.98 when added).
            "study.recall": 0.9, "study.precision": 0.92, "field.all": 0.9,
        ]

        /// The second validation corpus (`Tests/Fixtures/validation-2/`: seven pages on two
        /// supplements, written blind to the code). Below what the extractor reaches
        /// (evidence 1.0 / 0.86, study 0.90 / 0.90, field.all 0.92 when added).
        public static let validation2: [String: Double] = [
            "evidence.recall": 0.9, "evidence.precision": 0.8,
            "study.recall": 0.85, "study.precision": 0.85, "field.all": 0.85,
        ]

        /// The third validation corpus (`Tests/Fixtures/validation-3/`). Below what the
        /// extractor reaches (study 1.0 / 1.0, field.all 0.90, evidence 0.95 / 0.86).
        public static let validation3: [String: Double] = [
            "evidence.recall": 0.9, "evidence.precision": 0.8,
            "study.recall": 0.95, "study.precision": 0.95, "field.all": 0.85,
        ]

        /// `../shared/corpus/real/`: 57 texts by other people. Regression floors a little below
        /// what the extractor reaches today (study 0.85 / 0.89, authors 0.94, verdict 0.76,
        /// field.all 0.82, evidence 0.63 / 0.58); issue #11 asks for 0.85 / 0.85, authors 0.80,
        /// verdict 0.75, field.all 0.80, evidence 0.70 — evidence is not reached yet.
        public static let real: [String: Double] = [
            "study.recall": 0.82, "study.precision": 0.85, "field.authors": 0.9, "field.all": 0.79,
            "field.verdict": 0.74, "evidence.recall": 0.6, "evidence.precision": 0.55,
        ]

        /// Unknown must never be guessed.
        public static let maximums: [String: Double] = ["guessed.n": 0]
    }

    /// Floors on links and conflicts of the whole pipeline (real extraction, matching,
    /// findings), the same for the library and the binary.
    public enum Pipeline {
        /// The seed pages: the canonical pair found, nothing else linked, every conflict found.
        public static let seeds: [String: Double] = [
            "links.precision": 1.0, "links.recall": 1.0,
            "conflicts.recall": 1.0, "conflicts.precision": 0.8,
            "evidence_conflicts.recall": 1.0, "evidence_conflicts.precision": 0.8,
        ]

        /// The seed pair is a confident match, not one left for a person.
        public static let seedMaximums: [String: Double] = ["links.possible_share": 0]

        /// The dev corpus (15 pages on six subjects): issue #12's floors (today links F1 0.98,
        /// conflicts F1 0.96).
        public static let dev: [String: Double] = [
            "links.f1": 0.95, "conflicts.f1": 0.90, "evidence_conflicts.f1": 0.90,
        ]

        /// `../shared/corpus/real/` (13 studies told by 2–7 real texts each): floors a little
        /// below today's links F1 0.75 and conflicts F1 0.67 (issue #12 asks 0.75 / 0.60).
        public static let real: [String: Double] = ["links.f1": 0.72, "conflicts.f1": 0.6]
    }

    /// Floors on matching and findings run on the gold claims (perfect extraction).
    public enum GoldClaims {
        /// The seed pages.
        public static let seeds: [String: Double] = Pipeline.seeds
        /// The dev corpus.
        public static let dev: [String: Double] = [
            "links.f1": 0.85, "conflicts.f1": 0.75, "evidence_conflicts.f1": 0.70,
        ]
        /// Pages written after the matcher was tuned: links and conflicts must carry over.
        public static let validation: [String: Double] = ["links.f1": 0.9, "conflicts.f1": 0.85]
    }

    /// `score.py --min KEY=V` arguments for a table of minimums, in key order.
    public static func scoreArguments(_ minimums: [String: Double]) -> [String] {
        minimums.sorted { $0.key < $1.key }.flatMap { ["--min", "\($0.key)=\($0.value)"] }
    }
}
