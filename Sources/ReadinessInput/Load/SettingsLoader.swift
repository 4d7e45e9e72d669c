import ReadinessModel

/// The settings' YAML readers: settings.yaml and its `rag`, `caseloads`, `timeliness`, `public`,
/// `vocabularies` and team indicator sections, read into the model's types through the keys `SettingsFile`
/// declares.
extension SiteSettings {
    /// Reads settings.yaml.
    package static func load(_ yaml: YAMLValue, log: inout DiagnosticLog) -> SiteSettings? {
        guard let map = YAMLSection(yaml, file: SettingsFile.declaration, log: &log) else { return nil }
        typealias S = SettingsFile
        let council = map.read(S.council, log: &log) ?? ""
        var settings = SiteSettings(
            council: council, siteTitle: map.read(S.siteTitle, log: &log), asAt: map.read(S.asAt, log: &log),
            allowRawHTML: map.read(S.allowRawHTML, log: &log), staleUpdateDays: map.read(S.staleUpdateDays, log: &log))
        settings.rag = RAGRules.load(map.mapping(S.rag, log: &log), log: &log)
        settings.caseloadRules = CaseloadRules.load(map.mapping(S.caseloads, log: &log), log: &log)
        settings.auditDueSoonDays = map.read(S.auditDueSoonDays, log: &log)
        settings.childLevelMaxAgeDays = map.read(S.childLevelMaxAgeDays, log: &log)
        settings.columns = map.read(S.columns, log: &log) ?? [:]
        settings.timeliness = TimelinessMeasure.loadAll(map.items(S.timeliness, log: &log), log: &log)
        for section in S.indicators {
            if let value = map.mapping(section.key, log: &log) {
                settings.indicators[section.indicator.id] = section.setting(value, log: &log)
            }
        }
        settings.reportingCommittee = map.read(S.reportingCommittee, log: &log)
        settings.audience = map.read(S.audience, log: &log)
        settings.disclosure = DisclosurePolicy.load(map.mapping(S.disclosure, log: &log), log: &log)
        if let section = map.mapping(S.vocabularies, log: &log) {
            for key in S.Vocabulary.all {
                for addition in section.read(key, log: &log) ?? [] {
                    settings.vocabularies.add(addition.word, forTermLabelled: addition.term, in: addition.vocabulary)
                }
            }
        }
        settings.logo = SiteLogo.load(map.mapping(S.logo, log: &log), log: &log)
        settings.brand = BrandColours.load(map.mapping(S.brand, log: &log), log: &log)
        settings.menu = map.read(S.menu, log: &log) ?? []
        if let section = map.mapping(S.annexA, log: &log) {
            settings.annexAFolder = section.read(S.AnnexA.folder, log: &log).flatMap {
                $0.trimmingSpaces.isEmpty ? nil : $0.trimmingSpaces
            }
        }
        return settings
    }
}

extension SiteLogo {
    /// Reads `logo:`: the file's name is checked here (a kind of image, inside the data folder);
    /// the file itself when the data folder is read.
    static func load(_ map: YAMLSection?, log: inout DiagnosticLog) -> SiteLogo? {
        guard let map else { return nil }
        typealias L = SettingsFile.Logo
        let alt = map.read(L.alt, log: &log).map(\.trimmingSpaces)
        guard let file = map.read(L.file, log: &log)?.trimmingSpaces else { return nil }
        let at = map.location(of: L.file)
        let parts = file.split(separator: "/", omittingEmptySubsequences: false)
        if file.hasPrefix("/") || file.contains("\\") || parts.contains(where: { $0 == ".." || $0.isEmpty }) {
            log.error(
                "the logo '\(file.quotable)' is outside the data folder", at: at,
                hint: "copy the image into the data folder and give its path from there, such as 'file: logo.svg'")
            return nil
        }
        guard SiteLogo.Kind.of(file) != nil else {
            log.error(
                "the logo '\(file.quotable)' is not a PNG, SVG, JPEG or WebP image", at: at,
                hint: "save the logo as .png, .svg, .jpg or .webp and name that file")
            return nil
        }
        if alt?.isEmpty == true {
            log.error(
                "the logo's 'alt' is empty", at: map.location(of: L.alt),
                hint:
                    "write what the logo says (usually the council's name), or leave 'alt' out to use the council's name"
            )
            return nil
        }
        return SiteLogo(file: file, alt: alt, location: at)
    }
}

extension BrandColours {
    /// Reads `brand:`: each colour's form, and its contrast with the colours it sits beside
    /// (WCAG 2.2 AA), each problem at its value.
    static func load(_ map: YAMLSection?, log: inout DiagnosticLog) -> BrandColours {
        var brand = BrandColours()
        guard let map else { return brand }
        for (role, key) in SettingsFile.Brand.all {
            if let at = map.emptyKey(key) {
                // YAML reads `primary: #b10e1e` as a key with no value and a comment.
                log.error(
                    "'\(key.name)' has no colour", at: at,
                    hint:
                        "write the colour in quotes, such as \(key.name): \"#1d70b8\": without them, YAML reads # as the start of a comment"
                )
                continue
            }
            guard let colour = map.read(key, log: &log) else { continue }
            var fits = true
            for neighbour in role.neighbours {
                let ratio = colour.contrast(with: neighbour.colour)
                guard ratio < neighbour.minimum else { continue }
                fits = false
                let need = RGBColour.ratioText(neighbour.minimum)
                let kind = neighbour.minimum >= 4.5 ? "text" : "a mark that is not text"
                log.error(
                    "'\(role.rawValue): \(colour.hex)' has a contrast of \(RGBColour.ratioText(ratio)) with "
                        + "\(neighbour.what); WCAG 2.2 AA asks for at least \(need) for \(kind)",
                    at: map.location(of: key),
                    hint: "choose a \(colour.luminance > neighbour.colour.luminance ? "lighter" : "darker") colour; "
                        + "the stylesheet's own is \"\(role.standard.hex)\"")
            }
            if fits { brand.colours[role] = colour }
        }
        return brand
    }
}

extension RAGRules {
    /// Reads `rag:`; the defaults when it is left out.
    static func load(_ map: YAMLSection?, log: inout DiagnosticLog) -> RAGRules {
        var rules = RAGRules()
        guard let map else { return rules }
        typealias R = SettingsFile.RAG
        rules.completeColour = map.read(R.completeColour, log: &log)
        rules.rateOnlyInProgress = map.read(R.rateOnlyInProgress, log: &log)
        rules.dueSoonDays = map.read(R.dueSoonDays, log: &log)
        rules.onHoldIsAmber = map.read(R.onHoldIsAmber, log: &log)
        return rules
    }
}

extension CaseloadRules {
    /// Reads `caseloads:`; the defaults when it is left out.
    static func load(_ map: YAMLSection?, log: inout DiagnosticLog) -> CaseloadRules {
        var rules = CaseloadRules()
        guard let map else { return rules }
        rules.threshold = map.read(SettingsFile.Caseloads.threshold, log: &log)
        rules.swing = map.read(SettingsFile.Caseloads.swing, log: &log)
        return rules
    }
}

extension TimelinessMeasure {
    /// Reads the items of `timeliness:`, leaving out any with a problem.
    static func loadAll(_ items: [YAMLListItem], log: inout DiagnosticLog) -> [TimelinessMeasure] {
        typealias T = SettingsFile.Timeliness
        var measures: [TimelinessMeasure] = []
        for item in items {
            guard let map = item.open(log: &log) else { continue }
            guard let checkText = map.text(T.check, log: &log) else {
                _ = map.text(T.standard, log: &log)
                continue
            }
            let standardText = map.text(T.standard, log: &log)
            guard let check = checkText.value(log: &log) else { continue }
            let standard: Interval
            if let standardText {
                guard let read = standardText.value(log: &log) else { continue }
                standard = read
            } else if check.usesStandard {
                log.error(
                    "this measure has no 'standard'; the '\(check.rawValue)' check needs one", at: item.location,
                    hint: "add 'standard:' with an interval such as 45 working days, 4 weeks or 6 months")
                continue
            } else {
                // Counted from the list's own answers: no standard to meet.
                standard = Interval(12, .months)
            }
            let underFive = map.read(T.standardUnderFive, log: &log)
            let defaultName = check.defaultName(standard: standard)
            measures.append(
                TimelinessMeasure(
                    check: check, name: map.read(T.name, log: &log) ?? defaultName,
                    standard: standard, standardUnderFive: underFive, theme: map.read(T.theme, log: &log),
                    location: item.location))
        }
        return measures
    }
}

extension DisclosurePolicy {
    /// Reads `public:`; the public build's defaults when it is left out.
    static func load(_ map: YAMLSection?, log: inout DiagnosticLog) -> DisclosurePolicy {
        var policy = DisclosurePolicy.publicDefault
        guard let map else { return policy }
        typealias P = SettingsFile.Public
        policy.threshold = map.read(P.suppressBelow, log: &log)
        policy.roundTo = map.read(P.roundTo, log: &log)
        policy.teamMinimum = map.read(P.teamMinimum, log: &log)
        policy.smallTeams = map.read(P.smallTeams, log: &log)
        // A hidden or merged team is known to have fewer than the minimum: its count can then
        // never have as many possible values as suppression asks for unless the minimum is above
        // the threshold.
        if policy.teamMinimum > 0, policy.teamMinimum <= policy.threshold {
            log.error(
                "'team_minimum: \(policy.teamMinimum)' must be more than 'suppress_below: \(policy.threshold)' (or 0)",
                at: map.location(of: P.teamMinimum.key),
                hint:
                    "a team left out or merged is known to have fewer than team_minimum, so with a minimum at or below the threshold its count could never be protected; raise team_minimum (the default is 10)"
            )
        }
        return policy
    }
}

extension SettingsFile.IndicatorSection {
    /// Reads the indicator's section; nil when its standard is not an interval (reported).
    func setting(_ map: YAMLSection, log: inout DiagnosticLog) -> IndicatorSetting? {
        var standard = indicator.defaultStandard
        if let text = map.text(self.standard, log: &log) {
            guard let parsed = text.value(log: &log) else { return nil }
            standard = parsed
        }
        return IndicatorSetting(
            standard: standard, theme: map.read(theme, log: &log) ?? indicator.defaultTheme,
            name: map.read(name, log: &log).flatMap { $0.trimmingSpaces.isEmpty ? nil : $0 }
                ?? indicator.heading(standard),
            location: map.location)
    }
}
