/// `committees.yaml`, declared once: the committees and their meeting dates.
package enum CommitteesFile {
    /// Each item of `committees:`.
    enum Committee {
        static let id = YAMLKey.identifier(
            "id", summary: "the committee's id, used by follow-ups.csv and `reporting_committee` in settings.yaml")
        static let name = YAMLKey.text("name", summary: "its name on pages").documentingDefault("the `id`")
        static let meetings = YAMLKey.dateList(
            "meetings", summary: "its meeting dates, in any order")
    }

    static let committees = YAMLListKey(
        "committees", what: "each committee",
        keys: [Committee.id.declaration, Committee.name.declaration, Committee.meetings.declaration],
        summary: "the committees the plan reports to")

    /// The file's declaration.
    package static let declaration = YAMLFileDeclaration(
        "committees.yaml", purpose: "committees and their meeting dates", keys: [committees.declaration])
}
