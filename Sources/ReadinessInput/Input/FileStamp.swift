/// A file's identity and version as the file system reports them (size, modification and change
/// times to the nanosecond, inode and device), links followed: a cache keyed by it re-reads a file
/// whenever it is written, replaced (a new inode, as an editor's save by rename gives) or given
/// another name (a change time). Read with `FileAccess.fileStamp(of:)`.
package struct FileStamp: Sendable, Hashable {
    package var size: Int64
    package var modified: Int64
    package var changed: Int64
    package var inode: UInt64
    package var device: UInt64
}
