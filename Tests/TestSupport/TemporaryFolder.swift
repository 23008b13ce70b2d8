import Foundation

/// A fresh folder under the system temporary directory, removed by ``remove()``.
public struct TemporaryFolder: Sendable {
    /// The folder's path.
    public let path: String

    /// Creates an empty folder with a unique name.
    public init() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("reconcile-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    /// Writes bytes to a file below the folder, creating parent folders; returns its path.
    @discardableResult
    public func write(_ relativePath: String, _ bytes: [UInt8]) throws -> String {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes UTF-8 text to a file below the folder; returns its path.
    @discardableResult
    public func write(_ relativePath: String, _ text: String) throws -> String {
        try write(relativePath, Array(text.utf8))
    }

    /// Creates an empty sub-folder.
    public func makeFolder(_ relativePath: String) throws {
        try FileManager.default.createDirectory(
            atPath: path + "/" + relativePath, withIntermediateDirectories: true)
    }

    /// Deletes the folder and everything in it.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
