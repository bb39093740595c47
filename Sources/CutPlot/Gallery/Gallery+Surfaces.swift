extension Gallery {
    static var surfaceEntries: [Entry] { [] }
}
