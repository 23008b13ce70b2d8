/// The level at which one field of two study claims compares.
///
/// Each field's descriptor (``SampleSizeField``, ``DurationField``, …) decides the level
/// with its one tolerance; matching weighs the level and the conflict rules grade it, so
/// an explanation and a conflict never disagree about the same two values.
public enum FieldAgreement: String, Codable, Sendable, Hashable, CaseIterable {
    /// The same value (within the field's rounding).
    case equal
    /// Nearly the same: within the field's tolerance.
    case close
    /// Not the same, but both can be true of one study (a pilot RCT and an RCT).
    case compatible
    /// Disagreeing values.
    case different
    /// One side does not state the field.
    case missing
}
