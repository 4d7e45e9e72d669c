import ArgumentParser
import ReadinessCore

/// The `readiness` command: parses arguments, calls ReadinessCore, prints diagnostics.
@main
struct Readiness: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract:
            "Builds inspection-readiness pages for children's services from action plans, audits, caseloads and committee follow-ups.",
        discussion: """
            Exit status: 0 when the site was built, 1 when the data or templates have errors \
            (every one is listed, as file:line:column: error: message), 2 when the command is used wrongly.
            """,
        version: ReadinessInfo.version,
        subcommands: [Build.self, Check.self, Serve.self, PDF.self, SnapshotCommand.self, Init.self],
        defaultSubcommand: nil)

    /// Runs the command with Readiness's exit statuses: usage errors are 2, not 64.
    static func main() async {
        // A line break in an argument (a path, a date) would start a new line wherever the value
        // is printed, and a CI log reads a line starting `::` as a workflow command: no argument
        // a person means holds one, so such an argument is refused before anything else.
        if let odd = CommandLine.arguments.dropFirst().first(where: { Diagnostic.visible($0) != $0 }) {
            FileHandleOutput.standardError(
                "readiness: the argument '\(Diagnostic.visible(odd))' holds a line break or other control character; "
                    + "write it without one")
            exit(withError: ExitCode(2))
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == ExitCode(1) {
                exit(withError: error)
            }
            // ArgumentParser would print the message and exit with 64 (EX_USAGE); Readiness
            // documents 2. The message is printed here, then ArgumentParser exits with 2 (an
            // `ExitCode` has no message of its own).
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandleOutput.standardError(message) }
            exit(withError: ExitCode(2))
        }
    }
}
