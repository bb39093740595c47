import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file-system operation on the output that failed: one line naming the path, the cause in
/// words and the fix (`cannot write 'X': no space left on device; free space or choose another
/// --out`), instead of a Foundation error dump.
///
/// ```swift
/// do {
///     let options = BuildOptions(reportDirectory: "reports/workshop")
///     _ = try await ReportBuilder.build(options, progress: .automatic())
/// } catch let failure as OutputFailure {
///     print("error: \(failure)")  // cannot write 'build/workshop': no space left on device; …
/// }
/// ```
public struct OutputFailure: Error, Sendable, CustomStringConvertible {
    /// The path the operation was on.
    public var path: String
    /// What was being done ("write", "create the folder", "replace").
    public var action: String
    /// The POSIX error number, when known.
    public var code: Int32?
    /// The cause in words, when `code` is unknown.
    public var reason: String

    /// A failure with the POSIX error `code` while doing `action` on `path`.
    init(path: String, action: String = "write", code: Int32) {
        self.path = path
        self.action = action
        self.code = code
        self.reason = String(cString: strerror(code))
    }

    /// A failure from any error thrown by a file operation on `path`: a Foundation
    /// `CocoaError`, an `NSError` with a POSIX error underneath, or a `POSIXError`.
    public init(path: String, action: String = "write", error: any Error) {
        self.path = path
        self.action = action
        if let failure = error as? OutputFailure {
            self = failure
            return
        }
        let code = Self.posixCode(of: error)
        self.code = code
        let nsError = error as NSError
        self.reason =
            code.map { String(cString: strerror($0)) }
            ?? (nsError.userInfo[NSLocalizedDescriptionKey] as? String ?? "unknown error")
        if let filePath = nsError.userInfo[NSFilePathErrorKey] as? String, !filePath.isEmpty {
            self.path = filePath
        }
    }

    /// The one-line message.
    public var description: String {
        "cannot \(action) '\(path)': \(cause); \(fix)"
    }

    /// The cause in words.
    var cause: String {
        switch code {
        case ENOSPC: "no space left on device"
        case EDQUOT: "disk quota exceeded"
        case EROFS: "the file system is read-only"
        case EACCES, EPERM: "permission denied"
        case EBUSY: "the folder is in use (a mount point or open elsewhere)"
        case ENOTDIR: "a part of the path is a file, not a folder"
        case EEXIST, ENOTEMPTY: "something is already there"
        case ENOENT: "a folder on the way does not exist"
        case ENAMETOOLONG: "the path is too long"
        case ELOOP: "too many symbolic links on the way"
        default: reason.lowercased()
        }
    }

    /// How to fix it.
    var fix: String {
        switch code {
        case ENOSPC, EDQUOT: "free space or choose another --out"
        case EROFS: "choose another --out on a writable file system"
        case EACCES, EPERM: "make the folder writable or choose another --out"
        case EBUSY: "unmount or close it, or choose another --out"
        case ENOTDIR: "remove that file or choose another --out"
        case EEXIST, ENOTEMPTY: "remove it or choose another --out"
        default: "check the path or choose another --out"
        }
    }

    /// The cause of a file error in a few words ("no space left on device"), for notes that
    /// name their own path.
    static func cause(of error: any Error) -> String {
        OutputFailure(path: "", error: error).cause
    }

    /// The POSIX error number behind `error`, if one can be found.
    static func posixCode(of error: any Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return Int32(nsError.code) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
            let code = posixCode(of: underlying)
        {
            return code
        }
        guard nsError.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteVolumeReadOnly: return EROFS
        case .fileWriteNoPermission, .fileReadNoPermission: return EACCES
        case .fileWriteFileExists: return EEXIST
        case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
        default: return nil
        }
    }
}
