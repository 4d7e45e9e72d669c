/// Facts about Readiness itself.
public enum ReadinessInfo {
    /// The version, shown in the manifest and by `readiness --version`.
    public static let version = "0.1.0"
}
