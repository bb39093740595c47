extension Messages {
    /// The note for a cache entry whose bytes belong to another result (copied from another
    /// entry's file): the result is computed again.
    static func cacheEntryHoldsAnotherResult(_ directive: Directive) -> String {
        "cache entry of \(directive.location) holds another result: recomputing"
    }

    /// The note for a damaged cache entry: the result is computed again.
    static func cacheEntryIsCorrupt(_ directive: Directive, reason: String) -> String {
        "cache entry of \(directive.location) is corrupt (\(reason)): recomputing"
    }

    /// The note for a cached book whose bytes belong to another book, or are damaged.
    static func bookCacheEntryUnsound(_ file: String, reason: String) -> String {
        "cached book \(file) \(reason): typesetting again"
    }
}
