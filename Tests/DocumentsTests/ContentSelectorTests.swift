import Testing

@testable import Documents

/// Main content for fact-checking on small invented pages: every section with prose,
/// lists or tables is kept, boilerplate boxes are not.
@Suite struct ContentSelectorTests {
    func texts(_ html: String) throws -> [String] {
        let document = try HTMLParser().parse(Array(html.utf8), id: "t", source: "t.html")
        return document.blocks.map { block in
            guard let table = block.table else { return block.text }
            return ([table.header] + table.rows).map { $0.joined(separator: " | ") }
                .joined(separator: "\n")
        }
    }

    func contains(_ texts: [String], _ fragment: String) -> Bool {
        texts.contains { $0.contains(fragment) }
    }

    /// A shop page: the studies sit in an open `<details>` panel, the evidence table and
    /// the claims list in another `<section>`. All of it is kept, with the product title.
    @Test func shopPageKeepsEverySectionWithContent() throws {
        let kept = try texts(
            """
            <!doctype html><html><head><title>Dusk Fern Drops</title></head><body>
            <header class="site-header"><a href="/">Home</a> <a href="/shop">Shop</a></header>
            <main><div class="product">
            <h1>Dusk Fern Sleep Drops</h1><p class="price">$19.00</p>
            <details open><summary>The studies behind it</summary>
            <p>A 2020 trial at the Quillby Sleep Unit gave 58 adults with broken sleep either dusk fern extract or a plain oil for six weeks, and the extract group woke up less often, the authors wrote.</p>
            <p>A pilot with 18 night-shift nurses, run over four weeks, found better sleep diaries but no change in measured sleep time, and its authors asked for a larger trial.</p>
            <p>Both trials used different doses and were partly paid for by a fern growers' co-operative, which reviewers flagged when they compared them.</p>
            </details></div>
            <section class="evidence"><h2>What can it help with?</h2>
            <table><thead><tr><th>Use</th><th>Evidence</th></tr></thead>
            <tbody><tr><td>Waking at night</td><td>Moderate: 2 trials, 76 people</td></tr>
            <tr><td>Falling asleep</td><td>Weak: 1 pilot</td></tr></tbody></table>
            <ul><li>Fewer night wakings in adults with broken sleep</li>
            <li>May help shift workers fall asleep, from one small pilot only</li></ul>
            </section></main></body></html>
            """)
        #expect(contains(kept, "Dusk Fern Sleep Drops"))
        #expect(contains(kept, "The studies behind it"))
        #expect(contains(kept, "Quillby Sleep Unit"))
        #expect(contains(kept, "What can it help with?"))
        #expect(contains(kept, "Waking at night | Moderate: 2 trials, 76 people"))
        #expect(contains(kept, "Fewer night wakings in adults with broken sleep"))
        #expect(contains(kept, "from one small pilot only"))
        #expect(!contains(kept, "Shop"))
    }

    static let pondPage = """
        <!doctype html><html><head><title>Pond Snails</title></head><body>
        <nav class="top"><a href="/">Home</a> <a href="/garden">Garden</a> <a href="/ponds">Ponds</a></nav>
        <div id="cookie-banner"><p>This site stores small files on your device to remember your choices. Accept?</p></div>
        <article>
        <h1>Why pond snails thrive in cool water</h1>
        <div class="share-bar"><a href="/s/1">Share</a> <a href="/s/2">Send</a> <a href="/s/3">Pin</a></div>
        <p>Keepers of garden ponds in the northern valleys have long said that the ramshorn snail does best in shaded water, and a survey by a pond society now backs them up with counts from ninety ponds.</p>
        <p>Ponds that stayed under eighteen degrees through the summer held, on average, three times as many snails as sunny ponds of the same size, the society reported, though volunteers did the counting.</p>
        <aside class="callout"><p>Note: the survey counted snails by hand on one morning per pond, so small ponds may be over-counted.</p></aside>
        <p>Shade also kept algae down, which the authors think matters more than the temperature itself, since the snails graze on the soft film rather than on the long strands.</p>
        <div class="newsletter-box"><p>Get our monthly pond letter with seasonal tips. Sign up below.</p></div>
        <div class="related-posts"><h3>Related</h3><ul><li><a href="/r1">Frogspawn in early spring</a></li><li><a href="/r2">Choosing a pond liner</a></li></ul></div>
        </article>
        <section><h2>How the count was done</h2>
        <p>Volunteers walked the edge of each pond at dawn and counted every snail they could see within an arm's length of the bank, then repeated the walk a week later.</p></section>
        <section class="subscribe-panel"><h2>Join the society</h2>
        <p>Members receive the quarterly journal, discounts at partner nurseries across the valleys and an invitation to the summer open-pond weekend every year.</p>
        <p>Membership costs less than a bag of pond plants and helps fund the annual survey that this article describes in detail.</p></section>
        <div class="more-stories">
        <div><h3><a href="/m1">Newts return to a village pond</a></h3><p>After twenty years without a sighting, a village pond has newts again, and the parish council wants to know why the water changed.</p></div>
        <div><h3><a href="/m2">Reed beds as winter shelter</a></h3><p>Leaving reed beds uncut over winter gives insects a place to shelter, according to a group of allotment keepers who tried it for three years.</p></div>
        </div>
        <div><ul><li><a href="/t1">Pond pumps</a></li><li><a href="/t2">Liners</a></li><li><a href="/t3">Fish</a></li><li><a href="/t4">Plants</a></li></ul></div>
        <aside><h3>Popular</h3><ul><li><a href="/p1">Best pond pumps</a></li><li><a href="/p2">Fish for small ponds</a></li></ul></aside>
        <div id="comments"><h3>Leave a comment</h3>
        <form class="comment-form"><p>Your address will not be shown to other readers.</p><label>Comment</label><textarea></textarea></form></div>
        <footer><p>Pond notes from the valleys</p></footer>
        </body></html>
        """

    /// Navigation, a cookie box, a newsletter box, a share bar, a comment form, related
    /// posts, a sign-up section, teaser cards and a bare link list are all left out,
    /// inside the article and outside it; a method section outside the article is kept.
    @Test func boilerplateIsDropped() throws {
        let kept = try texts(Self.pondPage)
        #expect(contains(kept, "Why pond snails thrive in cool water"))
        #expect(contains(kept, "ramshorn snail"))
        #expect(contains(kept, "Shade also kept algae down"))
        #expect(contains(kept, "How the count was done"))
        #expect(contains(kept, "Volunteers walked the edge"))
        for boilerplate in [
            "Garden", "small files on your device", "Share", "monthly pond letter", "Frogspawn",
            "Join the society", "Members receive", "Newts return", "Leaving reed beds",
            "Pond pumps", "Best pond pumps", "Leave a comment", "will not be shown", "Pond notes",
        ] {
            #expect(!contains(kept, boilerplate), "kept \(boilerplate)")
        }
    }

    /// A callout `<aside>` inside the article is part of it; an `<aside>` of links beside
    /// the article is a sidebar.
    @Test func calloutAsideKeptSidebarAsideDropped() throws {
        let kept = try texts(Self.pondPage)
        #expect(contains(kept, "Note: the survey counted snails by hand"))
        #expect(!contains(kept, "Popular"))
        #expect(!contains(kept, "Fish for small ponds"))
    }

    /// Definition lists, figures with captions, a hidden tab panel and a closed
    /// `<details>` are content; a sidebar `<aside>` inside `<main>` is not.
    @Test func definitionListsFiguresAndPanelsKept() throws {
        let kept = try texts(
            """
            <!doctype html><html><head><title>Glossary</title></head><body><main>
            <h1>Terms used in soil testing</h1>
            <p>Soil labs in the upland districts report their results with a handful of terms that confuse many first-time growers, so here is what each of them means in practice.</p>
            <dl><dt>Loam index</dt><dd>A score from one to ten for how evenly sand, silt and clay are mixed in the sample.</dd>
            <dt>Crumb test</dt><dd>Whether a dried clod falls apart in water within five minutes.</dd></dl>
            <figure><img src="x.png" alt=""><figcaption>Figure 2: a crumb test after two minutes in rainwater.</figcaption></figure>
            <div class="tabs"><div role="tabpanel" hidden><p>Clay-heavy samples held water for eleven days in a trial of forty allotments.</p></div></div>
            <details><summary>How the labs score samples</summary><p>Each lab sieves the sample twice and weighs each part.</p></details>
            <aside class="sidebar"><ul><li><a href="/a">Buy a kit</a></li><li><a href="/b">Find a lab</a></li></ul></aside>
            </main></body></html>
            """)
        for fragment in [
            "Loam index", "how evenly sand, silt and clay", "Crumb test", "falls apart in water",
            "Figure 2: a crumb test", "held water for eleven days", "How the labs score samples",
            "sieves the sample twice",
        ] {
            #expect(contains(kept, fragment), "lost \(fragment)")
        }
        #expect(!contains(kept, "Buy a kit"))
    }

    /// Short class tokens match whole and with their first letter (`"ad"` is not `"id"`).
    @Test func wholeTokensCheckTheirFirstLetter() {
        func flags(_ value: String) -> ClassHintMatcher.Flags {
            Array(value.utf8).withUnsafeBufferPointer { ClassHintMatcher.standard.flags(in: $0) }
        }
        #expect(flags("top ad").contains(.box))
        #expect(!flags("top id").contains(.box))
        #expect(!flags("header").contains(.box))
    }
}
