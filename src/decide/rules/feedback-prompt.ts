import type {Block} from '../../segment/block.js'
import type {Rule, RuleContext} from './line-rule.js'

/**
 * The answers a page-feedback poll offers, as buttons printed on the prompt's
 * line or on the lines under it.
 */
const ANSWER = String.raw`(?:yes|no|👍|👎|oui|non|ja|nein|sí|sim|não|да|нет|はい|いいえ|是|否)`

/**
 * A feedback poll's question about the page itself: "Was this page helpful?",
 * "Did this answer your question?", "How helpful was this article?", in the
 * languages of the corpus. The whole line, with at most the poll's answers
 * after it: a question in prose goes on ("Was this helpful to the defence?
 * The jury was not sure").
 */
const PROMPT = new RegExp(
  String.raw`^(?:` +
    String.raw`(?:was|is) (?:this|the) (?:(?:page|article|answer|post|guide|information|content|documentation|topic|tutorial|section|video|reply|solution) )?(?:helpful|useful)` +
    String.raw`|did (?:this|the) (?:(?:page|article|answer|post|guide|information|content|documentation|topic|tutorial|section|video|reply|solution) )?(?:help(?: you)?|answer your question|solve your (?:problem|issue))` +
    String.raw`|did you find (?:this|the) (?:(?:page|article|answer|post|guide|information|content|documentation|topic|tutorial|section|video|reply|solution) )?(?:helpful|useful)` +
    String.raw`|how (?:helpful|useful) was (?:this|the) (?:page|article|answer|post|guide|information|content|documentation|topic|tutorial|section|video)` +
    String.raw`|(?:cette page|cet article|cette réponse) vous a-t-(?:elle|il) été utile` +
    String.raw`|(?:war|ist) (?:diese seite|dieser artikel|diese antwort|diese information) hilfreich` +
    String.raw`|¿?(?:te|le) (?:ha )?(?:resultado|parece|pareció|resultó) útil (?:esta página|este artículo|esta respuesta|esta información)` +
    String.raw`|¿?(?:fue|es|ha sido) útil (?:esta página|este artículo|esta respuesta|esta información)` +
    String.raw`|(?:esta página|este artigo|esta resposta|esta informação) (?:foi|é) útil` +
    String.raw`|(?:была ли|оказалась ли) (?:эта )?(?:статья|страница|информация) полезной` +
    String.raw`|この(?:ページ|記事|情報)は(?:お)?役に立ちましたか` +
    String.raw`|(?:此|这个|这篇|這個|這篇)(?:页面|頁面|文章|内容|內容)对(?:您|你)有(?:帮助|用)吗` +
    String.raw`)\s?[?？]?(?:\s?[/|]?\s?${ANSWER}){0,3}$`,
  'iu'
)

/**
 * What a poll shows once answered, or beside its buttons: the page's thanks,
 * and Zendesk's tally. Every such line is the widget's.
 */
const ACKNOWLEDGEMENT =
  /^(?:(?:thanks|thank you) for (?:your|the) feedback|\d{1,7} out of \d{1,7} (?:people )?found this helpful|merci pour votre (?:avis|retour|commentaire)|danke für (?:ihr|dein) feedback|gracias por (?:tu|su) (?:opinión|comentario|respuesta)|obrigad[oa] pelo (?:seu )?feedback|спасибо за (?:ваш )?отзыв|ご意見ありがとうございました|感谢(?:您|你)的反馈)\s?[.!！。]?$/iu

/** A poll's button: an answer or a "Send feedback" link, under the prompt. */
const BUTTON = new RegExp(String.raw`^(?:${ANSWER}(?:\s?[/|]?\s?${ANSWER}){0,2}|(?:send|give|leave|provide|submit|share) (?:us )?(?:your )?feedback)$`, 'iu')

/** Past this many words a line is not a poll's question. */
const MAX_PROMPT_WORDS = 16
/** Lines under a prompt that may be its buttons and thanks. */
const MAX_SPAN = 6

function isPollLine(block: Block): boolean {
  return block.measures.words <= 8 && (BUTTON.test(block.text) || ACKNOWLEDGEMENT.test(block.text))
}

/**
 * A page-feedback poll: "Was this page helpful? Yes No", "Did this answer
 * your question?" and the buttons and thanks under it. Why: docs, help
 * centres and some news sites print it right under the article, inside the
 * body, where the classifier keeps it. The near misses it keeps: a question
 * in prose ("Was this helpful to the defence? The jury was not sure"), and a
 * lone "Yes" or "No" line that is not under a poll (an interview's answer).
 */
export const feedbackPrompt: Rule = {
  name: 'feedback-prompt',
  reason: 'form',
  matches: 'A page-feedback poll ("Was this page helpful? Yes No", "Did this answer your question?") with the buttons and thanks under it, or a lone "Thanks for your feedback" or "12 out of 20 found this helpful" line.',
  test(block: Block, context: RuleContext) {
    if (block.measures.words > MAX_PROMPT_WORDS) return undefined
    if (PROMPT.test(block.text)) {
      let span = 1
      while (span <= MAX_SPAN) {
        const next = context.blocks[block.index + span]
        if (!next || next.index === context.titleIndex || !isPollLine(next)) break
        span++
      }
      return {span}
    }
    return ACKNOWLEDGEMENT.test(block.text) ? {} : undefined
  }
}
