/// Every limit Readiness puts on how far input may expand, in one place, so that no file can
/// make a build hang or use unbounded memory. Going past one is a diagnostic, never a hang.
/// docs/templates.md and docs/data-format.md list them.
public enum Budgets {
    /// Bytes of a file read whole (settings, themes, tables such as actions.csv, templates):
    /// parsed, such a file takes several times its size in memory. Child-level lists are scanned
    /// as they are read and have no such limit.
    public static let wholeFileBytes = 16 * 1024 * 1024
    /// Bytes of the council's logo (`logo:` in settings.yaml): it is copied into every site and
    /// embedded in every self-contained page, so a header image of a few hundred KB at most.
    /// A child-level row (one line of an Annex A list, or several when a quoted cell holds line
    /// breaks) may be at most this long: the lists are read a chunk at a time, and an unclosed
    /// quote must not make one row of the whole file.
    public static let childLevelRowBytes = 16 * 1024 * 1024

    public static let logoBytes = 1024 * 1024
    /// Bytes of the data folder's git log read to find the commit in force at each meeting
    /// (about 60 bytes a commit: over 100,000 commits).
    public static let gitLogBytes = 8 * 1024 * 1024
    /// Snapshot folders or meetings read: a committee meeting monthly for 20 years.
    public static let snapshots = 240
    /// Bytes one part of an .xlsx workbook may inflate to when it is read whole (its shared
    /// strings, styles, or a sheet read as a table), counted while it inflates: a zip bomb
    /// stops here.
    public static let workbookPartBytes = 256 * 1024 * 1024
    /// Bytes a child-level sheet may inflate to. It is streamed (never held whole), so this caps
    /// time, not memory: Excel's largest sheet of 1,048,576 rows is about 2 GB of XML.
    public static let workbookSheetBytes = 4 * 1024 * 1024 * 1024
    /// Cells one sheet read as a table may hold, counting the blanks that pad its rows and
    /// the copies a merged area makes of its value.
    public static let workbookCells = 4_000_000
    /// Strings a workbook's shared-strings table may hold: several a child for a list of a
    /// million children, far fewer than a small file of empty strings built to take minutes.
    public static let workbookSharedStrings = 16_000_000
    /// The most worksheets a workbook may have: finding a table reads the top of each sheet.
    public static let workbookSheets = 1_000
    /// Diagnostics listed per file; the rest are counted in one "and N more like this" line.
    public static let diagnosticsPerFile = 20

    /// The most copies of partials one template may expand to, counting every path through the
    /// `{{> partial}}` includes (a partial included twice by a partial included twice is 4).
    public static let partialExpansions = 1_000

    /// The most times sections may repeat while one page (or title, or layout) is rendered,
    /// summed over every section: `{{#themes}}` nested 12 deep would repeat billions of times.
    public static let sectionRepeats = 200_000

    /// The most text one page may produce, counted as the text its template expands to (with
    /// its partials) for every repeat of a section, plus every value placed, before it is
    /// stopped; also the most text a template may expand to through its partials.
    public static let renderedBytes = 64 * 1024 * 1024

    /// The largest Markdown a page may hand to libcmark (its template, or what Mustache made of
    /// it): libcmark needs over a hundred times the text's size in memory.
    public static let markdownBytes = 2 * 1024 * 1024

    /// The deepest sections may be nested in a template (swift-mustache parses them recursively).
    public static let sectionNesting = 64
}
