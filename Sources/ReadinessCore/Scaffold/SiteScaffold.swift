import Foundation
import ReadinessInput
import ReadinessModel
import ReadinessWrite

/// `readiness init DIR`: a new site that builds at once: the sample data, templates and
/// settings, a `.gitignore`, and CI workflows that check pull requests and publish from main.
public enum SiteScaffold {
    /// Writes the scaffold into `folder`, which must not exist or be empty. Returns the paths
    /// written, or a message saying why not.
    public static func create(in folder: String) -> Result<[String], SiteWriter.Failure> {
        switch FileAccess.kind(of: folder) {
        case .missing: break
        case .directory:
            if !(FileAccess.list(folder) ?? []).isEmpty {
                return .failure(.init(message: "\(folder) is not empty; name a new or empty folder"))
            }
        default: return .failure(.init(message: "\(folder) is a file; name a new or empty folder"))
        }
        var files: [(String, [UInt8])] = ScaffoldFiles.files.compactMap { entry in
            Data(base64Encoded: entry.base64).map { (entry.path, Array($0)) }
        }
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
        # Real Annex A lists hold personal data about children: keep them out of shared repositories.
        # The shipped lists are synthetic. Uncomment this line before adding real ones:
        # data/annex-a/

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

        The sample describes a fictional council. Replace it with your own, and keep real
        child-level lists (data/annex-a/) out of shared repositories.

        """
}
