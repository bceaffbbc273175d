import type {Rule} from './line-rule.js'

/**
 * The label of a widget's button or its status, on a line of its own: a code
 * block's "Copy", a video player's "Play Video", "Full Screen", "Skip Ad"
 * and countdown, a picture's "Click to enlarge", a gallery's "1 of 12",
 * "Caption" and "Buy Photo", a like button's "Like this:", a lazy
 * box's "Loading...".
 */
const CONTROL =
  /^(?:copy(?: code| to clipboard| link)?|copied!?|loading(?: ?(?:\.{3}|…))?|please wait(?: ?(?:\.{3}|…))?|click to (?:enlarge|expand|zoom)|tap to (?:enlarge|expand|zoom)|view (?:this )?image ?›?|show (?:more|less)|skip ad|replay|play video|watch video|full ?screen|exit full ?screen|mute|unmute|your video will (?:play|begin|start) in \d{1,2}:\d{2}|buy photo|view photos|view (?:graphic|gallery)|autoplay|caption|\d{1,3} of \d{1,3}|wait \d{1,2} seconds? to continue\.?|like this:|like loading(?: ?(?:\.{3}|…))?|chargement(?: ?(?:\.{3}|…))?|wird geladen(?: ?(?:\.{3}|…))?|cargando(?: ?(?:\.{3}|…))?|carregando(?: ?(?:\.{3}|…))?|загрузка(?: ?(?:\.{3}|…))?|读取中|加载中|読み込み中)$/iu
const MAX_CONTROL_WORDS = 7

/**
 * A widget's button or status line: "Copy", "Copied!", "Play Video", "Full
 * Screen", "Skip Ad", "Your video will play in 00:25", "Click to enlarge",
 * "Loading...". Why: a dump prints every button's label as a line, inside
 * the article where the widget sat (a code block's copy button, a video in
 * the story), and the classifier keeps short lines there. The near miss it
 * keeps: a line that only starts like one ("Copy editors at the paper
 * said …", "Loading the truck took three hours."). A dialog's "Close" or
 * "×" is not taken: it stands outside articles as often, where weighing
 * nothing (see `inArticle`) would let the body run into a menu.
 */
export const widgetControl: Rule = {
  name: 'widget-control',
  reason: 'form',
  inArticle: true,
  matches: 'A widget\'s button or status on a line of its own: "Copy", "Copied!", "Play Video", "Full Screen", "Skip Ad", "Your video will play in 00:25", "Click to enlarge", a gallery\'s "1 of 12" and "Buy Photo", "Loading...".',
  test(block) {
    return block.measures.words <= MAX_CONTROL_WORDS && CONTROL.test(block.text) ? {} : undefined
  }
}
