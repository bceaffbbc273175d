import type {Root} from 'hast'
import type {VFile} from 'vfile'
import {cleanPage} from './clean-article.js'
import {parsedHtml} from './input/parsed.js'
import {InvalidInputError, isArticleCleanerError} from './errors.js'
import {normalizeOptions, type Options} from './options.js'
import type {Article, Removal} from './types.js'
import {tidyWhitespace} from './util/whitespace.js'

/** Options of {@link rehypeArticle}: those of `cleanArticle`, plus the page's URL. */
export interface RehypeArticleOptions extends Options {
  /**
   * The page's URL: relative links and images are resolved against it, and
   * it is a clue to the site's name (and to its learned `profile`).
   * @default undefined
   */
  url?: string | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** The article `rehypeArticle` found (set by the plugin). */
    article: Article
  }
}

/** The `source` of every message the plugin puts on a file (unified's convention: the package's name). */
const SOURCE = 'article-cleaner'
/** Characters of a removed text quoted in its message. */
const QUOTED_CHARS = 80

/** A removal as a message's reason: what was removed, why, and the start of its text. */
function describeRemoval(removal: Removal): string {
  // Only the first line: a removed run of lines is quoted by its start.
  const line = tidyWhitespace(removal.text.split('\n', 1)[0] as string)
  const quoted = line.length > QUOTED_CHARS ? `${line.slice(0, QUOTED_CHARS - 1)}…` : line
  return `Removed ${removal.reason} (rule ${removal.rule}): “${quoted}”`
}

/**
 * A unified (rehype) plugin for pipelines that already parse HTML: it runs
 * the same entry as `cleanArticle`, with the same options and limits, on the
 * parsed tree, replaces the tree with the article's body (as hast, ready for
 * rehype-stringify or rehype-remark), puts the whole `Article` (metadata,
 * Markdown, removals) on `file.data.article`, and reports each removal as a
 * message on the file (`ruleId`: the rule; `source`: `'article-cleaner'`).
 *
 * `maxInputBytes` is measured on the file's `value` (the source the tree
 * was parsed from), or on the tree's text when the file has none;
 * `timeoutMs` bounds the whole run. A page over either limit fails the
 * file: the run rejects with the typed error (`InputTooLargeError`,
 * `TimeoutError`), which is also on `file.messages` as a fatal message.
 *
 * @example
 *   const file = await unified().use(rehypeParse).use(rehypeArticle, {url}).use(rehypeStringify).process(html)
 *   file.data.article.title // the headline; String(file) is the body's HTML
 *
 * @param options Options (see `Options`), plus `url`.
 * @returns The transformer.
 * @throws {InvalidInputError} when an option has the wrong type (when the plugin is attached).
 */
export function rehypeArticle(options?: Readonly<RehypeArticleOptions> | null): (tree: Root, file: VFile) => Root {
  const settings = normalizeOptions(options)
  const url = options?.url ?? null
  if (url !== null && typeof url !== 'string') throw new InvalidInputError(`Option url must be a string, got ${typeof url}`)
  return (tree, file) => {
    const source = typeof file.value === 'string' || file.value instanceof Uint8Array ? file.value : null
    let cleaned: ReturnType<typeof cleanPage>
    try {
      cleaned = cleanPage(parsedHtml(tree, source, url), settings)
    } catch (error) {
      if (isArticleCleanerError(error)) {
        const message = file.message(error.message, {cause: error, ruleId: error.code, source: SOURCE})
        message.fatal = true
      }
      throw error
    }
    const {article, body} = cleaned
    for (const removal of article.removed) file.message(describeRemoval(removal), {ruleId: removal.rule, source: SOURCE})
    file.data.article = article
    return body ?? {type: 'root', children: []}
  }
}

export default rehypeArticle
