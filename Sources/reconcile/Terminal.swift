import Foundation
import Reporting

/// The only way commands write messages to stdout and stderr: page text and paths in them
/// lose their control characters (``ControlCharacters/strip(_:)``), so a hostile page or file
/// name cannot send ANSI escape sequences to the user's terminal.
enum Terminal {
    /// Writes `text` to stdout, controls stripped.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(ControlCharacters.strip(text).utf8))
    }

    /// Writes `text` to stderr, controls stripped.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data(ControlCharacters.strip(text).utf8))
    }

    /// Writes `error: MESSAGE` and a newline to stderr, controls stripped.
    static func fail(_ message: String) {
        error("error: \(message)\n")
    }

    /// Writes `text` to stderr as it is: only for the tool's own escapes (progress line).
    static func rawError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
