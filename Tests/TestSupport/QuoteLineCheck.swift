import Documents
import Extraction
import Foundation
import Model

/// Checks that every value of a claim cites a line of its page that holds the value's quote:
/// the page-reading and line-comparing half of the provenance tests, in one place.
///
/// A text page's line is compared as written and as its visible text (Markdown markup
/// removed by parsing the line alone); an HTML page's line is compared against the text of
/// the blocks (and table rows) that start on it. Whitespace is normalised on both sides.
public struct QuoteLineCheck {
    /// A value whose quote is not on the line it cites (or that cites no line).
    public struct Mismatch: CustomStringConvertible, Sendable {
        /// The claim id.
        public let claim: String
        /// The field key (`sampleSize`, `verdict`…).
        public let field: String
        /// The value's quote.
        public let quote: String
        /// The cited line; `nil` when the value cites none.
        public let line: Int?
        /// What that line holds.
        public let lineText: String

        /// `claim field: "quote" not on line N ("line text")`.
        public var description: String {
            "\(claim) \(field): \"\(quote)\" not on line \(line.map(String.init) ?? "?") (\"\(lineText.prefix(160))\")"
        }
    }

    private let document: Document
    private let rawLines: [String]

    /// Reads the page at `url` and parses it as the CLI does.
    /// - Throws: When the file cannot be read or parsed.
    public init(page url: URL) throws {
        let bytes = [UInt8](try Data(contentsOf: url))
        document = try DocumentParser().parse(bytes, path: url.path, id: url.deletingPathExtension().lastPathComponent,
                                              source: url.path)
        rawLines = String(decoding: bytes, as: UTF8.self)
            .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
    }

    /// The parsed page.
    public var parsed: Document { document }

    /// The texts a quote citing `line` may be found in.
    public func texts(at line: Int) -> [String] {
        switch document.format {
        case .html:
            var texts: [String] = []
            for block in document.blocks {
                if block.span.line == line { texts.append(block.text) }
                guard let table = block.table else { continue }
                if block.span.line == line, !table.header.isEmpty { texts.append(table.header.joined(separator: " | ")) }
                for (index, row) in table.rows.enumerated() where index < table.rowLines.count && table.rowLines[index] == line {
                    texts.append(row.joined(separator: " | "))
                }
            }
            return texts.map(Self.normalised)
        case .text:
            guard line >= 1, line <= rawLines.count else { return [] }
            let raw = rawLines[line - 1]
            let visible = (try? DocumentParser().parse(Array(raw.utf8), path: "line", id: "line", source: "line"))
                .map { $0.blocks.map(\.text).joined(separator: " ") } ?? ""
            return [raw, visible].map(Self.normalised)
        }
    }

    /// Whether `quote` is on `line`.
    public func holds(_ quote: String, line: Int) -> Bool {
        let needle = Self.normalised(quote)
        return !needle.isEmpty && texts(at: line).contains { $0.contains(needle) }
    }

    /// Every value of the page's claims (as the JSON contract writes them) whose quote is not
    /// on the line it cites.
    public func mismatches(in claims: [Claim]) -> [Mismatch] {
        claims.flatMap { claim in Self.values(of: ClaimJSON(claim)).compactMap { value in
            if let line = value.line, holds(value.quote, line: line) { return nil }
            let text = value.line.map { texts(at: $0).first ?? "" } ?? ""
            return Mismatch(claim: claim.id, field: value.field, quote: value.quote, line: value.line, lineText: text)
        } }
    }

    /// Each stated value of a claim record: field key, quote and cited line.
    public static func values(of claim: ClaimJSON) -> [(field: String, quote: String, line: Int?)] {
        var values: [(String, String, Int?)] = []
        func add<V, K>(_ field: String, _ value: ClassifiedJSON<V, K>?) {
            guard let value, !value.text.isEmpty else { return }
            values.append((field, value.quoted, value.location?.line))
        }
        add("design", claim.design)
        add("sampleSize", claim.sampleSize)
        add("duration", claim.duration)
        add("dose", claim.dose)
        add("verdict", claim.verdict)
        guard claim.kind == .study else { return values }
        let stated: [(String, Bool)] = [
            ("label", !(claim.label ?? "").isEmpty), ("authors", !(claim.authors ?? []).isEmpty),
            ("year", claim.year != nil), ("venue", claim.venue != nil), ("country", claim.country != nil),
        ]
        for (field, isStated) in stated where isStated {
            let source = claim.sources?[field]
            values.append((field, source?.quote ?? "", source?.location.line))
        }
        return values
    }

    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// The page files of a corpus folder, as the CLI walks one (name order, pages only, no
/// READMEs); a file path lists itself.
public enum CorpusPages {
    /// The pages at `path`.
    /// - Throws: When `path` does not exist.
    public static func at(_ path: String) throws -> [URL] {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        guard isFolder.boolValue else { return [url] }
        return try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            .filter { PageExtension.collected.contains($0.pathExtension.lowercased()) }
            .filter { !$0.lastPathComponent.lowercased().hasPrefix("readme") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}
