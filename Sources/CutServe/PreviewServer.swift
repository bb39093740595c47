import FlyingFox
import FlyingSocks
import Foundation

/// The preview's HTTP side, on FlyingFox: the site folder's files on 127.0.0.1 only, HTML with
/// the reload hook (and the error overlay) added as it is sent, and the event stream the hook
/// listens to. Nothing is served from outside the site folder (`SiteFiles`); every response
/// says `Cache-Control: no-store`, so a reload always shows the latest build.
///
/// ```swift
/// let server = PreviewServer(port: 0, site: SiteFiles(root: "build/quickstart"), status: status)
/// Task { try await server.run() }
/// print(try await server.boundPort())  // the port the system picked
/// ```
struct PreviewServer: Sendable {
    let server: HTTPServer
    let site: SiteFiles
    let status: PreviewStatus

    /// A server for `site` on 127.0.0.1:`port` (0 lets the system pick a free port).
    init(port: UInt16, site: SiteFiles, status: PreviewStatus) throws {
        self.site = site
        self.status = status
        server = HTTPServer(
            address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled)
    }

    /// Listens and answers until the task is cancelled; throws when the port cannot be bound.
    func run() async throws {
        let status = status
        await server.appendRoute(HTTPRoute(method: .GET, path: PreviewPage.eventsPath)) { _ in
            HTTPResponse(
                statusCode: .ok,
                headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                body: await status.events.subscribe())
        }
        let files = self
        await server.appendRoute("*") { request in await files.respond(to: request) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask { await status.events.keepAlive() }
            try await group.next()
            group.cancelAll()
        }
    }

    /// The port the server listens on, once it does (waits up to 5 s).
    func boundPort() async throws -> UInt16 {
        try await server.waitUntilListening(timeout: 5)
        guard case .ip4(_, let port) = await server.listeningAddress else {
            throw SocketError.unsupportedAddress
        }
        return port
    }

    /// The answer to one request for a site file.
    func respond(to request: HTTPRequest) async -> HTTPResponse {
        guard request.method == .GET else {
            return HTTPResponse(
                statusCode: .methodNotAllowed, headers: [HTTPHeader("Allow"): "GET"])
        }
        // The path as sent, percent-decoded but not normalised: a `..` in it is refused rather
        // than silently resolved.
        let path = request.target.path(percentEncoded: false)
        let (build, failure) = await status.shown
        guard let url = site.file(for: path) else {
            let wantsPage = path.hasSuffix("/") || path.hasSuffix(".html")
            if wantsPage && site.file(for: "/") == nil {
                return Self.response(
                    .serviceUnavailable, type: SiteFiles.mediaTypes["html"]!,
                    body: Data(PreviewPage.placeholder(build: build, failure: failure).utf8))
            }
            return Self.response(.notFound, type: "text/plain; charset=utf-8", body: Data())
        }
        let type = SiteFiles.contentType(of: url)
        if url.pathExtension.lowercased() == "html" {
            guard let data = FileManager.default.contents(atPath: url.path) else {
                return Self.response(.notFound, type: "text/plain; charset=utf-8", body: Data())
            }
            let page = PreviewPage.inject(
                into: String(decoding: data, as: UTF8.self), build: build, failure: failure)
            return Self.response(.ok, type: type, body: Data(page.utf8))
        }
        guard let body = try? HTTPBodySequence(file: url) else {
            return Self.response(.notFound, type: "text/plain; charset=utf-8", body: Data())
        }
        return HTTPResponse(
            statusCode: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: body)
    }

    private static func response(_ code: HTTPStatusCode, type: String, body: Data)
        -> HTTPResponse
    {
        HTTPResponse(
            statusCode: code, headers: [.contentType: type, .cacheControl: "no-store"],
            body: body)
    }
}

/// What the served pages show: the name of the latest build (it changes with every build
/// whose result a page would show differently) and, after a failed rebuild, its errors.
actor PreviewStatus {
    /// The event stream that tells open pages about new builds.
    let events: BuildEvents
    /// Tells this server's builds apart from those of an earlier run a page may have seen.
    private let session: String
    private var count = 0
    private var failure: String?

    init() {
        let session = String(UUID().uuidString.prefix(8)).lowercased()
        self.session = session
        events = BuildEvents(current: "\(session)-0")
    }

    /// The latest build's name and its failure text (nil after a good build).
    var shown: (build: String, failure: String?) {
        ("\(session)-\(count)", failure)
    }

    /// Records a new build (good when `failure` is nil) and tells every open page.
    func advance(failure: String?) async {
        count += 1
        self.failure = failure
        await events.publish("\(session)-\(count)")
    }
}
