/// The `run` object of `report.json`: time, inputs, tool version, failed pages.
public struct RunJSON: Encodable, Sendable {
    /// When the run started, ISO 8601 UTC.
    public let time: String
    /// The PATH and URL arguments as given.
    public let inputs: [String]
    /// The tool version.
    public let toolVersion: String
    /// Pages that could not be used.
    public let failures: [FailureJSON]

    /// The run object of a report.
    public init(_ report: Report) {
        time = ISO8601.string(report.run.time)
        inputs = report.run.inputs
        toolVersion = report.run.toolVersion
        failures = report.failures.map { FailureJSON(source: $0.source, error: $0.message) }
    }
}

/// A page that could not be used.
public struct FailureJSON: Encodable, Sendable {
    /// The path or URL.
    public let source: String
    /// What went wrong.
    public let error: String
}
