import Documents
import Extraction
import Foundation

/// Claims exactly as a gold file states them: "perfect extraction", so matching and
/// findings can be measured apart from extraction quality (the same content
/// `make_perfect.py` writes; where gold lists several readings, the first is used).
public enum GoldClaims {
    /// A problem reading a gold file.
    public struct Unreadable: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// The claims of a gold file, in file order. Evidence claims get their page's subject
    /// from the gold document's `topic`, or `fallbackSubject` when it has none.
    public static func load(_ url: URL, fallbackSubject: String = "page subject") throws -> [Claim] {
        let data = try Data(contentsOf: url)
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let rawClaims = root["claims"] as? [[String: Any]]
        else { throw Unreadable(description: "\(url.path): not a gold file (expected a claims list)") }
        var topics: [String: String] = [:]
        for document in root["documents"] as? [[String: Any]] ?? [] {
            if let id = document["id"] as? String, let topic = document["topic"] as? String {
                topics[id] = topic
            }
        }
        var claims: [Claim] = []
        for (index, raw) in rawClaims.enumerated() {
            guard let id = raw["id"] as? String, let document = raw["document"] as? String else { continue }
            let quote = raw["quote"] as? String ?? ""
            let mention = Mention(quote: quote, span: SourceSpan(line: index + 1))
            let verdict = (first(raw["verdict"]) as? String).flatMap(VerdictClass.init(rawValue:))
            if raw["kind"] as? String == "evidence" {
                claims.append(.evidence(EvidenceClaim(
                    id: id, document: document, subject: topics[document] ?? fallbackSubject,
                    topic: raw["topic"] as? String ?? "",
                    verdict: Classified(verdict ?? .notReported, text: verdict?.rawValue ?? ""),
                    mention: mention)))
                continue
            }
            let design = (first(raw["design"]) as? String).flatMap(DesignClass.init(rawValue:))
            let n = first(raw["n"]) as? Int
            let days = first(raw["durationDays"]) as? Int
            claims.append(.study(StudyClaim(
                id: id, document: document, label: raw["label"] as? String ?? "",
                authors: raw["authors"] as? [String] ?? [], year: first(raw["year"]) as? Int,
                design: design.map { Classified($0, text: $0.rawValue) },
                sampleSize: n.map { Classified($0, text: "n = \($0)") },
                duration: days.map { Classified($0, text: "\($0) days") },
                conditions: raw["conditions"] as? [String] ?? [],
                identifiers: Identifiers(
                    citations: raw["citations"] as? [String] ?? [], pmid: raw["pmid"] as? String,
                    doi: raw["doi"] as? String, nct: raw["nct"] as? String,
                    pmcid: raw["pmcid"] as? String),
                venue: raw["venue"] as? String, country: raw["country"] as? String,
                verdict: verdict.map { Classified($0, text: $0.rawValue) },
                mentions: [mention])))
        }
        return claims
    }

    private static func first(_ value: Any?) -> Any? {
        if let list = value as? [Any] { return list.first.flatMap { $0 is NSNull ? nil : $0 } }
        return value is NSNull ? nil : value
    }
}
