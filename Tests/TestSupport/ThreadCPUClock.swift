#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPU time spent by the calling thread, for "finishes in seconds" checks.
///
/// Wall-clock limits fail when the machine is busy (tests run in parallel with each other and
/// with builds); the calling thread's CPU seconds measure the work itself, so a hang guard
/// stays meaningful without turning load into failures.
public enum ThreadCPUClock {
    /// Seconds of CPU the calling thread has used so far.
    public static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Runs `body` and returns its result with the CPU seconds it took on this thread.
    public static func measure<T>(_ body: () throws -> T) rethrows -> (result: T, seconds: Double) {
        let before = seconds()
        let result = try body()
        return (result, seconds() - before)
    }
}
