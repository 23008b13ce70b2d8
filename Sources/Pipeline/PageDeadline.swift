import Dispatch
import Foundation

/// Runs one page's parse off the caller's thread and stops waiting for it at a deadline.
///
/// libxml2 cannot be interrupted from outside, and a page's parse is synchronous work, so a
/// cooperative check could only run between libxml2 calls. Instead the work runs on a serial
/// dispatch queue of its own, off the Swift concurrency pool, while the calling task waits on
/// a continuation that is resumed by whichever comes first: the work's result, or the
/// ``Watchdog`` thread at the deadline (or the task's cancellation). Past the deadline the
/// page counts as failed at once; its thread is abandoned and its result, when it comes, is
/// dropped. Wall time per page is therefore bounded by the budget whatever the parser does.
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
    /// finished after `seconds` (or the calling task was cancelled).
    ///
    /// - Parameters:
    ///   - seconds: The budget, wall-clock seconds; must be positive.
    ///   - work: The synchronous work; it must not touch state shared with the caller.
    /// - Returns: What `work` returned, or `nil` past the deadline.
    static func run<T: Sendable>(seconds: Double, _ work: @escaping @Sendable () -> T) async -> T? {
        let race = Race<T>()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<T?, Never>) in
                race.start(continuation)
                DispatchQueue(label: "reconcile.page-parse").async { race.finish(work()) }
                // The deadline is kept by a thread of its own, not by dispatch: parses that
                // overrun can hold every dispatch worker thread, and a timer queued behind
                // them would fire only when one of them ends.
                Watchdog.shared.schedule(after: min(seconds, 1e6)) { race.finish(nil) }
            }
        } onCancel: {
            race.finish(nil)
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
