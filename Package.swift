// swift-tools-version:6.0
import PackageDescription

/// One library target per pipeline stage; each imports only earlier stages:
/// Documents → Extraction → Matching → Findings → Model → Reporting, Store → Pipeline → reconcile.
/// Model holds the run's result and its typed JSON records (report, claims, matches, findings,
/// block model, run history); Reporting renders them, Store saves them. Fetching (URL pages,
/// on Documents) feeds Pipeline; Bench holds the benchmarks' synthetic data.
let package = Package(
    name: "reconcile",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "reconcile", targets: ["reconcile"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .target(name: "Documents", dependencies: ["CLibXML2"]),
        .target(name: "Extraction", dependencies: ["Documents"], resources: [.copy("Vocabulary/Data")]),
        .target(name: "Matching", dependencies: ["Extraction"], resources: [.copy("Vocabulary/Data")]),
        .target(name: "Findings", dependencies: ["Matching"], resources: [.copy("Vocabulary/Data")]),
        .target(name: "Model", dependencies: ["Documents", "Extraction", "Matching", "Findings"]),
        .target(
            name: "Reporting",
            dependencies: ["Findings", "Model", .product(name: "Mustache", package: "swift-mustache")]),
        .target(
            name: "Store", dependencies: ["Extraction", "Findings", "Model", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "Fetching", dependencies: ["Documents"]),
        .target(
            name: "Pipeline",
            dependencies: ["Documents", "Extraction", "Matching", "Findings", "Model", "Reporting", "Store", "Fetching"]),
        .target(name: "Bench", dependencies: ["Documents", "Extraction", "Model"]),
        .executableTarget(
            name: "reconcile",
            dependencies: [
                "Documents", "Extraction", "Matching", "Findings", "Model", "Reporting", "Store", "Fetching", "Pipeline",
                "Bench", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .target(name: "TestSupport", dependencies: ["Documents", "Extraction", "Model"], path: "Tests/TestSupport"),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "TestSupport"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Model", "Reporting", "Bench", "TestSupport"]),
        .testTarget(name: "MatchingTests", dependencies: ["Matching", "Bench", "TestSupport"]),
        .testTarget(name: "FindingsTests", dependencies: ["Findings", "TestSupport"]),
        .testTarget(
            name: "ReportingTests", dependencies: ["Model", "Reporting", "Pipeline", "TestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "StoreTests",
            dependencies: ["Model", "Store", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Model", "Reporting", "Store", "Fetching", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport", "Store"]),
    ],
    swiftLanguageModes: [.v6]
)
