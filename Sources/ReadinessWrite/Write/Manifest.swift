import ReadinessInput
import ReadinessModel
import ReadinessRender

/// `manifest.json`: which inputs (with SHA-256), which as-at date and which audience produced
/// the site, and the pages it holds. Written by hand in a fixed order so it is byte-identical for
/// the same inputs.
public enum Manifest {
    /// The file name inside the site.
    public static let path = ReservedPaths.manifest

    /// Data files whose size and checksum a public manifest withholds, as declared
    /// (`DataFileDeclaration.withheldInPublicManifest`).
    static let withheldFiles: Set<String> = Set(DataFiles.all.filter(\.withheldInPublicManifest).map(\.name))

    /// Whether an input is one of those files, however it was read: `data/audits.csv`, the
    /// workbook in its place (`data/audits.xlsx`), a snapshot's copy
    /// (`data/snapshots/2026-09-17/audits.csv`) or a commit's (`data/audits.csv@<commit>`).
    static func isWithheld(_ path: String) -> Bool {
        guard path.hasPrefix("data/") else { return false }
        var name = String(path.split(separator: "/").last ?? "")
        if let at = name.firstIndex(of: "@") { name = String(name[..<at]) }
        if name.hasSuffix(".xlsx") { name = String(name.dropLast(5)) + ".csv" }
        return withheldFiles.contains(name)
    }

    /// The manifest's JSON.
    public static func json(inputs: InputLedger, asAt: CalendarDate, audience: Audience, outputs: [OutputFile])
        -> String
    {
        var out = "{\n"
        out += "  \"generator\": \(string("Readiness \(ReadinessInfo.version)")),\n"
        out += "  \"as_at\": \(string(asAt.iso)),\n"
        out += "  \"audience\": \(string(audience.rawValue)),\n"
        out += "  \"inputs\": [\n"
        // A file of counts the public build protects, or one that names children or workers, can
        // be short and regular enough that its checksum would confirm a guess of what is in it (a
        // child-level list of one child, a few staff ids and dates), and its size says how many
        // rows it has: a public manifest names it only.
        out += inputs.entries.map {
            let path = "    {\"path\": \(string($0.path)), "
            guard audience == .public else {
                return path + "\"bytes\": \($0.bytes), \"sha256\": \(string($0.sha256))}"
            }
            if isWithheld($0.path) || $0.childLevel {
                return path + "\"withheld\": \"size and checksum: the file holds protected counts or names people\"}"
            }
            return path + "\"bytes\": \($0.bytes), \"sha256\": \(string($0.sha256))}"
        }.joined(separator: ",\n")
        out += "\n  ],\n  \"outputs\": [\n"
        out += outputs.sorted { $0.path < $1.path }.map {
            "    {\"path\": \(string($0.path)), \"bytes\": \($0.bytes.count), \"sha256\": \(string(InputLedger.sha256($0.bytes)))}"
        }.joined(separator: ",\n")
        out += "\n  ]\n}\n"
        return out
    }

    /// A JSON string literal (`JSONString.literal`).
    static func string(_ text: String) -> String { JSONString.literal(text) }
}
