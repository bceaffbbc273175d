import {createHash} from 'node:crypto'
import {readFileSync, statSync} from 'node:fs'
import {extname} from 'node:path'
import {createCleaner, DEFAULTS, type Article, type CleanInput, type Options} from '../index.js'
import {idOf, isBatchId, toBatchError, type BatchError, type BatchId, type BatchInput} from './records.js'

/**
 * What the thread that cleans does with an article: hand it back as an
 * object (`cleanMany`), or turn it into what the CLI writes. The CLI's work
 * happens there, on the worker, so that the main thread only moves strings:
 * with it parsing and printing every article, it would be the bottleneck.
 * Files for `markdown` and `text` are written by the main thread, which
 * alone sees every record and so can give each its own name.
 */
export type TaskOutput = {format: 'article'} | {format: 'jsonl'; tree: boolean} | {format: 'markdown' | 'text'}

/** Everything a cleaning thread needs, sent once when it starts (the profile too). */
export interface TaskSettings {
  /** Cleaner options, `profile` included. */
  options: Options
  output: TaskOutput
}

/** One unit of work. */
export type Task =
  /** A `cleanMany` input. */
  | {kind: 'input'; input: BatchInput}
  /** A JSON Lines record, parsed where it is cleaned. */
  | {kind: 'line'; line: string; lineNumber: number}
  /** A file to read and clean; `name` is its output path under the output folder, without extension. */
  | {kind: 'file'; path: string; name: string}

/** What came of a task. `id` is the record's id (for the CLI, its line number or path when it has none). */
export type TaskOutcome =
  | {ok: true; id: BatchId | undefined; article: Article}
  | {ok: true; id: BatchId | undefined; output: string}
  /** A file to write: `name` is its path under the output folder, without extension. */
  | {ok: true; id: BatchId | undefined; file: {name: string; content: string}}
  | {ok: false; id: BatchId | undefined; error: BatchError}

/** Runs tasks with one cleaner: options are checked, and the profile loaded, once per thread. */
export type TaskRunner = (task: Task) => TaskOutcome

/**
 * Make the function that runs tasks, on a worker thread or on the caller's.
 * @throws {InvalidInputError} when the options are invalid.
 */
export function createTaskRunner(settings: TaskSettings): TaskRunner {
  const cleaner = createCleaner(settings.options)
  const maxBytes = settings.options.maxInputBytes ?? DEFAULTS.maxInputBytes

  function finish(id: BatchId | undefined, input: CleanInput, article: Article, name: string): TaskOutcome {
    const {output} = settings
    if (output.format === 'article') return {ok: true, id, article}
    if (output.format === 'jsonl') {
      const {tree, ...rest} = article
      return {ok: true, id, output: JSON.stringify({id, ...sourceFields(input), ...(output.tree ? article : rest)})}
    }
    return {ok: true, id, file: {name, content: output.format === 'markdown' ? article.markdown : toPlainText(article)}}
  }

  return (task) => {
    let id: BatchId | undefined
    try {
      if (task.kind === 'input') {
        id = idOf(task.input)
        return finish(id, task.input, cleaner.clean(task.input), '')
      }
      if (task.kind === 'line') {
        const parsed = parseRecord(task.line, task.lineNumber)
        id = parsed.id
        if ('error' in parsed) return {ok: false, id, error: parsed.error}
        return finish(id, parsed.input, cleaner.clean(parsed.input), fileNameFor(id))
      }
      id = task.path
      const read = readInputFile(task.path, maxBytes)
      if ('error' in read) return {ok: false, id, error: read.error}
      return finish(id, read.input, cleaner.clean(read.input), task.name)
    } catch (error) {
      return {ok: false, id, error: toBatchError(error)}
    }
  }
}

/** The title, a blank line, then the body: the article as a person reads it. */
function toPlainText(article: Article): string {
  return article.title === null ? `${article.text}\n` : `${article.title}\n\n${article.text}\n`
}

/** `url` and `site` from the record, so that a result can be traced to its page. */
function sourceFields(input: CleanInput): {url?: string; site?: string} {
  if (typeof input !== 'object') return {}
  const fields: {url?: string; site?: string} = {}
  if (typeof input.url === 'string') fields.url = input.url
  if (typeof input.site === 'string') fields.site = input.site
  return fields
}

/**
 * Parse one JSON Lines record. Its id is its `id`, or its line number when it
 * has none, so that every result and error can be joined back to its line.
 * Messages do not say where the record is: the CLI puts that in front of
 * every error alike.
 */
export function parseRecord(line: string, lineNumber: number): {id: BatchId; input: CleanInput} | {id: BatchId; error: BatchError} {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return {id: lineNumber, error: {code: 'invalid-json', message: `Not valid JSON: ${(error as Error).message}`}}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {id: lineNumber, error: {code: 'invalid-input', message: 'Not a JSON object with a "text" or "html" string'}}
  }
  const rawId = (value as {id?: unknown}).id
  if (rawId !== undefined && rawId !== null && !isBatchId(rawId)) {
    return {id: lineNumber, error: {code: 'invalid-input', message: 'The "id" is neither a string nor a number'}}
  }
  return {id: isBatchId(rawId) ? rawId : lineNumber, input: value as CleanInput}
}

/**
 * Read a file as the kind of input its extension says; other files are
 * detected. HTML is passed as bytes, so that the page's own `<meta charset>`
 * decides how it is decoded (a page in windows-1252 is not UTF-8).
 */
function readInputFile(path: string, maxBytes: number): {input: CleanInput} | {error: BatchError} {
  const extension = extname(path).toLowerCase()
  try {
    // Size before reading: a huge file is refused without loading it.
    const {size} = statSync(path)
    if (size > maxBytes) return {error: {code: 'input-too-large', message: `${size} bytes, over the limit of ${maxBytes} bytes (--max-bytes)`}}
    if (extension === '.html' || extension === '.htm') return {input: {html: readFileSync(path)}}
    const text = readFileSync(path, 'utf8')
    return {input: extension === '.txt' ? {text} : text}
  } catch (error) {
    return {error: {code: 'read-failed', message: (error as Error).message}}
  }
}

const SAFE_NAME_CHARS = /^[\w.-]$/
const MAX_NAME_CHARS = 180

/**
 * A file name for a record id that cannot escape the output folder and never
 * gives two ids the same name: every character outside `[A-Za-z0-9_.-]` is
 * percent-encoded (`/` too). Very long ids are cut and given a hash suffix.
 */
export function fileNameFor(id: BatchId): string {
  let name = ''
  for (const char of String(id)) {
    if (SAFE_NAME_CHARS.test(char)) name += char
    else for (const byte of Buffer.from(char, 'utf8')) name += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  if (name.length <= MAX_NAME_CHARS) return name
  return `${name.slice(0, MAX_NAME_CHARS)}-${createHash('sha256').update(String(id)).digest('hex').slice(0, 12)}`
}
