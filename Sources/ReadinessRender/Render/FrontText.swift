import Mustache
import ReadinessModel

/// A front-matter value that may hold tags (a page's title, output name or navigation title):
/// used as written when it holds none, so thousands of pages need no Mustache parse for their
/// titles, or parsed once as a template.
package enum FrontText: Sendable {
    case literal(String)
    case template(MustacheTemplate)

    /// Reads `text`, whose first line is line `line` of its file: parsed only when it may hold
    /// a tag; nil when the parse reported a problem.
    static func read(_ text: String, path: String, line: Int, log: inout DiagnosticLog) -> FrontText? {
        guard MustacheSource.mayHoldTags(text) else { return .literal(text) }
        return MustacheSource.template(text, path: path, line: line, log: &log).map(FrontText.template)
    }
}
