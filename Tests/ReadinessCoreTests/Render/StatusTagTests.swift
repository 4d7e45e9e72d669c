import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Readiness tags differ by more than hue (WCAG 1.4.1) and every tag's text meets 4.5:1
/// (WCAG 1.4.3), worked out from the rules in the shipped style.css.
@Suite("Status tags")
struct StatusTagTests {
    static let statuses: [ReadinessStatus] = [.needsImmediateAttention, .needsAttention, .onTrack, .noPlan]

    /// The declarations of a rule `selector { ... }` in a stylesheet, by property.
    static func rule(_ selector: String, in css: String) -> [String: String] {
        guard let start = css.range(of: selector + " {") else { return [:] }
        let body = css[start.upperBound...].prefix { $0 != "}" }
        var declarations: [String: String] = [:]
        for part in body.split(separator: ";") {
            let pair = part.split(separator: ":", maxSplits: 1)
            guard pair.count == 2 else { continue }
            declarations[pair[0].trimmingCharacters(in: .whitespacesAndNewlines)] =
                pair[1].trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return declarations
    }

    /// A #rrggbb colour's relative luminance (WCAG 2.2).
    static func luminance(_ hex: String) -> Double? {
        let digits = Array(hex.dropFirst())
        guard hex.hasPrefix("#"), digits.count == 6 else { return nil }
        var channels: [Double] = []
        for i in stride(from: 0, to: 6, by: 2) {
            guard let value = Int(String(digits[i...i + 1]), radix: 16) else { return nil }
            let c = Double(value) / 255
            channels.append(c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4))
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double? {
        guard let la = luminance(a), let lb = luminance(b) else { return nil }
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    static func css() throws -> String {
        try String(
            contentsOf: Support.packageRoot.appendingPathComponent("site-templates/assets/style.css"), encoding: .utf8)
    }

    @Test("every readiness status has its own words and its own tag class")
    func distinct() {
        #expect(Set(Self.statuses.map(\.label)).count == Self.statuses.count)
        #expect(Set(Self.statuses.map(\.colour)).count == Self.statuses.count)
        for status in Self.statuses {
            #expect(HTMLBlocks.tag(status.label, colour: status.colour).contains("tag--\(status.colour)"))
        }
    }

    @Test("every tag's text meets 4.5:1 on its background, from the stylesheet's rules")
    func contrast() throws {
        let css = try Self.css()
        let colours = Set(Self.statuses.map(\.colour) + ["blue", "red", "amber", "grey", "green"])
        for colour in colours.sorted() {
            let rule = Self.rule(".tag--\(colour)", in: css)
            let text = rule["color"] ?? ""
            let background = rule["background"] ?? ""
            let ratio = Self.contrast(text, background)
            #expect(ratio != nil, "tag--\(colour) needs a #rrggbb color and background")
            #expect((ratio ?? 0) >= 4.5, "tag--\(colour): \(text) on \(background) is \(ratio ?? 0):1")
        }
        #expect((Self.contrast("#767676", "#ffffff") ?? 0) > 4.5)
        #expect((Self.contrast("#777777", "#ffffff") ?? 9) < 4.5)
    }

    @Test("needs-attention tags differ from one another by their frame, not only their colour")
    func shapes() throws {
        let css = try Self.css()
        func frame(_ colour: String) -> String {
            let border = Self.rule(".tag--\(colour)", in: css)["border"] ?? ""
            return border.replacingOccurrences(of: #"#[0-9a-fA-F]{3,6}"#, with: "", options: .regularExpression)
                .trimmingCharacters(in: .whitespaces)
        }
        let frames = Self.statuses.map { frame($0.colour) }
        #expect(!frame("red").isEmpty && !frame("amber").isEmpty)
        #expect(Set(frames).count == frames.count, "frames: \(frames)")
    }
}
