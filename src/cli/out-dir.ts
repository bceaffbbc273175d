import {createHash} from 'node:crypto'
import {mkdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'

/**
 * The files of `--format markdown|text`, one per article, where no record
 * takes another's file (issue 22: ids `1` and `"1"`, a record without an id
 * on line 3 and one with id `"3"`, and `a.txt` from two folders all wrote
 * the same file). A name already given in this run gets `~2`, `~3`… before
 * its extension (`~` never comes out of an id: ids are percent-encoded).
 * Names are compared as a case-insensitive file system would (`A.md` and
 * `a.md` are one file on macOS and Windows), so a run's output is the same
 * everywhere. A file left by an earlier run is replaced.
 *
 * It runs on the main thread, which sees every record: with the records in
 * input order (the default), which one keeps the plain name is decided by
 * that order; with `--unordered`, by which finishes first.
 */
export interface OutDirWriter {
  /**
   * Write one article's file under a name no other record of the run has.
   * @param name The path under the folder, without extension.
   * @returns The path written.
   * @throws the file system's error when the file cannot be written.
   */
  write(name: string, content: string): string
}

/**
 * Names given are remembered by a 48-bit hash, not by their text, so that a
 * run of millions of records holds a number per record: a false match (about
 * one in 300 runs of a million records) only adds a needless suffix.
 */
function nameKey(path: string): number {
  return createHash('sha256').update(path.normalize('NFC').toLowerCase()).digest().readUIntBE(0, 6)
}

/**
 * @param outDir The folder (created when missing, with the subfolders names need).
 * @param extension `md` or `txt`.
 */
export function createOutDirWriter(outDir: string, extension: string): OutDirWriter {
  const given = new Set<number>()
  const madeDirs = new Set<string>()
  return {
    write(name, content) {
      let file = join(outDir, `${name}.${extension}`)
      for (let copy = 2; given.has(nameKey(file)); copy++) file = join(outDir, `${name}~${copy}.${extension}`)
      given.add(nameKey(file))
      const dir = dirname(file)
      if (!madeDirs.has(dir)) {
        mkdirSync(dir, {recursive: true})
        madeDirs.add(dir)
      }
      writeFileSync(file, content)
      return file
    }
  }
}
