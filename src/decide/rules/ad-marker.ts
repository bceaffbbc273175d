import type {Rule} from './line-rule.js'

const AD_LABEL =
  /^(?:advertisement|advertising|advertisements|ad|ads|sponsored|sponsored (?:content|links|stories|post)|paid (?:content|post|partner content)|promoted(?: content| stories)?|story continues below(?: this)? advertisement|article continues below(?: this)? (?:advertisement|ad)|continue reading (?:the main story|below)|scroll to continue(?: with content)?|advertisement[ -]{1,3}scroll to continue|ads by \S{1,30}|adchoices|inread invented by teads|werbung|anzeige|publicité|publicidad|pubblicità|реклама|广告|広告|광고)[.:]?$/iu

/**
 * Advertisement markers: the labels a dump keeps where an ad slot was
 * ("Advertisement", "ADVERTISING", "Story continues below advertisement").
 * The near miss it keeps: "Advertising revenue fell 10% this year." (a sentence).
 */
export const adMarker: Rule = {
  name: 'ad-marker',
  reason: 'advertisement',
  matches: 'An advertisement label left where an ad slot was ("Advertisement", "Sponsored", "Story continues below advertisement", "Anzeige", "Publicité").',
  test(block) {
    return block.measures.words <= 8 && AD_LABEL.test(block.text) ? {} : undefined
  }
}
