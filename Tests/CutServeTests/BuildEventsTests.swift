import FlyingFox
import Foundation
import Testing

@testable import CutServe

/// A page's event stream starts with the current build and then hears every new one.
struct BuildEventsTests {
    @Test func aSubscriberHearsTheCurrentBuildThenTheNext() async throws {
        let events = BuildEvents(current: "s-4")
        let body = await events.subscribe()
        #expect(await events.subscriberCount == 1)
        var iterator = body.makeAsyncIterator()
        let first = String(decoding: try await iterator.next() ?? Data(), as: UTF8.self)
        #expect(first.contains("retry: 500\n"))
        #expect(first.contains("event: build\ndata: s-4\n\n"))
        await events.publish("s-5")
        let second = String(decoding: try await iterator.next() ?? Data(), as: UTF8.self)
        #expect(second.contains("event: build\ndata: s-5\n\n"))
    }

    @Test func theStatusNamesEachBuildAnew() async {
        let status = PreviewStatus()
        let first = await status.shown
        await status.advance(failure: "a.md:1:1: error: x")
        let failed = await status.shown
        #expect(failed.build != first.build)
        #expect(failed.failure == "a.md:1:1: error: x")
        await status.advance(failure: nil)
        let good = await status.shown
        #expect(good.build != failed.build && good.failure == nil)
    }
}
