/// The `run` object of `report.json`: time, inputs, tool version, failed pages.
struct RunJSON: Encodable {
    let time: String
    let inputs: [String]
    let toolVersion: String
    let failures: [FailureJSON]

    init(_ report: Report) {
        time = ISO8601.string(report.run.time)
        inputs = report.run.inputs
        toolVersion = report.run.toolVersion
        failures = report.failures.map { FailureJSON(source: $0.source, error: $0.message) }
    }
}

/// A page that could not be used.
struct FailureJSON: Encodable {
    let source: String
    let error: String
}
