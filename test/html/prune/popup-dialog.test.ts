import {popupDialog} from '../../../src/segment/html/prune/popup-dialog.js'
import {describeTreeRuleTable, prose, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<div id="suplist-modal-confirm" class="suplist-modal effect-fade-in-scale"><div class="modal-content"><div class="overlay-text">Are you sure you want to remove this item? You can\'t restore it with "Cancel" button!</div></div></div>', expected: true, source: 'corpus buzzfeed-1'},
  {html: '<div class="js-paginate-content-modal paginate-content-modal modal"><div class="modal-body">Next page</div></div>', expected: true, source: 'corpus article-author-tag'},
  {html: '<div class="ms-overlay" id="js-ms-overlay"><div class="ms-overlay-modal"><h1 class="ms-overlay-modal-title">Sign in</h1></div></div>', expected: true, source: 'corpus cnn'},
  // A link that opens a pop-up is the author's text.
  {html: '<a class="popup " href="#note-1">avocations</a>', expected: false, source: 'corpus clean-links'},
  {html: '<div class="overlay"><p>' + prose(24) + '</p></div>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(popupDialog, ROWS)
