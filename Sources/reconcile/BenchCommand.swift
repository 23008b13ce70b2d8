import ArgumentParser
import Bench
import Foundation
import Matching

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `reconcile bench matching`: times the matcher on deterministic synthetic claims (hidden).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time a pipeline stage on synthetic data.",
        discussion: "Example: swift run -c release reconcile bench matching --claims 100000 --pages 1000",
        shouldDisplay: false)

    /// The stage to time.
    enum Stage: String, ExpressibleByArgument, CaseIterable { case matching }

    @Argument(help: "The stage to time.") var stage: Stage = .matching
    @Option(help: "Synthetic study claims.") var claims = 100_000
    @Option(help: "Synthetic pages.") var pages = 1_000

    func validate() throws {
        if claims < 1 || pages < 1 { throw ValidationError("--claims and --pages must be positive") }
    }

    func run() throws {
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
