import Foundation
import Testing

/// The Makefile and the README's setup steps work on a stock Debian 12 or Ubuntu 24.04, as
/// `make stock-check` shows in full (Tests/StockMachine/check.sh, too slow for `make test`).
/// These are its quick guards: pip runs only in the virtual environment (stock systems refuse
/// pip into the system Python, PEP 668), every `make` command the README gives is a target, and
/// the README's setup blocks, which check.sh runs, are there and complete.
@Suite("Setting up a stock machine")
struct SetupTests {
    static func text(_ path: String) throws -> String {
        try String(contentsOf: Support.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// The Makefile's recipe lines, continuations joined, with the target each belongs to.
    static func recipes() throws -> [(target: String, line: String)] {
        var result: [(String, String)] = []
        var target = ""
        var pending: String?
        for line in try text("Makefile").components(separatedBy: "\n") {
            if let start = pending {
                pending = start + " " + line.trimmingCharacters(in: .whitespaces)
            } else if line.hasPrefix("\t") {
                pending = line.trimmingCharacters(in: .whitespaces)
            } else {
                if let colon = line.firstIndex(of: ":"), !line.hasPrefix("#"), !line.contains("="),
                    !line.hasPrefix(".")
                {
                    target = String(line[..<colon])
                }
                continue
            }
            if let joined = pending, !joined.hasSuffix("\\") {
                result.append((target, joined))
                pending = nil
            } else if let joined = pending {
                pending = String(joined.dropLast())
            }
        }
        return result
    }

    /// The Makefile's targets.
    static func targets() throws -> Set<String> {
        var names: Set<String> = []
        for line in try text("Makefile").components(separatedBy: "\n")
        where !line.hasPrefix("\t") && !line.hasPrefix("#") && !line.hasPrefix(".") {
            guard let colon = line.firstIndex(of: ":"), !line[..<colon].contains("=") else { continue }
            let after = line[line.index(after: colon)...]
            if after.hasPrefix("=") { continue }
            names.formUnion(line[..<colon].split(separator: " ").map(String.init))
        }
        return names
    }

    /// Every place `word` stands as a whole word in `text`, with what comes before it.
    static func uses(of word: String, in text: String) -> [Substring] {
        var found: [Substring] = []
        var rest = text[...]
        while let range = rest.range(of: word) {
            let before = text[..<range.lowerBound]
            let after = text[range.upperBound...]
            let startsWord = !(before.last.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } ?? false)
            let endsWord = !(after.first.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } ?? false)
            if startsWord && endsWord { found.append(before) }
            rest = text[range.upperBound...]
        }
        return found
    }

    @Test("pip runs only as the virtual environment's, which is made first")
    func pipOnlyInTheVirtualEnvironment() throws {
        let makefile = try Self.text("Makefile")
        #expect(makefile.contains("\nVENV = .build/venv\n"))
        #expect(makefile.contains("\nPY = $(VENV)/bin/python3\n"))
        let lines = try Self.recipes()
        #expect(lines.count > 20)
        var installers: Set<String> = []
        for (target, line) in lines {
            for word in ["pip", "pip3"] {
                for before in Self.uses(of: word, in: line) {
                    #expect(
                        word == "pip" && before.hasSuffix("$(PY) -m "),
                        "make \(target) runs pip outside the venv: \(line)")
                }
            }
            #expect(!line.contains("break-system-packages"), "make \(target): \(line)")
            if line.contains("$(PY) -m pip install") { installers.insert(target) }
        }
        #expect(installers.contains("test-deps"))
        // Each target that installs into the venv makes it first, in its own recipe.
        for target in installers {
            let recipe = lines.filter { $0.target == target }.map(\.line)
            let made = recipe.firstIndex { $0.contains("$(MAKE) --no-print-directory venv") }
            let installs = recipe.firstIndex { $0.contains("$(PY) -m pip install") }
            #expect(made != nil && made! < installs!, "make \(target) installs with pip before making the venv")
        }
    }

    @Test("every make command the README and docs/setup.md give is a target")
    func readmeCommandsAreTargets() throws {
        let targets = try Self.targets()
        #expect(targets.isSuperset(of: ["site", "test", "venv", "test-deps", "stock-check"]))
        for document in ["README.md", "docs/setup.md"] {
            let text = try Self.text(document)
            var commands: Set<String> = []
            for before in Self.uses(of: "make", in: text) where before.hasSuffix("`") || before.hasSuffix("\n") {
                let after = text[text.index(before.endIndex, offsetBy: 5)...]
                commands.insert(String(after.prefix { $0.isLetter || $0 == "-" }))
            }
            #expect(commands.isSuperset(of: ["site", "test"]), "\(document): \(commands.sorted())")
            for command in commands where !command.isEmpty {
                #expect(targets.contains(command), "\(document) gives `make \(command)`, which the Makefile lacks")
            }
        }
    }

    @Test("make test does not run the stock-machine check, which needs root and an hour")
    func stockCheckIsSeparate() throws {
        let makefile = try Self.text("Makefile")
        let test = try #require(makefile.components(separatedBy: "\n").first { $0.hasPrefix("test:") })
        #expect(!test.contains("stock-check"))
        #expect(
            try Self.recipes().contains {
                $0.target == "stock-check" && $0.line.contains("Tests/StockMachine/check.sh")
            })
    }

    /// The README's code block marked `<!-- stock-check: WHAT -->`, as check.sh reads it.
    static func block(_ what: String, in readme: String) -> String? {
        guard let mark = readme.range(of: "<!-- stock-check: \(what) -->\n```sh\n") else { return nil }
        let rest = readme[mark.upperBound...]
        return rest.range(of: "```").map { String(rest[..<$0.lowerBound]) }
    }

    @Test(
        "the README's setup blocks for each distribution install what the later steps use",
        arguments: ["bookworm", "noble"])
    func setupBlocks(distro: String) throws {
        let readme = try Self.text("README.md")
        let apt = try #require(Self.block("apt \(distro)", in: readme))
        let packages = Set(apt.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map(String.init))
        // make and git for the commands, curl and gnupg for Swift's download and its signature.
        #expect(packages.isSuperset(of: ["make", "git", "curl", "ca-certificates", "gnupg", "pkg-config"]))
        #expect(apt.hasPrefix("sudo apt-get update\nsudo apt-get install -y "))
        let swift = try #require(Self.block("swift \(distro)", in: readme))
        let platform = distro == "bookworm" ? "debian12" : "ubuntu24.04"
        #expect(swift.contains("-RELEASE-\(platform).tar.gz\n"))
        #expect(swift.contains("gpg --verify "))
        #expect(swift.contains("-C /opt/swift --strip-components=1"))
        #expect(Self.block("path", in: readme) == "export PATH=/opt/swift/usr/bin:$PATH\n")
    }
}
