import {advertisement} from '../../../src/segment/html/prune/advertisement.js'
import {describeTreeRuleTable, prose, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<div class="advert sa-hide" id="reklama-leader"><div class="advert__inner"><div class="advert__name">reklama</div></div></div>', expected: true, source: 'corpus aktualne'},
  {html: '<aside class="ad ad_crown" aria-label="Top of page advertisement">Advertisement</aside>', expected: true, source: 'corpus ars-1'},
  {html: '<div class="ad-site-top-full-width-lg" data-aa-adunit="/22181265/atlasobscura_970v_1">Advertisement</div>', expected: true, source: 'corpus article-author-tag'},
  // Words are whole: "download", "header" and "shadow" are not "ad".
  {html: '<div class="download-box"><a href="/report.pdf">Download the report</a></div>', expected: false, source: 'constructed'},
  {html: '<div class="ad-free"><p>' + prose(7) + '</p></div>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(advertisement, ROWS)
