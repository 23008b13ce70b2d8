import Model
import Mustache

/// Writes `report.html`: a self-contained page (inline CSS, no script, no external asset) with
/// a table of contents, side-by-side study tables with conflicts highlighted, and a
/// CSS-only severity filter. Every page-derived string is HTML-escaped by the template.
public struct HTMLReportWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Renders `report` as HTML.
    /// - Throws: ``ReportingError/template(name:detail:)`` if the built-in template is broken.
    public func render(_ report: Report) throws -> String {
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: HTMLTemplate.text)
        } catch {
            throw ReportingError.template(name: "report.html", detail: "\(error)")
        }
        let view = ReportViewBuilder(report, escape: { $0 }).build()
        return template.render(view)
    }
}
