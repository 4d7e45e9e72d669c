import ReadinessModel

/// The CI workflows `readiness init` writes: GitHub Actions (`.github/workflows/readiness.yml`)
/// and GitLab CI (`.gitlab-ci.yml`).
///
/// Both download a released `readiness` binary (`make dist`) of a pinned version, check its
/// SHA-256 and cache it, so a run takes seconds rather than a build from source. They check
/// every pull or merge request, and on the main branch build the public site for Pages and the
/// internal site for the council's intranet: an artifact for IT to collect, and rsync over SSH
/// or an SMB share when the variables naming them are set. Every command passes
/// `--as-of today`, so "overdue" moves on with the calendar. docs/publishing.md explains them.
enum CIWorkflows {
    /// `.github/workflows/readiness.yml`.
    static let github = """
        # Readiness: checks the data and templates on every pull request (problems show on the changed
        # lines), and on main, and each morning, publishes the public site to GitHub Pages and the
        # internal site for the council's intranet. See Readiness's docs/publishing.md.
        name: Readiness
        on:
          pull_request:
          push:
            branches: [main]
          schedule:
            - cron: "30 5 * * *"  # each morning, so "overdue" moves on with the calendar
          workflow_dispatch:
        permissions:
          contents: read
        env:
          # Which Readiness to run: a release of your council's copy of Readiness, or of Readiness
          # itself. Copy all three from the release's page: its version, the address of its
          # readiness-VERSION-linux-x86_64.tar.gz, and the checksum in its .sha256 file.
          READINESS_VERSION: "\(ReadinessInfo.version)"
          READINESS_URL: https://github.com/YOUR-ORGANISATION/readiness/releases/download/v\(ReadinessInfo.version)/readiness-\(ReadinessInfo.version)-linux-x86_64.tar.gz
          READINESS_SHA256: ""
        jobs:
          readiness:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v7
                with:
                  fetch-depth: 0  # the whole history: each committee meeting's data is read from it
              - uses: actions/cache@v6
                with:
                  path: ~/.readiness
                  key: readiness-${{ env.READINESS_VERSION }}-${{ env.READINESS_SHA256 }}
              - name: Install Readiness
                run: |
        \(indented(githubInstall, by: 10))
                  echo "$HOME/.readiness" >> "$GITHUB_PATH"
              - name: Check
                run: readiness check --as-of today --format github
              - name: Build the public site
                if: github.ref == 'refs/heads/main'
                run: readiness build --as-of today --audience public --output _site
              - uses: actions/upload-pages-artifact@v5
                if: github.ref == 'refs/heads/main'
                with:
                  path: _site
              # The internal site is built only when asked for (the repository variable
              # INTRANET_ARTIFACT set to yes) or when an intranet target is named: whoever can read
              # this repository can download it, so keep the repository private when you do.
              - name: Build the internal site
                if: github.ref == 'refs/heads/main' && (vars.INTRANET_ARTIFACT == 'yes' || vars.INTRANET_RSYNC_TARGET != '' || vars.INTRANET_SMB_SHARE != '')
                run: readiness build --as-of today --audience internal --output intranet-site
              # For IT to collect from the run's page, and for the intranet job below.
              - uses: actions/upload-artifact@v7
                if: github.ref == 'refs/heads/main' && (vars.INTRANET_ARTIFACT == 'yes' || vars.INTRANET_RSYNC_TARGET != '' || vars.INTRANET_SMB_SHARE != '')
                with:
                  name: intranet-site
                  path: intranet-site
                  retention-days: 14
          pages:
            if: github.ref == 'refs/heads/main'
            needs: readiness
            runs-on: ubuntu-latest
            permissions:
              pages: write
              id-token: write
            concurrency:
              group: pages
              cancel-in-progress: false
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v5
          # Copies the internal site to the intranet, when a repository variable names a target:
          # INTRANET_RSYNC_TARGET (rsync over SSH) or INTRANET_SMB_SHARE (a Windows file share). A
          # server inside the council's network is reached from a self-hosted runner there: set
          # INTRANET_RUNNER to its label.
          intranet:
            if: github.ref == 'refs/heads/main' && (vars.INTRANET_RSYNC_TARGET != '' || vars.INTRANET_SMB_SHARE != '')
            needs: readiness
            runs-on: ${{ vars.INTRANET_RUNNER || 'ubuntu-latest' }}
            steps:
              - uses: actions/download-artifact@v8
                with:
                  name: intranet-site
                  path: intranet-site
              - name: Copy with rsync over SSH
                if: vars.INTRANET_RSYNC_TARGET != ''
                env:
                  INTRANET_RSYNC_TARGET: ${{ vars.INTRANET_RSYNC_TARGET }}
                  INTRANET_SSH_KNOWN_HOSTS: ${{ vars.INTRANET_SSH_KNOWN_HOSTS }}
                  INTRANET_SSH_KEY: ${{ secrets.INTRANET_SSH_KEY }}
                run: |
        \(indented(githubRsync, by: 10))
              - name: Copy to the Windows file share (SMB)
                if: vars.INTRANET_SMB_SHARE != ''
                env:
                  INTRANET_SMB_SHARE: ${{ vars.INTRANET_SMB_SHARE }}
                  INTRANET_SMB_FOLDER: ${{ vars.INTRANET_SMB_FOLDER }}
                  INTRANET_SMB_USER: ${{ vars.INTRANET_SMB_USER }}
                  INTRANET_SMB_DOMAIN: ${{ vars.INTRANET_SMB_DOMAIN }}
                  INTRANET_SMB_PASSWORD: ${{ secrets.INTRANET_SMB_PASSWORD }}
                run: |
        \(indented(githubSMB, by: 10))
        """

    /// `.gitlab-ci.yml`.
    static let gitlab = """
        # Readiness: checks the data and templates on every merge request (problems show on the merge
        # request, as a Code Quality report), and on the default branch, and on each scheduled pipeline,
        # publishes the public site to GitLab Pages and the internal site for the council's intranet.
        # See Readiness's docs/publishing.md.
        variables:
          # Which Readiness to run: a release of your council's copy of Readiness, or of Readiness
          # itself. Copy all three from the release's page: its version, the address of its
          # readiness-VERSION-linux-x86_64.tar.gz, and the checksum in its .sha256 file.
          READINESS_VERSION: "\(ReadinessInfo.version)"
          READINESS_URL: https://github.com/YOUR-ORGANISATION/readiness/releases/download/v\(ReadinessInfo.version)/readiness-\(ReadinessInfo.version)-linux-x86_64.tar.gz
          READINESS_SHA256: ""
          READINESS_HOME: $CI_PROJECT_DIR/.readiness
          GIT_DEPTH: 0  # the whole history: each committee meeting's data is read from it
        stages: [check, build, publish]
        workflow:
          rules:  # one pipeline a change: a merge request's, else the branch's
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS
              when: never
            - if: $CI_COMMIT_BRANCH || $CI_PIPELINE_SOURCE == "schedule"
        .readiness:
          image: debian:bookworm-slim
          cache:
            key: readiness-$READINESS_VERSION-$READINESS_SHA256
            paths: [.readiness/]
          before_script:
            # Readiness needs ISA-L (libisal2) besides what every Debian system has; git reads the history.
            - apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates curl git libisal2 >/dev/null
            - |
        \(indented(download, by: 6))
            - export PATH="$READINESS_HOME:$PATH"
        check:
          extends: .readiness
          stage: check
          script:
            - |
              if ! readiness check --as-of today --format codequality > gl-code-quality-report.json; then
                readiness check --as-of today  # the same problems, for this log
                exit 1
              fi
          artifacts:
            when: always
            reports:
              codequality: gl-code-quality-report.json
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
        pages:
          extends: .readiness
          stage: publish
          script:
            - readiness build --as-of today --audience public --output public
          artifacts:
            paths: [public]
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
        # The internal site, for IT to collect from the pipeline's page (only the project's developers
        # and maintainers can download it).
        intranet:
          extends: .readiness
          stage: build
          script:
            - readiness build --as-of today --audience internal --output intranet-site
          artifacts:
            name: intranet-site
            paths: [intranet-site/]
            access: developer
            expire_in: 14 days
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
        # Copies the internal site to the intranet when a CI/CD variable names a target:
        # INTRANET_RSYNC_TARGET (rsync over SSH) or INTRANET_SMB_SHARE (a Windows file share). A server
        # inside the council's network is reached from a runner there: add its tag to these two jobs
        # (tags: [your-runner-tag]).
        intranet-rsync:
          image: debian:bookworm-slim
          stage: publish
          needs: [intranet]
          script:
            - apt-get update -qq && apt-get install -y -qq --no-install-recommends openssh-client rsync >/dev/null
            - |
        \(indented(gitlabRsync, by: 6))
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $INTRANET_RSYNC_TARGET
        intranet-smb:
          image: debian:bookworm-slim
          stage: publish
          needs: [intranet]
          script:
            - apt-get update -qq && apt-get install -y -qq --no-install-recommends smbclient >/dev/null
            - |
        \(indented(gitlabSMB, by: 6))
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $INTRANET_SMB_SHARE
        """

    /// Downloads the release named at the top of the workflow into `$READINESS_HOME` (by
    /// default `~/.readiness`), unless the cache already holds it, and checks its checksum.
    static let download = """
        home="${READINESS_HOME:-$HOME/.readiness}"
        if [ ! -x "$home/readiness" ]; then
          case "$READINESS_URL" in
            *YOUR-ORGANISATION*)
              echo "Set READINESS_URL and READINESS_SHA256 at the top of this file to a Readiness release (see Readiness's docs/publishing.md)." >&2
              exit 1 ;;
          esac
          archive="${TMPDIR:-/tmp}/readiness-$READINESS_VERSION.tar.gz"
          curl --fail --silent --show-error --location --retry 3 --output "$archive" "$READINESS_URL"
          if ! echo "$READINESS_SHA256  $archive" | sha256sum --check --status; then
            echo "The file at READINESS_URL is not the one READINESS_SHA256 names: set READINESS_SHA256 to the checksum in the release's .sha256 file." >&2
            exit 1
          fi
          mkdir -p "$home"
          tar --extract --gzip --file "$archive" --directory "$home" --strip-components 1
          rm -f "$archive"
        fi
        "$home/readiness" --version
        """

    /// GitHub: the one library the binary needs that Ubuntu lacks, then the download.
    static let githubInstall = """
        # The binary needs ISA-L (libisal2) besides what every Ubuntu and Debian system has.
        if ! ldconfig -p | grep -q 'libisal\\.so\\.2'; then
          sudo apt-get update -qq && sudo apt-get install -y -qq libisal2
        fi
        \(download)
        """

    /// rsync over SSH, once `key` and `hosts` name the key and known hosts files.
    static let rsync = """
        rsync --recursive --links --times --delete-after --itemize-changes \\
          --rsh "ssh -i $key -o IdentitiesOnly=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile=$hosts" \\
          intranet-site/ "$INTRANET_RSYNC_TARGET"
        """

    /// GitHub: the key is a secret's text, the known hosts a variable's.
    static let githubRsync = """
        key="$RUNNER_TEMP/intranet-ssh-key"
        hosts="$RUNNER_TEMP/intranet-known-hosts"
        trap 'rm -f "$key" "$hosts"' EXIT
        (umask 077 && printf '%s\\n' "$INTRANET_SSH_KEY" > "$key")
        printf '%s\\n' "$INTRANET_SSH_KNOWN_HOSTS" > "$hosts"
        \(rsync)
        """

    /// GitLab: the key is a File variable (its value is the file's path), the known hosts a
    /// variable's text.
    static let gitlabRsync = """
        key="$INTRANET_SSH_KEY"
        chmod 600 "$key"
        hosts="$(mktemp)"
        trap 'rm -f "$hosts"' EXIT
        printf '%s\\n' "$INTRANET_SSH_KNOWN_HOSTS" > "$hosts"
        \(rsync)
        """

    /// Copies the site onto an SMB share with smbclient, once `auth` names a file to hold the
    /// user name and password.
    static let smb = """
        trap 'rm -f "$auth"' EXIT
        (umask 077 && printf 'username = %s\\npassword = %s\\n' "$INTRANET_SMB_USER" "$INTRANET_SMB_PASSWORD" > "$auth")
        if [ -n "${INTRANET_SMB_DOMAIN:-}" ]; then printf 'domain = %s\\n' "$INTRANET_SMB_DOMAIN" >> "$auth"; fi
        set --
        if [ -n "${INTRANET_SMB_FOLDER:-}" ]; then set -- --directory "$INTRANET_SMB_FOLDER"; fi
        smbclient "$INTRANET_SMB_SHARE" --authentication-file "$auth" "$@" \\
          --command 'prompt OFF; recurse ON; lcd intranet-site; mput *'
        """

    /// GitHub: smbclient is installed when the runner lacks it.
    static let githubSMB = """
        command -v smbclient >/dev/null || { sudo apt-get update -qq && sudo apt-get install -y -qq smbclient; }
        auth="$RUNNER_TEMP/intranet-smb-auth"
        \(smb)
        """

    /// GitLab: the job's image has smbclient installed.
    static let gitlabSMB = """
        auth="$(mktemp)"
        \(smb)
        """

    /// `text` with every line but empty ones indented by `spaces`.
    static func indented(_ text: String, by spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }
}
