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
            (".gitignore", Array(gitignore.utf8)), (".github/workflows/readiness.yml", Array(githubWorkflow.utf8)),
            (".gitlab-ci.yml", Array(gitlabPipeline.utf8)), ("README.md", Array(readme.utf8)),
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

    /// The Readiness version the workflows build, and where from: set these for your council.
    static let githubWorkflow = """
        # Checks data and templates on every pull request (problems show on the changed lines),
        # and rebuilds and publishes the site on every push to main. See Readiness's docs/publishing.md.
        name: Readiness
        on:
          pull_request:
          push:
            branches: [main]
        env:
          READINESS_REPOSITORY: https://github.com/YOUR-ORGANISATION/readiness.git  # where your copy of Readiness lives
          READINESS_VERSION: main                                                  # a tag or branch
        jobs:
          readiness:
            runs-on: ubuntu-latest
            container: swift:6.0
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0  # the whole history: each committee meeting's data is read from it
              - name: Install Readiness
                run: |
                  apt-get update && apt-get install -y libcmark-dev libglpk-dev zlib1g-dev pkg-config make git
                  git clone --depth 1 --branch "$READINESS_VERSION" "$READINESS_REPOSITORY" /tmp/readiness
                  swift build -c release --package-path /tmp/readiness
                  cp /tmp/readiness/.build/release/readiness /usr/local/bin/
              - name: Check
                run: readiness check --format github
              - name: Build the public site
                if: github.event_name == 'push'
                run: readiness build --audience public --output _site
              - uses: actions/upload-pages-artifact@v3
                if: github.event_name == 'push'
                with:
                  path: _site
          deploy:
            if: github.event_name == 'push'
            needs: readiness
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            environment:
              name: github-pages
            steps:
              - uses: actions/deploy-pages@v4

        """

    static let gitlabPipeline = """
        # Checks data and templates on every merge request, and publishes the site from main.
        # See Readiness's docs/publishing.md.
        variables:
          READINESS_REPOSITORY: https://gitlab.com/YOUR-ORGANISATION/readiness.git
          READINESS_VERSION: main
          GIT_DEPTH: 0  # the whole history: each committee meeting's data is read from it
        default:
          image: swift:6.0
          before_script:
            - apt-get update && apt-get install -y libcmark-dev libglpk-dev zlib1g-dev pkg-config make git
            - git clone --depth 1 --branch "$READINESS_VERSION" "$READINESS_REPOSITORY" /tmp/readiness
            - swift build -c release --package-path /tmp/readiness
            - cp /tmp/readiness/.build/release/readiness /usr/local/bin/
        check:
          script:
            - readiness check --format json > readiness-report.json || (cat readiness-report.json; exit 1)
          artifacts:
            when: always
            paths: [readiness-report.json]
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
        pages:
          script:
            - readiness build --audience public --output public
          artifacts:
            paths: [public]
          rules:
            - if: $CI_COMMIT_BRANCH == "main"

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
        (pages and layouts) and `docs/publishing.md` (CI and publishing).

        Child-level lists (data/annex-a/) hold personal data: `.gitignore` keeps them out of the
        repository. Keep them in a protected folder and build with `--annex-a DIR`; see
        `docs/data-format.md`, "Annex A lists from a protected store".

        """
}
