import Foundation
import Testing
import TestSupport
@testable import Extraction

@Suite struct VocabularyTableTests {
    private static let designClasses = DesignClass.allCases.map(\.rawValue).joined(separator: ", ")

    private func designPhrases(_ text: String) throws -> DesignPhrases {
        try DesignPhrases(
            phrases: VocabularyTable(file: "DesignPhrases.tsv", text: text, columns: 2...2),
            weakCues: VocabularyTable(file: "DesignWeakCues.tsv", text: "", columns: 2...2))
    }

    private func message(_ body: () throws -> Void) -> String? {
        do { try body() } catch { return "\(error)" }
        return nil
    }

    @Test func readsCommentsBlankLinesAndLineNumbers() throws {
        let table = try VocabularyTable(
            file: "T.tsv", text: "# what it holds\n\nrct\t\\bfoo\\b\r\n# more\npilot_rct\tbar\n", columns: 2...2)
        #expect(table.rows.map(\.line) == [3, 5])
        #expect(table.rows.map(\.fields) == [["rct", "\\bfoo\\b"], ["pilot_rct", "bar"]])
    }

    @Test func unknownDesignClassNamesFileLineAndClasses() {
        let text = "# header\n# more header\nrct\t\\bzyx\\b\nrtc\t\\bqwv\\b\n"
        #expect(message { _ = try designPhrases(text) }
            == "DesignPhrases.tsv:4: unknown design class \"rtc\" (expected one of: \(Self.designClasses))")
    }

    @Test func regexThatDoesNotCompileNamesFileAndLine() {
        #expect(message { _ = try designPhrases("rct\t\\bok\\b\nrct\t(unclosed\n") }
            == "DesignPhrases.tsv:2: regex \"(unclosed\" does not compile (expected an ICU regular expression)")
    }

    @Test func wrongColumnCountNamesFileAndLine() {
        #expect(message { _ = try designPhrases("# one\nrct\n") }
            == "DesignPhrases.tsv:2: 1 tab-separated column (expected 2 columns)")
        #expect(message { _ = try designPhrases("rct\ta\tb\n") }
            == "DesignPhrases.tsv:1: 3 tab-separated columns (expected 2 columns)")
    }

    @Test func verdictRowsAreChecked() throws {
        func parse(_ text: String) throws -> [VerdictPhrase] {
            try VerdictPhrases.parse(VocabularyTable(file: "VerdictPhrases.tsv", text: text, columns: 3...4))
        }
        #expect(message { _ = try parse("strong\t3\tquite plausible\nstrnog\t3\tx\n") }?
            .hasPrefix("VerdictPhrases.tsv:2: unknown verdict class \"strnog\" (expected one of: strong,") == true)
        #expect(message { _ = try parse("strong\tthree\tquite plausible\n") }
            == "VerdictPhrases.tsv:1: \"three\" is not a whole number (expected digits)")
        #expect(message { _ = try parse("strong\t3\tQuite Plausible\n") }
            == "VerdictPhrases.tsv:1: phrase \"Quite Plausible\" (expected lowercase words separated by single spaces)")
        #expect(message { _ = try parse("no_effect\t2\tnope\tfirst\n") }
            == "VerdictPhrases.tsv:1: unknown position \"first\" (expected one of: leading)")
        let phrases = try parse("no_effect\t2\tnope\tleading\n")
        #expect(phrases.first?.leadingOnly == true && phrases.first?.words == ["nope"])
    }

    @Test func roleTablesAreChecked() throws {
        let table = try VocabularyTable(file: "W.tsv", text: "word\tabout\nsymbl\t~\n", columns: 2...2)
        #expect(message { _ = try table.termsByRole(["word", "symbol"]) }
            == "W.tsv:2: unknown role \"symbl\" (expected one of: word, symbol)")
        let spaced = try VocabularyTable(file: "W.tsv", text: "word\tabout \n", columns: 2...2)
        #expect(message { _ = try spaced.termsByRole(["word"]) }
            == "W.tsv:1: spaces around \"about \" in column 2 (expected no leading or trailing spaces)")
        let patterns = try VocabularyTable(file: "P.tsv", text: "cue\t\\bx\\b\n", columns: 2...2)
        #expect(message { _ = try patterns.patternsByRole(["cue", "mixed_finding"], single: ["mixed_finding"]) }
            == "P.tsv:1: no \"mixed_finding\" row (expected one mixed_finding row)")
    }

    @Test func readsFromAFileAndNamesIt() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("vocab-\(UUID().uuidString)").appendingPathComponent("Extra.tsv")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        try Data("# invented\nrct\t\\bcoin toss\\b\nrct\n".utf8).write(to: url)
        #expect(message { _ = try VocabularyTable(contentsOf: url, columns: 2...2) }
            == "Extra.tsv:3: 1 tab-separated column (expected 2 columns)")
    }

    /// An added row changes behaviour: the bundled table does not know this invented wording,
    /// the same table with one more row does.
    @Test func addedDesignRowIsRecognised() throws {
        let text = "the volunteers were sorted into two arms by a coin toss"
        #expect(DesignExtractor().design(in: text) == nil)
        let extra = try VocabularyTable(file: "Extra.tsv", text: "rct\t\\bby a coin toss\\b\n", columns: 2...2)
        let extended = try DesignPhrases(
            phrases: DesignPhrases.bundledTable("DesignPhrases").appending(extra),
            weakCues: DesignPhrases.bundledTable("DesignWeakCues"))
        #expect(extended.table.count == DesignPhrases.bundled.table.count + 1)
        #expect(DesignExtractor(phrases: extended).design(in: text)?.value == .rct)
        // Rows the bundled table already had still decide first.
        #expect(DesignExtractor(phrases: extended).design(in: "a crossover trial decided by a coin toss")?.value == .rct)
        #expect(DesignExtractor(phrases: extended).design(in: "a cohort sorted by a coin toss")?.value == .cohort)
    }

    @Test func everyBundledTableLoads() {
        #expect(!CharacterisationCues.patterns.isEmpty && !CharacterisationCues.mixedFinding.isEmpty)
        #expect(ColumnRoles.table.count == 9)
        #expect(!ConditionPhrases.qualifiers.isEmpty && !ConditionPhrases.knownConditions.isEmpty)
        #expect(!ConditionPhrases.synonyms.isEmpty && !ConditionPhrases.narrowerTopics.isEmpty)
        #expect(Demonyms.table["Swedish"] == "Sweden")
        #expect(DurationUnits.days.map(\.days) == [1, 7, 30, 365])
        #expect(!EvidencePhrases.verdictHeaderWords.isEmpty && EvidencePhrases.nonTopicLabels.contains(""))
        #expect(!NameParticles.particles.isEmpty && !ParticipantNouns.nouns.isEmpty)
        #expect(!StudyNouns.teamVerbs.isEmpty && !SubjectPhrases.synonyms.isEmpty)
        #expect(!VenueWords.journalWords.isEmpty && !VerdictPhrases.phrases.isEmpty)
        #expect(VerdictPhrases.starClasses[5] == .strong && VerdictPhrases.stars.count == 2)
    }

    /// Each data file opens with comment lines that say what it holds, how to extend it and
    /// where its terms come from (issue 11's hygiene rule).
    @Test func everyDataFileHasAHeader() throws {
        let sources = Fixtures.packageRoot.appendingPathComponent("Sources")
        var files: [URL] = []
        for module in ["Extraction", "Matching", "Findings"] {
            let folder = sources.appendingPathComponent(module).appendingPathComponent("Vocabulary/Data")
            files += try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "tsv" }
        }
        #expect(files.count >= 30)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let header = text.split(separator: "\n").prefix { $0.hasPrefix("#") }.joined(separator: "\n")
            #expect(text.hasPrefix("# "), "\(file.lastPathComponent) starts with a comment")
            #expect(header.contains("To extend"), "\(file.lastPathComponent) says how to extend it")
            #expect(header.contains("Where the terms come from"), "\(file.lastPathComponent) names its source")
        }
    }
}
