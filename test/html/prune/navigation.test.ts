import {navigation} from '../../../src/segment/html/prune/navigation.js'
import {describeTreeRuleTable, prose, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<nav><a class="prev" href="/code/2013/functional-javascript-for-crawling-the-web/">Functional JavaScript for crawling the Web</a> | <a class="next" href="/code/2013/testing-frontend-javascript-code-using-mocha-chai-and-sinon/">Testing your frontend JavaScript code using mocha, chai, and sinon</a></nav>', expected: true, source: 'corpus 001'},
  {html: '<ul id="nav-access" role="navigation"><li><a href="#content-main">Skip to content</a></li></ul>', expected: true, source: 'corpus 002'},
  {html: '<div class="breadcrumb"><a href="/news/american-opportunity/">American Opportunity</a></div>', expected: true, source: 'corpus cnn'},
  {html: '<div class="blog-pager" id="blog-pager"><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2015/10/new-gpg-key.html" title="Older Post">Older Post</a></span><a class="home-link" href="/">Home</a></div>', expected: true, source: 'corpus blogger'},
  // A restaurant's menu in a story: long, and not links.
  {html: '<div class="menu"><p>' + prose(3) + '</p></div>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(navigation, ROWS)
