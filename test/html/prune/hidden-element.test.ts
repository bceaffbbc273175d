import {hiddenElement} from '../../../src/segment/html/prune/hidden-element.js'
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
  {html: '<div aria-hidden="false">Shown to everyone</div>', expected: false, source: 'constructed'},
  // A closed tab or accordion panel is text a click shows: the other tabs of a how-to, an FAQ's answers.
  {html: '<section role="tabpanel" id="tabpanel_1_linux" hidden><p>On Linux, install the package with your distribution\'s package manager, then start the service.</p></section>', expected: false, source: 'WCXB dev 4411 (documentation)'},
  {html: '<dd class="cmp-accordion__panel cmp-accordion__panel--hidden" hidden><p>We help you turn raw data into decisions, from strategy to dashboards.</p></dd>', expected: false, source: 'WCXB dev 1056 (service)'},
  {html: '<div class="accordion__content" role="region" style="display: none"><p>Learn to plan, schedule and deliver projects on time and within budget.</p></div>', expected: false, source: 'WCXB dev 0374 (service)'},
  {html: '<div class="tab__content" id="pageblock-tab-2" hidden><p>Our thermostats learn your schedule and adjust the temperature for you.</p></div>', expected: false, source: 'WCXB dev 4284 (service)'},
  // Near misses: a closed menu panel and a cookie dialog's tab stay hidden furniture.
  {html: '<section class="iaNav__panel panel__top" hidden><ul><li><a href="/a">Products</a></li><li><a href="/b">Pricing</a></li></ul></section>', expected: true, source: 'WCXB dev 4480 (service)'},
  {html: '<div class="moove-gdpr-tab-main" id="third_party_cookies" style="display: none"><p>This website uses third-party cookies to collect anonymous information.</p></div>', expected: true, source: 'WCXB dev 0714 (service)'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(hiddenElement, ROWS)
