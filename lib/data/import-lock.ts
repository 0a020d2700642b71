import "server-only";

// The per-creator lock an import holds for its whole transaction (exclusive: one import per
// creator at a time) and a video added by hand takes for its own (shared: hand-added videos
// do not wait for each other). The import matches the file's videos against the creator's once,
// before it writes; the lock makes a hand-added video land either before that (the import then
// finds it) or after the import has committed, never in between, where an import could create
// the same video (same link, or same title and posting time) a second time.
// `$1` is the creator's id.
export const IMPORT_LOCK_KEY_SQL = `hashtextextended('tierline-import:' || $1::text, 0)`;
