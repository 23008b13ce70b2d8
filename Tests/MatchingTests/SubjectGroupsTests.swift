@testable import Matching
import Testing

@Suite struct SubjectGroupsTests {
    /// A page that keeps naming another page's subject joins its group; a single passing
    /// mention does not, and a phrase must appear with its words in order.
    @Test func pagesThatKeepNamingAnotherSubjectJoinItsGroup() {
        let texts: [[[String]]] = [
            [["tart", "cherry", "juice", "eased", "gout"], ["cherry", "juice", "and", "sleep"]],  // page 0
            [["montmorency", "extract", "trial"], ["cherry", "juice", "dose"], ["montmorency", "cherry", "juice"]],  // page 1
            [["beetroot", "nitrate", "study"], ["juice", "cherry", "order"], ["cherry", "juice", "once"], ["beetroot", "again"], ["more", "beetroot"]],  // page 2
        ]
        let groups = SubjectGroups.representatives(
            subjects: ["cherry juice", "montmorency", "beetroot"]) { texts[$0] }
        #expect(groups == ["cherry juice", "cherry juice", "beetroot"])
    }

    /// The index finds every phrase in one pass and counts each text once per phrase.
    @Test func phraseIndexCountsTextsNotOccurrences() {
        let index = SubjectGroups.PhraseIndex([["sea", "kelp"], ["kelp"], ["sea", "salt", "spray"]])
        let found = index.named(in: [
            ["sea", "kelp", "sea", "kelp"], ["dried", "sea", "kelp"], ["sea", "salt"], ["rock", "salt"],
        ])
        // "sea kelp" and "kelp" are in two of four texts (the share is 0.25, the floor two);
        // "sea salt spray" never appears whole.
        #expect(found == [0, 1])
        #expect(index.named(in: [["kelp"], ["other"], ["other"], ["other"], ["other"], ["other"], ["other"], ["other"], ["other"]]).isEmpty)
    }
}
