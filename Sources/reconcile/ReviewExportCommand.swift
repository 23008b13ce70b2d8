import ArgumentParser
import Foundation
import Store

/// `reconcile review export [-o FILE]`.
struct ReviewExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every review decision as JSON for sharing.",
        discussion: "Example: reconcile review export -o reviews.json")

    @Option(name: .short, help: ArgumentHelp("Write to FILE instead of stdout.", valueName: "FILE"),
            completion: .file())
    var output: String?

    @OptionGroup var history: StoreOptions

    func run() async throws {
        let store = try history.openExisting()
        let data: Data
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            data = try encoder.encode(try store.exportReviews(time: Date())) + Data("\n".utf8)
        } catch {
            Terminal.error("error: \(error)\n")
            throw ExitStatus.cannotCreate
        }
        guard let output else {
            FileHandle.standardOutput.write(data)
            return
        }
        guard FileManager.default.createFile(atPath: output, contents: data) else {
            Terminal.error("error: \(output): cannot write the export\n")
            throw ExitStatus.cannotCreate
        }
    }
}
