import Dispatch
import Mustache
import ReadinessCompute
import ReadinessInput
import ReadinessModel

/// One file of the finished site.
public struct OutputFile: Sendable, Equatable {
    /// Its path inside the output folder.
    public var path: String
    /// Its bytes.
    public var bytes: [UInt8]

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Renders every page: Mustache over the Markdown, libcmark to HTML, blocks put back, then the
/// layout around it.
package struct SiteRenderer: Sendable {
    let templates: SiteTemplates
    let context: SiteContext
    let markdown: MarkdownRenderer
    /// A clock the command may hand in to time the Markdown stage; the library reads none.
    var stopwatch: (@Sendable () -> UInt64)? = nil
    /// The pages of the last build, used again where nothing a page's render reads has changed
    /// (the preview's); nil renders every page.
    var cache: RenderedPageCache? = nil
    /// The build's input files (path, size, SHA-256), which the cache compares between builds.
    var inputs = InputLedger()

    /// One page to make: a template, and the theme it is for, if any.
    struct Instance: Sendable {
        let template: PageTemplate
        let theme: ThemeSummary?
        var path = ""
        var title = ""
        var navigationTitle = ""
    }

    /// Renders the site, or reports why it cannot be.
    package func render(
        log: inout DiagnosticLog, markdownTime: Accumulator = Accumulator(),
        disclosure: ((ledger: DisclosureLedger, suppressed: Set<Int>)) -> Void = { _ in }
    ) -> [OutputFile] {
        // First pass: where each page goes and what it is called, for links and navigation.
        let basics = context.basics()
        var instances: [Instance] = []
        instances.reserveCapacity(
            templates.pages.reduce(0) { $0 + ($1.repeats == .once ? 1 : context.figures.themes.count) })
        for template in templates.pages {
            switch template.repeats {
            case .once: instances.append(Instance(template: template, theme: nil))
            case .theme: instances += context.figures.themes.map { Instance(template: template, theme: $0) }
            }
        }
        var seen: [String: String] = [:]
        for index in instances.indices {
            var fields = basics.root
            if let theme = instances[index].theme { fields["theme"] = basics.themes[theme.theme.id] }
            let template = instances[index].template
            let at = SourceLocation(file: template.path, line: 1, column: 1)
            guard let path = plain(template.output, fields)?.trimmingSpaces,
                let title = plain(template.title, fields)?.trimmingSpaces
            else {
                log.error(
                    "the front matter's tags repeat past the rendering budget", at: at,
                    hint: "a title or output path needs at most a theme's fields")
                continue
            }
            if !SitePath.isSafePage(path) {
                log.error(
                    "output path '\(path)' is not allowed", at: at,
                    hint: "use plain names of letters, digits and hyphens ending .html, inside the site (no '..')")
                continue
            }
            if let generated = SitePath.reservedOwner(of: path) {
                log.error(
                    "output path '\(path)' is reserved for \(generated), which Readiness writes itself", at: at,
                    hint: "give this page another 'output:' in its front matter")
                continue
            }
            if let other = seen[path] {
                log.error(
                    "this page would overwrite '\(path)', which \(other) also writes", at: at,
                    hint: "give one of them another 'output:' in its front matter")
                continue
            }
            seen[path] = template.path
            instances[index].path = path
            instances[index].title = title
            instances[index].navigationTitle =
                template.navigationTitle.flatMap { plain($0, fields)?.trimmingSpaces } ?? title
        }
        guard !log.hasErrors else { return [] }
        instances.sort { order($0) < order($1) }
        instances = MenuOrder.apply(context.data.settings.menu, to: instances, path: \.path, log: &log)
        guard !log.hasErrors else { return [] }

        var links: [String: String] = [:]
        for instance in instances {
            if let theme = instance.theme, links[theme.theme.id] == nil { links[theme.theme.id] = instance.path }
        }
        let values = context.values(pageLinks: links)
        if let record = values.disclosure { disclosure(record) }
        for exposed in values.exposed {
            log.error(
                "the public build would let a reader work out a protected count: \(exposed.place) "
                    + "can only be \(exposed.lower) to \(exposed.upper) given the other figures published",
                file: FileAccess.join(context.data.folder, "settings.yaml"),
                hint: "no further suppression could protect it; remove the table or chart that shows it from the "
                    + "public templates, or raise 'team_minimum' under 'public:' in settings.yaml so small teams are merged or left out"
            )
        }
        guard values.exposed.isEmpty else { return [] }
        var files: [OutputFile] = []
        // Pages are independent once the values are built, so they are rendered on every core.
        let navigation = instances.filter(\.template.inNavigation)
        // Each page is kept as its bytes, made at once (the layout's string grows by doubling, so it
        // held about twice the page), and its body only when the agenda pack needs it.
        let rendered = ParallelResults<(body: String?, html: [UInt8])>(count: instances.count)
        let problems = ParallelResults<Diagnostic>(count: instances.count)
        // A page is rendered again only when its own inputs or anything site-wide changed.
        let site = cache.map { _ in siteInputs(values, navigation: navigation) }
        let keys = cache == nil ? [] : instances.map(pageInputs)
        let kept = site.flatMap { cache?.pages(for: $0) } ?? [:]
        let fresh = ParallelResults<RenderedPageCache.Outcome>(count: instances.count)
        let timer = stopwatch
        let all = instances
        let renderer = self
        DispatchQueue.concurrentPerform(iterations: all.count) { index in
            if !keys.isEmpty, let outcome = kept[keys[index]] {
                switch outcome {
                case .page(let body, let html): rendered[index] = (body, html)
                case .problem(let problem): problems[index] = problem
                }
                return
            }
            let outcome = renderer.render(
                all[index], values: values, navigation: navigation, markdownTime: markdownTime, timer: timer)
            switch outcome {
            case .page(let body, let html): rendered[index] = (body, html)
            case .problem(let problem): problems[index] = problem
            }
            if !keys.isEmpty { fresh[index] = outcome }
        }
        if let cache, let site {
            var pages: [RenderedPageCache.PageInputs: RenderedPageCache.Outcome] = [:]
            var count = 0
            for index in keys.indices {
                if let outcome = fresh[index] {
                    pages[keys[index]] = outcome
                    count += 1
                } else if let outcome = kept[keys[index]] {
                    pages[keys[index]] = outcome
                }
            }
            cache.keep(site: site, pages: pages, rendered: count)
        }
        // A layout's problem is the same for every page that uses it: reported once.
        var reported: Set<String> = []
        for index in instances.indices {
            if let problem = problems[index], reported.insert(problem.description).inserted { log.report(problem) }
        }
        guard !log.hasErrors else { return [] }
        var bodies: [(instance: Instance, body: String)] = []
        for (index, instance) in instances.enumerated() {
            guard let page = rendered[index] else { continue }
            if instance.template.inNavigation, let body = page.body { bodies.append((instance, body)) }
            files.append(OutputFile(path: instance.path, bytes: page.html))
        }
        if !bodies.isEmpty {
            var fields = values.root
            let title = "Agenda pack"
            fields.merge(
                SiteFields.perPage.values(for: SiteFields.PageInput(title: title, path: AgendaPack.path, theme: nil))
            ) { _, page in page }
            let body = AgendaPack.body(
                pages: bodies.map { ($0.instance.path, $0.instance.title, $0.body) },
                council: context.data.settings.council,
                asAt: context.figures.asAt)
            guard
                let html = page(
                    path: AgendaPack.path, title: title, body: body, layout: "default", fields: fields,
                    navigation: instances)
            else {
                log.error(
                    "layout 'default' repeats its sections past the rendering budget for the agenda pack",
                    file: AgendaPack.path, hint: "a layout needs only the navigation list and the page's content")
                return []
            }
            files.append(OutputFile(path: AgendaPack.path, bytes: Array(html.utf8)))
        }
        for asset in templates.assets where TableTools.copies(asset.path, audience: context.audience) {
            if context.audience == .public, let problem = ActiveContent.publicAssetProblem(asset.path, asset.bytes) {
                log.error(
                    "\(problem); a public build holds nothing that runs in a browser",
                    file: FileAccess.join(templates.folder, asset.path),
                    hint:
                        "take the file out of site-templates/assets/, or build with '--audience internal' for the intranet"
                )
                continue
            }
            files.append(OutputFile(path: asset.path, bytes: asset.bytes))
        }
        if let logo = context.data.settings.logo {
            if templates.assets.contains(where: { $0.path.lowercased() == logo.outputPath }) {
                log.error(
                    "the templates' \(logo.outputPath) would be overwritten by the logo, which Readiness copies there",
                    at: logo.location, hint: "rename the file in the templates' assets folder")
                return []
            }
            files.append(OutputFile(path: logo.outputPath, bytes: logo.bytes))
        }
        return files
    }

    /// Renders one page: its Markdown template with the values, libcmark, the blocks put back,
    /// its layout around it; or the error that stops it. Depends only on what `pageInputs` and
    /// `siteInputs` hold, so the cache can stand in for it.
    func render(
        _ instance: Instance, values: SiteContext.Values, navigation: [Instance], markdownTime: Accumulator,
        timer: (@Sendable () -> UInt64)?
    ) -> RenderedPageCache.Outcome {
        var fields = values.root
        fields.merge(
            SiteFields.perPage.values(
                for: SiteFields.PageInput(
                    title: instance.title, path: instance.path,
                    theme: instance.theme.flatMap { values.themes[$0.theme.id] }))
        ) { _, page in page }
        let blocks = BlockTable()
        let budget = RenderBudget(
            templateBytes: templates.expandedBytes[instance.template.path] ?? instance.template.bodyBytes)
        let view = MustacheView(fields: fields, destination: .markdown, blocks: blocks, budget: budget)
        let source =
            instance.template.body?.render(view, library: templates.markdownPartials) ?? instance.template.bodyText
        if let problem = Self.overBudget(instance, budget: budget, markdown: source) { return .problem(problem) }
        let started = timer?() ?? 0
        let converted = markdown.html(source)
        if let timer { markdownTime.add(timer() - started) }
        let body = blocks.substitute(in: converted)
        guard
            let html = page(
                path: instance.path, title: instance.title, body: body, layout: instance.template.layout,
                fields: fields, navigation: navigation)
        else {
            return .problem(
                Diagnostic(
                    .error, file: instance.template.path, line: 1, column: 1,
                    message: "layout '\(instance.template.layout)' repeats its sections past the rendering budget "
                        + "(\(Budgets.sectionRepeats) repeats or \(Budgets.renderedBytes / 1_048_576) MB)",
                    hint: "a layout needs only the navigation list and the page's content"))
        }
        if context.audience == .public, let problem = activeContent(instance, body: body, html: html) {
            return .problem(problem)
        }
        return .page(body: instance.template.inNavigation ? body : nil, html: Array(html.utf8))
    }

    /// Everything site-wide a page's render reads: when all of it is as in the last build, a page
    /// whose own inputs are the same renders as it did then.
    func siteInputs(_ values: SiteContext.Values, navigation: [Instance]) -> RenderedPageCache.SiteInputs {
        RenderedPageCache.SiteInputs(
            files: inputs.entries.filter { !$0.path.hasPrefix("site-templates/pages/") },
            settings: context.data.settings, asAt: context.figures.asAt, audience: context.audience,
            root: values.root, themes: values.themes,
            navigation: navigation.flatMap { [$0.navigationTitle, $0.path] },
            layoutBytes: templates.expandedBytes.filter { templates.layoutNames.contains($0.key) },
            templatesFolder: templates.folder, assets: templates.assets.map(\.path))
    }

    /// What one page's render reads of its own: its template's text and front matter as used,
    /// its title, path and theme.
    func pageInputs(_ instance: Instance) -> RenderedPageCache.PageInputs {
        RenderedPageCache.PageInputs(
            template: instance.template.path, body: instance.template.bodyText, bodyLine: instance.template.bodyLine,
            bodyBytes: instance.template.bodyBytes, expandedBytes: templates.expandedBytes[instance.template.path],
            layout: instance.template.layout, path: instance.path, title: instance.title,
            theme: instance.theme?.theme.id)
    }

    /// The error for a public page holding something that would run in a browser, if it does:
    /// blamed on the page (its own or its partials' raw HTML), or else once on its layout.
    func activeContent(_ instance: Instance, body: String, html: String) -> Diagnostic? {
        let hint = "take it out, or build with '--audience internal' for the intranet, where it is kept"
        if let found = ActiveContent.first(in: body) {
            return Diagnostic(
                .error, file: instance.template.path, line: 1, column: 1,
                message: "this page, or a partial it includes, puts \(found) in the public site; "
                    + "a public build holds nothing that runs in a browser", hint: hint)
        }
        guard let found = ActiveContent.first(in: html) else { return nil }
        let layout = FileAccess.join(templates.folder, "layouts/\(instance.template.layout).html")
        return Diagnostic(
            .error, file: layout, line: 1, column: 1,
            message: "this layout, or a partial it includes, puts \(found) in every public page that uses it; "
                + "a public build holds nothing that runs in a browser", hint: hint)
    }

    /// A whole HTML page: the body in its layout, with navigation and the print header; nil when
    /// the layout spends the rendering budget.
    private func page(
        path: String, title: String, body: String, layout: String, fields: [String: TemplateValue],
        navigation: [Instance]
    ) -> String? {
        let settings = context.data.settings
        let layoutInput = LayoutFields.Input(
            body: body, path: path, title: title, council: settings.council, asAt: context.figures.asAt,
            navigation: navigation.map { ($0.navigationTitle, $0.path) }, logo: settings.logo, brand: settings.brand,
            tableTools: TableTools.isOn(audience: context.audience, assets: templates.assets.map(\.path)))
        let layoutFields = fields.merging(LayoutFields.all.values(for: layoutInput)) { _, layout in layout }
        let budget = RenderBudget(templateBytes: templates.expandedBytes[layout] ?? 0)
        let layoutView = MustacheView(fields: layoutFields, destination: .html, blocks: BlockTable(), budget: budget)
        let html = templates.layouts.render(layoutView, withTemplate: layout) ?? body
        return budget.isSpent ? nil : html
    }

    /// The diagnostic for a page whose Mustache spent its budget or made more Markdown than
    /// libcmark is given, if it did.
    static func overBudget(_ instance: Instance, budget: RenderBudget, markdown: String) -> Diagnostic? {
        let path = instance.template.path
        if budget.isSpent {
            return Diagnostic(
                .error, file: path, line: instance.template.bodyLine, column: 1,
                message: "this page's sections repeat past the rendering budget (\(Budgets.sectionRepeats) repeats "
                    + "or \(Budgets.renderedBytes / 1_048_576) MB of text), from this template and the data it shows",
                hint:
                    "nest {{#list}} sections only where the data is nested, such as themes, then their actions; "
                    + "if the data holds very long text (a document pasted into a cell), shorten it in the data file")
        }
        if markdown.utf8.count > Budgets.markdownBytes {
            return Diagnostic(
                .error, file: path, line: instance.template.bodyLine, column: 1,
                message: "this page makes \(markdown.utf8.count / 1024) KB of Markdown, more than the "
                    + "\(Budgets.markdownBytes / 1024) KB a page may have, from this template and the data it shows",
                hint:
                    "split it into several pages; if the data holds very long text (a document pasted into a "
                    + "cell), shorten it in the data file")
        }
        return nil
    }

    /// Pages in reading order: by front matter's `order:` where given, else the overview (0), then
    /// theme pages in theme order (10), then the rest by name (20).
    private func order(_ instance: Instance) -> (Int, Int, Int, String) {
        let given = instance.template.order
        if instance.path == "index.html" { return (given ?? 0, 0, 0, "") }
        if let theme = instance.theme {
            let position = context.figures.themes.firstIndex { $0.theme.id == theme.theme.id } ?? 0
            return (given ?? 10, 1, position, instance.template.name)
        }
        return (given ?? 20, 2, 0, instance.path)
    }

    /// A front-matter template rendered as plain text, or nil when it spent its budget.
    private func plain(_ text: FrontText, _ fields: [String: TemplateValue]) -> String? {
        switch text {
        case .literal(let literal):
            return literal
        case .template(let template):
            let budget = RenderBudget(templateBytes: 1024)
            let text = template.render(
                MustacheView(fields: fields, destination: .plain, blocks: BlockTable(), budget: budget))
            return budget.isSpent ? nil : text
        }
    }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        templates: SiteTemplates, context: SiteContext, markdown: MarkdownRenderer,
        stopwatch: (@Sendable () -> UInt64)? = nil, cache: RenderedPageCache? = nil, inputs: InputLedger = InputLedger()
    ) {
        self.templates = templates
        self.context = context
        self.markdown = markdown
        self.stopwatch = stopwatch
        self.cache = cache
        self.inputs = inputs
    }
}
