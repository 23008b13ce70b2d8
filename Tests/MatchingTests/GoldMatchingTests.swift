import Extraction
import Foundation
import Matching
import TestSupport
import Testing

@Suite struct GoldMatchingTests {
    @Test(arguments: ["seeds", "dev"])
    func printMatches(corpus: String) throws {
        let claims = try GoldClaims.load(Fixtures.corpus.appendingPathComponent("\(corpus)/gold.json"))
        let matches = Matcher().match(claims)
        for match in matches {
            print(match.status, match.score, match.claims)
        }
        #expect(!matches.isEmpty)
    }
}
