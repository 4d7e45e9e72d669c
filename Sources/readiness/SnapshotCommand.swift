import ArgumentParser
import ReadinessCore

/// `readiness snapshot`: keeps the plan as it stands as the baseline for a committee meeting.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Keep the plan as it stands in DATA/snapshots/DATE/, the baseline later pages compare with.",
        discussion: """
            Copies recommendations, actions, follow-ups, audits and progress history (CSV or .xlsx) \
            into DATA/snapshots/DATE/, DATE being the committee meeting they were reported to. Pages built \
            after that meeting show what changed since it, and the plan over time. Child-level lists and \
            files that name workers are never copied. Not needed when the data folder is in a git \
            repository: then each meeting's data is read from the commit in force before it.
            """)

    @Option(name: .long, help: ArgumentHelp("The folder of CSV and YAML data.", valueName: "dir"))
    var data = "data"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The committee meeting the data is reported to (YYYY-MM-DD or DD/MM/YYYY), as committees.yaml lists it.",
            valueName: "date"))
    var meeting: String

    @Flag(name: .long, help: "Replace the snapshot of that meeting if there is one.")
    var replace = false

    func run() throws {
        guard case .success(let date) = CalendarDate.parse(meeting) else {
            throw ValidationError("--meeting '\(meeting)' is not a real date; write it as 2026-09-17 or 17/09/2026")
        }
        switch SnapshotWriter.write(dataFolder: data, meeting: date, replace: replace) {
        case .success(let files):
            FileHandleOutput.standardOutput(
                "Kept \(files.count) files as the plan at the meeting on \(date.long), in \(data)/snapshots/\(date.iso)/."
            )
        case .failure(let failure):
            FileHandleOutput.standardError("readiness: " + failure.message)
            throw ExitCode(1)
        }
    }
}
