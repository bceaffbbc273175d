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
  /** Characters of scripts written without spaces. */
  unspacedChars: number
  /** Whether it ends like a sentence (`.`, `!`, `?`, `…`, `。`, `！`, `？`, `:` or a closing quote after them). */
  endsSentence: boolean
  /** Share of letters that are upper case (0 when there are no cased letters). */
  upperShare: number
  /** Share of tokens that start with a capital letter (title-case runs). */
  capitalizedShare: number
  /** Share of characters that are digits. */
  digitShare: number
  /** Whether it holds a URL, an e-mail address or an @handle. */
  hasLinkLike: boolean
}

// Scripts written without spaces between words.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu
const SENTENCE_END = /[.!?…。！？：:;؟।]["'”’»）)\]]{0,3}$/u
const LINK_LIKE = /https?:\/\/|www\.|\S@\S|(?:^|\s)@\w/
const LETTER = /\p{L}/gu
const UPPER = /\p{Lu}/gu
const DIGIT = /\p{Nd}/gu

function count(text: string, pattern: RegExp): number {
  let n = 0
  pattern.lastIndex = 0
  while (pattern.exec(text) !== null) n++
  return n
}

/** Compute a block's measures once. */
export function measureText(text: string): BlockMeasures {
  const parts = text.split(' ')
  const tokens = text.length === 0 ? 0 : parts.length
  const unspacedChars = count(text, UNSPACED)
  let capitalized = 0
  let cased = 0
  for (const part of parts) {
    const first = part.codePointAt(0)
    if (first === undefined) continue
    const char = String.fromCodePoint(first)
    if (char.toLowerCase() !== char.toUpperCase()) {
      cased++
      if (char === char.toUpperCase()) capitalized++
    }
  }
  const letters = count(text, LETTER)
  const upper = count(text, UPPER)
  return {
    chars: text.length,
    tokens,
    words: tokens + Math.round(unspacedChars / 2),
    unspacedChars,
    endsSentence: SENTENCE_END.test(text),
    upperShare: letters === 0 ? 0 : upper / letters,
    capitalizedShare: cased === 0 ? 0 : capitalized / cased,
    digitShare: text.length === 0 ? 0 : count(text, DIGIT) / text.length,
    hasLinkLike: LINK_LIKE.test(text)
  }
}

/** Build a block from tidied text. */
export function createBlock(index: number, text: string, blankBefore: boolean, blankAfter: boolean): Block {
  return {index, text, blankBefore, blankAfter, measures: measureText(text)}
}
