import ReadinessModel

/// Walks a folder tree inside a `ConfinedFolder`, following links only within it, refusing
/// loops, and stopping at a depth and a number of entries no real site comes near.
extension ConfinedFolder {
    /// What a walk found: the ordinary files (their path relative to the walked folder, and the
    /// path to read them by) and, for everything refused, its path and why.
    package struct Walk {
        package var files: [(relative: String, path: String)] = []
        package var refused: [(path: String, reason: WalkRefusal)] = []
    }

    /// Why a walk skipped something.
    package enum WalkRefusal: Equatable {
        case refusal(Refusal)
        case folderLoop
        case tooDeep
        case tooMany
    }

    /// Every ordinary file under `folder` (itself inside this folder), names starting with a dot
    /// skipped, in byte order. A folder that does not exist gives an empty walk; one that is refused
    /// (a link out, a loop) is listed as refused.
    package func walk(_ folder: String) -> Walk {
        var walk = Walk()
        var entries = 0
        switch resolve(folder) {
        case .success((let real, .directory)):
            descend(folder, relative: "", ancestors: [real], into: &walk, entries: &entries)
        case .success: walk.refused.append((folder, .refusal(.notDirectory)))
        case .failure(.missing): break
        case .failure(let refusal): walk.refused.append((folder, .refusal(refusal)))
        }
        return walk
    }

    private func descend(
        _ folder: String, relative: String, ancestors: [String], into walk: inout Walk, entries: inout Int
    ) {
        guard case .success(let names) = list(folder) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = FileAccess.join(folder, name)
            let inner = relative.isEmpty ? name : relative + "/" + name
            entries += 1
            if entries > ConfinedFolder.entryLimit {
                walk.refused.append((path, .tooMany))
                return
            }
            switch resolve(path) {
            case .success((_, .file)):
                walk.files.append((inner, path))
            case .success((let real, _)):
                // A folder that is, or holds, one being walked would be walked for ever.
                if ancestors.contains(where: { $0 == real || $0.hasPrefix(real + "/") }) {
                    walk.refused.append((path, .folderLoop))
                } else if ancestors.count >= ConfinedFolder.depthLimit {
                    walk.refused.append((path, .tooDeep))
                } else {
                    descend(path, relative: inner, ancestors: ancestors + [real], into: &walk, entries: &entries)
                }
            case .failure(let refusal):
                walk.refused.append((path, .refusal(refusal)))
            }
            if entries > ConfinedFolder.entryLimit { return }
        }
    }

    /// Reports what a walk refused, one error each.
    package func report(_ walk: Walk, log: inout DiagnosticLog) {
        for (path, reason) in walk.refused {
            switch reason {
            case .refusal(let refusal): report(refusal, path: path, log: &log)
            case .folderLoop:
                log.error(
                    "this folder is a link to a folder that holds it, a loop", file: path,
                    hint: "remove the link; a link is followed only when its target stays inside the folder")
            case .tooDeep:
                log.error(
                    "folders are nested more than \(ConfinedFolder.depthLimit) deep here", file: path,
                    hint: "flatten the folders")
            case .tooMany:
                log.error(
                    "there are more than \(ConfinedFolder.entryLimit) files and folders here; the rest were not read",
                    file: path, hint: "keep only the files the site needs in \(self.path)")
            }
        }
    }
}
