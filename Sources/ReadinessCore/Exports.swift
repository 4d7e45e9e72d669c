// The library is one target per pipeline stage (docs/design.md); `import ReadinessCore` brings
// them all, as it did when they were one.
@_exported import ReadinessCompute
@_exported import ReadinessInput
@_exported import ReadinessModel
@_exported import ReadinessRender
@_exported import ReadinessWrite
