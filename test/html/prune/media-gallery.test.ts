import {mediaGallery} from '../../../src/segment/html/prune/media-gallery.js'
import {describeTreeRuleTable, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<div class="slideshow_links_rdr contextual_links_fmt"><p><a href="http://www.webmd.com/skin-problems-and-treatments/ss/slideshow-closer-look-at-mrsa">A Closer Look at MRSA</a></p></div>', expected: true, source: 'corpus webmd-2'},
  {html: '<div class="slideshow-description">In this photo dated Tuesday, Nov, 29, 2016 the Soyuz-FG rocket booster with the Progress MS-04 cargo ship is installed on a launch pad in Baikonur, Kazakhstan.</div>', expected: true, source: 'corpus yahoo-2'},
  // Words are whole: "photography" is no gallery.
  {html: '<div class="photography-credits"><p>Photographs by the author.</p></div>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(mediaGallery, ROWS)
