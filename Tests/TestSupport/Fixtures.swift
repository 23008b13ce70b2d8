import Foundation

/// Finds the project's shared test files and corpora from any test target.
public enum Fixtures {
    /// The package root (two levels above this file's folder).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/Fixtures/`.
    public static let folder: URL = packageRoot.appendingPathComponent("Tests/Fixtures")

    /// `../shared/corpus/` beside the checkout.
    public static let corpus: URL = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus")

    /// `../shared/tools/` beside the checkout.
    public static let tools: URL = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/tools")

    /// The bytes of `Tests/Fixtures/<name>`.
    public static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// The bytes of a file below the package root (e.g. `Inputs/x.txt`).
    public static func projectBytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: packageRoot.appendingPathComponent(relativePath)))
    }
}
