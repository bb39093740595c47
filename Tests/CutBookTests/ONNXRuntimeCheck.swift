import CutEngine
import Foundation
import Testing

@testable import CutBook

/// Runs `Fixtures/onnx/run_onnx.py` on a folder of exported models with their inputs and the
/// outputs CutBook expects: onnx.checker and ONNX Runtime (PyPI `onnx`, `onnxruntime`, which
/// `make deps` installs). Without Python or those packages the calling test fails and says
/// how to install them; it is never skipped.
enum ONNXRuntimeCheck {
    static let script = Support.fixtures.appendingPathComponent("onnx/run_onnx.py")

    /// One model to check: the file's bytes, its input and the expected output per event.
    struct Case {
        var name: String
        var onnx: Data
        var columns: [[Float]]
        var expected: [Float]
    }

    /// Writes the cases and runs the script; returns its exit status and output.
    static func run(_ cases: [Case]) throws -> (status: Int32, output: String) {
        let folder = try Support.temporaryFolder()
        for item in cases {
            try item.onnx.write(to: folder.appendingPathComponent("\(item.name).onnx"))
            try NpyFile.write(
                try NpyArray(columns: item.columns),
                to: folder.appendingPathComponent("\(item.name).x.npy"))
            try NpyFile.write(
                NpyArray(vector: item.expected),
                to: folder.appendingPathComponent("\(item.name).expected.npy"))
        }
        return try python([script.path, folder.path])
    }

    /// Runs python3 with `arguments` (in `folder`, if given): its exit status and output.
    static func python(_ arguments: [String], in folder: URL? = nil) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        if let folder { process.currentDirectoryURL = folder }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Fails the test unless every case passes, with the script's report.
    static func expectAllPass(_ cases: [Case]) throws {
        let (status, output) = try run(cases)
        #expect(
            status != 127,
            "python3 is not installed: ONNX export tests need python3 with onnx and onnxruntime (make deps)"
        )
        #expect(status != 2, "\(output)")
        #expect(status == 0, "ONNX Runtime disagrees with CutBook:\n\(output)")
        #expect(output.contains("models ok: \(cases.count), failed: 0"), "\(output)")
    }

    /// `count` events of `columns` columns, uniform in [−3, 3) from a fixed seed.
    static func events(count: Int, columns: Int, seed: UInt32 = 7) -> [[Float]] {
        var random = RandomState(seed: seed)
        return (0..<columns).map { _ in
            (0..<count).map { _ in Float(random.randomDouble() * 6 - 3) }
        }
    }
}
