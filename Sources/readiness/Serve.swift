import ArgumentParser
import Dispatch
import ReadinessCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `readiness serve`: a live preview on 127.0.0.1.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site on 127.0.0.1, rebuilt and reloaded in the browser when data or templates change.",
        discussion: """
            The site is built in memory (nothing is written) and served only to this computer. \
            When the data has errors, every page shows them until they are fixed. --port 0 picks a free port.
            """)

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: ArgumentHelp("The port to listen on, on 127.0.0.1.", valueName: "port"))
    var port: UInt16 = 8000

    func run() throws {
        let request = BuildRequest(
            dataFolder: inputs.data, templatesFolder: inputs.templates, outputFolder: "", asAt: try inputs.asAtDate(),
            audience: inputs.audience)
        // Ctrl-C and SIGTERM must stop the preview even when it was started with them blocked.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &signals, nil)
        let server = PreviewServer(request: request, port: port)
        let done = DispatchSemaphore(value: 0)
        let failure = Box()
        Task {
            do {
                try await server.run(
                    report: { FileHandleOutput.standardOutput($0) }, diagnostics: { DiagnosticPrinter.print($0) })
            } catch let error as PreviewServer.Failure {
                failure.message = "\(error)"
            } catch {
                failure.message = "the preview stopped: \(error)"
            }
            done.signal()
        }
        done.wait()
        if let message = failure.message {
            FileHandleOutput.standardError("readiness: \(message)")
            throw ExitCode(1)
        }
    }

    /// Carries an error message out of the server's task.
    final class Box: @unchecked Sendable {
        var message: String?
    }
}
