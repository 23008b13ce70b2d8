import Foundation

/// Runs `shared/tools/score.py` on a report and returns its metrics (`--json`).
public enum ScoreTool {
    /// A failed scorer run.
    public struct Failed: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// Scores `report` (a report.json) against `gold`; metric keys as in score.py's header.
    public static func metrics(report: URL, gold: URL) throws -> [String: Double] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixtures.tools.appendingPathComponent("score.py").path,
                             "--gold", gold.path, "--json", report.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { throw Failed(description: "score.py failed on \(report.path) (status \(process.terminationStatus))") }
        var metrics: [String: Double] = [:]
        for (key, value) in object {
            if let number = value as? Double { metrics[key] = number }
            if let number = value as? Int { metrics[key] = Double(number) }
        }
        return metrics
    }
}
