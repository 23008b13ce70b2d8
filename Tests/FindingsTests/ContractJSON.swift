import Extraction
import Findings
import Foundation
import Matching

/// A minimal writer of the report.json contract, for scoring this stage on gold claims
/// (the real writer lives in Reporting; this one only carries what score.py reads).
enum ContractJSON {
    static func report(claims: [Claim], matches: [Match], findings: [Finding]) throws -> Data {
        var documents: [String] = []
        for claim in claims where !documents.contains(claim.document) { documents.append(claim.document) }
        let claimObjects: [[String: Any]] = claims.map { claim in
            switch claim {
            case .study(let s):
                return ["id": s.id, "document": s.document, "kind": "study", "label": s.label,
                        "authors": s.authors, "year": s.year as Any? ?? NSNull(),
                        "design": s.design.map { ["class": $0.value?.rawValue as Any? ?? NSNull(), "text": $0.text] } as Any? ?? NSNull(),
                        "sampleSize": ["n": s.sampleSize?.value as Any? ?? NSNull()],
                        "duration": ["days": s.duration?.value as Any? ?? NSNull()],
                        "verdict": s.verdict.map { ["class": $0.value?.rawValue as Any? ?? NSNull()] } as Any? ?? NSNull(),
                        "quote": s.quote]
            case .evidence(let e):
                return ["id": e.id, "document": e.document, "kind": "evidence", "subject": e.subject,
                        "topic": e.topic, "verdict": ["class": e.verdict.value?.rawValue as Any? ?? NSNull()],
                        "quote": e.mention.quote]
            }
        }
        func value(_ v: ScalarValue) -> Any {
            switch v {
            case .int(let n): return n
            case .number(let x): return x
            case .string(let s): return s
            }
        }
        func findingObject(_ f: Finding) -> [String: Any] {
            ["id": f.id, "kind": f.kind.rawValue, "severity": f.severity.rawValue,
             "field": f.field?.rawValue as Any? ?? NSNull(), "topic": f.topic as Any? ?? NSNull(),
             "claims": f.claims, "message": f.message,
             "values": f.values.map { ["claim": $0.claim, "value": value($0.value)] }]
        }
        let matchObjects: [[String: Any]] = matches.map { m in
            ["id": m.id, "status": m.status.rawValue, "score": m.score, "claims": m.claims,
             "conflicts": findings.filter { $0.match == m.id }.map(findingObject)]
        }
        let root: [String: Any] = [
            "schemaVersion": 1,
            "documents": documents.map { ["id": $0, "source": "Inputs/\($0).txt", "format": "text", "title": $0] },
            "claims": claimObjects, "matches": matchObjects, "findings": findings.map(findingObject),
        ]
        return try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])
    }
}
