import Model
import Mustache

/// Writes `report.md`: summary counts, one section per matched study with a side-by-side
/// field table (conflicting cells in bold with ⚠), quotes with `file:line`, evidence
/// conflicts and internal findings.
public struct MarkdownReportWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// Renders `report` as Markdown.
    /// - Throws: ``ReportingError/template(name:detail:)`` if the built-in template is broken.
    public func render(_ report: Report) throws -> String {
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: MarkdownTemplate.text)
        } catch {
            throw ReportingError.template(name: "report.md", detail: "\(error)")
        }
        let view = ReportViewBuilder(report, escape: MarkdownEscaping.escape).build()
        return template.render(view)
    }
}
