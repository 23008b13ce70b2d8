import Extraction
import Findings
import Foundation

/// A finding in `report.json` (DESIGN.md "JSON contract"); absent fields are explicit nulls.
///
/// A typed record: the run history stores and loads findings as these records. `review` is
/// written when set (every finding of a run with a review store has one); `stale` only when
/// set (``changes.json`` marks carried-over findings).
public struct FindingJSON: Codable, Hashable, Sendable {
    /// The stable fingerprint.
    public var id: String
    /// conflict, evidence_conflict or internal.
    public var kind: Finding.Kind
    /// How much it matters.
    public var severity: Severity
    /// The disagreeing field of a `conflict`.
    public var field: ConflictField?
    /// The subject of an `evidence_conflict`.
    public var subject: String?
    /// The topic of an `evidence_conflict`.
    public var topic: String?
    /// The match id of a `conflict`.
    public var match: String?
    /// The claims involved.
    public var claims: [String]
    /// The one-line message.
    public var message: String
    /// Each side's value, words and location.
    public var values: [ConflictValueJSON]
    /// The review decision, when the run has a review store.
    public var review: ReviewJSON?
    /// Carried over from an earlier run because a page it involves failed to load.
    public var stale: Bool

    /// The record of a finding.
    /// - Parameters:
    ///   - finding: The finding.
    ///   - review: Its review decision; `nil` writes no `review`.
    public init(_ finding: Finding, review: FindingReview? = nil) {
        id = finding.id
        kind = finding.kind
        severity = finding.severity
        field = finding.field
        subject = finding.subject
        topic = finding.topic
        match = finding.match
        claims = finding.claims
        message = finding.message
        values = finding.values.map(ConflictValueJSON.init)
        self.review = review.map(ReviewJSON.init)
        stale = false
    }

    /// Reads a stored or written finding; members missing from payloads saved by early
    /// versions read as empty (a `conflict` of severity `info`).
    /// - Throws: `DecodingError` when a member has the wrong type or an unknown value.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decodeIfPresent(Finding.Kind.self, forKey: .kind) ?? .conflict
        severity = try c.decodeIfPresent(Severity.self, forKey: .severity) ?? .info
        field = try c.decodeIfPresent(ConflictField.self, forKey: .field)
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        topic = try c.decodeIfPresent(String.self, forKey: .topic)
        match = try c.decodeIfPresent(String.self, forKey: .match)
        claims = try c.decodeIfPresent([String].self, forKey: .claims) ?? []
        message = try c.decodeIfPresent(String.self, forKey: .message) ?? ""
        values = try c.decodeIfPresent([ConflictValueJSON].self, forKey: .values) ?? []
        review = try c.decodeIfPresent(ReviewJSON.self, forKey: .review)
        stale = try c.decodeIfPresent(Bool.self, forKey: .stale) ?? false
    }

    /// Writes the contract's keys; absent values are explicit nulls.
    /// - Throws: `EncodingError` (not expected).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(severity, forKey: .severity)
        try c.encode(field, forKey: .field)
        try c.encode(subject, forKey: .subject)
        try c.encode(topic, forKey: .topic)
        try c.encode(match, forKey: .match)
        try c.encode(claims, forKey: .claims)
        try c.encode(message, forKey: .message)
        try c.encode(values, forKey: .values)
        try c.encodeIfPresent(review, forKey: .review)
        if stale { try c.encode(true, forKey: .stale) }
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, severity, field, subject, topic, match, claims, message, values, review, stale
    }
}

/// One side of a disagreement: claim, value, the page's words and where they are.
public struct ConflictValueJSON: Codable, Hashable, Sendable {
    /// The claim id.
    public let claim: String
    /// The value: a number or a string.
    public let value: ScalarValue
    /// The page's words.
    public let text: String
    /// Where they are; `nil` only in payloads saved by early versions.
    public let location: BlockJSON.Location?

    /// The record of one side.
    public init(_ value: ConflictValue) {
        claim = value.claim
        self.value = value.value
        text = value.text
        location = BlockJSON.Location(value.span)
    }

    /// Reads a side; a whole number is an `int` value, anything else a string.
    /// - Throws: `DecodingError` when the claim is missing or the value is neither.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        claim = try c.decodeIfPresent(String.self, forKey: .claim) ?? ""
        if let number = try? c.decode(Int.self, forKey: .value) {
            value = .int(number)
        } else if let number = try? c.decode(Double.self, forKey: .value) {
            value = .number(number)
        } else {
            value = .string(try c.decodeIfPresent(String.self, forKey: .value) ?? "")
        }
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        location = try c.decodeIfPresent(BlockJSON.Location.self, forKey: .location)
    }

    /// Writes claim, value, text and location.
    /// - Throws: `EncodingError` (not expected).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(claim, forKey: .claim)
        switch value {
        case .int(let n): try c.encode(n, forKey: .value)
        case .number(let x): try c.encode(x, forKey: .value)
        case .string(let s): try c.encode(s, forKey: .value)
        }
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(location, forKey: .location)
    }

    private enum CodingKeys: String, CodingKey { case claim, value, text, location }
}

/// A review decision `{status, reviewer, time, note}`, `time` in ISO 8601 UTC; a `reopened`
/// one also has `reopened: {was, values, now}` (the decision and values then, the values now).
public struct ReviewJSON: Codable, Hashable, Sendable {
    /// What a reopened decision was made on, and the values now.
    public struct Reopened: Codable, Hashable, Sendable {
        /// `accepted` or `dismissed`.
        public let was: FindingReview.Status
        /// The values the decision was made on.
        public let values: [String]
        /// The finding's values now.
        public let now: [String]
    }

    /// open, accepted, dismissed or reopened.
    public let status: FindingReview.Status
    /// Who decided, when known.
    public let reviewer: String?
    /// When, as ``ISO8601`` text, when known.
    public let time: String?
    /// The note, if any.
    public let note: String?
    /// For `reopened`: the earlier decision and values, and the values now.
    public let reopened: Reopened?

    /// The record of a decision.
    public init(_ review: FindingReview) {
        status = review.status
        reviewer = review.reviewer
        time = review.time.map(ISO8601.string)
        note = review.note
        reopened = review.earlier.map { Reopened(was: $0.status, values: $0.values, now: review.values ?? []) }
    }

    /// Writes every member, `null` where unknown.
    /// - Throws: `EncodingError` (not expected).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(status, forKey: .status)
        try c.encode(reviewer, forKey: .reviewer)
        try c.encode(time, forKey: .time)
        try c.encode(note, forKey: .note)
        try c.encodeIfPresent(reopened, forKey: .reopened)
    }
}

/// ISO 8601 UTC timestamps, second precision ("2026-11-21T06:00:00Z").
public enum ISO8601 {
    /// `date` as `yyyy-MM-ddTHH:mm:ssZ`.
    public static func string(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}
