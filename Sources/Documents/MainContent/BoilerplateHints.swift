/// Words in an element's `class` and `id` that say what the element is, as data.
///
/// Matching is case-insensitive and by substring (`"sidebar"` matches `"left-sidebar"`),
/// except ``wholeTokens``, which are too short to match inside other words and only
/// count as a whole class/id token (split on anything but letters and digits).
/// The lists follow mozilla/readability's, which the html-wild corpus was extracted with,
/// plus cookie/consent/newsletter words for banners that turn into false claims.
enum BoilerplateHints {
    /// Chrome that is never article text: the element and everything in it is dropped.
    static let chrome: [String] = [
        "cookie", "consent", "gdpr", "newsletter-signup", "subscribe-box", "paywall-prompt",
        "skip-link", "skiplink", "screen-reader-text", "sr-only", "visually-hidden",
        "visuallyhidden",
    ]

    /// Probably not the article (readability's "unlikely candidates"): left out unless
    /// the page has nothing better.
    static let unlikely: [String] = [
        "-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community",
        "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu",
        "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social",
        "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup",
        "yom-remote", "cookie", "consent",
    ]

    /// Words that rescue an element from ``unlikely`` (it may hold the article).
    static let maybeArticle: [String] = [
        "and", "article", "body", "column", "content", "main", "mathjax", "shadow",
    ]

    /// Words that raise an element's score as the article's container.
    static let positive: [String] = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
        "pagination", "post", "text", "blog", "story",
    ]

    /// Words that lower an element's score as the article's container.
    static let negative: [String] = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
        "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget",
        "cookie", "consent", "newsletter", "subscribe", "social", "nav",
    ]

    /// Boxes that are not the article wherever they sit (``ContentSelector``): outside the
    /// article pick they are dropped whole; inside it, when short or link-dense. Unlike
    /// ``unlikely`` no word rescues them (`"related-content"` is still related posts).
    static let boxes: [String] = [
        "comment", "related", "share", "sharing", "social", "newsletter", "subscribe",
        "signup", "sign-up", "promo", "sponsor", "recommend", "disqus", "respond", "outbrain",
        "taboola", "-ad-",
    ]

    /// Page regions that are not content when they sit outside the article pick, but
    /// name wrappers too often to cut inside it (`"widget"` wraps an article's figures).
    static let outerBoxes: [String] = [
        "sidebar", "footer", "masthead", "menu", "breadcrumb", "widget", "pagination", "pager",
        "popup", "modal", "banner", "trending", "popular", "rss",
    ]

    /// Tab and accordion panels: content even while hidden (an inactive tab is still text
    /// the page states), so `hidden`, `aria-hidden` and `display:none` do not drop them.
    static let panels: [String] = ["tabpanel", "tab-pane", "tab-panel", "accordion"]

    /// Short words that only count as a whole token (`"ad"` in `"ad-slot"`, not `"header"`).
    static let wholeTokens: [(word: String, meaning: Meaning)] = [
        ("ad", .negative), ("ads", .negative), ("advert", .negative), ("hid", .negative),
        ("nav", .negative), ("promo", .negative),
    ]

    /// Short ``boxes`` words that only count as a whole token.
    static let boxTokens: [String] = ["ad", "ads", "advert"]

    /// Short ``outerBoxes`` words that only count as a whole token.
    static let outerBoxTokens: [String] = ["nav", "tags"]

    /// ARIA roles whose element is site chrome (dropped with its content).
    static let chromeRoles: [String] = [
        "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search",
        "dialog", "alertdialog", "alert",
    ]

    /// What a hint word says about an element.
    enum Meaning: UInt8, Sendable {
        case negative, positive
    }
}
