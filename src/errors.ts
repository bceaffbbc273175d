/** Stable codes of the errors this library throws. */
export type ErrorCode = 'invalid-input' | 'input-too-large' | 'unsupported-input' | 'binary-input' | 'parse-failed' | 'timeout'

/**
 * The base class of every error `article-cleaner` throws. Catch it, then switch
 * on `code` (stable across versions) rather than on `message` (prose).
 */
export class ArticleCleanerError extends Error {
  override name: string = 'ArticleCleanerError'
  /** A stable, machine-readable code. */
  readonly code: ErrorCode

  /**
   * @param code A stable error code.
   * @param message What was wrong, and what would have been right.
   */
  constructor(code: ErrorCode, message: string) {
    super(message)
    this.code = code
  }
}

/** The input is not a string, nor an object of a supported shape. */
export class InvalidInputError extends ArticleCleanerError {
  override name = 'InvalidInputError' as const
  /** @param message What was wrong with the input. */
  constructor(message: string) {
    super('invalid-input', message)
  }
}

/** The input is larger than `maxInputBytes`. */
export class InputTooLargeError extends ArticleCleanerError {
  override name = 'InputTooLargeError' as const
  /** The input's size in UTF-8 bytes. */
  readonly bytes: number
  /** The limit it went over. */
  readonly limit: number

  /**
   * @param bytes The input's size in UTF-8 bytes.
   * @param limit The configured `maxInputBytes`.
   */
  constructor(bytes: number, limit: number) {
    super(
      'input-too-large',
      `Input is ${bytes} bytes, over the maxInputBytes limit of ${limit} bytes; raise maxInputBytes to accept it`
    )
    this.bytes = bytes
    this.limit = limit
  }
}

/**
 * The input is of a kind this library cannot read: bytes in an encoding the
 * runtime's `TextDecoder` does not know.
 */
export class UnsupportedInputError extends ArticleCleanerError {
  override name = 'UnsupportedInputError' as const
  /** @param message What is not supported, and what to pass instead. */
  constructor(message: string) {
    super('unsupported-input', message)
  }
}

/**
 * The input is not text: a binary file (an executable, an image, an archive)
 * read as if it were. Its start holds NUL bytes, other control characters or
 * U+FFFD (bytes that are not UTF-8) in a share no text has.
 */
export class BinaryInputError extends ArticleCleanerError {
  override name = 'BinaryInputError' as const
  /** Binary characters found in the scanned start of the input. */
  readonly found: number
  /** Characters scanned. */
  readonly scanned: number
  /** The share of binary characters over which an input is refused. */
  readonly limit: number

  /**
   * @param found Binary characters found.
   * @param scanned Characters scanned.
   * @param limit The share over which an input is refused.
   */
  constructor(found: number, scanned: number, limit: number) {
    super(
      'binary-input',
      `Input looks binary, not text: ${found} of its first ${scanned} characters (${Math.round((found / scanned) * 100)}%) are NUL, other control characters or U+FFFD (undecodable bytes), over the limit of ${Math.round(limit * 100)}%; pass text, or HTML bytes with their \`encoding\``
    )
    this.found = found
    this.scanned = scanned
    this.limit = limit
  }
}

/**
 * The HTML parser gave up on the document. Nesting is capped before parsing
 * and the parser recovers from any markup error, so this is a last resort
 * (it would take a bug in a dependency); the message says what failed.
 */
export class ParseFailedError extends ArticleCleanerError {
  override name = 'ParseFailedError' as const
  /** @param message What failed while parsing. */
  constructor(message: string) {
    super('parse-failed', message)
  }
}

/** Cleaning took longer than `timeoutMs`. Nothing of the call's work is kept. */
export class TimeoutError extends ArticleCleanerError {
  override name = 'TimeoutError' as const
  /** The configured `timeoutMs`. */
  readonly timeoutMs: number
  /** Milliseconds spent when the budget was found to be over. */
  readonly elapsedMs: number
  /** The pipeline stage that was running (`segment`, `rules`, `region`…), for the message and for logs. */
  readonly stage: string

  /**
   * @param timeoutMs The configured `timeoutMs`.
   * @param elapsedMs Milliseconds spent so far.
   * @param stage The stage that found the budget over.
   */
  constructor(timeoutMs: number, elapsedMs: number, stage: string) {
    super(
      'timeout',
      `Cleaning took ${Math.round(elapsedMs)} ms, over the timeoutMs limit of ${timeoutMs} ms (stopped in ${stage}); raise timeoutMs to allow more time`
    )
    this.timeoutMs = timeoutMs
    this.elapsedMs = elapsedMs
    this.stage = stage
  }
}

const ERROR_NAMES = new Set(['ArticleCleanerError', 'InvalidInputError', 'InputTooLargeError', 'UnsupportedInputError', 'BinaryInputError', 'ParseFailedError', 'TimeoutError'])

/**
 * Whether `error` is one of this library's errors. Checks `name` and `code`
 * too, so it also works across realms (worker threads, iframes, duplicated
 * copies of the package) where `instanceof` fails.
 *
 * @param error Anything caught.
 * @returns `true` when it is an `ArticleCleanerError`.
 */
export function isArticleCleanerError(error: unknown): error is ArticleCleanerError {
  if (error instanceof ArticleCleanerError) return true
  if (typeof error !== 'object' || error === null) return false
  const {name, code} = error as {name?: unknown; code?: unknown}
  return typeof name === 'string' && ERROR_NAMES.has(name) && typeof code === 'string'
}
