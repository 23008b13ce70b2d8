import ArgumentParser

/// The run history database: `--db PATH`.
struct StoreOptions: ParsableArguments {
    /// The SQLite file; missing parent folders are created.
    @Option(help: ArgumentHelp("Run history database (SQLite); parent folders are created.", valueName: "PATH"),
            completion: .file(extensions: ["sqlite"]))
    var db: String = "Reports/reconcile.sqlite"
}
