import ReadinessModel

/// The settings' YAML readers: settings.yaml and its `rag`, `caseloads`, `timeliness` and `public`
/// sections, read into the model's types.
extension SiteSettings {
    /// The keys settings.yaml may hold.
    static let keys =
        [
            "council", "site_title", "as_at", "allow_raw_html", "stale_update_days", "rag", "caseloads",
            "audit_due_soon_days", "timeliness", "reporting_committee", "audience", "public",
            "child_level_max_age_days",
        ] + DataFiles.indicators.map(\.id)

    /// Reads settings.yaml.
    package static func load(_ yaml: YAMLValue, log: inout DiagnosticLog) -> SiteSettings? {
        guard let map = YAMLMappingReader(yaml, what: "settings.yaml", log: &log) else { return nil }
        map.rejectUnknownKeys(keys, log: &log)
        let council = map.string("council", required: true, log: &log) ?? ""
        var settings = SiteSettings(
            council: council,
            siteTitle: map.string("site_title", log: &log) ?? "Inspection readiness",
            asAt: map.date("as_at", log: &log),
            allowRawHTML: map.bool("allow_raw_html", default: false, log: &log),
            staleUpdateDays: map.integer("stale_update_days", in: 1...3660, default: 90, log: &log))
        settings.rag = RAGRules.load(map.value("rag"), log: &log)
        settings.caseloadRules = CaseloadRules.load(map.value("caseloads"), log: &log)
        settings.auditDueSoonDays = map.integer("audit_due_soon_days", in: 0...366, default: 28, log: &log)
        settings.childLevelMaxAgeDays = map.integer("child_level_max_age_days", in: 0...3660, default: 31, log: &log)
        settings.timeliness = TimelinessMeasure.loadAll(map.value("timeliness"), log: &log)
        for indicator in DataFiles.indicators {
            if let value = map.value(indicator.id) {
                settings.indicators[indicator.id] = indicator.setting(value, log: &log)
            }
        }
        settings.reportingCommittee = map.string("reporting_committee", log: &log)
        if let text = map.string("audience", log: &log) {
            if let audience = Audience(rawValue: text.lowercased()) {
                settings.audience = audience
            } else {
                log.error(
                    "'audience' should be internal or public, not '\(text)'",
                    at: map.value("audience")?.location ?? yaml.location)
            }
        }
        settings.disclosure = DisclosurePolicy.load(map.value("public"), log: &log)
        return settings
    }
}

extension RAGRules {
    static let keys = ["complete_colour", "rate_only_in_progress", "due_soon_days", "on_hold_is_amber"]

    static func load(_ value: YAMLValue?, log: inout DiagnosticLog) -> RAGRules {
        var rules = RAGRules()
        guard let value, let map = YAMLMappingReader(value, what: "rag", log: &log) else { return rules }
        map.rejectUnknownKeys(keys, log: &log)
        if let colour = map.string("complete_colour", log: &log) {
            if ["blue", "green"].contains(colour.lowercased()) {
                rules.completeColour = colour.lowercased()
            } else {
                log.error(
                    "'complete_colour' should be blue or green, not '\(colour)'",
                    at: map.value("complete_colour")?.location ?? value.location)
            }
        }
        rules.rateOnlyInProgress = map.bool("rate_only_in_progress", default: false, log: &log)
        rules.dueSoonDays = map.integer("due_soon_days", in: 0...366, default: 28, log: &log)
        rules.onHoldIsAmber = map.bool("on_hold_is_amber", default: true, log: &log)
        return rules
    }
}

extension CaseloadRules {
    static func load(_ value: YAMLValue?, log: inout DiagnosticLog) -> CaseloadRules {
        var rules = CaseloadRules()
        guard let value, let map = YAMLMappingReader(value, what: "caseloads", log: &log) else { return rules }
        map.rejectUnknownKeys(["threshold", "swing"], log: &log)
        if let text = map.string("threshold", log: &log) {
            if let n = Decimal1.parse(text), n > 0 {
                rules.threshold = n
            } else {
                log.error(
                    "'threshold' should be a caseload above zero, such as 18 or 22.5, not '\(text)'",
                    at: map.value("threshold")?.location ?? value.location)
            }
        }
        rules.swing = map.integer("swing", in: 1...1_000_000, default: 50, log: &log)
        return rules
    }
}

extension TimelinessMeasure {
    static let keys = ["check", "name", "standard", "standard_under_5", "theme"]

    static func loadAll(_ value: YAMLValue?, log: inout DiagnosticLog) -> [TimelinessMeasure] {
        guard let value else { return [] }
        guard let items = value.items else {
            log.error("'timeliness' should be a list of measures, each starting with '- '", at: value.location)
            return []
        }
        var measures: [TimelinessMeasure] = []
        for item in items {
            guard let map = YAMLMappingReader(item, what: "each timeliness measure", log: &log) else { continue }
            map.rejectUnknownKeys(keys, log: &log)
            guard let checkText = map.string("check", required: true, log: &log),
                let standardText = map.string("standard", required: true, log: &log)
            else { continue }
            guard let check = Check(rawValue: checkText) else {
                log.error(
                    "'check: \(checkText)' is not a timeliness check Readiness knows",
                    at: map.value("check")?.location ?? item.location,
                    hint: "use one of: " + Check.allCases.map(\.rawValue).joined(separator: ", "))
                continue
            }
            guard let standard = Interval.parse(standardText) else {
                log.error(
                    "'standard: \(standardText)' is not an interval Readiness can read",
                    at: map.value("standard")?.location ?? item.location,
                    hint: "write it as '45 working days', '4 weeks', '6 months' or '10 days'")
                continue
            }
            var underFive: Interval?
            if let text = map.string("standard_under_5", log: &log) {
                underFive = Interval.parse(text)
                if underFive == nil {
                    log.error(
                        "'standard_under_5: \(text)' is not an interval Readiness can read",
                        at: map.value("standard_under_5")?.location ?? item.location,
                        hint: "write it as '6 months'")
                }
            }
            measures.append(
                TimelinessMeasure(
                    check: check, name: map.string("name", log: &log) ?? "\(check.rawValue) within \(standard)",
                    standard: standard, standardUnderFive: underFive, theme: map.string("theme", log: &log),
                    location: item.location))
        }
        return measures
    }
}

extension DisclosurePolicy {
    static func load(_ value: YAMLValue?, log: inout DiagnosticLog) -> DisclosurePolicy {
        var policy = DisclosurePolicy.publicDefault
        guard let value, let map = YAMLMappingReader(value, what: "public", log: &log) else { return policy }
        map.rejectUnknownKeys(["suppress_below", "round_to", "team_minimum", "small_teams"], log: &log)
        policy.threshold = map.integer("suppress_below", in: 0...1000, default: policy.threshold, log: &log)
        policy.roundTo = map.integer("round_to", in: 1...1000, default: 1, log: &log)
        policy.teamMinimum = map.integer("team_minimum", in: 0...100_000, default: policy.teamMinimum, log: &log)
        if let text = map.string("small_teams", log: &log) {
            if let choice = SmallTeams(rawValue: text.lowercased()) {
                policy.smallTeams = choice
            } else {
                log.error(
                    "'small_teams' should be merge or hide, not '\(text)'",
                    at: map.value("small_teams")?.location ?? value.location)
            }
        }
        return policy
    }
}
