import ReadinessModel

/// Reads the council's logo (`logo:` in settings.yaml) from the data folder, by the rules every
/// input is read by (`ConfinedFolder`): no link out of the folder, ordinary files only, and at
/// most `Budgets.logoBytes`. Each problem is reported at `file:` in settings.yaml.
enum LogoLoader {
    /// The logo with its bytes, or nil when it cannot be used (reported).
    static func load(
        _ logo: SiteLogo, from confined: ConfinedFolder, log: inout DiagnosticLog, ledger: inout InputLedger
    ) -> SiteLogo? {
        let path = FileAccess.join(confined.path, logo.file)
        let named = "the logo '\(logo.file.quotable)'"
        let bytes: [UInt8]
        switch confined.readBytes(path) {
        case .success(let read): bytes = read
        case .failure(.missing), .failure(.danglingLink):
            log.error(
                "\(named) is not in the data folder (looked for \(path))", at: logo.location,
                hint: "put the image in \(confined.path) and give its path from there, such as 'file: logo.svg'")
            return nil
        case .failure(.outside(let target)):
            log.error(
                "\(named) is a link to '\(target)', outside the data folder", at: logo.location,
                hint:
                    "a link is followed only when its target stays inside the folder; copy the image into \(confined.path)"
            )
            return nil
        case .failure(.isDirectory):
            log.error("\(named) is a folder, not an image", at: logo.location, hint: "name the image file itself")
            return nil
        case .failure(let refusal):
            confined.report(refusal, path: path, log: &log)
            return nil
        }
        guard bytes.count <= Budgets.logoBytes else {
            log.error(
                "\(named) is \(bytes.count / 1024) KB, more than the \(Budgets.logoBytes / 1024) KB a logo may have",
                at: logo.location,
                hint:
                    "it is copied into every page's header and every self-contained page; save a smaller image (an SVG, or a PNG about 400 pixels wide)"
            )
            return nil
        }
        guard let kind = SiteLogo.Kind.of(logo.file), kind.matches(bytes) else {
            let kind = SiteLogo.Kind.of(logo.file)?.described ?? "image"
            log.error(
                "\(named) is not a \(kind) image: its content does not start as one does", at: logo.location,
                hint:
                    "save the logo again as \(kind) from an image editor, or give the name its true ending (.png, .svg, .jpg, .webp)"
            )
            return nil
        }
        if kind == .svg, let active = SiteLogo.Kind.activeContent(inSVG: bytes) {
            log.error(
                "\(named) holds \(active), which would run or load when the image is opened on its own",
                at: logo.location,
                hint:
                    "save the SVG again without scripts, event handlers, links or embedded files (an image editor's \"plain SVG\" export), or use a PNG"
            )
            return nil
        }
        ledger.record("data/" + logo.file, bytes)
        var read = logo
        read.bytes = bytes
        return read
    }
}
