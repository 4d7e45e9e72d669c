/// The head of an HTTP/1.1 request (its request line and headers), read within a fixed size:
/// what the preview server answers by. A body is never read: the preview answers GET and HEAD,
/// and closes the connection after every response.
struct RequestHead: Equatable {
    var method: String
    /// The path, without the query.
    var path: String
    /// The query, without its `?` (empty when there is none).
    var query: String
    /// The `Host` header; nil when there is none.
    var host: String?

    /// The most a request line and its headers may take, in bytes; more is refused with 431.
    static let limit = 8192

    /// Why a head cannot be answered, as the status to answer with.
    enum Refusal: Error, Equatable {
        /// 400: not an HTTP/1.x request line, a header without a colon, or two Host headers.
        case malformed
        /// 431: the head did not end within `limit` bytes.
        case tooLarge
    }

    /// Where the head in `bytes` ends (just past its blank line), if it has ended.
    static func end(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            if bytes[index] == 10 {
                if index + 1 < bytes.count, bytes[index + 1] == 10 { return index + 2 }
                if index + 2 < bytes.count, bytes[index + 1] == 13, bytes[index + 2] == 10 { return index + 3 }
            }
            index += 1
        }
        return nil
    }

    /// Reads a complete head (the bytes up to its blank line).
    static func parse(_ bytes: ArraySlice<UInt8>) -> Result<RequestHead, Refusal> {
        guard bytes.count <= limit else { return .failure(.tooLarge) }
        // Split as bytes: in a Swift string "\r\n" is one character.
        var lines = bytes.split(separator: 10, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 13 ? line.dropLast() : line, as: UTF8.self)[...]
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first else { return .failure(.malformed) }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isLetter && $0.isUppercase }),
            parts[1].hasPrefix("/"), parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0"
        else { return .failure(.malformed) }
        var host: String?
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex,
                !line[..<colon].contains(where: { $0 == " " || $0 == "\t" })
            else { return .failure(.malformed) }
            guard line[..<colon].lowercased() == "host" else { continue }
            // Two Host headers could be read two ways: refused (RFC 9112, 3.2).
            guard host == nil else { return .failure(.malformed) }
            host = line[line.index(after: colon)...].trimmingSpacesAndTabs
        }
        let target = parts[1]
        let question = target.firstIndex(of: "?")
        return .success(
            RequestHead(
                method: String(parts[0]), path: String(target[..<(question ?? target.endIndex)]),
                query: question.map { String(target[target.index(after: $0)...]) } ?? "", host: host))
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs (a header value's optional white space).
    fileprivate var trimmingSpacesAndTabs: String {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return String(text)
    }
}
