import ReadinessCompute
import ReadinessInput
import ReadinessModel
import ReadinessRender
import ReadinessWrite

/// What to build: the folders and the as-at date.
public struct BuildRequest: Sendable {
    /// The data folder.
    public var dataFolder: String
    /// The templates folder.
    public var templatesFolder: String
    /// The output folder.
    public var outputFolder: String
    /// The as-at date from the command line; the settings' date is used when nil.
    public var asAt: CalendarDate?
    /// Whether to add self-contained copies of every page under `standalone/`.
    public var standalone: Bool
    /// The audience, overriding the settings' default when given.
    public var audience: Audience?
    /// A monotonic clock in nanoseconds, handed in by the command to time the stages. The
    /// library reads no clock of its own; without one, no timings are taken.
    public var stopwatch: (@Sendable () -> UInt64)?
    /// Whether to remove the files a person added to the output folder; they are kept otherwise.
    public var replaceAddedFiles = false
    /// The `git` program to read the data folder's history with, when it has no snapshots folder
    /// (the command finds it on PATH); nil reads no git history.
    public var git: String?
    /// The folder the Annex A lists are read from instead of the data folder's (`--annex-a`).
    public var annexAFolder: String?
    /// Called once when another build holds the output folder and this one must wait for it.
    public var waitingForOutput: (@Sendable () -> Void)?
    /// What the last build kept for this one (the preview's); nil reads every input afresh.
    public var cache: BuildCache?
    /// Called with the staging folder once the site is written there, before it replaces the
    /// output folder; returns the paths of any files it added (the PDFs), or why it failed.
    public var finishStaging: (@Sendable (String) -> Result<[String], SiteWriter.Failure>)?

    public init(
        dataFolder: String, templatesFolder: String, outputFolder: String, asAt: CalendarDate?,
        standalone: Bool = false,
        audience: Audience? = nil
    ) {
        self.audience = audience
        self.dataFolder = dataFolder
        self.templatesFolder = templatesFolder
        self.outputFolder = outputFolder
        self.asAt = asAt
        self.standalone = standalone
    }
}

/// The outcome of a build.
public struct BuildResult: Sendable {
    /// Every error and warning found.
    public var diagnostics: DiagnosticLog
    /// The site's files, when there were no errors.
    public var files: [OutputFile]
    /// The as-at date used.
    public var asAt: CalendarDate?
    /// The audience built for.
    public var audience: Audience = .internal
    /// How long each stage took, in nanoseconds, when a stopwatch was given.
    public var timings: [(stage: String, nanoseconds: UInt64)] = []
    /// The ledger of published counts and what was suppressed: never written anywhere, kept so
    /// that tests can audit a build with a solver of their own.
    var disclosure: (ledger: DisclosureLedger, suppressed: Set<Int>)?
}

/// The pipeline: load, validate, compute, render, write.
public enum SiteBuilder {
    /// Loads, checks and renders the site in memory, writing nothing.
    /// Checks the site as `readiness check` does: for the audience asked for, or, when none is,
    /// for both, so that what only the public build refuses (a count a reader could work out, a
    /// script in a template) is found before anything is published. A problem both find is
    /// reported once.
    public static func check(_ request: BuildRequest) -> DiagnosticLog {
        guard request.audience == nil else { return render(request).diagnostics }
        var intranet = request
        intranet.audience = .internal
        var published = request
        published.audience = .public
        var log = render(intranet).diagnostics
        var seen = Set(log.all.map(\.description))
        for diagnostic in render(published).diagnostics.all where seen.insert(diagnostic.description).inserted {
            log.report(diagnostic)
        }
        return log
    }

    public static func render(_ request: BuildRequest) -> BuildResult {
        var timings: [(String, UInt64)] = []
        var last = request.stopwatch?() ?? 0
        func lap(_ stage: String) {
            guard let now = request.stopwatch?() else { return }
            timings.append((stage, now - last))
            last = now
        }
        var log = DiagnosticLog()
        var ledger = InputLedger()
        // The templates' assets are published as they are: a data folder inside the templates
        // folder (or holding it) would publish the data, child-level lists included.
        if FileAccess.overlap(request.dataFolder, request.templatesFolder) {
            log.error(
                "the data folder '\(request.dataFolder)' and the templates folder '\(request.templatesFolder)' overlap",
                file: request.dataFolder,
                hint:
                    "keep them apart, side by side (data/ and site-templates/), so no data file can be published as a template's asset"
            )
            return BuildResult(diagnostics: log, files: [], asAt: nil)
        }
        let data = DataLoader.load(
            from: request.dataFolder, asAtOverride: request.asAt, git: request.git, annexA: request.annexAFolder,
            log: &log, ledger: &ledger, childLevel: request.cache?.childLevel)
        let templates = SiteTemplates.load(
            from: request.templatesFolder, log: &log, ledger: &ledger, cache: request.cache?.pages)
        lap("load data and templates")
        guard var data else { return BuildResult(diagnostics: log, files: [], asAt: nil) }
        // The lists hold children's personal data: a folder of them inside the templates folder
        // would publish them as the templates' assets.
        let settingsLists = data.settings.annexAFolder.map {
            $0.hasPrefix("/") ? $0 : FileAccess.join(request.dataFolder, $0)
        }
        if let lists = request.annexAFolder ?? settingsLists, FileAccess.overlap(lists, request.templatesFolder) {
            log.error(
                "the Annex A folder '\(lists)' and the templates folder '\(request.templatesFolder)' overlap",
                file: lists, hint: "keep the lists outside the templates folder, so no list can be published")
            return BuildResult(diagnostics: log, files: [], asAt: nil)
        }
        guard let asAt = data.settings.asAt else {
            let settings = FileAccess.join(request.dataFolder, "settings.yaml")
            // An `as_at` that is there but not a date has its own error: that is the cause.
            if !log.errors.contains(where: { $0.file == settings && $0.message.hasPrefix("'as_at'") }) {
                log.error(
                    "no as-at date is given", file: settings,
                    hint: "pass --as-of YYYY-MM-DD, or add 'as_at: YYYY-MM-DD' to settings.yaml")
            }
            return BuildResult(diagnostics: log, files: [], asAt: nil)
        }
        // Names resolved to ids here: every stage after sees ids.
        DataValidator.validate(&data, asAt: asAt, log: &log)
        guard !log.hasErrors, let templates else { return BuildResult(diagnostics: log, files: [], asAt: asAt) }
        let figures = SiteFigures(data, asAt: asAt)
        lap("validate and compute")
        let audience = request.audience ?? data.settings.audience
        let policy = audience == .public ? data.settings.disclosure : .none
        let provenance = Provenance(inputs: ledger.entries.count, asAt: asAt, audience: audience)
        let renderer = SiteRenderer(
            templates: templates,
            context: SiteContext(
                data: data, figures: figures, audience: audience, policy: policy, provenance: provenance,
                usage: templates.usage),
            markdown: MarkdownRenderer(allowRawHTML: data.settings.allowRawHTML), stopwatch: request.stopwatch,
            cache: request.cache?.renderedPages, inputs: ledger)
        let markdownTime = Accumulator()
        var disclosure: (ledger: DisclosureLedger, suppressed: Set<Int>)?
        var files = renderer.render(log: &log, markdownTime: markdownTime) { disclosure = $0 }
        if request.standalone { files += StandalonePages.make(from: files) }
        let manifest = Manifest.json(inputs: ledger, asAt: asAt, audience: audience, outputs: files)
        files.append(OutputFile(path: Manifest.path, bytes: Array(manifest.utf8)))
        // Page paths are checked against each other and the generated names when they are made;
        // this is the last word, so no build writes one path twice or lists it twice.
        var written: Set<String> = []
        for file in files where !written.insert(file.path.lowercased()).inserted {
            log.error(
                "two files of the site would be written to '\(file.path)'", file: request.templatesFolder,
                hint: "give one of the pages another 'output:' in its front matter")
        }
        lap("render pages")
        if request.stopwatch != nil { timings.append(("of which libcmark, summed over pages", markdownTime.value)) }
        var result = BuildResult(diagnostics: log, files: log.hasErrors ? [] : files, asAt: asAt, audience: audience)
        result.timings = timings
        result.disclosure = disclosure
        return result
    }

    /// Renders the site and, when there are no errors, writes it atomically to the output folder.
    public static func build(_ request: BuildRequest) -> BuildResult {
        var result = render(request)
        guard !result.diagnostics.hasErrors else { return result }
        let started = request.stopwatch?() ?? 0
        if let failure = SiteWriter.publish(
            result.files, to: request.outputFolder, protecting: [request.dataFolder, request.templatesFolder],
            replacingAddedFiles: request.replaceAddedFiles, finish: request.finishStaging,
            waiting: { request.waitingForOutput?() })
        {
            result.diagnostics.error(failure.message, file: request.outputFolder)
        }
        if let now = request.stopwatch?() { result.timings.append(("write the site", now - started)) }
        return result
    }
}
