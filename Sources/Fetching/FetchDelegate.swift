import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The URLSession delegate of one fetch: enforces the limits as the response arrives.
///
/// `@unchecked Sendable`: URLSession calls it on its own serial delegate queue, and every
/// mutable property is read and written under `lock`.
final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let url: String
    private let options: FetchOptions
    private let lock = NSLock()
    private var received: [UInt8] = []
    private var failure: FetchingError?
    private var response: HTTPURLResponse?
    private var visited: [String]
    private var continuation: CheckedContinuation<HTTPURLResponse, any Error>?

    init(url: String, options: FetchOptions) {
        self.url = url
        self.options = options
        self.visited = [url]
    }

    /// The body received so far.
    var body: [UInt8] { lock.withLock { received } }

    /// Starts `task` and waits for it to finish.
    /// - Returns: The final response (after redirects).
    /// - Throws: ``FetchingError``.
    func run(_ task: URLSessionDataTask) async throws -> HTTPURLResponse {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                lock.withLock { self.continuation = continuation }
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
    }

    private func fail(_ error: FetchingError, _ task: URLSessionTask) {
        lock.withLock { if failure == nil { failure = error } }
        task.cancel()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask,
                    willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
                    completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        let next = request.url?.absoluteString ?? ""
        let scheme = request.url?.scheme?.lowercased() ?? ""
        let error: FetchingError? = lock.withLock {
            defer { visited.append(next) }
            if !["http", "https"].contains(scheme) {
                return .unsupportedScheme(url: url, scheme: scheme)
            }
            if visited.contains(next) { return .redirectLoop(url: url, chain: visited + [next]) }
            if visited.count > options.maxRedirects { return .tooManyRedirects(url: url, limit: options.maxRedirects) }
            return nil
        }
        if let error {
            // Cancelling here would break URLSession's redirect state machine; refusing the
            // redirect delivers the 3xx response, which `didReceive response` then cancels.
            lock.withLock { if failure == nil { failure = error } }
            completionHandler(nil)
        } else {
            completionHandler(request)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        guard let http = response as? HTTPURLResponse else {
            fail(.connectionFailed(url: url, detail: "not an HTTP response"), dataTask)
            return completionHandler(.cancel)
        }
        lock.withLock { self.response = http }
        let contentType = ContentType(http.value(forHTTPHeaderField: "Content-Type"))
        let error: FetchingError?
        if http.statusCode >= 400 || (http.statusCode >= 300 && http.statusCode != 304) {
            error = .httpStatus(url: url, code: http.statusCode, reason: HTTPReason.phrase(http.statusCode))
        } else if http.statusCode != 304, !contentType.isPage {
            error = .notAPage(url: url, mediaType: contentType.mediaType ?? "?")
        } else if http.expectedContentLength > Int64(options.maxBodyBytes) {
            error = .bodyTooLarge(url: url, limit: options.maxBodyBytes)
        } else {
            error = nil
        }
        if let error {
            fail(error, dataTask)
            completionHandler(.cancel)
        } else {
            completionHandler(.allow)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let overLimit: Bool = lock.withLock {
            guard failure == nil else { return false }
            received.append(contentsOf: data)
            return received.count > options.maxBodyBytes
        }
        if overLimit {
            lock.withLock { received = [] }
            fail(.bodyTooLarge(url: url, limit: options.maxBodyBytes), dataTask)
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (continuation, failure, response) = lock.withLock {
            defer { self.continuation = nil }
            return (self.continuation, self.failure, self.response)
        }
        guard let continuation else { return }
        if let failure {
            continuation.resume(throwing: failure)
        } else if let error {
            continuation.resume(throwing: translate(error))
        } else if let response {
            continuation.resume(returning: response)
        } else {
            continuation.resume(throwing: FetchingError.connectionFailed(url: url, detail: "no response"))
        }
    }

    private func translate(_ error: any Error) -> FetchingError {
        let code = (error as NSError).code
        switch code {
        case NSURLErrorTimedOut:
            return .timedOut(url: url, seconds: options.timeout)
        case NSURLErrorHTTPTooManyRedirects:
            return .tooManyRedirects(url: url, limit: options.maxRedirects)
        case NSURLErrorDataLengthExceedsMaximum:
            return .bodyTooLarge(url: url, limit: options.maxBodyBytes)
        default:
            let detail = (error as NSError).localizedDescription
            return .connectionFailed(url: url, detail: detail.isEmpty || detail == "(null)" ? "error \(code)" : detail)
        }
    }
}
