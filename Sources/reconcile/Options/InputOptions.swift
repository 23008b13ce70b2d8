import ArgumentParser

/// The pages a command reads: files, folders (walked recursively) or http(s) URLs.
struct InputOptions: ParsableArguments {
    /// PATH arguments in the order given.
    @Argument(
        help: ArgumentHelp(
            "Pages to read: files, folders (walked for .html .htm .txt .md) or http(s) URLs.",
            valueName: "PATH"),
        completion: .file())
    var paths: [String]

    /// Refuses an empty PATH list (no I/O here; a missing file is reported by `run()`).
    func validate() throws {
        if paths.isEmpty { throw ValidationError("Give at least one PATH (a page, a folder or a URL).") }
    }
}
