import Foundation

/// Finds the project's shared test files and corpora from any test target.
public enum Fixtures {
    /// The package root (two levels above this file's folder).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/`.
    public static let folder: URL = packageRoot.appendingPathComponent("Tests/Fixtures")

    /// The shared corpora and tools: `$RECONCILE_SHARED` if set, else `../shared/` beside the
    /// checkout. A fresh clone has none; the tests that need them skip (``sharedCorpusPresent``,
    /// ``scorerPresent``). `RECONCILE_SHARED=/nonexistent swift test` shows what a clone runs.
    public static let shared: URL = ProcessInfo.processInfo.environment["RECONCILE_SHARED"]
        .map { URL(fileURLWithPath: $0) }
        ?? packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// `../shared/corpus/` (below ``shared``).
    public static let corpus: URL = shared.appendingPathComponent("corpus")

    /// `../shared/tools/` (below ``shared``).
    public static let tools: URL = shared.appendingPathComponent("tools")

    /// Whether the shared corpus (`../shared/corpus/seeds/gold.json` and `dev/`) is there.
    public static let sharedCorpusPresent: Bool =
        FileManager.default.fileExists(atPath: corpus.appendingPathComponent("seeds/gold.json").path)
        && FileManager.default.fileExists(atPath: corpus.appendingPathComponent("dev").path)

    /// Whether `../shared/tools/score.py` is there (every score test runs it).
    public static let scorerPresent: Bool =
        FileManager.default.fileExists(atPath: tools.appendingPathComponent("score.py").path)

    /// Both: the shared corpus and the scorer.
    public static let sharedPresent: Bool = sharedCorpusPresent && scorerPresent

    /// The bytes of `Tests/Fixtures/<name>`.
    public static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// The bytes of a file below the package root (e.g. `Inputs/x.txt`).
    public static func projectBytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent(relativePath)))
    }
}
