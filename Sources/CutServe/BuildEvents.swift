import FlyingFox
import FlyingSocks
import Foundation

/// The server-sent event stream of `/__cutbook/events`: each open page subscribes, hears the
/// current build at once (so a page fetched just before a rebuild still learns of it) and then
/// every new one, as `event: build` with the build's name as data.
///
/// ```swift
/// let events = BuildEvents(current: "a1b2-1")
/// let body = await events.subscribe()  // an endless HTTP body for one page
/// await events.publish("a1b2-2")        // every open page reloads
/// ```
actor BuildEvents {
    /// Seconds between comment lines that keep idle streams open and drop closed ones.
    static let heartbeatSeconds: UInt64 = 15

    private var current: String
    private var subscribers: [UUID: AsyncStream<[UInt8]>.Continuation] = [:]

    /// Starts with `current` as the build every new subscriber hears first.
    init(current: String) {
        self.current = current
    }

    /// How many pages listen; for tests.
    var subscriberCount: Int { subscribers.count }

    /// A new subscriber's stream as an HTTP body (chunked, endless).
    func subscribe() -> HTTPBodySequence {
        let id = UUID()
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(
            bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { _ in
            Task { await self.remove(id) }
        }
        // `retry` makes a page reconnect quickly after the server restarts.
        continuation.yield(Array("retry: 500\n".utf8) + Self.event(current))
        subscribers[id] = continuation
        return HTTPBodySequence(from: EventBytes(stream: stream))
    }

    /// Tells every subscriber that `build` is the latest build.
    func publish(_ build: String) {
        current = build
        for continuation in subscribers.values { continuation.yield(Self.event(build)) }
    }

    /// Sends a comment line to every subscriber, every `heartbeatSeconds`, until cancelled; a
    /// stream whose page has gone fails to write and ends.
    func keepAlive() async {
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: Self.heartbeatSeconds * 1_000_000_000)
            for continuation in subscribers.values { continuation.yield(Array(": \n\n".utf8)) }
        }
    }

    private func remove(_ id: UUID) {
        subscribers[id] = nil
    }

    /// The bytes of one `build` event.
    static func event(_ build: String) -> [UInt8] {
        Array("event: build\ndata: \(build)\n\n".utf8)
    }
}

/// The bytes of an event stream as the buffered sequence FlyingFox writes a body from: each
/// event is handed out as soon as it is yielded, never held back to fill a buffer.
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8

    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: stream.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            if pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = event[...]
            }
            let buffer = pending.prefix(Swift.max(count, 1))
            pending = pending.dropFirst(buffer.count)
            return buffer
        }
    }
}
