import CQPDF
import Foundation

/// A PDF opened with qpdf's C API: its bytes (which qpdf reads in place, so they live as long
/// as the handle), the `qpdf_data` handle, and checked access to qpdf's object handles.
///
/// qpdf records an error instead of throwing across the C boundary; `check(_:)` turns the
/// recorded error, if any, into a `QPDFDocument.Problem` naming what was being done.
final class QPDFDocument {
    /// What qpdf could not do, in words.
    struct Problem: Error {
        var message: String
    }

    /// The `qpdf_data` handle.
    let handle: qpdf_data
    private let bytes: UnsafeMutableRawBufferPointer

    /// Opens `pdf`; `description` names it in qpdf's messages (`figure 3`).
    init(_ pdf: Data, description: String) throws(Problem) {
        bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: max(pdf.count, 1), alignment: 1)
        pdf.copyBytes(to: bytes)
        handle = qpdf_init()
        qpdf_silence_errors(handle)
        qpdf_set_suppress_warnings(handle, QPDF_TRUE)
        let status = qpdf_read_memory(
            handle, description, bytes.baseAddress!.assumingMemoryBound(to: CChar.self),
            UInt64(pdf.count), nil)
        if status & QPDF_ERRORS != 0 {
            let message = Self.lastError(handle) ?? "qpdf could not read it"
            var data: qpdf_data? = handle
            qpdf_cleanup(&data)
            bytes.deallocate()
            throw Problem(message: "\(description): \(message)")
        }
    }

    deinit {
        var data: qpdf_data? = handle
        qpdf_cleanup(&data)
        bytes.deallocate()
    }

    /// Throws the error qpdf recorded while doing `operation`, if it recorded one.
    func check(_ operation: String) throws(Problem) {
        guard qpdf_has_error(handle) != QPDF_FALSE else { return }
        throw Problem(
            message: "\(operation): \(Self.lastError(handle) ?? "qpdf gave no reason")")
    }

    /// The number of pages.
    var pageCount: Int { Int(qpdf_get_num_pages(handle)) }

    /// The page at `index` (from 0).
    func page(_ index: Int) -> qpdf_oh { qpdf_get_page_n(handle, index) }

    /// The value of `key` in the dictionary (or stream dictionary) `object`; a null object
    /// when it has none.
    func value(_ object: qpdf_oh, _ key: String) -> qpdf_oh {
        qpdf_oh_get_key(handle, object, key)
    }

    /// Sets `key` of the dictionary `object` to `item`.
    func set(_ object: qpdf_oh, _ key: String, _ item: qpdf_oh) {
        qpdf_oh_replace_key(handle, object, key, item)
    }

    /// A new object parsed from PDF syntax (`<< /Type /XObject >>`, `/Form`, `[0 0 1 1]`).
    func parse(_ syntax: String) -> qpdf_oh { qpdf_oh_parse(handle, syntax) }

    /// A new indirect stream holding `data` unfiltered (qpdf compresses it when writing).
    func stream(_ data: [UInt8]) -> qpdf_oh {
        let stream = qpdf_oh_new_stream(handle)
        let null = qpdf_oh_new_null(handle)
        data.withUnsafeBufferPointer {
            qpdf_oh_replace_stream_data(handle, stream, $0.baseAddress, $0.count, null, null)
        }
        return stream
    }

    /// The numbers of the array `object` (a `/MediaBox`), or nil when it is not an array of
    /// numbers.
    func numbers(_ object: qpdf_oh) -> [Double]? {
        guard qpdf_oh_is_array(handle, object) != QPDF_FALSE else { return nil }
        var values: [Double] = []
        for index in 0..<qpdf_oh_get_array_n_items(handle, object) {
            var value = 0.0
            let item = qpdf_oh_get_array_item(handle, object, index)
            guard qpdf_oh_get_value_as_number(handle, item, &value) != QPDF_FALSE else {
                return nil
            }
            values.append(value)
        }
        return values
    }

    /// The first page's media box (left, bottom, right, top), checked to enclose an area.
    /// - Throws: `Problem` when the document has no page or no sound `/MediaBox`.
    func firstPageBox() throws(Problem) -> [Double] {
        guard pageCount > 0 else { throw Problem(message: "the PDF has no page") }
        guard let box = numbers(value(page(0), "/MediaBox")), box.count == 4, box[2] > box[0],
            box[3] > box[1]
        else { throw Problem(message: "its page has no sound /MediaBox (no width and height)") }
        return box
    }

    /// Whether `object` is of the kind `test` checks (`qpdf_oh_is_stream`, …).
    func `is`(_ object: qpdf_oh, _ test: (qpdf_data?, qpdf_oh) -> QPDF_BOOL) -> Bool {
        test(handle, object) != QPDF_FALSE
    }

    /// The document written out with compressed streams, object streams and an /ID made from
    /// the contents, so the same book gives the same bytes.
    func written() throws(Problem) -> Data {
        qpdf_init_write_memory(handle)
        qpdf_set_deterministic_ID(handle, QPDF_TRUE)
        qpdf_set_compress_streams(handle, QPDF_TRUE)
        qpdf_set_stream_data_mode(handle, qpdf_s_compress)
        qpdf_set_object_stream_mode(handle, qpdf_o_generate)
        let status = qpdf_write(handle)
        if status & QPDF_ERRORS != 0 {
            throw Problem(message: "writing: \(Self.lastError(handle) ?? "qpdf gave no reason")")
        }
        guard let buffer = qpdf_get_buffer(handle) else {
            throw Problem(message: "writing: qpdf returned no bytes")
        }
        return Data(bytes: buffer, count: qpdf_get_buffer_length(handle))
    }

    private static func lastError(_ handle: qpdf_data) -> String? {
        guard qpdf_has_error(handle) != QPDF_FALSE, let error = qpdf_get_error(handle),
            let text = qpdf_get_error_full_text(handle, error)
        else { return nil }
        return String(cString: text)
    }
}
