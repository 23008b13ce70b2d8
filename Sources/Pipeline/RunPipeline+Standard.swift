import Extraction
import Findings
import Matching

extension RunPipeline.Stages {
    /// The project's stages: ``ClaimExtractor``, ``Matcher`` and ``FindingsBuilder`` with
    /// their standard vocabularies and weights.
    public static let standard = standard(weights: nil)

    /// The project's stages with the match weights pinned to `weights` (`--weights FILE`);
    /// `nil` estimates them from each run's claims.
    public static func standard(weights: WeightTable?) -> RunPipeline.Stages {
        RunPipeline.Stages(
            extract: { ClaimExtractor().extract(from: $0) },
            match: { claims in
                let run = Matcher(pinned: weights).run(claims)
                return (run.matches, run.table)
            },
            findings: { FindingsBuilder().findings(claims: $0, matches: $1) })
    }
}
