import {cookieConsent} from '../../../src/segment/html/prune/cookie-consent.js'
import {describeTreeRuleTable, prose, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// class and id words, role, attributes, and enough of their text).
const ROWS = [
  {html: '<div id="cookie-warning"><a href="#" class="close icon-close" title="OK"></a><p>We use cookies to enhance your visit to our site and to bring you advertisements that might interest you. Read our <a href="/service/privacy-policy">Privacy</a> and <a href="/service/cookie-policy">Cookie</a> Policies to find out more.</p></div>', expected: true, source: 'corpus bug-1255978'},
  {html: '<div id="cookieChoiceInfo" class="cookie-choices-info singleton-element"><div class="cookie-choices-inner"><span class="cookie-choices-text">Deze site gebruikt cookies van Google om services te leveren, advertenties te personaliseren en verkeer te analyseren.</span><a href="#" class="cookie-choices-button">Ok</a></div></div>', expected: true, source: 'corpus links-in-tables'},
  // A long text in a consent box is a policy page, not a banner.
  {html: '<div class="consent-policy"><p>' + prose(24) + '</p></div>', expected: false, source: 'constructed'},
  // A consent platform's banner, by its `cmp` prefix on a banner or dialog.
  {html: '<div id="cmp-banner" class="cmp-banner" role="dialog"><p>We and our partners use technologies to store information on your device.</p><button>Accept all</button></div>', expected: true, source: 'constructed'},
  // Adobe Experience Manager prefixes every component `cmp-`: a service page's sections, not a banner.
  {html: '<div class="cmp-container"><div class="cmp-text"><p>Whether you are starting up or in the Fortune Global 500, tap into our broad range of services.</p></div></div>', expected: false, source: 'WCXB dev 0709'},
  {html: '<div class="teaser cmp-teaser"><h3 class="cmp-teaser__title">Cloud security assessment</h3><p class="cmp-teaser__description">Assess your cloud posture and fix misconfigurations before attackers find them.</p></div>', expected: false, source: 'WCXB dev 2848'},
  {html: '<div class="cookbook"><p>Bake the cookies for twelve minutes.</p></div>', expected: false, source: 'constructed'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(cookieConsent, ROWS)
