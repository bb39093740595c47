extension Gallery {
    static var miscEntries: [Entry] { [] }
}
