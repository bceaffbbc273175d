import {isUnspaced} from '../util/patterns.js'
import {TOKENIZED} from './block-memo.js'

/**
 * The unit every rule and the classifier work on. A text dump gives one block
 * per non-blank line; the HTML path will give one per block element. Both
 * meet here, so one set of rules serves both.
 */
export interface Block {
  /** Position in the page's block list. */
  index: number
  /** The text, whitespace-tidied; the author's characters otherwise as written. */
  text: string
  /** Whether a blank line (or a block boundary) separates it from the previous block. */
  blankBefore: boolean
  /** Whether a blank line separates it from the next block. */
  blankAfter: boolean
  /** Measures computed once, used by rules and the classifier. */
  measures: BlockMeasures
  /**
   * The paragraph the block belongs to. A dump of a hard-wrapped page (plain
   * text, `<pre>`, `<br>` line breaks) splits one paragraph over many lines;
   * each line alone looks like a fragment, the paragraph looks like prose.
   * For a block that stands alone it is the block itself.
   */
  paragraph: ParagraphSpan
  /**
   * What the markup says about the block, on the HTML path only (absent for
   * text dumps, so rules that use it must work without it).
   */
  html?: BlockMarkup | undefined
}

/** Structural evidence an HTML block carries. */
export interface BlockMarkup {
  /** Tag name of the block element the text belongs to (`p`, `li`, `h2`, `td`…). */
  tag: string
  /** What the block is in the document's structure. */
  kind: 'text' | 'heading' | 'list-item' | 'table' | 'pre' | 'caption' | 'quote'
  /** Heading level 1–6, or 0 for a block that is not a heading. */
  headingLevel: number
  /** Share of the block's characters inside links (0–1). */
  linkDensity: number
}

/** A run of blocks that together make one paragraph. */
export interface ParagraphSpan {
  /** Index of its first block. */
  start: number
  /** Index of its last block. */
  end: number
  /** Word-equivalents of the whole paragraph. */
  words: number
  /** Whether its last block ends like a sentence. */
  endsSentence: boolean
}

/** Cheap, language-independent measures of a block's text. */
export interface BlockMeasures {
  /** Length in UTF-16 code units. */
  chars: number
  /** Space-separated tokens. */
  tokens: number
  /**
   * Word-equivalents: space-separated tokens, plus one per two characters of
   * scripts written without spaces (Han, Kana, Thai…), so that a Chinese
   * sentence weighs like an English one of the same meaning.
   */
  words: number
  /** Whether it ends like a sentence (`.`, `!`, `?`, `…`, `。`, `！`, `？`, `:` or a closing quote after them). */
  endsSentence: boolean
  /** Share of cased letters that are upper case (0 when there are none). */
  upperShare: number
  /** Share of tokens that start with a capital letter (title-case runs). */
  capitalizedShare: number
  /** Share of characters that are ASCII digits. */
  digitShare: number
  /** Whether it holds a URL, an e-mail address or an @handle. */
  hasLinkLike: boolean
}

const SENTENCE_END = /[.!?…。！？：:;؟।]["'”’»）)\]]{0,3}$/u
/** A teaser cut short ("Four tips for startup success from a Silicon Valle..."): an ellipsis right after a letter. */
const TRUNCATED = /[\p{L}\p{N}] ?(?:\.\.\.|…)$/u
const LINK_LIKE = /https?:\/\/|www\.|\S@\S|(?:^|\s)@\w/
/**
 * The end of a line that SENTENCE_END and TRUNCATED read: their matches are
 * anchored at the end and at most 4 and 6 code units long (one letter
 * of TRUNCATED may take two). Testing only the tail spares them a scan of
 * the whole line from every position.
 */
const TAIL_CHARS = 8

/** LINK_LIKE, tried only when the line holds what every match of it holds. */
function hasLinkLike(text: string): boolean {
  return (text.includes('@') || text.includes('http') || text.includes('www.')) && LINK_LIKE.test(text)
}

/** Case of the code units below U+2000 and of the full-width forms: bit 1 cased, bit 2 upper; 0 not known yet. */
const CASE_OF_CODE = new Uint8Array(0x10000)
const KNOWN = 4
const CASED = 1
const UPPER = 2

/**
 * Whether a code unit has case, and is upper case, as its one-character
 * string's `toLowerCase()` and `toUpperCase()` say; remembered per code, so
 * that a page in Cyrillic or Greek does not build two strings per letter.
 */
function caseOf(code: number): number {
  let known = CASE_OF_CODE[code] as number
  if (known === 0) {
    const char = String.fromCharCode(code)
    const up = char.toUpperCase()
    const isCased = char.toLowerCase() !== up
    known = KNOWN | (isCased ? CASED : 0) | (isCased && char === up ? UPPER : 0)
    CASE_OF_CODE[code] = known
  }
  return known
}

/**
 * Compute a block's measures once, in one pass over the characters: this runs
 * on every line of every page, so it avoids a regular expression per measure.
 */
export function measureText(text: string): BlockMeasures {
  let tokens = text.length === 0 ? 0 : 1
  let cased = 0
  let upper = 0
  let digits = 0
  let capitalized = 0
  let casedTokens = 0
  let unspaced = 0
  let tokenStart = true
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 32) {
      tokens++
      tokenStart = true
      continue
    }
    if (code > 0x0dff && isUnspaced(code)) unspaced++
    let isUpper = false
    let isCased = false
    if (code < 128) {
      isUpper = code >= 65 && code <= 90
      isCased = isUpper || (code >= 97 && code <= 122)
      if (code >= 48 && code <= 57) digits++
    } else if (code < 0x2000 || (code >= 0xff00 && code <= 0xffef)) {
      // Latin, Greek, Cyrillic, Armenian… and full-width forms have case.
      const known = caseOf(code)
      isCased = (known & CASED) !== 0
      isUpper = (known & UPPER) !== 0
    }
    if (isCased) {
      cased++
      if (isUpper) upper++
    }
    if (tokenStart) {
      if (isCased) {
        casedTokens++
        if (isUpper) capitalized++
      }
      tokenStart = false
    }
  }
  return {
    chars: text.length,
    tokens,
    // As wordEquivalents() counts them, in the same pass.
    words: tokens + Math.round(unspaced / 2),
    endsSentence: endsLikeSentence(text.length > TAIL_CHARS ? text.slice(-TAIL_CHARS) : text),
    upperShare: cased === 0 ? 0 : upper / cased,
    capitalizedShare: casedTokens === 0 ? 0 : capitalized / casedTokens,
    digitShare: text.length === 0 ? 0 : digits / text.length,
    hasLinkLike: hasLinkLike(text)
  }
}

/** Whether a line's end reads as a sentence's (see TAIL_CHARS). */
function endsLikeSentence(tail: string): boolean {
  return SENTENCE_END.test(tail) && !TRUNCATED.test(tail)
}

/** Build a block from tidied text. */
export function createBlock(index: number, text: string, blankBefore: boolean, blankAfter: boolean): Block {
  const measures = measureText(text)
  const block = {
    index,
    text,
    blankBefore,
    blankAfter,
    measures,
    paragraph: {start: index, end: index, words: measures.words, endsSentence: measures.endsSentence},
    html: undefined,
    [TOKENIZED]: undefined
  }
  return block
}
