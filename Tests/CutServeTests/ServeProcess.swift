import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A running `cutbook serve` for the end-to-end tests, and requests to it over a plain socket
/// (so the request path goes out exactly as written, `..` included).
final class ServeProcess {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `cutbook` executable next to the test bundle (or in `.build/release`), if built.
    static let binary: URL? = {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL {
            candidates.append(
                executable.deletingLastPathComponent().appendingPathComponent("cutbook"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/release/cutbook"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    let process = Process()
    let port: UInt16
    private let errors = Pipe()

    /// Starts `cutbook serve ARGUMENTS --port 0` in `folder` and waits for the URL it prints.
    init(in folder: URL, arguments: [String]) throws {
        let output = Pipe()
        process.executableURL = Self.binary
        process.currentDirectoryURL = folder
        process.arguments = ["serve"] + arguments + ["--port", "0"]
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        var printed = ""
        let deadline = Date().addingTimeInterval(30)
        while !printed.contains("/ (Ctrl-C stops)") && Date() < deadline && process.isRunning {
            printed += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        guard let range = printed.range(of: #"127\.0\.0\.1:[0-9]+"#, options: .regularExpression),
            let port = UInt16(printed[range].split(separator: ":")[1])
        else { throw ServeTestError("no URL printed: \(printed)") }
        self.port = port
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Sends Ctrl-C and returns the exit status and what was printed to standard error.
    func interrupt() -> (status: Int32, errors: String) {
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let text = errors.fileHandleForReading.readDataToEndOfFile()
        return (process.terminationStatus, String(decoding: text, as: UTF8.self))
    }

    /// `GET target` as sent; the status code and the body.
    func get(_ target: String) throws -> (status: Int, body: String) {
        try Self.get(target, port: port)
    }

    /// `GET target` as sent to 127.0.0.1:`port`; the status code and the body.
    static func get(_ target: String, port: UInt16) throws -> (status: Int, body: String) {
        let socket = try connect(port: port)
        defer { close(socket) }
        let request = "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        var response = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        // Until the server closes, or for at most 2 s of silence (a server that keeps the
        // connection open).
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            response.append(contentsOf: buffer[0..<count])
        }
        let text = String(decoding: response, as: UTF8.self)
        guard let statusText = text.split(separator: " ", maxSplits: 2).dropFirst().first,
            let status = Int(statusText), let split = text.range(of: "\r\n\r\n")
        else { throw ServeTestError("not an HTTP response: \(text.prefix(200))") }
        return (status, String(text[split.upperBound...]))
    }

    /// Polls `GET target` every 50 ms until `condition` holds for the body or `seconds` pass;
    /// returns the last body and the seconds waited.
    func waitFor(
        _ target: String, seconds: Double, until condition: (String) -> Bool
    ) throws -> (body: String, waited: Double) {
        let start = Date()
        var body = ""
        while Date().timeIntervalSince(start) < seconds {
            let response = try get(target)
            body = response.body
            if response.status == 200 && condition(body) { break }
            usleep(50_000)
        }
        return (body, Date().timeIntervalSince(start))
    }

    /// An open `GET /__cutbook/events`; read it with `readEvents`.
    func openEvents() throws -> Int32 {
        let socket = try Self.connect(port: port)
        let request = "GET /__cutbook/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        _ = request.withCString { send(socket, $0, strlen($0), 0) }
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return socket
    }

    /// Reads from an event stream until what was received meets `condition` or `seconds`
    /// pass; returns everything read and the seconds it took.
    static func readEvents(
        _ socket: Int32, seconds: Double, until condition: (String) -> Bool
    ) -> (String, Double) {
        let start = Date()
        var received = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !condition(received) && Date().timeIntervalSince(start) < seconds {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count > 0 { received += String(decoding: buffer[0..<count], as: UTF8.self) }
        }
        return (received, Date().timeIntervalSince(start))
    }

    private static func connect(port: UInt16) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(socket)
            throw ServeTestError("cannot connect to 127.0.0.1:\(port)")
        }
        return socket
    }
}

/// A test step that could not be carried out.
struct ServeTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
