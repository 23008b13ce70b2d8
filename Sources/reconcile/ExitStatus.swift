import ArgumentParser
import Foundation
import Pipeline

/// Process exit codes (sysexits, DESIGN.md "Command line"); the only place they are defined.
enum ExitStatus {
    /// Everything worked.
    static let ok = ExitCode(0)
    /// `--fail-on SEV`: a finding of at least that severity needs a reviewer.
    static let findingsNeedReview = ExitCode(3)
    /// EX_USAGE: bad command line (ArgumentParser's `ValidationError` exits with it too).
    static let usage = ExitCode(64)
    /// EX_DATAERR: no page could be used.
    static let dataError = ExitCode(65)
    /// EX_NOINPUT: a PATH does not exist or holds no pages.
    static let noInput = ExitCode(66)
    /// EX_CANTCREAT: the reports could not be written (the previous ones are untouched).
    static let cannotCreate = ExitCode(73)

    /// Names every failed page or PATH on stderr (`error: path: problem`), then exits 66 when
    /// a PATH is missing, 65 when no page could be read; returns when the run may go on.
    ///
    /// - Throws: ``noInput`` or ``dataError`` as an `ExitCode`.
    static func reportFailures(of pages: LoadedPages) throws {
        if !pages.failures.isEmpty {
            Terminal.error(pages.failures.map { "error: \($0.message)\n" }.joined())
        }
        if pages.hasMissingInput { throw noInput }
        if pages.documents.isEmpty { throw dataError }
    }
}
