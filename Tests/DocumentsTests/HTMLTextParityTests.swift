import Testing
import TestSupport

@testable import Documents

/// Each seed page's text file and its HTML rendition give the same blocks (DESIGN.md).
@Suite struct HTMLTextParityTests {
    @Test(arguments: ["acupressure-science-review", "spikerest-acupressure-benefits"])
    func seedRenditionsMatchTheirText(stem: String) throws {
        let text = try TextParser().parse(
            Fixtures.projectBytes("Inputs/\(stem).txt"), id: stem, source: "\(stem).txt")
        let html = try HTMLParser().parse(Fixtures.bytes("\(stem).html"), id: stem, source: "\(stem).html")
        #expect(html.blocks.count == text.blocks.count)
        for (htmlBlock, textBlock) in zip(html.blocks, text.blocks) {
            #expect(htmlBlock.kind == textBlock.kind, "line \(htmlBlock.span.line): \(htmlBlock.text)")
            #expect(htmlBlock.text == textBlock.text, "line \(htmlBlock.span.line)")
            #expect(htmlBlock.table?.header == textBlock.table?.header)
            #expect(htmlBlock.table?.rows == textBlock.table?.rows)
        }
    }

    /// The renditions' nav bar, cookie banner, related-posts sidebar, footer and scripts stay out.
    @Test(arguments: ["acupressure-science-review", "spikerest-acupressure-benefits"])
    func renditionBoilerplateDoesNotLeak(stem: String) throws {
        let html = try HTMLParser().parse(Fixtures.bytes("\(stem).html"), id: stem, source: "\(stem).html")
        let all = html.blocks.map(\.text).joined(separator: "\n")
        for marker in ["cookie", "Accept all", "dataLayer", "relatedStudies", "Related posts", "You might also like",
                       "Subscribe", "Sign up", "Privacy", "All rights reserved", "About us", "Cart (0)"] {
            #expect(!all.contains(marker), "\(marker) leaked into the blocks")
        }
    }
}
