import Dispatch
import Foundation

/// Runs one page's parse (or extraction) off the caller's thread and stops waiting for it at
/// a deadline.
///
/// libxml2 cannot be interrupted from outside, and a page's parse is synchronous work, so a
/// cooperative check could only run between libxml2 calls. Instead the work runs on a serial
/// dispatch queue of its own, off the Swift concurrency pool, while the calling task waits on
/// a continuation that is resumed by whichever comes first: the work's result, or the
/// ``Watchdog`` thread at the deadline (or the task's cancellation). The deadline is the
/// budget in **processor** seconds of the work's thread (read with `pthread_getcpuclockid`),
/// so a busy machine, where a page waits longer than it works, does not fail ordinary pages;
/// a wall-clock backstop of ``wallClockFactor`` times the budget still bounds a page whose
/// thread gets no processor at all. Past the deadline the page counts as failed at once; its
/// thread is abandoned and its result, when it comes, is dropped.
///
/// Serial queues run on libdispatch's worker threads, and idle
/// threads are reused, so pages keep parsing on warm threads (a fresh thread per page would
/// cost each parse a cold malloc arena, about a tenth of the parse time on small pages). The
/// deadline does not depend on them: under load (a test suite, parses that overran) every
/// worker can be busy, which once delayed a dispatch timer by the length of the slow work.
///
/// An abandoned thread keeps its CPU and memory until its parse ends or the process exits.
/// ``MarkupGuard`` (in Documents) keeps libxml2's own work linear in the page size, so a
/// parse that outlives its budget still ends; the CLI exits when the run is done in any case.
enum PageDeadline {
    /// Runs `work` on a dispatch thread, returning its result, or `nil` when it has not
    /// finished after `seconds` of its processor time, or `seconds` × ``wallClockFactor`` of
    /// wall-clock time (or the calling task was cancelled).
    ///
    /// - Parameters:
    ///   - seconds: The budget, processor seconds; must be positive.
    ///   - work: The synchronous work; it must not touch state shared with the caller.
    /// - Returns: What `work` returned, or `nil` past the deadline.
    static func run<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () -> T) async -> T? {
        let race = Race<T>()
        let budget = min(seconds, 1e6)
        let wallEnd = Date().addingTimeInterval(budget * wallClockFactor)
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
                race.start(continuation)
                DispatchQueue(label: "reconcile.page-parse").async {
                    race.began(ThreadClock.current())
                    race.finish(work())
                }
                // The deadline is kept by a thread of its own, not by dispatch: parses that
                // overrun can hold every dispatch worker thread, and a timer queued behind
                // them would fire only when one of them ends.
                watch(race, budget: budget, wallEnd: wallEnd, after: budget)
            }
        } onCancel: {
            race.finish(nil)
        }
    }

    /// How many times the processor-time budget the work may take in wall-clock time.
    static let wallClockFactor = 6.0

    /// Ends the race when the work has used `budget` processor seconds or the wall clock
    /// passes `wallEnd`; until then looks again when the budget could first be spent.
    private static func watch<T: Sendable>(_ race: Race<T>, budget: Double, wallEnd: Date, after delay: Double) {
        Watchdog.shared.schedule(after: delay) {
            guard !race.isFinished else { return }
            let used = race.processorSeconds()
            let left = wallEnd.timeIntervalSinceNow
            if used >= budget || left <= 0 {
                race.finish(nil)
                return
            }
            watch(race, budget: budget, wallEnd: wallEnd, after: max(0.005, min(budget - used, left)))
        }
    }

    /// The processor clock of the thread running the work, read from the watchdog.
    struct ThreadClock: Sendable {
        let clock: clockid_t
        let start: Double

        /// The calling thread's clock, started now.
        static func current() -> ThreadClock? {
            var clock = clockid_t()
            guard pthread_getcpuclockid(pthread_self(), &clock) == 0 else { return nil }
            let probe = ThreadClock(clock: clock, start: 0)
            return ThreadClock(clock: clock, start: probe.seconds())
        }

        /// The thread's processor seconds since the clock started.
        func seconds() -> Double {
            var time = timespec()
            guard clock_gettime(clock, &time) == 0 else { return 0 }
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9 - start
        }
    }

    /// The one continuation a page's wait resumes, first result wins.
    ///
    /// `@unchecked Sendable`: the continuation is only read and cleared under `lock`, so it
    /// is resumed exactly once even when the work, the timer and cancellation race.
    final class Race<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<T?, Never>?
        private var finished = false
        private var clock: ThreadClock?

        /// Records the clock of the thread that started the work.
        func began(_ clock: ThreadClock?) {
            lock.withLock { self.clock = clock }
        }

        /// Processor seconds the work has used (0 before it started).
        func processorSeconds() -> Double {
            lock.withLock { clock }?.seconds() ?? 0
        }

        /// Whether a result (or the deadline) already ended the race.
        var isFinished: Bool {
            lock.withLock { finished }
        }

        /// Installs the continuation (resumed at once if cancellation already came).
        func start(_ continuation: CheckedContinuation<T?, Never>) {
            lock.lock()
            if finished {
                lock.unlock()
                continuation.resume(returning: nil)
                return
            }
            self.continuation = continuation
            lock.unlock()
        }

        /// Resumes the waiting task with `value` unless something else already did.
        func finish(_ value: T?) {
            lock.lock()
            let waiting = continuation
            continuation = nil
            finished = true
            lock.unlock()
            waiting?.resume(returning: value)
        }
    }

    /// One thread that runs actions at their deadlines, whatever the dispatch pool is doing.
    ///
    /// `@unchecked Sendable`: `entries` is only touched under `condition`'s lock.
    final class Watchdog: @unchecked Sendable {
        /// The process's watchdog, started on first use.
        static let shared = Watchdog()

        private let condition = NSCondition()
        private var entries: [(deadline: Date, action: @Sendable () -> Void)] = []

        private init() {
            let thread = Thread { [unowned self] in self.loop() }
            thread.name = "reconcile page deadlines"
            thread.stackSize = 256 << 10
            thread.start()
        }

        /// Runs `action` on the watchdog thread `seconds` from now.
        func schedule(after seconds: Double, _ action: @escaping @Sendable () -> Void) {
            condition.lock()
            entries.append((Date().addingTimeInterval(seconds), action))
            condition.signal()
            condition.unlock()
        }

        private func loop() {
            condition.lock()
            while true {
                guard let next = entries.indices.min(by: { entries[$0].deadline < entries[$1].deadline }) else {
                    condition.wait()
                    continue
                }
                if entries[next].deadline <= Date() {
                    let action = entries.remove(at: next).action
                    condition.unlock()
                    action()
                    condition.lock()
                } else {
                    _ = condition.wait(until: entries[next].deadline)
                }
            }
        }
    }
}
