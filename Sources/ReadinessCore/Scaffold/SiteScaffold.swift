import Foundation
import ReadinessInput
import ReadinessModel
import ReadinessWrite

/// `readiness init DIR`: a new site that builds at once: the sample data (or, with `blank`, a
/// start with no figures), the templates, the user docs, a `.gitignore` that keeps the Annex A
/// lists out of the repository, and CI workflows that check pull requests and publish from main.
public enum SiteScaffold {
    /// Writes the scaffold into `folder`, which must not exist or be empty. Returns the paths
    /// written, or a message saying why not. `blank`: no sample figures (`BlankSite`).
    public static func create(in folder: String, blank: Bool = false) -> Result<[String], SiteWriter.Failure> {
        // An empty name would write into the current folder, over whatever is there.
        guard !folder.trimmingCharacters(in: .whitespaces).isEmpty else {
            return .failure(.init(message: "no folder named; name a new or empty folder"))
        }
        switch FileAccess.kind(of: folder) {
        case .missing: break
        case .directory:
            if !(FileAccess.list(folder) ?? []).isEmpty {
                return .failure(.init(message: "\(folder) is not empty; name a new or empty folder"))
            }
        default: return .failure(.init(message: "\(folder) is a file; name a new or empty folder"))
        }
        var files: [(String, [UInt8])] = ScaffoldFiles.files.compactMap { entry in
            // A blank site keeps the templates and docs, and takes its data from `BlankSite`.
            if blank, entry.path.hasPrefix("data/") { return nil }
            return Data(base64Encoded: entry.base64).map { (entry.path, Array($0)) }
        }
        if blank { files += BlankSite.dataFiles.map { ($0.path, Array($0.text.utf8)) } }
        files += [
            (".gitignore", Array(gitignore.utf8)), (".github/workflows/readiness.yml", Array(CIWorkflows.github.utf8)),
            (".gitlab-ci.yml", Array(CIWorkflows.gitlab.utf8)), ("README.md", Array(readme.utf8)),
        ]
        do {
            for (path, bytes) in files {
                let url = URL(fileURLWithPath: folder).appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else {
                    return .failure(.init(message: "cannot write \(url.path)"))
                }
            }
        } catch {
            return .failure(.init(message: "cannot create \(folder): \(error.localizedDescription)"))
        }
        return .success(files.map(\.0))
    }

    static let gitignore = """
        _site/
        _site.readiness-*
        .build/
        # The Annex A lists hold personal data about children: they are never committed. A build
        # without them still succeeds, with a warning, and the pages say the lists were not supplied.
        # Supply them from a protected folder with --annex-a DIR (docs/data-format.md,
        # "Annex A lists from a protected store").
        data/annex-a/
        data/annex-a.xlsx

        """

    static let readme = """
        # Inspection readiness site

        Made with `readiness init`. Put the council's data in `data/` and the pages in
        `site-templates/`, then:

        ```sh
        readiness check          # report every problem in the data and templates
        readiness build          # write the site into _site/
        readiness serve          # preview at http://127.0.0.1:8000/, rebuilt as you edit
        readiness pdf            # PDFs of every page and the agenda pack
        ```

        The sample describes a fictional council. Replace it with your own (or start again
        with `readiness init --blank DIR`, which has no sample figures).

        The docs are in `docs/`: start with `docs/configuration.md` (settings, logo, colours and
        menu order), then `docs/data-format.md` (every data file and column), `docs/templates.md`
        (pages and layouts) and `docs/publishing.md` (CI and publishing). They are copies of
        Readiness's own guides: where they name `Sources/…`, `Tests/…` or a `make` command, they
        mean Readiness's source repository, not this site, and you need none of them to run
        `readiness`.

        Child-level lists (data/annex-a/) hold personal data: `.gitignore` keeps them out of the
        repository. Keep them in a protected folder and build with `--annex-a DIR`; see
        `docs/data-format.md`, "Annex A lists from a protected store".

        """
}
