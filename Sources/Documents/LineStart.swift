/// Where one source line of a multi-line block begins in the block's text.
///
/// A hard-wrapped text paragraph joins its lines with one space; each line's start in the
/// joined text, with the line's own span, lets a quote inside the block cite the line it is
/// on rather than the block's first line.
public struct LineStart: Hashable, Sendable {
    /// UTF-8 offset in the block's `text` where this line's words begin.
    public let offset: Int
    /// The line: its 1-based number and byte range in the page.
    public let span: SourceSpan

    /// Creates a line start.
    public init(offset: Int, span: SourceSpan) {
        self.offset = offset
        self.span = span
    }
}

extension Block {
    /// The span of the source line holding the block text's UTF-8 offset `offset`: the
    /// block's own span when it is one line (or its lines are unknown).
    public func lineSpan(atTextOffset offset: Int) -> SourceSpan {
        guard let line = lineStarts.last(where: { $0.offset <= offset }) else { return span }
        return line.span
    }
}
