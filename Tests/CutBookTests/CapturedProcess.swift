import Foundation

/// A process a test starts with both outputs captured: the built `cutbook` unless another
/// executable is given. `start` and `finish` apart let several run at once.
struct CapturedProcess {
    /// How a finished process ended and what it wrote.
    struct Outcome {
        /// The exit status.
        var status: Int32
        /// Its standard output.
        var out: String
        /// Its standard error.
        var err: String
    }

    private let process = Process()
    private let out = Pipe()
    private let err = Pipe()

    /// Starts `executable` (the built `cutbook`, `OutputKillTests.binary`, by default) with
    /// `arguments`, in `folder` when given.
    init(_ arguments: [String], executable: URL? = nil, in folder: URL? = nil) throws {
        process.executableURL = executable ?? OutputKillTests.binary!
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.standardOutput = out
        process.standardError = err
        try process.run()
    }

    /// Reads both outputs to their end and waits for the exit.
    func finish() -> Outcome {
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
            err: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `executable` with `arguments` to its end.
    static func run(_ arguments: [String], executable: URL? = nil, in folder: URL? = nil) throws
        -> Outcome
    {
        try CapturedProcess(arguments, executable: executable, in: folder).finish()
    }
}
