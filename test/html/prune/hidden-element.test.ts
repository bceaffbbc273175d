import {hiddenElement} from '../../../src/html/prune/hidden-element.js'
import {describeTreeRuleTable, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<div id="parsely-root" style="display: none"><span id="parsely-cfg">atlasobscura.com</span></div>', expected: true, source: 'corpus article-author-tag'},
  {html: '<a class="bbccom_text" href="http://www.bbc.co.uk/faqs/online/adverts_general" tabindex="-1" aria-hidden="true">is sponsored by</a>', expected: true, source: 'corpus bbc-1'},
  {html: '<div class="thank billboard newsletter-form" hidden><h3>Thanks! Please check your inbox to confirm your subscription.</h3></div>', expected: true, source: 'corpus mozilla-1'},
  // Hidden by a class: stylesheets are not read.
  {html: '<div class="bbccom_advert bbccom_display_none"><a class="bbccom_text" href="http://www.bbc.co.uk/faqs/online/adverts_general">is sponsored by</a></div>', expected: false, source: 'corpus bbc-1'},
  {html: '<div style="position: static; visibility: visible; display: block; width: 550px;"><p>A tweet quoted in the story.</p></div>', expected: false, source: 'corpus breitbart'},
  {html: '<div aria-hidden="false">Shown to everyone</div>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(hiddenElement, ROWS)
