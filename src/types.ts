import type {Root} from 'mdast'

/**
 * Why a block left the body. A closed set, extended on purpose: each value is a
 * *kind* of boilerplate, never the name of a site.
 */
export type RemovalReason =
  | 'promo'
  | 'related-links'
  | 'archive-notice'
  | 'comment-widget'
  | 'share-bar'
  | 'newsletter'
  | 'cookie-notice'
  | 'navigation'
  | 'footer'
  | 'advertisement'
  | 'byline'
  | 'author-bio'
  | 'social-handle'
  | 'caption'
  | 'title'
  | 'date'
  | 'repeated-across-pages'
  | 'markup'
  | 'low-content'
  | 'low-score'
  | 'hidden'
  | 'form'

/** One removed block (or a run of lines removed together). */
export interface Removal {
  /** The removed text, whitespace-tidied, lines of a run joined by `\n`. */
  text: string
  /** The kind of boilerplate it was. */
  reason: RemovalReason
  /** The name of the rule (or `classifier`) that removed it. */
  rule: string
  /** Index of the first removed block in the page's block list. */
  blockIndex: number
  /**
   * For a learned decision (reason `low-score`): the block scorer's chance,
   * 0–1, that the first block was main content. Absent for a rule's removal.
   */
  score?: number
}

/** A social-network handle found in an author footer or byline. */
export interface SocialHandle {
  /** Lower-case platform name (`twitter`, `instagram`, `mastodon`…), or `null` when the page does not say. */
  platform: string | null
  /** The handle without its leading `@`. */
  handle: string
}

/** An author of the article. */
export interface Author {
  /** The author's name as written, without "By". */
  name: string
  /** The author's bio line, when the page has one; otherwise `null`. */
  bio: string | null
  /** Social handles attributed to the author. */
  social: SocialHandle[]
}

/** The dateline that opens a news story: `WASHINGTON (CNN) —`. */
export interface Dateline {
  /** The place, as written (`HAI PHONG, VIETNAM`). */
  location: string
  /** The wire agency in the dateline (`CNN`, `AP`, `Reuters`), or `null`. */
  agency: string | null
}

/** A photo caption taken out of the body. */
export interface Caption {
  /** The caption without its credit, or `null` when the line was only a credit. */
  text: string | null
  /** The credit (`Pool photo`, `AP Photo/Evan Vucci`), or `null`. */
  credit: string | null
}

/** Stable codes of the warnings an `Article` may carry. */
export type WarningCode = 'no-article' | 'language-undetermined' | 'body-guard' | 'low-confidence'

/** Something the caller may want to know that is not an error. */
export interface ArticleWarning {
  /** Stable code. */
  code: WarningCode
  /** A sentence that says what happened. */
  message: string
}

/** Text direction of the article. */
export type Direction = 'ltr' | 'rtl'

/**
 * The kind of page, which decides what its main content is: an article's
 * story, a forum thread's posts, a product's description and specifications,
 * every card of a collection or listing, a documentation page's prose and
 * code, a service page's sections.
 */
export type PageType = 'article' | 'forum' | 'product' | 'collection' | 'listing' | 'documentation' | 'service'

/** The clean, structured article that {@link cleanArticle} returns. */
export interface Article {
  /** The headline, or `null` when the input does not hold one. */
  title: string | null
  /** The authors' names as one display string (`A and B`, `A, B and C`), or `null`. */
  byline: string | null
  /** The authors, in order of appearance. */
  authors: Author[]
  /** The publication's name, when the page states it, or `null`. */
  siteName: string | null
  /** Publication date as ISO 8601 in the source's own offset (date only when no time is given), or `null`. */
  publishedAt: string | null
  /**
   * Date of the last update, as ISO 8601 like `publishedAt`, from the page's
   * markup (JSON-LD `dateModified`, `article:modified_time`); `null` when the
   * page does not state one, and always `null` for text dumps.
   */
  modifiedAt: string | null
  /** The dateline taken off the first paragraph, or `null`. */
  dateline: Dateline | null
  /** ISO 639-1 code of the body's language, or `null` when undetermined. */
  language: string | null
  /** Direction of the body's script. */
  direction: Direction
  /** Whether the page says the article is archived or may be outdated. */
  archived: boolean
  /** The kind of page: the `pageType` option when given, else the cleaner's guess from the page. */
  pageType: PageType
  /** Photo captions with their credits, in order. */
  captions: Caption[]
  /** A short summary: the page's own description when its markup has one, else the first body paragraph, cut at a sentence end near 300 characters, or `null`. */
  excerpt: string | null
  /**
   * The page's canonical URL (`<link rel="canonical">`, `og:url`, JSON-LD),
   * absolute; `null` when the markup names none, and always `null` for text dumps.
   */
  canonicalUrl: string | null
  /**
   * The article's lead image (`og:image`, `twitter:image`, JSON-LD `image`),
   * an absolute URL; `null` when the markup names none, and always `null` for text dumps.
   */
  image: string | null
  /** The body as an mdast tree (paragraphs, headings, lists, quotes…); the title is not in it. */
  tree: Root
  /** The text of each body block in order; list items and headings are each their own entry, and so is a code block (a `<pre>`, a dump's listing), its lines joined by line breaks. */
  paragraphs: string[]
  /** The paragraphs joined by a blank line. */
  text: string
  /** Markdown printed from `tree`, with `# title` first when there is a title. */
  markdown: string
  /** Words in `text`, counted by `Intl.Segmenter` (so CJK counts). */
  wordCount: number
  /** Every block that left the body, with its reason. */
  removed: Removal[]
  /** Things worth knowing that are not errors. */
  warnings: ArticleWarning[]
}

/** A text dump, always treated as text. */
export interface TextInput {
  /** The whole page's text, as a scraper saved it. */
  text: string
  /** The page's URL, used for the site and for resolving links. */
  url?: string | undefined
  /**
   * The site the page belongs to, for learning across pages; when absent the
   * URL's host (without `www.`) is the site.
   */
  site?: string | undefined
}

/** An HTML document, always treated as HTML. */
export interface HtmlInput {
  /**
   * The document's HTML: a string, or the bytes as fetched (`Uint8Array`,
   * `Buffer`). Bytes are decoded by their byte order mark, else the
   * `<meta charset>` (or `http-equiv` content type) in their first 1024
   * bytes, else `encoding`, else as UTF-8.
   */
  html: string | Uint8Array
  /** The page's URL: relative links and images are resolved against it, and it is a clue to the site. */
  url?: string | undefined
  /** The site the page belongs to, for learning across pages; defaults to the URL's host. */
  site?: string | undefined
  /**
   * The encoding to decode bytes with when they declare none themselves (a
   * label `TextDecoder` knows: `utf-8`, `windows-1252`, `shift_jis`…), for
   * example from the HTTP `Content-Type` header. Ignored for strings.
   */
  encoding?: string | undefined
}

/**
 * What {@link cleanArticle} accepts: a string (a text dump, or an HTML document
 * when it looks like one), or an object that says which it is.
 */
export type CleanInput = string | TextInput | HtmlInput
