import ReadinessModel

/// Themes and committees named by their id or by their name as themes.yaml and committees.yaml
/// write it (matched loosely, `TextKey.normalise`), resolved to the id once, before every check,
/// so that every later stage sees ids. A name that matches nothing is left as written for
/// `DataValidator` to report, listing the ids and names.
package struct ReferenceNames {
    /// Every loose form of an id or name, and the id it means; a form two of them share is left
    /// out (it names neither for certain).
    private let ids: [String: String]
    /// The exact ids.
    private let exact: Set<String>
    /// `id (name)` for each, for messages.
    package let listed: String

    /// The names of themes: the id, the name and the short name.
    package init(themes: [Theme]) {
        self.init(themes.map { ($0.id, [$0.name, $0.shortName]) })
    }

    /// The names of committees: the id and the name.
    package init(committees: [Committee]) {
        self.init(committees.map { ($0.id, [$0.name]) })
    }

    private init(_ entries: [(id: String, names: [String])]) {
        var ids: [String: String] = [:]
        var shared: Set<String> = []
        for entry in entries {
            for form in Set(([entry.id] + entry.names).map(TextKey.normalise)) where !form.isEmpty {
                if let other = ids[form], other != entry.id { shared.insert(form) }
                ids[form] = entry.id
            }
        }
        for form in shared { ids[form] = nil }
        self.ids = ids
        exact = Set(entries.map(\.id))
        listed = entries.map { entry in
            entry.names.first.map { $0 == entry.id ? entry.id : "\(entry.id) (\($0))" } ?? entry.id
        }.joined(separator: ", ")
    }

    /// The id a text names, or the text as written when it names none.
    package func id(_ text: String) -> String {
        if exact.contains(text) { return text }
        return ids[TextKey.normalise(text)] ?? text
    }

    /// Whether a text is an id.
    package func isID(_ text: String) -> Bool { exact.contains(text) }

    /// Every theme and committee the data names, resolved to its id where it names one.
    package static func resolve(_ data: inout ReadinessData) {
        let themes = ReferenceNames(themes: data.themes)
        let committees = ReferenceNames(committees: data.committees)
        for i in data.inspections.indices {
            for j in data.inspections[i].judgements.indices {
                let written = data.inspections[i].judgements[j].theme
                let overall = ["overall", "overalleffectiveness"].contains(TextKey.normalise(written))
                data.inspections[i].judgements[j].theme = overall ? "overall" : themes.id(written)
            }
        }
        for i in data.recommendations.indices {
            data.recommendations[i].theme = themes.id(data.recommendations[i].theme)
        }
        for i in data.audits.indices {
            data.audits[i].theme = themes.id(data.audits[i].theme)
        }
        for i in data.followUps.indices {
            data.followUps[i].theme = data.followUps[i].theme.map(themes.id)
            data.followUps[i].committee = committees.id(data.followUps[i].committee)
        }
        for s in data.history.snapshots.indices {
            for i in data.history.snapshots[s].recommendations.indices {
                data.history.snapshots[s].recommendations[i].theme = themes.id(
                    data.history.snapshots[s].recommendations[i].theme)
            }
            for i in data.history.snapshots[s].audits.indices {
                data.history.snapshots[s].audits[i].theme = themes.id(data.history.snapshots[s].audits[i].theme)
            }
            for i in data.history.snapshots[s].followUps.indices {
                data.history.snapshots[s].followUps[i].theme = data.history.snapshots[s].followUps[i].theme.map(
                    themes.id)
                data.history.snapshots[s].followUps[i].committee = committees.id(
                    data.history.snapshots[s].followUps[i].committee)
            }
        }
        data.settings.reportingCommittee = data.settings.reportingCommittee.map(committees.id)
        for i in data.settings.timeliness.indices {
            data.settings.timeliness[i].theme = data.settings.timeliness[i].theme.map(themes.id)
        }
        for i in data.timeliness.indices {
            data.timeliness[i].measure.theme = data.timeliness[i].measure.theme.map(themes.id)
        }
        for (key, setting) in data.settings.indicators {
            data.settings.indicators[key]?.theme = setting.theme.map(themes.id)
        }
        for i in data.indicators.indices {
            data.indicators[i].setting.theme = data.indicators[i].setting.theme.map(themes.id)
        }
    }
}
