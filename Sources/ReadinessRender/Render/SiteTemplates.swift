import Dispatch
import Mustache
import ReadinessInput
import ReadinessModel

/// Everything in `site-templates/`: pages, partials, layouts and assets.
public struct SiteTemplates: Sendable {
    /// Markdown page templates, by file name.
    public let pages: [PageTemplate]
    /// Markdown partials (`partials/*.md`) for pages.
    let markdownPartials: MustacheLibrary
    /// HTML layouts (`layouts/*.html`) and HTML partials (`layouts/partials/*.html`).
    let layouts: MustacheLibrary
    /// The layout names available.
    let layoutNames: Set<String>
    /// The text each page and layout expands to with its partials, in bytes, by page path and
    /// layout name: what one repeat of a section can emit at most, for the rendering budget.
    let expandedBytes: [String: Int]
    /// Files under `assets/`, copied as they are: (relative path, bytes).
    public let assets: [(path: String, bytes: [UInt8])]
    /// The names the templates' tags use.
    package let usage: TemplateUsage
    /// The templates folder, as given.
    package let folder: String

    /// Loads the templates folder, reporting every problem. `cache`, when given, keeps the parsed
    /// page templates between builds and reads again only those whose file changed.
    public static func load(
        from folder: String, log: inout DiagnosticLog, ledger: inout InputLedger, cache: PageTemplateCache? = nil
    ) -> SiteTemplates? {
        guard let confined = ConfinedFolder(folder, role: "templates") else {
            log.error("the templates folder does not exist", file: folder, hint: "pass the folder with --templates")
            return nil
        }
        let before = log.errors.count
        // Page templates are independent: read and parse them on every core, then merge in
        // file order so diagnostics and the manifest do not depend on scheduling.
        let pagesFolder = FileAccess.join(folder, "pages")
        let pageList = confined.list(pagesFolder)
        let pageNames = ((try? pageList.get()) ?? []).filter { $0.hasSuffix(".md") }
        let loaded = ParallelResults<(PageTemplate?, DiagnosticLog, InputLedger)>(count: pageNames.count)
        let stamps = ParallelResults<FileStamp>(count: pageNames.count)
        DispatchQueue.concurrentPerform(iterations: pageNames.count) { index in
            let name = pageNames[index]
            let path = FileAccess.join(pagesFolder, name)
            if let cache {
                // Stamped before it is read: a change while it is read gives a new stamp next time.
                let stamp = FileAccess.fileStamp(of: path)
                if let kept = cache.entry(path, stamp: stamp) {
                    loaded[index] = (kept.page, kept.log, kept.ledger)
                    stamps[index] = kept.stamp
                    return
                }
                if let stamp { stamps[index] = stamp }
            }
            var pageLog = DiagnosticLog()
            var pageLedger = InputLedger()
            var page: PageTemplate?
            if let source = confined.readText(
                path, log: &pageLog, ledger: &pageLedger, as: "site-templates/pages/" + name)
            {
                page = PageTemplate.load(source, name: String(name.dropLast(3)), log: &pageLog)
            }
            loaded[index] = (page, pageLog, pageLedger)
        }
        var pages: [PageTemplate] = []
        pages.reserveCapacity(pageNames.count)
        var kept: [String: PageTemplateCache.Entry] = [:]
        for index in pageNames.indices {
            guard let (page, pageLog, pageLedger) = loaded[index] else { continue }
            log.merge(pageLog)
            ledger.merge(pageLedger)
            if let page { pages.append(page) }
            if let stamp = stamps[index] {
                kept[FileAccess.join(pagesFolder, pageNames[index])] = PageTemplateCache.Entry(
                    stamp: stamp, page: page, log: pageLog, ledger: pageLedger)
            }
        }
        cache?.keep(kept)
        switch pageList {
        case .success: break
        case .failure(.missing), .failure(.notDirectory):
            log.error(
                "there is no pages folder", file: pagesFolder,
                hint: "put the Markdown page templates in site-templates/pages/")
        case .failure(let refusal): confined.report(refusal, path: pagesFolder, log: &log)
        }

        var partialTexts: [String: (text: String, path: String)] = [:]
        var markdownTags: [String: (tags: [MustacheTags.Tag], path: String)] = [:]
        var layoutTags: [String: (tags: [MustacheTags.Tag], path: String)] = [:]
        var usedNames = pages.flatMap(\.tagNames)
        var markdownPartials = MustacheLibrary()

        /// Reads every template of one kind in a folder: checks its tags for personal fields,
        /// keeps its tags and text for the later checks, and registers it in `library` under
        /// `keyPrefix` and its name. Returns the keys registered.
        func readTemplates(
            in subfolder: String, suffix: String, role: String, keyPrefix: String, into library: inout MustacheLibrary,
            tags found: inout [String: (tags: [MustacheTags.Tag], path: String)]
        ) -> Set<String> {
            var registered: Set<String> = []
            for name in names(in: subfolder, of: confined, log: &log) where name.hasSuffix(suffix) {
                let path = FileAccess.join(subfolder, name)
                guard let source = confined.readText(path, log: &log, ledger: &ledger, as: role + name) else {
                    continue
                }
                let key = keyPrefix + String(name.dropLast(suffix.count))
                let tags = MustacheTags.scan(source.string)
                PersonalFields.check(tags, path: path, log: &log)
                found[key] = (tags, path)
                usedNames += tags.map(\.name)
                partialTexts[key] = (source.string, path)
                if let template = MustacheSource.template(source.string, path: path, line: 1, log: &log) {
                    library.register(template, named: key)
                    registered.insert(key)
                }
            }
            return registered
        }
        _ = readTemplates(
            in: FileAccess.join(folder, "partials"), suffix: ".md", role: "site-templates/partials/", keyPrefix: "",
            into: &markdownPartials, tags: &markdownTags)
        var layouts = MustacheLibrary()
        let layoutsFolder = FileAccess.join(folder, "layouts")
        let layoutNames = readTemplates(
            in: layoutsFolder, suffix: ".html", role: "site-templates/layouts/", keyPrefix: "", into: &layouts,
            tags: &layoutTags)
        _ = readTemplates(
            in: FileAccess.join(layoutsFolder, "partials"), suffix: ".html", role: "site-templates/layouts/partials/",
            keyPrefix: "partials/", into: &layouts, tags: &layoutTags)
        for page in pages where !layoutNames.contains(page.layout) {
            log.error(
                "layout '\(page.layout)' does not exist", at: SourceLocation(file: page.path, line: 1, column: 1),
                hint: "layouts are the .html files in site-templates/layouts/: "
                    + layoutNames.sorted().joined(separator: ", "))
        }
        PartialCycles.check(partialTexts, log: &log)
        checkNames(pages: pages, markdownPartials: markdownTags, layouts: layoutTags, log: &log)
        MissingPartials.check(
            pages: pages, partials: partialTexts.filter { !$0.value.path.hasSuffix(".html") },
            layouts: partialTexts.filter { $0.value.path.hasSuffix(".html") }, log: &log)
        let expandedBytes = PartialExpansion.check(partialTexts, pages: pages, log: &log)

        var assets: [(String, [UInt8])] = []
        let assetFiles = confined.walk(FileAccess.join(folder, "assets"))
        confined.report(assetFiles, log: &log)
        for (relative, path) in assetFiles.files {
            switch confined.readBytes(path) {
            case .success(let bytes): assets.append(("assets/" + relative, bytes))
            case .failure(let refusal): confined.report(refusal, path: path, log: &log)
            }
        }
        for (path, bytes) in assets { ledger.record("site-templates/" + path, bytes) }
        guard log.errors.count == before else { return nil }
        return SiteTemplates(
            pages: pages, markdownPartials: markdownPartials, layouts: layouts, layoutNames: layoutNames,
            expandedBytes: expandedBytes, assets: assets, usage: TemplateUsage(names: usedNames), folder: folder)
    }

    /// Checks the names every tag uses where it stands: page bodies from the top of a page, layouts
    /// from a layout's, each partial where it is included; a partial nothing includes, anywhere.
    private static func checkNames(
        pages: [PageTemplate], markdownPartials: [String: (tags: [MustacheTags.Tag], path: String)],
        layouts: [String: (tags: [MustacheTags.Tag], path: String)], log: inout DiagnosticLog
    ) {
        var included: Set<String> = []
        var queue = pages.flatMap(\.bodyTags) + layouts.filter { !$0.key.hasPrefix("partials/") }.flatMap(\.value.tags)
        while let tag = queue.popLast() {
            guard tag.sigil == ">", included.insert(tag.name).inserted else { continue }
            queue += markdownPartials[tag.name]?.tags ?? layouts[tag.name]?.tags ?? []
        }
        for page in pages {
            TemplateSchema.check(
                page.bodyTags, path: page.path,
                at: .page(perTheme: page.repeats == .theme, partials: markdownPartials), log: &log)
        }
        for (name, layout) in layouts.sorted(by: { $0.key < $1.key }) where !name.hasPrefix("partials/") {
            TemplateSchema.check(layout.tags, path: layout.path, at: .layout(partials: layouts), log: &log)
        }
        let all = markdownPartials.merging(layouts) { first, _ in first }
        for (name, partial) in all.sorted(by: { $0.key < $1.key }) where !included.contains(name) {
            if layouts[name] != nil && !name.hasPrefix("partials/") { continue }
            TemplateSchema.checkAnywhere(partial.tags, path: partial.path, log: &log)
        }
    }

    /// The names in a folder of the templates; none when it does not exist, and an error when
    /// it is refused (a link out of the templates, a loop).
    private static func names(in folder: String, of confined: ConfinedFolder, log: inout DiagnosticLog) -> [String] {
        switch confined.list(folder) {
        case .success(let names): return names
        case .failure(.missing): return []
        case .failure(let refusal):
            confined.report(refusal, path: folder, log: &log)
            return []
        }
    }
}
