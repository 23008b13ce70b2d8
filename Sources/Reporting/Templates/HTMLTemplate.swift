/// The mustache template of `report.html`: one self-contained page, inline CSS, no script.
///
/// Every value is written with `{{ }}`, which HTML-escapes it (never `{{{ }}}`); no page-provided
/// URL becomes an `href` or `src`. The severity filter is CSS-only (radio buttons), so the page's
/// Content-Security-Policy can forbid every script.
enum HTMLTemplate {
    /// The template text.
    static let text = #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<title>Fact-check report · {{summary.findings}} findings</title>
<style>
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --soft: #f6f8fa;
  --major: #cf222e; --major-bg: #ffebe9; --minor: #9a6700; --minor-bg: #fff8c5; --info: #0969da; --info-bg: #ddf4ff; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); background: var(--bg); }
.wrap { max-width: 1180px; margin: 0 auto; padding: 0 24px 48px; }
header.top { background: #24292f; color: #fff; padding: 20px 0 16px; margin-bottom: 20px; }
header.top .wrap { padding-bottom: 0; }
header.top h1 { margin: 0 0 4px; font-size: 26px; }
header.top .meta { color: #c9d1d9; font-size: 13px; word-break: break-all; }
h2 { font-size: 21px; border-bottom: 1px solid var(--line); padding-bottom: 6px; margin-top: 36px; }
h3 { font-size: 17px; margin: 0 0 6px; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 8px 0 4px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 120px; background: var(--soft); }
.card b { display: block; font-size: 24px; line-height: 1.2; }
.card span { color: var(--muted); font-size: 13px; }
.card.major b { color: var(--major); } .card.minor b { color: var(--minor); } .card.info b { color: var(--info); }
nav.toc { border: 1px solid var(--line); border-radius: 8px; padding: 8px 18px; background: var(--soft); margin: 18px 0; }
nav.toc h2 { border: 0; margin: 6px 0; font-size: 16px; }
nav.toc ol { margin: 0 0 8px; padding-left: 22px; } nav.toc ol ol { font-size: 14px; }
a { color: var(--info); text-decoration: none; } a:hover { text-decoration: underline; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: 6px 9px; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; }
td.words, .words { color: var(--muted); font-size: 12.5px; display: block; }
tr.conflict th { color: var(--major); }
td.sev-major { background: var(--major-bg); } td.sev-minor { background: var(--minor-bg); } td.sev-info { background: var(--info-bg); }
td.conflict .value { font-weight: 700; }
.badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; color: #fff;
  vertical-align: 2px; text-transform: uppercase; letter-spacing: .03em; }
.badge.major { background: var(--major); } .badge.minor { background: var(--minor); } .badge.info { background: var(--info); }
.badge.none { background: #1a7f37; } .badge.possible { background: #8250df; } .badge.match { background: #57606a; }
section.study, section.evidence { border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin: 16px 0; }
section.study.worst-major { border-left: 5px solid var(--major); } section.study.worst-minor { border-left: 5px solid var(--minor); }
section.evidence.sev-major { border-left: 5px solid var(--major); } section.evidence.sev-minor { border-left: 5px solid var(--minor); }
.sub { color: var(--muted); font-size: 13px; margin: 0 0 8px; }
ul.findings { padding-left: 0; list-style: none; margin: 6px 0 12px; }
ul.findings > li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; margin: 6px 0; }
ul.findings > li.major { border-left: 4px solid var(--major); } ul.findings > li.minor { border-left: 4px solid var(--minor); }
ul.findings > li.info { border-left: 4px solid var(--info); }
ul.sides { margin: 4px 0 0; padding-left: 18px; font-size: 14px; }
.loc { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; color: var(--muted); }
blockquote { margin: 6px 0; padding: 4px 12px; border-left: 3px solid var(--line); color: #424a53; font-size: 14px; }
details { margin: 8px 0; } summary { cursor: pointer; color: var(--muted); font-weight: 600; }
td.neg { color: var(--major); } td.pos { color: #1a7f37; }
.filters { margin: 12px 0 0; font-size: 13px; color: #c9d1d9; }
.filters label { display: inline-block; border: 1px solid #57606a; border-radius: 14px; padding: 2px 12px; margin-left: 6px;
  cursor: pointer; color: #fff; }
input.sev { position: absolute; opacity: 0; pointer-events: none; }
#sev-all:checked ~ header label[for="sev-all"], #sev-minor:checked ~ header label[for="sev-minor"],
#sev-major:checked ~ header label[for="sev-major"] { background: #fff; color: #24292f; }
#sev-minor:checked ~ main [data-severity="info"] { display: none; }
#hide-reviewed:checked ~ main [data-reviewed="yes"] { display: none; }
#hide-reviewed:checked ~ header label[for="hide-reviewed"] { background: #fff; color: #24292f; }
.fid { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; color: var(--muted); }
.review { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; background: var(--soft);
  border: 1px solid var(--line); color: var(--muted); }
.review.accepted { color: #1a7f37; } [data-reviewed="yes"] { opacity: .65; }
#sev-major:checked ~ main [data-severity="info"], #sev-major:checked ~ main [data-severity="minor"] { display: none; }
.empty { color: var(--muted); font-style: italic; }
</style>
</head>
<body>
<input class="sev" type="radio" name="severity" id="sev-all" checked>
<input class="sev" type="radio" name="severity" id="sev-minor">
<input class="sev" type="radio" name="severity" id="sev-major">
<input class="sev" type="checkbox" id="hide-reviewed">
<header class="top"><div class="wrap">
<h1>Fact-check report</h1>
<div class="meta">Run {{generated}} on <span class="loc">{{inputs}}</span>{{#hasWeights}}; match weights {{weights}}{{/hasWeights}}</div>
<div class="filters">Show findings:<label for="sev-all">All</label><label for="sev-minor">Major + minor</label><label for="sev-major">Major only</label>{{#hasReviews}}<label for="hide-reviewed">Hide reviewed</label>{{/hasReviews}}</div>
</div></header>
<main class="wrap">
<section id="summary">
<div class="cards">
<div class="card major"><b>{{summary.major}}</b><span>major findings</span></div>
<div class="card minor"><b>{{summary.minor}}</b><span>minor findings</span></div>
<div class="card info"><b>{{summary.info}}</b><span>info findings</span></div>
<div class="card"><b>{{summary.matches}}</b><span>studies on 2+ pages ({{summary.possibleMatches}} possible)</span></div>
<div class="card"><b>{{summary.pages}}</b><span>pages{{#summary.hasFailedPages}} ({{summary.failedPages}} failed){{/summary.hasFailedPages}}</span></div>
<div class="card"><b>{{summary.studyClaims}}</b><span>study claims</span></div>
<div class="card"><b>{{summary.evidenceClaims}}</b><span>evidence claims</span></div>
</div>
<p class="sub">{{summary.conflicts}} study conflicts · {{summary.evidenceConflicts}} evidence conflicts · {{summary.internalFindings}} internal findings{{#hasReviews}} · {{summary.reviewed}} reviewed (accepted or dismissed){{/hasReviews}}</p>
</section>
<nav class="toc"><h2>Contents</h2><ol>
<li><a href="#pages">Pages</a></li>
<li><a href="#studies">Matched studies</a>{{#hasStudies}}<ol>{{#studies}}<li><a href="#{{anchor}}">{{title}}</a> <span class="badge {{worst}}">{{worst}}</span></li>{{/studies}}</ol>{{/hasStudies}}</li>
<li><a href="#evidence">Evidence conflicts</a>{{#hasEvidenceConflicts}}<ol>{{#evidenceConflicts}}<li data-severity="{{severity}}"><a href="#{{anchor}}">{{topic}}</a> <span class="sub">({{subject}})</span> <span class="badge {{severity}}">{{severity}}</span></li>{{/evidenceConflicts}}</ol>{{/hasEvidenceConflicts}}</li>
<li><a href="#internal">Internal findings</a></li>
{{#hasSingles}}<li><a href="#singles">Studies cited on one page only</a></li>{{/hasSingles}}
{{#hasFailures}}<li><a href="#failures">Pages that could not be read</a></li>{{/hasFailures}}
</ol></nav>

<h2 id="pages">Pages</h2>
<table><thead><tr><th>Page</th><th>Source</th><th>Title</th><th class="num">Study claims</th><th class="num">Evidence claims</th></tr></thead><tbody>
{{#pages}}<tr><td>{{id}}</td><td class="loc">{{source}}</td><td>{{title}}</td><td class="num">{{studies}}</td><td class="num">{{evidence}}</td></tr>
{{/pages}}</tbody></table>

<h2 id="studies">Matched studies</h2>
{{^hasStudies}}<p class="empty">No study was recognised on more than one page.</p>{{/hasStudies}}
{{#studies}}
<section class="study worst-{{worst}}" id="{{anchor}}">
<h3>{{number}}. {{title}} <span class="badge {{status}}">{{status}}</span></h3>
<p class="sub">{{matchID}} · score {{score}} · worst conflict: <span class="badge {{worst}}">{{worst}}</span></p>
<table><thead><tr><th>Field</th>{{#columns}}<th>{{page}}</th>{{/columns}}</tr></thead><tbody>
{{#rows}}<tr{{#conflict}} class="conflict"{{/conflict}}><th>{{field}}</th>{{#cells}}<td{{#conflict}} class="conflict sev-{{severity}}"{{/conflict}}><span class="value">{{value}}</span>{{#hasWords}}<span class="words">“{{words}}”</span>{{/hasWords}}</td>{{/cells}}</tr>
{{/rows}}</tbody></table>
{{#hasConflicts}}<ul class="findings">
{{#conflicts}}<li class="{{severity}}" data-severity="{{severity}}"{{#review.reviewed}} data-reviewed="yes"{{/review.reviewed}}><span class="badge {{severity}}">{{severity}}</span> <b>{{field}}</b>: {{message}} <span class="fid">{{id}}</span>{{#review.reviewed}} <span class="review {{review.status}}">{{review.text}}</span>{{/review.reviewed}}
<ul class="sides">{{#sides}}<li>{{page}}: <b>{{value}}</b> “{{text}}” <span class="loc">{{location}}</span>{{#hasQuote}}<blockquote>{{quote}}</blockquote>{{/hasQuote}}</li>{{/sides}}</ul></li>
{{/conflicts}}</ul>{{/hasConflicts}}
<details><summary>Why these claims matched</summary>
{{#comparisons}}<p class="sub">{{pair}}: start {{prior}} → final score <b>{{score}}</b></p>
{{#chart}}<svg class="waterfall" role="img" aria-label="score waterfall" width="{{width}}" height="{{height}}" viewBox="0 0 {{width}} {{height}}"><line x1="{{zeroX}}" y1="0" x2="{{zeroX}}" y2="{{height}}" stroke="#57606a"/><line x1="{{thresholdX}}" y1="0" x2="{{thresholdX}}" y2="{{height}}" stroke="#8250df" stroke-dasharray="3 2"><title>match threshold {{threshold}}</title></line>{{#bars}}<text x="0" y="{{labelY}}" font-size="11">{{label}}</text><rect x="{{x}}" y="{{y}}" width="{{width}}" height="12" fill="{{fill}}"><title>{{title}}</title></rect>{{/bars}}</svg>{{/chart}}
<table><thead><tr><th>Field</th><th>Comparison</th><th class="num">m</th><th class="num">u</th><th class="num">Weight</th><th class="num">Score</th><th>Detail</th></tr></thead><tbody>
{{#steps}}<tr><td>{{field}}</td><td>{{comparison}}</td><td class="num">{{m}}</td><td class="num">{{u}}</td><td class="num {{#negative}}neg{{/negative}}{{^negative}}pos{{/negative}}">{{weight}}</td><td class="num">{{total}}</td><td>{{detail}}</td></tr>
{{/steps}}</tbody></table>
{{/comparisons}}</details>
<details open><summary>Quotes</summary>
{{#quotes}}<blockquote>{{text}}<br><span class="loc">{{page}} · {{location}}</span></blockquote>
{{/quotes}}</details>
</section>
{{/studies}}

<h2 id="evidence">Evidence conflicts</h2>
{{^hasEvidenceConflicts}}<p class="empty">No two pages on the same subject rate a topic two or more steps apart.</p>{{/hasEvidenceConflicts}}
{{#evidenceConflicts}}
<section class="evidence sev-{{severity}}" id="{{anchor}}" data-severity="{{severity}}"{{#review.reviewed}} data-reviewed="yes"{{/review.reviewed}}>
<h3>{{topic}} <span class="sub">({{subject}})</span> <span class="badge {{severity}}">{{severity}}</span>{{#review.reviewed}} <span class="review {{review.status}}">{{review.text}}</span>{{/review.reviewed}}</h3>
<p class="sub">{{subject}} · {{message}} · <span class="fid">{{id}}</span></p>
<ul class="sides">{{#sides}}<li>{{page}}: <b>{{value}}</b> “{{text}}” <span class="loc">{{location}}</span>{{#hasQuote}}<blockquote>{{quote}}</blockquote>{{/hasQuote}}</li>{{/sides}}</ul>
</section>
{{/evidenceConflicts}}
{{#evidenceTables}}
<details><summary>Ratings by page: {{subject}}</summary>
<table><thead><tr><th>Topic</th>{{#columns}}<th>{{page}}</th>{{/columns}}</tr></thead><tbody>
{{#rows}}<tr{{#conflict}} class="conflict"{{/conflict}}><th>{{field}}</th>{{#cells}}<td{{#conflict}} class="conflict sev-{{severity}}"{{/conflict}}><span class="value">{{value}}</span>{{#hasWords}}<span class="words">“{{words}}”</span>{{/hasWords}}</td>{{/cells}}</tr>
{{/rows}}</tbody></table>
</details>
{{/evidenceTables}}

<h2 id="internal">Internal findings</h2>
{{^hasInternalFindings}}<p class="empty">No page contradicts itself.</p>{{/hasInternalFindings}}
{{#hasInternalFindings}}<ul class="findings">
{{#internalFindings}}<li class="{{severity}}" data-severity="{{severity}}"{{#review.reviewed}} data-reviewed="yes"{{/review.reviewed}}><span class="badge {{severity}}">{{severity}}</span> <b>{{field}}</b>: {{message}} <span class="fid">{{id}}</span>{{#review.reviewed}} <span class="review {{review.status}}">{{review.text}}</span>{{/review.reviewed}}
<ul class="sides">{{#sides}}<li>{{page}}: <b>{{value}}</b> “{{text}}” <span class="loc">{{location}}</span>{{#hasQuote}}<blockquote>{{quote}}</blockquote>{{/hasQuote}}</li>{{/sides}}</ul></li>
{{/internalFindings}}</ul>{{/hasInternalFindings}}

{{#hasSingles}}
<h2 id="singles">Studies cited on one page only</h2>
<table><thead><tr><th>Page</th><th>Study</th><th>Year</th><th>Design</th><th>Sample size</th><th>Verdict</th><th>Where</th></tr></thead><tbody>
{{#singles}}<tr><td>{{page}}</td><td>{{label}}</td><td>{{year}}</td><td>{{design}}</td><td>{{sampleSize}}</td><td>{{verdict}}</td><td class="loc">{{location}}</td></tr>
{{/singles}}</tbody></table>
{{#hasMoreSingles}}<p class="empty">…and {{moreSingles}} more in report.json.</p>{{/hasMoreSingles}}
{{/hasSingles}}
{{#hasFailures}}
<h2 id="failures">Pages that could not be read</h2>
<ul>{{#failures}}<li><span class="loc">{{message}}</span></li>{{/failures}}</ul>
{{/hasFailures}}
</main>
</body>
</html>
"""#
}
