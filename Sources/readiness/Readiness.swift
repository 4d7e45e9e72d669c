import ArgumentParser
import ReadinessCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `readiness` command: parses arguments, calls ReadinessCore, prints diagnostics.
@main
struct Readiness: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract:
            "Builds inspection-readiness pages for children's services from action plans, audits, caseloads and committee follow-ups.",
        discussion: """
            Exit status: 0 when the site was built, 1 when the data or templates have errors \
            (every one is listed, as file:line:column: error: message), 2 when the command is used wrongly.
            """,
        version: ReadinessInfo.version,
        subcommands: [Build.self, Check.self, Serve.self, PDF.self, Init.self],
        defaultSubcommand: nil)

    /// Runs the command with Readiness's exit statuses: usage errors are 2, not 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == ExitCode(1) {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandleOutput.standardError(message) }
            Glibc.exit(2)
        }
    }
}
