/// How actions are given a RAG rating; councils differ, so this is set in settings.yaml.
public struct RAGRules: Sendable, Equatable {
    /// The colour for complete actions: `blue` (many councils) or `green`.
    public var completeColour: String = "blue"
    /// Whether actions not started or on hold are rated; some councils rate only actions in
    /// progress, and show the rest as "Not rated".
    public var rateOnlyInProgress: Bool = false
    /// An open action due within this many days is amber, "Due soon".
    public var dueSoonDays: Int = 28
    /// Whether an action on hold is amber (true) or rated by its dates like any other (false).
    public var onHoldIsAmber: Bool = true

    public init() {}

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

/// Thresholds for caseload flags, set in settings.yaml.
public struct CaseloadRules: Sendable, Equatable {
    /// A team whose caseload per case-holding FTE is above this is flagged.
    public var threshold: Double = 20
    /// A month in which a team's children allocated changes by more than this is flagged.
    public var swing: Int = 50

    public init() {}

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

/// A timeliness standard computed from an Annex A-shaped child-level list.
public struct TimelinessMeasure: Sendable, Equatable {
    /// What is checked.
    public enum Check: String, Sendable, CaseIterable {
        /// List 4: assessments completed (or still open) within the standard from their start.
        case assessments
        /// List 6: children in need seen within the standard, as at the date.
        case cinVisits = "cin-visits"
        /// List 7: children on a child protection plan visited within the standard.
        case cpVisits = "cp-visits"
        /// List 7: child protection review conferences held within the standard.
        case cpReviews = "cp-reviews"
        /// List 8: children in care visited within the standard.
        case claVisits = "cla-visits"
        /// List 8: looked-after reviews held within the standard.
        case claReviews = "cla-reviews"
        /// List 8: health assessments within the standard.
        case healthAssessments = "health-assessments"

        /// The Annex A list the check reads.
        public var list: Int {
            switch self {
            case .assessments: 4
            case .cinVisits: 6
            case .cpVisits, .cpReviews: 7
            case .claVisits, .claReviews, .healthAssessments: 8
            }
        }
    }

    /// What is checked.
    public var check: Check
    /// The heading shown, e.g. `Assessments completed within 45 working days`.
    public var name: String
    /// The standard, e.g. 45 working days.
    public var standard: Interval
    /// For health assessments: the standard for children under 5 (6 months), if different.
    public var standardUnderFive: Interval?
    /// The theme whose page shows it.
    public var theme: String?
    /// Where it was set.
    public var location: SourceLocation

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
