@testable import CutBook

/// The TeX parser behind `$…$` math: any text must give MathML or a `Problem`, never a crash.
func parseTeX(_ tex: String, display: Bool) {
    _ = try? MathML.convert(tex, display: display)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTeX(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let tex = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    parseTeX(tex, display: false)
    parseTeX(tex, display: true)
    return 0
}
