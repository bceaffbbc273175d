import {formControl} from '../../../src/segment/html/prune/form-control.js'
import {describeTreeRuleTable, prose, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<button id="btn-site-feedback" class="btn btn-stretch">Questions or Feedback? <span class="static-underline">Contact Us</span></button>', expected: true, source: 'corpus article-author-tag'},
  {html: '<form id="webcode" method="get" action="/bin/softlink"><div class="ident">Webcode:</div><div class="url">www.mac-and-i.de/</div><fieldset><input type="text" name="ctid"><input type="submit" value="enter"></fieldset></form>', expected: true, source: 'corpus heise'},
  {html: '<input type="text" value="" placeholder="Search IAB" class="search-field-header" id="search-header" name="search-iab">', expected: true, source: 'corpus iab-1'},
  // A large form: some sites wrap the whole page in one.
  {html: '<form action="/post" method="post"><p>' + prose(6) + '</p></form>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(formControl, ROWS)
