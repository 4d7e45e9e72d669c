import Foundation

/// The council's own colours (`brand:` in settings.yaml), each a CSS custom property the
/// stylesheet reads, checked against the colours it sits beside for WCAG 2.2 AA contrast.
public struct BrandColours: Sendable, Equatable {
    /// What a brand colour is used for.
    public enum Role: String, CaseIterable, Sendable {
        /// The bar under the header and the mark under the current page's link.
        case primary
        /// The header's background, behind white text.
        case header
        /// Links, on white and on the navigation's grey.
        case link
        /// The background of a link with keyboard focus, behind dark text.
        case focus

        /// The CSS custom property the stylesheet reads it from.
        public var property: String {
            switch self {
            case .primary: "--brand"
            case .header: "--header-background"
            case .link: "--link"
            case .focus: "--focus"
            }
        }

        /// The stylesheet's own colour, used when the settings give none.
        public var standard: RGBColour {
            switch self {
            case .primary: RGBColour(0x1d, 0x70, 0xb8)
            case .header: RGBColour(0x0b, 0x0c, 0x0c)
            case .link: RGBColour(0x1d, 0x70, 0xb8)
            case .focus: RGBColour(0xff, 0xdd, 0x00)
            }
        }

        /// The colours it must stand out from, what each is, and the ratio WCAG 2.2 AA asks
        /// for: 4.5:1 for text, 3:1 for other marks.
        public var neighbours: [(colour: RGBColour, what: String, minimum: Double)] {
            let white = RGBColour(0xff, 0xff, 0xff)
            let panel = RGBColour(0xf3, 0xf2, 0xf1)
            let text = RGBColour(0x0b, 0x0c, 0x0c)
            switch self {
            case .primary: return [(panel, "the navigation's grey #f3f2f1, under the current page's link", 3)]
            case .header:
                return [(white, "the header's white text", 4.5), (panel, "the header's as-at date, #f3f2f1", 4.5)]
            case .link: return [(white, "the page's white", 4.5), (panel, "the navigation's grey #f3f2f1", 4.5)]
            case .focus: return [(text, "the dark text #0b0c0c of a focused link", 4.5)]
            }
        }
    }

    /// The colours the settings give, by role.
    public var colours: [Role: RGBColour] = [:]

    /// No colours of the council's own: the stylesheet's.
    public init() {}

    /// The custom properties to set, in the order of `Role.allCases`: only those given.
    public var properties: [(name: String, value: String)] {
        Role.allCases.compactMap { role in colours[role].map { (role.property, $0.hex) } }
    }
}

/// A colour written `#rgb` or `#rrggbb`, the only forms settings accept, so a value can hold
/// nothing but hex digits wherever it lands.
public struct RGBColour: Sendable, Equatable {
    public let red: UInt8
    public let green: UInt8
    public let blue: UInt8

    /// A colour from its three channels.
    public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Reads `#rgb` or `#rrggbb` (either case); nil for anything else.
    public static func parse(_ text: String) -> RGBColour? {
        let digits = Array(text.utf8)
        guard digits.first == UInt8(ascii: "#"), digits.count == 4 || digits.count == 7 else { return nil }
        var values: [UInt8] = []
        for byte in digits.dropFirst() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): values.append(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): values.append(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): values.append(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }
        if values.count == 3 { return RGBColour(values[0] * 17, values[1] * 17, values[2] * 17) }
        return RGBColour(values[0] * 16 + values[1], values[2] * 16 + values[3], values[4] * 16 + values[5])
    }

    /// `#rrggbb`, in lower case.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        return "#" + String([red, green, blue].flatMap { [digits[Int($0 / 16)], digits[Int($0 % 16)]] })
    }

    /// WCAG 2.2's relative luminance.
    public var luminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2.2's contrast ratio with another colour, from 1 to 21.
    public func contrast(with other: RGBColour) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// A ratio as messages show it, rounded down to one decimal place (`4.4:1`, `3:1`), so a colour
    /// just short of the minimum is never shown as meeting it.
    public static func ratioText(_ ratio: Double) -> String {
        let tenths = Int((ratio * 10).rounded(.down))
        return tenths % 10 == 0 ? "\(tenths / 10):1" : "\(tenths / 10).\(tenths % 10):1"
    }
}
