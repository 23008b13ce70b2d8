import Dispatch
import Foundation

/// Runs one page's parse on a thread of its own and stops waiting for it at a deadline.
///
/// libxml2 cannot be interrupted from outside, and a page's parse is synchronous work, so a
/// cooperative check could only run between libxml2 calls. Instead the work runs on a new
/// thread (8 MiB stack, like a main thread) while the calling task waits on a continuation
/// that is resumed by whichever comes first: the work's result, or a timer on a global
/// dispatch queue at the deadline (or the task's cancellation). Past the deadline the page
/// counts as failed at once; its thread is abandoned and its result, when it comes, is
/// dropped. Wall time per page is therefore bounded by the budget whatever the parser does.
///
/// An abandoned thread keeps its CPU and memory until its parse ends or the process exits.
/// ``MarkupGuard`` (in Documents) keeps libxml2's own work linear in the page size, so a
/// parse that outlives its budget still ends; the CLI exits when the run is done in any case.
enum PageDeadline {
    /// Runs `work` on its own thread, returning its result, or `nil` when it has not
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
                let thread = Thread { race.finish(work()) }
                thread.stackSize = 8 << 20
                thread.name = "reconcile page parse"
                thread.start()
                let nanoseconds = Int(min(seconds, 1e6) * 1e9)
                DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) {
                    race.finish(nil)
                }
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
}
