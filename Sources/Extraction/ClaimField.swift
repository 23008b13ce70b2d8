/// A value of a study claim that carries its own quote and location (``StudyClaim/sources``),
/// spelled as its key in the JSON contract.
public enum ClaimField: String, CaseIterable, Codable, Sendable, Hashable {
    case label, authors, year, design, sampleSize, duration, dose, venue, country, verdict
}
