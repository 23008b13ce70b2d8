/// The mustache template of `report.md`.
///
/// Kept as a Swift constant rather than a bundle resource so the binary works wherever it is
/// copied (a missing resource bundle would stop the tool). Values arrive Markdown-escaped
/// (see ``MarkdownEscaping``); the TEXT content type stops mustache from HTML-escaping them.
enum MarkdownTemplate {
    /// The template text.
    static let text = #"""
{{% CONTENT_TYPE: TEXT}}
# Fact-check report

**{{summary.findings}} findings: {{summary.major}} major, {{summary.minor}} minor, {{summary.info}} info** · pages: {{summary.pages}}{{#summary.hasFailedPages}} ({{summary.failedPages}} failed){{/summary.hasFailedPages}} · study claims: {{summary.studyClaims}} · evidence claims: {{summary.evidenceClaims}} · studies matched across pages: {{summary.matches}} ({{summary.possibleMatches}} possible)

| Findings | Count |
|---|---:|
| Study conflicts: matched studies disagree | {{summary.conflicts}} |
| Evidence conflicts: pages rate a topic differently | {{summary.evidenceConflicts}} |
| Internal: a page contradicts itself | {{summary.internalFindings}} |
{{#hasReviews}}
| Reviewed: accepted or dismissed | {{summary.reviewed}} |
{{/hasReviews}}

Run {{generated}} on {{inputs}}{{#hasWeights}}; match weights {{weights}}{{/hasWeights}}

## Pages

| Page | Source | Title | Study claims | Evidence claims |
|---|---|---|---:|---:|
{{#pages}}
| {{id}} | {{source}} | {{title}} | {{studies}} | {{evidence}} |
{{/pages}}

## Matched studies

{{^hasStudies}}
No study was recognised on more than one page.

{{/hasStudies}}
{{#studies}}
### {{number}}. {{title}}

{{status}} {{matchID}} · score {{score}} · worst conflict: {{worst}}

| Field |{{#columns}} {{page}} |{{/columns}}
|---|{{#columns}}---|{{/columns}}
{{#rows}}
| {{#conflict}}⚠ {{/conflict}}{{field}} |{{#cells}} {{#conflict}}**{{value}}** ⚠{{/conflict}}{{^conflict}}{{value}}{{/conflict}}{{#hasWords}} “{{words}}”{{/hasWords}} |{{/cells}}
{{/rows}}

{{#hasConflicts}}
**Conflicts**

{{#conflicts}}
- **{{severity}}** {{field}}: {{message}} ({{id}}{{#review.reviewed}}, {{review.text}}{{/review.reviewed}})
{{#sides}}
  - {{page}}: {{value}}, “{{text}}” ({{location}})
{{/sides}}
{{/conflicts}}

{{/hasConflicts}}
**Why matched**

{{#comparisons}}
{{pair}}: start {{prior}}, final score **{{score}}**

| Field | Comparison | m | u | Weight | Score | Detail |
|---|---|---:|---:|---:|---:|---|
{{#steps}}
| {{field}} | {{comparison}} | {{m}} | {{u}} | {{weight}} | {{total}} | {{detail}} |
{{/steps}}

{{/comparisons}}
**Quotes**

{{#quotes}}
- {{page}} ({{location}}): “{{text}}”
{{/quotes}}

{{/studies}}
## Evidence conflicts

{{^hasEvidenceConflicts}}
No two pages on the same subject rate a topic two or more steps apart.

{{/hasEvidenceConflicts}}
{{#evidenceConflicts}}
### {{topic}} ({{subject}}): {{severity}}

{{message}} ({{id}}{{#review.reviewed}}, {{review.text}}{{/review.reviewed}})

{{#sides}}
- {{page}}: **{{value}}**, “{{text}}” ({{location}})
{{#hasQuote}}
  - quote: “{{quote}}”
{{/hasQuote}}
{{/sides}}

{{/evidenceConflicts}}
{{#evidenceTables}}
### Ratings by page: {{subject}}

| Topic |{{#columns}} {{page}} |{{/columns}}
|---|{{#columns}}---|{{/columns}}
{{#rows}}
| {{#conflict}}⚠ {{/conflict}}{{field}} |{{#cells}} {{#conflict}}**{{value}}** ⚠{{/conflict}}{{^conflict}}{{value}}{{/conflict}}{{#hasWords}} “{{words}}”{{/hasWords}} |{{/cells}}
{{/rows}}

{{/evidenceTables}}
## Internal findings

{{^hasInternalFindings}}
No page contradicts itself.

{{/hasInternalFindings}}
{{#internalFindings}}
- **{{severity}}** {{field}}: {{message}} ({{id}}{{#review.reviewed}}, {{review.text}}{{/review.reviewed}})
{{#sides}}
  - {{page}}: {{value}}, “{{text}}” ({{location}})
{{#hasQuote}}
    - quote: “{{quote}}”
{{/hasQuote}}
{{/sides}}
{{/internalFindings}}
{{#hasInternalFindings}}

{{/hasInternalFindings}}
{{#hasSingles}}
## Studies cited on one page only

| Page | Study | Year | Design | Sample size | Verdict | Where |
|---|---|---|---|---|---|---|
{{#singles}}
| {{page}} | {{label}} | {{year}} | {{design}} | {{sampleSize}} | {{verdict}} | {{location}} |
{{/singles}}
{{#hasMoreSingles}}

…and {{moreSingles}} more in report.json.
{{/hasMoreSingles}}

{{/hasSingles}}
{{#hasFailures}}
## Pages that could not be read

{{#failures}}
- {{message}}
{{/failures}}

{{/hasFailures}}
"""#
}
