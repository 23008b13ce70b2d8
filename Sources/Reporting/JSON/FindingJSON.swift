import Documents
import Findings
import Foundation

/// A finding in `report.json` (DESIGN.md "JSON contract"); absent fields are explicit nulls.
struct FindingJSON: Encodable {
    let finding: Finding
    let review: FindingReview?
    /// Whether the run has a review store (then every finding carries `review`).
    let hasReviews: Bool

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(finding.id, forKey: .id)
        try c.encode(finding.kind, forKey: .kind)
        try c.encode(finding.severity, forKey: .severity)
        try c.encode(finding.field, forKey: .field)
        try c.encode(finding.subject, forKey: .subject)
        try c.encode(finding.topic, forKey: .topic)
        try c.encode(finding.match, forKey: .match)
        try c.encode(finding.claims, forKey: .claims)
        try c.encode(finding.message, forKey: .message)
        try c.encode(finding.values.map(ConflictValueJSON.init), forKey: .values)
        if hasReviews {
            try c.encode(ReviewJSON(review ?? FindingReview(status: .open)), forKey: .review)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, severity, field, subject, topic, match, claims, message, values, review
    }
}

/// One side of a disagreement: claim, value, the page's words and where they are.
struct ConflictValueJSON: Encodable {
    let value: ConflictValue

    init(_ value: ConflictValue) { self.value = value }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value.claim, forKey: .claim)
        switch value.value {
        case .int(let n): try c.encode(n, forKey: .value)
        case .number(let x): try c.encode(x, forKey: .value)
        case .string(let s): try c.encode(s, forKey: .value)
        }
        try c.encode(value.text, forKey: .text)
        try c.encode(BlockJSON.Location(value.span), forKey: .location)
    }

    private enum CodingKeys: String, CodingKey { case claim, value, text, location }
}

/// A review decision `{status, reviewer, time, note}`.
struct ReviewJSON: Encodable {
    let review: FindingReview

    init(_ review: FindingReview) { self.review = review }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(review.status, forKey: .status)
        try c.encode(review.reviewer, forKey: .reviewer)
        try c.encode(review.time.map(ISO8601.string), forKey: .time)
        try c.encode(review.note, forKey: .note)
    }

    private enum CodingKeys: String, CodingKey { case status, reviewer, time, note }
}

/// ISO 8601 UTC timestamps, second precision ("2026-11-21T06:00:00Z").
public enum ISO8601 {
    /// `date` as `yyyy-MM-ddTHH:mm:ssZ`.
    public static func string(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}
