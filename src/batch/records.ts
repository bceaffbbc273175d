import type {Article, HtmlInput, TextInput} from '../index.js'
import {isArticleCleanerError} from '../index.js'

/** A record's identifier, as the caller gave it. */
export type BatchId = string | number

/**
 * What {@link cleanMany} takes: anything `cleanArticle` takes, and on objects an
 * optional `id` that is copied to the result, so results can be joined back
 * to their pages (the `index` does that too).
 */
export type BatchInput = string | (TextInput & {id?: BatchId | undefined}) | (HtmlInput & {id?: BatchId | undefined})

/**
 * Stable codes of a failed record. The first six are the codes of the
 * library's errors (see `ErrorCode`); the rest come from running a batch.
 *
 * - `invalid-input`: not a string nor a `{text}` / `{html}` object (in the CLI:
 *   a JSON Lines record that is not such an object, or an `id` that is not a
 *   string or a number)
 * - `input-too-large`: over `maxInputBytes` (in the CLI: a line or a file over `--max-bytes`)
 * - `unsupported-input`: an input of a kind this version cannot clean
 * - `binary-input`: a binary file (an executable, an image), not text
 * - `parse-failed`: HTML the parser could not read
 * - `timeout`: cleaning took longer than `timeoutMs` (the cleaner stopped
 *   itself, or, stuck in one step, its worker was stopped and replaced)
 * - `invalid-json`: a JSON Lines record that does not parse (CLI only)
 * - `read-failed`: a file that could not be read (CLI only)
 * - `write-failed`: an output file that could not be written (CLI only)
 * - `worker-failed`: the worker thread died on this record twice (out of memory, a crash)
 * - `interrupted`: the run was stopped (a second Ctrl-C) while the record was being cleaned
 * - `clean-failed`: an unexpected error while cleaning (a bug: please report the page)
 */
export type BatchErrorCode =
  | 'invalid-input'
  | 'input-too-large'
  | 'unsupported-input'
  | 'binary-input'
  | 'parse-failed'
  | 'timeout'
  | 'invalid-json'
  | 'read-failed'
  | 'write-failed'
  | 'worker-failed'
  | 'interrupted'
  | 'clean-failed'

/** Why a record failed. Plain data, so that it crosses threads and prints as JSON. */
export interface BatchError {
  /** Stable code: switch on this. */
  code: BatchErrorCode
  /** What went wrong, in prose. */
  message: string
}

/** A record that was cleaned. */
export interface BatchSuccess {
  /** The record's position in the source, from 0. */
  index: number
  /** The record's `id`, when it had one. */
  id?: BatchId
  /** The cleaned article. */
  article: Article
}

/** A record that failed; the batch goes on. */
export interface BatchFailure {
  /** The record's position in the source, from 0. */
  index: number
  /** The record's `id`, when it had one. */
  id?: BatchId
  /** Why it failed. */
  error: BatchError
}

/** One result of {@link cleanMany}: an article, or an error, never both. */
export type BatchResult = BatchSuccess | BatchFailure

/** Whether a value may serve as a record id. */
export function isBatchId(value: unknown): value is BatchId {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
}

/** The `id` of an input, when it has a usable one. */
export function idOf(input: unknown): BatchId | undefined {
  if (typeof input !== 'object' || input === null) return undefined
  const id = (input as {id?: unknown}).id
  return isBatchId(id) ? id : undefined
}

/**
 * Turn anything thrown while cleaning one record into its error record. The
 * library's own errors keep their code (checked by name too: an error that
 * crossed a thread is no longer an instance of its class).
 */
export function toBatchError(error: unknown): BatchError {
  if (isArticleCleanerError(error)) return {code: error.code, message: error.message}
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return {code: 'clean-failed', message}
}
