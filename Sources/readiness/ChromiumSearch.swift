/// Where `readiness pdf` finds Chromium when `--chromium` does not name it: the `CHROMIUM`
/// environment variable, then chromium, chromium-browser, google-chrome and
/// google-chrome-stable on `PATH`, then the snap's /snap/bin/chromium. On Ubuntu, apt's
/// `chromium-browser` installs only a script that runs the snap; such a script is passed over,
/// and when it is all there is, the person is told to install the snap.
enum ChromiumSearch {
    /// What the search found.
    enum Outcome: Equatable {
        /// A Chromium that can run, as a path.
        case found(String)
        /// Only Ubuntu's scripts that run the Chromium snap, which is not installed.
        case onlySnapScripts([String])
        /// Nothing at all.
        case missing
    }

    /// The program names looked for on `PATH`, in order.
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// Where the Chromium snap puts its command.
    static let snap = "/snap/bin/chromium"

    /// Looks for Chromium as the type's summary says.
    static func find() -> Outcome {
        if let named = SystemCalls.environment("CHROMIUM"), !named.isEmpty { return .found(named) }
        var scripts: [String] = []
        for candidate in PDF.programs(named: names) + [snap] where SystemCalls.isExecutable(candidate) {
            if runsSnap(candidate) {
                scripts.append(candidate)
            } else {
                return .found(candidate)
            }
        }
        return scripts.isEmpty ? .missing : .onlySnapScripts(scripts)
    }

    /// Whether the program at `path` is a script that only runs the Chromium snap (Ubuntu's
    /// `chromium-browser` package): it starts with `#!` and names /snap/bin/chromium.
    static func runsSnap(_ path: String) -> Bool {
        let start = SystemCalls.firstBytes(of: path, count: 4096)
        return start.starts(with: Array("#!".utf8)) && String(decoding: start, as: UTF8.self).contains(snap)
    }
}
