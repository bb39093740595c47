import CCairo
import Foundation

/// Turns a Cairo status into a `PlotError` (nil for success).
func cairoCheck(_ status: cairo_status_t, _ operation: String) throws {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    let text = String(cString: cairo_status_to_string(status))
    throw PlotError.cairo(operation: operation, status: text)
}

/// A Cairo surface, destroyed when the last Swift reference goes.
final class CairoSurface {
    let handle: OpaquePointer

    /// Takes ownership of a surface from a `cairo_*_surface_create*` call.
    init(owning handle: OpaquePointer, operation: String) throws {
        self.handle = handle
        try cairoCheck(cairo_surface_status(handle), operation)
    }

    deinit { cairo_surface_destroy(handle) }

    /// Finishes the surface (flushing vector output) and reports any error.
    func finish() throws {
        cairo_surface_finish(handle)
        try cairoCheck(cairo_surface_status(handle), "finishing the surface")
    }
}

/// A Cairo drawing context (`cairo_t`), the target `Figure.draw(into:width:height:)` draws into.
///
/// A PDF book that owns its own Cairo surface wraps its `cairo_t` with `init(retaining:)`
/// and lets a figure draw straight into it, keeping the figure vector.
public final class CairoContext {
    /// The wrapped `cairo_t`.
    public let handle: OpaquePointer
    private let surface: CairoSurface?

    /// Wraps an existing `cairo_t`, adding a reference that is released in `deinit`.
    public init(retaining handle: OpaquePointer) {
        self.handle = cairo_reference(handle)
        self.surface = nil
    }

    init(surface: CairoSurface) throws {
        self.surface = surface
        self.handle = cairo_create(surface.handle)
        try cairoCheck(cairo_status(handle), "creating a drawing context")
    }

    deinit { cairo_destroy(handle) }

    /// Throws if the context is in an error state.
    public func check(_ operation: String) throws {
        try cairoCheck(cairo_status(handle), operation)
    }
}

/// Collects bytes that Cairo writes to a stream (the figure files here, the book's PDF in
/// CutBook). The sink must outlive the surface that writes into it.
package final class ByteSink {
    /// The bytes written so far.
    package var data = Data()

    /// An empty sink.
    package init() {}

    /// The C callback for `cairo_*_for_stream` functions; `closure` is an unretained `ByteSink`.
    package static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
        sink.data.append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }

    /// The sink as the `closure` argument of `cairo_*_for_stream` (unretained).
    package var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}
