import {stat} from 'node:fs/promises'
import {basename, extname, isAbsolute, join, relative, sep} from 'node:path'
import {glob} from 'tinyglobby'

/** One line of JSON Lines input: its text, or how large it was when over the limit. */
export type InputLine = {lineNumber: number; line: string} | {lineNumber: number; tooLarge: number}

const NEWLINE = 0x0a
const BOM = '\uFEFF'

/**
 * Split a byte stream into lines, holding at most `maxBytes` of one line:
 * a longer line is skipped to its end and reported by its size, so one
 * runaway record (a missing newline in a multi-GB file) neither fills the
 * memory nor swallows its neighbours. Blank lines are skipped; line numbers
 * count them. Reading waits while the consumer is busy (async iteration),
 * which is the backpressure.
 *
 * A last line without a newline is a record when the stream ended at its
 * end; when `cutShort()` says it was stopped (Ctrl-C), that line is half
 * read and is dropped: reported, it would be an `invalid-json` record that
 * is not in the input.
 */
export async function* readLines(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxBytes: number,
  cutShort: () => boolean = () => false
): AsyncGenerator<InputLine, void, undefined> {
  let parts: Buffer[] = []
  let bytes = 0
  let skipping = false
  let lineNumber = 0

  const take = (): InputLine | null => {
    lineNumber++
    if (skipping) {
      skipping = false
      const tooLarge = bytes
      bytes = 0
      return {lineNumber, tooLarge}
    }
    let line = parts.length === 1 ? (parts[0] as Buffer).toString('utf8') : Buffer.concat(parts, bytes).toString('utf8')
    parts = []
    bytes = 0
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (lineNumber === 1 && line.startsWith(BOM)) line = line.slice(1)
    return /\S/.test(line) ? {lineNumber, line} : null
  }

  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw
    let start = 0
    while (start <= chunk.length) {
      const newline = chunk.indexOf(NEWLINE, start)
      const end = newline === -1 ? chunk.length : newline
      const size = end - start
      if (!skipping && bytes + size > maxBytes) {
        skipping = true
        parts = []
      }
      if (!skipping && size > 0) parts.push(chunk.subarray(start, end))
      bytes += size
      if (newline === -1) break
      const item = take()
      if (item) yield item
      start = newline + 1
    }
  }
  if ((bytes > 0 || skipping) && !cutShort()) {
    const item = take()
    if (item) yield item
  }
}

/**
 * A file to clean (`name` is where its output goes under `--out-dir`,
 * without extension), an argument that names nothing, or a folder with no
 * file of the extensions taken.
 */
export type InputFile = {path: string; name: string} | {path: string; missing: true} | {path: string; empty: true}

/**
 * The files named by the arguments, in order: a file as is; a folder's files
 * with one of `extensions`, at any depth, sorted; anything else as a glob
 * (from the working directory), sorted. An argument that names nothing, and
 * a folder with no file to take, are reported, to become error records. `onListed` hears how many
 * records each argument gives before they come (for the progress bar).
 */
export async function* listInputFiles(args: readonly string[], extensions: readonly string[], onListed: (files: number) => void = () => {}): AsyncGenerator<InputFile, void, undefined> {
  const pattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`
  for (const arg of args) {
    const found = await stat(arg).catch(() => null)
    if (found?.isDirectory()) {
      const files = await glob(pattern, {cwd: arg, onlyFiles: true, caseSensitiveMatch: false})
      onListed(Math.max(1, files.length))
      if (files.length === 0) yield {path: arg, empty: true}
      const names = outputNames(files, (file) => file)
      for (const file of files.sort()) yield {path: join(arg, file), name: names.get(file) as string}
    } else if (found) {
      onListed(1)
      yield {path: arg, name: outputName(arg)}
    } else {
      const files = await glob(arg, {onlyFiles: true})
      onListed(Math.max(1, files.length))
      if (files.length === 0) yield {path: arg, missing: true}
      const names = outputNames(files, localPath)
      for (const file of files.sort()) yield {path: file, name: names.get(file) as string}
    }
  }
}

/** The output name of a file named directly: its path from here, or its base name when that leaves the folder. */
function outputName(path: string): string {
  return withoutExtension(localPath(path))
}

function localPath(path: string): string {
  const local = relative('.', path)
  return isAbsolute(local) || local.startsWith(`..${sep}`) || local === '..' ? basename(path) : local
}

/**
 * Output names for a listing, without extension, except where two files
 * differ only by it (`a.txt`, `a.html`): those keep it (`a.txt`, `a.html`,
 * then `.md` is added), so that neither overwrites the other.
 */
function outputNames(files: readonly string[], toLocal: (file: string) => string): Map<string, string> {
  const stems = new Map<string, number>()
  for (const file of files) {
    const stem = withoutExtension(toLocal(file))
    stems.set(stem, (stems.get(stem) ?? 0) + 1)
  }
  return new Map(
    files.map((file) => {
      const local = toLocal(file)
      const stem = withoutExtension(local)
      return [file, (stems.get(stem) ?? 0) > 1 ? local : stem]
    })
  )
}

function withoutExtension(path: string): string {
  const extension = extname(path)
  return extension === '' ? path : path.slice(0, -extension.length)
}
