import Foundation

/// A page's extraction budget, which the grammars check between blocks and sentences so a
/// page that ran out of time stops using its core.
///
/// The pipeline binds one to ``current`` around a page's extraction and calls ``expire()``
/// when the page's wall-clock budget is spent; by then the page has already been reported as
/// failed, so the claims an expired extraction returns (a partial list) are thrown away. Code
/// that runs without a bound deadline (tests, `bench fuzz`) never expires.
///
/// `@unchecked Sendable`: the one mutable flag is only touched under `lock`.
public final class ExtractionDeadline: @unchecked Sendable {
    /// The deadline of the extraction running on this thread or task, if any.
    @TaskLocal public static var current: ExtractionDeadline?

    private let lock = NSLock()
    private var expired = false
    private let end: Date

    /// A deadline `seconds` from now.
    public init(seconds: Double) {
        end = Date().addingTimeInterval(min(max(0, seconds), 1e9))
    }

    /// Marks the budget spent now, whatever the clock says.
    public func expire() {
        lock.withLock { expired = true }
    }

    /// Whether the budget is spent (marked, or past its end).
    public var isExpired: Bool {
        lock.withLock { expired } || Date() >= end
    }

    /// Whether the extraction running here should stop: its bound deadline is spent.
    public static var shouldStop: Bool {
        current?.isExpired ?? false
    }
}
