import Pipeline
import TestSupport
import Testing

@Suite struct InputCollectorTests {
    @Test func walksFoldersInNameOrderAndSkipsNotes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["b.txt", "a.html", "c.md", "d.htm", "README.md", "readme.txt", "LICENSE.txt",
                     "NOTICE.html", "CHANGELOG.md", ".hidden.txt", "image.png", "notes.pdf",
                     "sub/e.txt", ".git/f.txt", "Reports/latest/report.html"] {
            try folder.write(name, "Some words.")
        }
        let collected = InputCollector(skipping: folder.path + "/Reports").collect([folder.path + "/"])
        #expect(collected.failures.isEmpty)
        #expect(collected.inputs.map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(collected.inputs.map(\.source) == ["a.html", "b.txt", "c.md", "d.htm", "sub/e.txt"].map { folder.path + "/" + $0 })
    }

    @Test func sourceJoinsThePathAsGiven() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("pages/x.txt", "Words.")
        let collected = InputCollector().collect([folder.path + "/pages"])
        #expect(collected.inputs.map(\.source) == [folder.path + "/pages/x.txt"])
    }

    @Test func collidingIDsGetTheirParentFolderName() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("dev/faq.txt", "Words.")
        try folder.write("seeds/faq.html", "Words.")
        try folder.write("seeds/other.txt", "Words.")
        let collected = InputCollector().collect([folder.path])
        #expect(collected.inputs.map(\.id) == ["dev-faq", "seeds-faq", "other"])
    }

    @Test func sameParentCollisionsGetNumbers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a/page.txt", "Words.")
        try folder.write("a/page.html", "Words.")
        let collected = InputCollector().collect([folder.path])
        #expect(Set(collected.inputs.map(\.id)) == ["a-page", "a-page-2"])
    }

    @Test func explicitFilesAreTakenWhateverTheirNameAndOnlyOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let readme = try folder.write("README.md", "Words.")
        let collected = InputCollector().collect([readme, readme])
        #expect(collected.inputs.map(\.id) == ["README"])
    }

    @Test func missingPathsAndEmptyFoldersAreFailures() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.makeFolder("empty")
        try folder.write("only-notes/README.md", "Words.")
        let good = try folder.write("good.txt", "Words.")
        let missing = folder.path + "/nope.txt"
        let collected = InputCollector().collect([missing, folder.path + "/empty", folder.path + "/only-notes", good])
        #expect(collected.inputs.map(\.id) == ["good"])
        #expect(collected.failures.map(\.reason) == [.missingInput, .missingInput, .missingInput])
        #expect(collected.failures[0].message == "\(missing): no such file or directory (expected a page, a folder of pages or an http(s) URL)")
        #expect(collected.failures[1].message.contains("no pages found"))
    }

    @Test func urlsPassThroughAsURLInputs() {
        let collected = InputCollector().collect(["https://example.com/reviews/mat-benefits.html", "http://example.org"])
        #expect(collected.inputs == [
            .url(URLInput(url: "https://example.com/reviews/mat-benefits.html", id: "mat-benefits")),
            .url(URLInput(url: "http://example.org", id: "example.org")),
        ])
    }
}
