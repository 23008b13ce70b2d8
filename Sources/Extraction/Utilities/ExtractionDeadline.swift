import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A page's extraction budget in processor seconds, which the grammars check between blocks
/// and sentences, so a page that ran out stops using its core.
///
/// Processor time, not wall time: on a loaded machine (a test suite, other builds) an ordinary
/// page can wait far longer than it works, and a wall-clock budget would fail it. The
/// pipeline binds one deadline to ``current`` around a page's extraction on the thread that
/// runs it, calls ``begin()`` there, and keeps a wall-clock backstop of its own for code that
/// runs long between two checks (``expire()``). The claims of an expired extraction (a partial
/// list) are thrown away and the page is reported as failed. Code that runs without a bound
/// deadline (tests, `bench fuzz`) never expires.
///
/// `@unchecked Sendable`: the mutable state is only touched under `lock`.
public final class ExtractionDeadline: @unchecked Sendable {
    /// The deadline of the extraction running on this thread or task, if any.
    @TaskLocal public static var current: ExtractionDeadline?

    /// The budget, processor seconds.
    public let seconds: Double
    private let lock = NSLock()
    private var expired = false
    private var start: Double?

    /// A budget of `seconds` of processor time, counted from ``begin()``.
    public init(seconds: Double) {
        self.seconds = max(0, seconds)
    }

    /// Starts counting the calling thread's processor time (call it on the extracting thread).
    public func begin() {
        let now = Self.threadSeconds()
        lock.withLock { start = now }
    }

    /// Marks the budget spent now, whatever the clock says.
    public func expire() {
        lock.withLock { expired = true }
    }

    /// Whether the budget was found spent (marked, or by a ``check()``).
    public var isExpired: Bool {
        lock.withLock { expired }
    }

    /// Whether the budget is spent, reading the calling thread's processor time (which must be
    /// the thread that called ``begin()``); a spent budget stays spent.
    @discardableResult
    public func check() -> Bool {
        let now = Self.threadSeconds()
        return lock.withLock {
            if !expired, let start, now - start >= seconds { expired = true }
            return expired
        }
    }

    /// Whether the extraction running here should stop: its bound deadline is spent.
    public static var shouldStop: Bool {
        current?.check() ?? false
    }

    /// Processor seconds the calling thread has used (the clock budgets are counted on).
    public static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
