import Extraction
import Findings
import Matching

extension RunPipeline.Stages {
    /// The project's stages: ``ClaimExtractor``, ``Matcher`` and ``FindingsBuilder`` with
    /// their standard vocabularies and weights.
    public static let standard = RunPipeline.Stages(
        extract: { ClaimExtractor().extract(from: $0) },
        match: { Matcher().match($0) },
        findings: { FindingsBuilder().findings(claims: $0, matches: $1) })
}
