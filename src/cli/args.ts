import {parseArgs} from 'node:util'
import type {Strictness} from '../index.js'

/** The output formats of the CLI. */
export type CliFormat = 'jsonl' | 'markdown' | 'text'

/** The command line, checked, with every default applied. */
export interface CliOptions {
  /** Files, folders and globs; empty reads JSON Lines from stdin. */
  inputs: string[]
  format: CliFormat
  /** File for the JSON Lines output, or `null` for stdout. */
  output: string | null
  /** Folder for one file per article (`markdown`, `text`). */
  outDir: string | null
  jobs: number
  ordered: boolean
  /** Milliseconds; Infinity for no limit. */
  timeoutMs: number
  maxBytes: number
  strictness: Strictness | null
  /** Path of a learned profile (JSON), or `null`. */
  profile: string | null
  /** Include the mdast tree in JSON Lines output. */
  tree: boolean
  /** Extensions taken from folders, without dots. */
  extensions: string[]
  quiet: boolean
  help: boolean
  version: boolean
}

/** A mistake on the command line: printed with a hint to `--help`, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export const HELP = `Usage: article-cleaner [options] [file | folder | glob ...]

Clean scraped pages into articles. With files, folders or globs, each file is
one page (.txt is a text dump, .html/.htm is HTML, anything else is detected),
except .jsonl/.ndjson files, read as JSON Lines. With no argument, or "-",
reads JSON Lines from stdin: one page a line,
{"text" | "html": "...", "url"?: "...", "id"?: "...", "site"?: "..."}.

Output: one JSON line per page, in input order: the article ({id, url?, site?,
title, byline, ..., paragraphs, text, markdown, removed, warnings}), or an
error record {id, line?, error: {code, message}} that never stops the run.

Options:
  -f, --format <jsonl|markdown|text>
                        jsonl (default): the articles as JSON Lines.
                        markdown, text: one .md or .txt file per article in
                        --out-dir (a name already given in the run gets ~2,
                        ~3...); the JSON Lines output then lists {id, file}
                        per article, and the error records
  -o, --output <file>   write the JSON Lines here instead of stdout
  -d, --out-dir <dir>   folder for --format markdown|text (created if missing)
  -j, --jobs <n>        worker threads (default: the number of cores); 1
                        cleans on the main thread, unless --timeout is set
      --unordered       write each result when it is ready, not in input order
  -t, --timeout <ms>    give up on a page after this long: it gets an error
                        record with code "timeout" (a page stuck in one step
                        has its worker stopped and replaced) (default: no
                        limit)
      --max-bytes <n>   pages (a JSON line, a file) over this many bytes get an
                        error record "input-too-large" (default: 10000000)
  -s, --strictness <precision|balanced|recall>
                        how eagerly uncertain lines are removed (default:
                        balanced)
  -p, --profile <file>  a learned profile (JSON from createCleaner().profile())
      --tree            include the mdast tree in the JSON Lines output
      --ext <list>      extensions taken from folders (default: txt,html,htm)
  -q, --quiet           no progress bar, no summary
  -h, --help            show this help
  -v, --version         show the version

Progress is shown on stderr when stderr is a terminal; a summary line ends
every run. Ctrl-C stops reading and finishes the pages under way (a second
Ctrl-C stops those too, as error records "interrupted"), writes everything
out, prints the summary, and exits with 130.

Exit codes: 0 every page cleaned; 1 some pages failed (see their error
records); 2 bad usage, or a file that cannot be opened; 130 interrupted.

Error codes: invalid-json, invalid-input, input-too-large, unsupported-input,
binary-input, parse-failed, read-failed, write-failed, timeout, worker-failed,
interrupted, clean-failed.

Examples:
  article-cleaner dumps/ > articles.jsonl
  article-cleaner 'crawl/**/*.txt' --format markdown --out-dir out/
  zcat pages.jsonl.gz | article-cleaner --jobs 8 --timeout 5000 -o articles.jsonl
`

/** Every flag, for parseArgs (the help above documents each; a test checks that). */
export const FLAGS = {
  format: {type: 'string', short: 'f'},
  output: {type: 'string', short: 'o'},
  'out-dir': {type: 'string', short: 'd'},
  jobs: {type: 'string', short: 'j'},
  unordered: {type: 'boolean'},
  timeout: {type: 'string', short: 't'},
  'max-bytes': {type: 'string'},
  strictness: {type: 'string', short: 's'},
  profile: {type: 'string', short: 'p'},
  tree: {type: 'boolean'},
  ext: {type: 'string'},
  quiet: {type: 'boolean', short: 'q'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

const FORMATS = new Set<string>(['jsonl', 'markdown', 'text'])
const STRICTNESS = new Set<string>(['precision', 'balanced', 'recall'])

/**
 * Parse and check the command line.
 * @param argv The arguments after the program's name.
 * @param cores The default for `--jobs`.
 * @throws {UsageError} on an unknown flag or a bad value.
 */
export function parseCliArgs(argv: readonly string[], cores: number): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: FLAGS
    })
  } catch (error) {
    throw new UsageError(describeBadFlag(argv) ?? (error as Error).message)
  }
  const {values, positionals} = parsed
  const format = values.format ?? 'jsonl'
  if (!FORMATS.has(format)) throw new UsageError(`--format must be jsonl, markdown or text, got ${JSON.stringify(format)}`)
  const outDir = values['out-dir'] ?? null
  if (format !== 'jsonl' && outDir === null) throw new UsageError(`--format ${format} writes one file per article: give the folder with --out-dir`)
  const strictness = values.strictness ?? null
  if (strictness !== null && !STRICTNESS.has(strictness)) throw new UsageError(`--strictness must be precision, balanced or recall, got ${JSON.stringify(strictness)}`)
  const extensions = (values.ext ?? 'txt,html,htm')
    .split(',')
    .map((ext) => ext.trim().replace(/^\./, '').toLowerCase())
    .filter((ext) => ext !== '')
  if (extensions.length === 0) throw new UsageError('--ext needs at least one extension')
  return {
    inputs: positionals.filter((input) => input !== '-'),
    format: format as CliFormat,
    output: values.output ?? null,
    outDir,
    jobs: values.jobs === undefined ? cores : wholeNumber('--jobs', values.jobs, 1),
    ordered: !(values.unordered ?? false),
    timeoutMs: values.timeout === undefined ? Number.POSITIVE_INFINITY : wholeNumber('--timeout', values.timeout, 1),
    maxBytes: values['max-bytes'] === undefined ? 10_000_000 : wholeNumber('--max-bytes', values['max-bytes'], 1),
    strictness: strictness as Strictness | null,
    profile: values.profile ?? null,
    tree: values.tree ?? false,
    extensions,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
    version: values.version ?? false
  }
}

/**
 * The first flag parseArgs refused, said as the other usage errors say
 * theirs (parseArgs's own text for an unknown flag leaves a quote open).
 */
function describeBadFlag(argv: readonly string[]): string | null {
  const {tokens} = parseArgs({args: [...argv], allowPositionals: true, strict: false, tokens: true, options: FLAGS})
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const flag = (FLAGS as Record<string, {type: 'string' | 'boolean'}>)[token.name]
    if (flag === undefined) return `Unknown option ${token.rawName} (a file whose name starts with - goes after --, as in: -- ${token.rawName})`
    if (flag.type === 'string' && token.value === undefined) return `${token.rawName} needs a value`
    if (flag.type === 'boolean' && token.value !== undefined) return `${token.rawName} takes no value, got ${JSON.stringify(token.value)}`
  }
  return null
}

function wholeNumber(flag: string, value: string, min: number): number {
  const number = Number(value)
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < min) {
    throw new UsageError(`${flag} must be a whole number of at least ${min}, got ${JSON.stringify(value)}`)
  }
  return number
}
