import ArgumentParser
import Bench
import Foundation
import Matching

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `reconcile bench matching`: times the matcher on deterministic synthetic claims;
/// `reconcile bench fuzz`: runs seeded hostile pages through parsing, extraction and JSON.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time a pipeline stage on synthetic data.",
        discussion: """
            Examples: swift run -c release reconcile bench matching --claims 100000 --pages 1000
                      swift run -c release reconcile bench fuzz --inputs 100000 --seed 1

            fuzz mutates the --corpus pages and random text pages; a crash ends the run, so the \
            progress lines name the seed and index to rerun with --first INDEX --inputs 1000.

            Exit codes: 0 ok, 1 fuzz found a hang or invalid JSON (a crash ends the process), 64 usage.
            """)

    /// The stage to time.
    enum Stage: String, ExpressibleByArgument, CaseIterable { case matching, fuzz }

    @Argument(help: "The stage to time.") var stage: Stage = .matching
    @Option(help: "Synthetic study claims.") var claims = 100_000
    @Option(help: "Synthetic pages.") var pages = 1_000
    @Option(help: "fuzz: inputs to run.") var inputs = 10_000
    @Option(help: "fuzz: the generator's seed.") var seed: UInt64 = 1
    @Option(help: "fuzz: index of the first input (to rerun part of a run).") var first = 0
    @Option(help: "fuzz: processor seconds an input may take before it counts as a hang.") var pageTimeout = 10.0
    @Option(help: "fuzz: folder of pages to mutate (each */source.html, or *.html).", completion: .directory)
    var corpus = "../shared/corpus/html-wild"
    @Option(help: "fuzz: inputs run at once (default: the processor count).") var jobs: Int?

    func validate() throws {
        if claims < 1 || pages < 1 { throw ValidationError("--claims and --pages must be positive") }
        if inputs < 1 || first < 0 || pageTimeout <= 0 || (jobs ?? 1) < 1 {
            throw ValidationError("--inputs, --page-timeout and --jobs must be positive, --first not negative")
        }
    }

    func run() throws {
        if stage == .fuzz { return try fuzz() }
        let input = SyntheticStudies.claims(count: claims, pages: pages)
        let start = Date()
        let matches = Matcher().match(input)
        let seconds = Date().timeIntervalSince(start)
        var usage = rusage()
        #if canImport(Darwin)
            getrusage(RUSAGE_SELF, &usage)
            let peakMB = Double(usage.ru_maxrss) / 1_048_576
        #else
            getrusage(RUSAGE_SELF.rawValue, &usage)
            let peakMB = Double(usage.ru_maxrss) / 1024
        #endif
        let linked = matches.reduce(0) { $0 + $1.claims.count }
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1_000_000
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1_000_000
        print(String(format: "matching: %d claims on %d pages -> %d matches (%d claims linked) in %.2f s "
                     + "(process CPU %.2f s incl. generating the claims), peak RSS %.0f MB",
                     input.count - pages, pages, matches.count, linked, seconds, cpu, peakMB))
        let studies = Double(input.count - pages)
        let pairs = Matcher().candidatePairCount(input)
        print(String(format: "blocking: %d candidate pairs (%.4f%% of all %.0f pairs)",
                     pairs, 100 * Double(pairs) / (studies * (studies - 1) / 2), studies * (studies - 1) / 2))
    }
}

extension BenchCommand {
    /// `bench fuzz`: the corpus pages (none when the folder is absent), then the run, with a
    /// progress line every 1000 inputs and the summary line at the end.
    func fuzz() throws {
        let pages = Self.corpusPages(corpus)
        if pages.isEmpty { FileHandle.standardError.write(Data("fuzz: no pages under \(corpus); random text pages only\n".utf8)) }
        let generator = FuzzInputs(pages: pages, seed: seed)
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let start = Date()
        let summary = FuzzRun.run(generator, range: first..<(first + inputs), hangSeconds: pageTimeout, jobs: jobs) {
            index, sofar in
            guard index > first else { return }
            Self.say(String(format: "fuzz: seed %llu, inputs %d..<%d next (%d done, %d parse errors, %d hangs, %d invalid JSON, %.0f s)",
                         seed, index, min(first + inputs, index + 1_000), sofar.inputs, sofar.parseErrors, sofar.hangs,
                         sofar.invalidJSON, Date().timeIntervalSince(start)))
        }
        for failure in summary.failures { Self.say("fuzz: " + failure) }
        Self.say(String(format: "fuzz: %d inputs, %d parse errors, 0 crashes, %d hangs (> %g s of processor time), %d invalid JSON, "
                     + "max %.2f s per input (#%d); %d claims; seed %llu, %d pages, %.0f s",
                     summary.inputs, summary.parseErrors, summary.hangs, pageTimeout, summary.invalidJSON,
                     summary.maxSeconds, summary.slowest, summary.claims, seed, pages.count, Date().timeIntervalSince(start)))
        if summary.hangs > 0 || summary.invalidJSON > 0 { throw ExitCode(1) }
    }

    /// Writes a line to standard output at once (unbuffered, so the last line before a crash is seen).
    static func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

    /// `folder/*/source.html` and `folder/*.html`, sorted by name (so a seed means the same inputs).
    static func corpusPages(_ folder: String) -> [(name: String, bytes: [UInt8])] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return [] }
        return names.sorted().compactMap { name in
            let nested = (folder as NSString).appendingPathComponent(name + "/source.html")
            let flat = (folder as NSString).appendingPathComponent(name)
            for path in [nested, flat] where path.hasSuffix(".html") {
                if let data = manager.contents(atPath: path) { return (name, [UInt8](data)) }
            }
            return nil
        }
    }
}
