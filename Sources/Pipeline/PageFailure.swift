/// A page that could not be used, kept in the run result so the other pages go on.
public struct PageFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// Why the page failed, for the exit code.
    public enum Reason: String, Hashable, Sendable {
        /// A PATH does not exist or holds no pages (exit 66).
        case missingInput
        /// The page exists but could not be read or parsed (exit 65 if no page worked).
        case badData
    }

    /// The path or URL as the user gave it (joined with the sub-path).
    public let source: String
    /// What went wrong, starting with the source: `path: problem (expected …)`.
    public let message: String
    /// The kind of failure.
    public let reason: Reason

    /// Creates a failure.
    public init(source: String, message: String, reason: Reason) {
        self.source = source
        self.message = message
        self.reason = reason
    }

    /// The message.
    public var description: String { message }
}
