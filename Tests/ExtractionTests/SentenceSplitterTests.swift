import TestSupport
import Testing

@testable import Extraction

@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        ("Lee et al. found it worked. It was small.", ["Lee et al. found it worked.", "It was small."]),
        ("See trial no. 5 for details. Then stop.", ["See trial no. 5 for details.", "Then stop."]),
        ("No. Strong evidence says it works.", ["No.", "Strong evidence says it works."]),
        ("Pain fell by 2.5 points.1 Sleep improved.", ["Pain fell by 2.5 points.", "Sleep improved."]),
    ])
    func splits(text: String, expected: [String]) {
        #expect(SentenceSplitter.sentences(of: text).map(\.text) == expected)
    }

    @Test func keepsFootnotesApart() {
        #expect(SentenceSplitter.sentences(of: "It lasted 30 days.1,2 Next one.").first?.footnotes == [1, 2])
    }

    /// Superscripts lose their space when a page's markup is flattened: "years.5,6Some".
    @Test func gluedFootnotesStillEndTheSentence() {
        let sentences = SentenceSplitter.sentences(of: "Runners were seen for two years.3,4Later trials disagreed.")
        #expect(sentences.map(\.text) == ["Runners were seen for two years.", "Later trials disagreed."])
        #expect(sentences.first?.footnotes == [3, 4])
        // a version or a decimal is no footnote
        #expect(SentenceSplitter.sentences(of: "It scored 4.5Mb on the test.").count == 1)
    }
}

/// A run without sentence ends is cut into pieces the field grammars scan in linear time.
@Suite struct LongSentenceTests {
    @Test func longRunsAreCutAtSpaces() {
        let text = Array(repeating: "word", count: 2_000).joined(separator: " ")
        let pieces = SentenceSplitter.sentences(of: text)
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.text.count <= SentenceSplitter.maximumSentenceLength })
        #expect(pieces.map(\.text).joined(separator: " ") == text)
    }

    @Test func runsWithoutSpacesAreNoSentences() {
        let blob = String(repeating: "Q", count: 5 * SentenceSplitter.maximumSentenceLength)
        let pieces = SentenceSplitter.sentences(of: "A short start. " + blob + " then words again")
        #expect(pieces.first?.text == "A short start.")
        #expect(pieces.allSatisfy { $0.text.count <= SentenceSplitter.maximumSentenceLength })
        #expect(pieces.allSatisfy { !$0.text.hasPrefix("QQQQ") || $0.text.contains(" ") })
        #expect(pieces.last?.text.hasSuffix("then words again") == true)
    }

    /// Cutting is linear: a 4 MB run (two thousand pieces) once took the fuzzer's hang inputs
    /// minutes, recounting the rest of the run for every piece; now well under a second of
    /// CPU (the bound is generous for debug builds).
    @Test func cuttingAHugeRunIsLinear() {
        let text = String(repeating: "lorem ", count: 700_000)
        let (pieces, seconds) = ThreadCPUClock.measure { SentenceSplitter.sentences(of: text) }
        #expect(pieces.count > 2_000)
        #expect(pieces.map(\.text).joined(separator: " ") + " " == text)
        #expect(seconds < 8, "took \(seconds) s of CPU")
    }

    /// Periods inside a long run (each one asks whether the word before is an abbreviation)
    /// stay linear too: the check looks only at the run's tail.
    @Test func manyPeriodsInAHugeRunAreLinear() {
        let text = String(repeating: "sample Fig. Data e.g. Lorem ", count: 150_000)
        let (pieces, seconds) = ThreadCPUClock.measure { SentenceSplitter.sentences(of: text) }
        #expect(pieces.allSatisfy { $0.text.count > 1_000 }, "abbreviations end no sentence; only the cuts at spaces do")
        #expect(pieces.map(\.text).joined(separator: " ") + " " == text)
        #expect(seconds < 8, "took \(seconds) s of CPU")
    }
}
