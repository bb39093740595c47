/// CutEngine: the training engine for differentiable selection cuts and small networks.
///
/// Random streams compatible with numpy's legacy `RandomState`, data sets, relaxations of hard
/// cuts, losses, modules, optimizers, the training loop and scans. No plotting, no report I/O.
public enum CutEngine {
    /// The engine's version; part of every cache key, so bump it when results change.
    public static let version = "0.1.1"
}
