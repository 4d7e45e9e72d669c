import ArgumentParser
import Dispatch
import ReadinessCore
import ReadinessPreview

/// `readiness serve`: a live preview on 127.0.0.1.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site on 127.0.0.1, rebuilt and reloaded in the browser when data or templates change.",
        discussion: """
            The site is built in memory (nothing is written) and served only to this computer. \
            When the data has errors, every page shows them until they are fixed. --port 0 picks a free port.
            """)

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: ArgumentHelp("The port to listen on, on 127.0.0.1.", valueName: "port"))
    var port: UInt16 = 8000

    func run() async throws {
        var request = BuildRequest(
            dataFolder: inputs.data, templatesFolder: inputs.templates, outputFolder: "", asAt: try inputs.asAtDate(),
            audience: inputs.audience)
        request.git = inputs.git
        request.annexAFolder = inputs.annexA
        // Ctrl-C and SIGTERM must stop the preview even when it was started with them blocked.
        SystemCalls.unblockStopSignals()
        // The command reads the clock and hands it to the library, as `build --timings` does.
        let server = PreviewServer(request: request, port: port, stopwatch: { DispatchTime.now().uptimeNanoseconds })
        do {
            try await server.run(
                report: { FileHandleOutput.standardOutput($0) }, diagnostics: { DiagnosticPrinter.print($0) })
        } catch let error as PreviewServer.Failure {
            FileHandleOutput.standardError("readiness: \(error)")
            throw ExitCode(1)
        } catch {
            FileHandleOutput.standardError("readiness: the preview stopped: \(error)")
            throw ExitCode(1)
        }
    }
}
