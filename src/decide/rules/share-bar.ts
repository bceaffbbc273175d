import type {Block} from '../../segment/block.js'
import type {Rule, RuleContext} from './line-rule.js'

// Words a share bar is made of, in the corpus's languages.
const SHARE_WORDS = String.raw`share|shares|sharing|shared|tweet|email|e-mail|mail|print|pin|pinterest|facebook|twitter|x|linkedin|whatsapp|reddit|tumblr|messenger|telegram|flipboard|pocket|sms|copy|link|url|save|this|article|story|page|on|via|to|the|comments?|partager|partagez|teilen|compartir|imprimir|imprimer|drucken|senden|envoyer|enviar|分享|シェア|シェアする|ツイート|[\d,.k]{1,6}|[|/·•:()-]`
const SHARE_WORD = new RegExp(`^(?:${SHARE_WORDS})$`, 'iu')
const SHARE_PHRASE =
  /^(?:share (?:this|on|via|the|article|story)|click to (?:share|email|print)|share:?$|tweet$|partager|teilen|compartir|compartilhe|我要分享|分享到|分享)/iu
const MAX_SHARE_WORDS = 12
const MAX_SPAN_BLOCKS = 15

/**
 * Whether the line's first token, as the split below makes it, may pass:
 * it is a share word, or it holds a "(" (it may be part of "(Opens in new
 * window)", which is taken out before the split), or there is none. One
 * test instead of taking the token out and testing it: most short lines
 * fail here.
 */
const FIRST_TOKEN_MAY_SHARE = new RegExp(String.raw`^[\s|/·•]*(?:(?:${SHARE_WORDS})(?:[\s|/·•]|$)|[^\s|/·•]*\(|$)`, 'iu')

const STRONG = /share|tweet|partag|teilen|compartir|分享|シェア|ツイート|whatsapp|pinterest|linkedin|facebook|twitter|reddit/iu

/**
 * Whether a line ends with ":" or "：" (`/[:：]$/u`), read off its last code
 * unit: a pattern anchored at the end is tried from every position.
 */
function endsWithColon(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  return last === 0x3a || last === 0xff1a
}

/**
 * Whether a line is made only of share-bar words; with `strong`, one of them
 * must name sharing or a network ("Email" alone only counts inside a bar).
 */
function isShareLine(block: Block, strong: boolean): boolean {
  if (block.measures.words > MAX_SHARE_WORDS || (block.measures.endsSentence && !endsWithColon(block.text))) return false
  if (SHARE_PHRASE.test(block.text)) return true
  // Every token must be a share word: the first one decides most lines
  // without splitting them.
  if (!FIRST_TOKEN_MAY_SHARE.test(block.text)) return false
  // Only a line with a "(" can hold the note to take out.
  const text = block.text.includes('(') ? block.text.replace(/\(opens in new window\)/giu, '') : block.text
  // A strong line needs a sharing word in one of its tokens, so in its text: tested before the split, which most lines then skip.
  if (strong && !STRONG.test(text)) return false
  const tokens = text.split(/[\s|/·•]+/u).filter(Boolean)
  return tokens.length > 0 && tokens.every((token) => SHARE_WORD.test(token)) && (!strong || tokens.some((t) => STRONG.test(t)))
}

/**
 * Share bars: "Share", "Tweet", "Share on Facebook", "Click to share on Twitter
 * (Opens in new window)", one per line or all on one. Why: buttons, not prose.
 * The near miss it keeps: "Share prices fell 3% on Monday." (a sentence).
 */
export const shareBar: Rule = {
  name: 'share-bar',
  reason: 'share-bar',
  matches: 'Lines made only of sharing buttons ("Share", "Tweet", "Share on Facebook", "Click to share on Twitter"), and the run of them.',
  test(block: Block, context: RuleContext) {
    if (!isShareLine(block, true)) return undefined
    let span = 1
    while (span < MAX_SPAN_BLOCKS) {
      const next = context.blocks[block.index + span]
      if (!next || !isShareLine(next, false)) break
      span++
    }
    return {span}
  }
}
