import type {Root} from 'hast'
import type {VFile} from 'vfile'
import {capTreeDepth} from './html/cap-depth.js'
import {cleanHtmlTree} from './html/clean-html.js'
import {InvalidInputError} from './errors.js'
import {normalizeOptions, type Options} from './options.js'
import type {Article} from './types.js'

/** Options of {@link rehypeArticle}: those of `cleanArticle`, plus the page's URL. */
export interface RehypeArticleOptions extends Options {
  /**
   * The page's URL: relative links and images are resolved against it, and
   * it is a clue to the site's name.
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

/**
 * A unified (rehype) plugin for pipelines that already parse HTML: it runs
 * the same extraction as `cleanArticle` on the parsed tree, replaces the
 * tree with the article's body (as hast, ready for rehype-stringify or
 * rehype-remark), and puts the whole `Article` (metadata, Markdown,
 * removals) on `file.data.article`.
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
    // The tree comes from the caller's parser: bound its depth before any recursive utility walks it.
    capTreeDepth(tree)
    const {article, body} = cleanHtmlTree(tree, url, settings)
    file.data.article = article
    return body
  }
}
