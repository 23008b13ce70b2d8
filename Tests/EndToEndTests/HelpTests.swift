import Foundation
import TestSupport
import Testing

/// `--help` and the README describe the tool as it is (issue 14 item 5).
@Suite struct HelpTests {
    static let commands = ["run", "verify", "review", "blocks", "extract", "bench", "explain"]

    @Test func rootHelpListsEveryCommandAndExitCode() async throws {
        let help = try await ReconcileRunner.run(["--help"])
        #expect(help.status == 0)
        let listed = help.stdout.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        for command in Self.commands { #expect(listed.contains("  \(command) "), "\(command) is listed") }
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for code in ["0 ok", "1 ", "3 ", "64 ", "65 ", "66 ", "73 "] { #expect(text.contains(code), "exit \(code)") }
    }

    @Test(arguments: commands)
    func everyCommandDocumentsItsExitCodes(command: String) async throws {
        let help = try await ReconcileRunner.run(["help", command])
        #expect(help.status == 0)
        #expect(help.stdout.contains("Exit codes:"), "\(command) --help gives its exit codes")
    }

    @Test func readmeHasEveryCommandTheExitCodesAndAnInstallStep() throws {
        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for command in Self.commands { #expect(readme.contains("| `reconcile \(command) "), "README row for \(command)") }
        for code in [0, 3, 64, 65, 66, 73] { #expect(readme.contains("| \(code) |"), "README exit code \(code)") }
        #expect(readme.contains("install -D .build/release/reconcile ~/.local/bin/reconcile"), "the cron example says how to install the binary")
        // The first screen: set-up-and-run and test commands.
        #expect(readme.contains("swift build -c release && .build/release/reconcile run Inputs/"))
        #expect(readme.contains("swift test --parallel"))
    }
}
