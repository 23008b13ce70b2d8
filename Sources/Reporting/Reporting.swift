/// Writes the fact-check report in Markdown, HTML, JSON and CSV.
