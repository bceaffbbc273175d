import {describe, expect, it} from 'vitest'
import {cookieNotice} from '../../src/decide/rules/cookie-notice.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  // Consent notices.
  {
    input: 'We use cookies to enhance your visit to our site and to bring you advertisements that might interest you. Read our Privacy and Cookie Policies to find out more.',
    expected: true,
    source: 'corpus bug-1255978'
  },
  {
    input: 'Healthline Media, Inc. would like to process and share personal data (e.g., mobile ad id) and data about your use of our site (e.g., content interests) with our third party partners (see a current list) using cookies and similar automatic collection tools in order to a) personalize content and/or offers on our site or other sites, b) communicate with you upon request, and/or c) for additional reasons upon notice and, when applicable, with your consent.',
    expected: true,
    source: 'corpus medicalnewstoday'
  },
  {
    input: 'We use cookies and similar technologies to improve your browsing experience, personalize content and offers, show targeted ads, analyze traffic, and better understand you. We may share your information with third-party partners for marketing purposes. To learn more and make choices about data use, visit our Advertising Policy and Privacy Policy. By clicking “Accept and Continue” below, (1) you consent to these activities unless and until you withdraw your consent using our rights request form, and (2) you consent to allow your data to be transferred, processed, and stored in the United States.',
    expected: true,
    source: 'corpus medicalnewstoday'
  },
  {
    // The consent dialog's second paragraph: it asks for consent without naming cookies.
    input: 'By clicking “accept” below, you acknowledge and grant your consent for these activities unless and until you withdraw your consent using our rights request form. Learn more in our Privacy Policy.',
    expected: true,
    source: 'corpus medicalnewstoday'
  },
  {input: 'By continuing to use this site, you agree to our use of cookies.', expected: true, source: 'constructed'},
  {input: "Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", expected: true, source: 'constructed'},
  {input: 'Wir verwenden Cookies, um unsere Website für Sie zu verbessern.', expected: true, source: 'constructed'},
  {input: 'Usamos cookies propias y de terceros para mejorar nuestros servicios.', expected: true, source: 'constructed'},
  // Buttons.
  {input: 'Accept all cookies', expected: true, source: 'constructed'},
  {input: 'Manage preferences', expected: true, source: 'constructed'},
  {input: 'Tout accepter', expected: true, source: 'constructed'},
  {input: 'Alle akzeptieren', expected: true, source: 'constructed'},
  // Near misses: sentences about cookies, baked or tracked, in articles and readers' comments.
  {input: 'The bakery sold 300 cookies on Monday.', expected: false, source: 'constructed'},
  {input: 'supporting CORS rules and ensuring cookies aren’t readable by third parties.', expected: false, source: 'corpus 002'},
  {
    input: 'While they may not solve the problem, there are some technical steps people can take to limit the scope of these surveillance practices. For example, some web browsers do not send "third-party cookies" by default, or they scope cookies so that centralized surveillance doesn\'t get a single view of one user. The most privacy-preserving modern browser is the Tor Browser, which everyone should have installed and available, even if it\'s not the browser they choose to use every day. It limits the surveillance ability of systems that you have not signed up for to track you as you move around the web.',
    expected: false,
    source: 'corpus aclu'
  },
  {
    input: 'Well written, well-thought article. I agree with the content. Although I hate regulation in general, it seems about time that website should be required to offer a cookie free, traceless version at all times.',
    expected: false,
    source: 'corpus aclu'
  },
  {
    input: "HTTP is stateless. That means that when you click on a link to another page, the second page doesn't know that you were the person on page 1. Cookies, or some form of tracking, are needed for things like eCommerce and shopping carts. You need a cookie to associate *you* with your cart. Anything where you log in needs a cookie in order to know you are you, such as subscriptions.",
    expected: false,
    source: 'corpus aclu'
  },
  {
    input: 'Cookies are only an association mechanism. The heart of the problem is the harvesting of every click and everything on a page -- the over-collection of data to begin with.',
    expected: false,
    source: 'corpus aclu'
  },
  {input: 'Die Bäckerei verkaufte am Montag 300 Cookies.', expected: false, source: 'constructed'},
  {input: 'Les cookies de la boulangerie se sont vendus en une heure samedi.', expected: false, source: 'constructed'}
] as const satisfies readonly RuleRow[]

describe('the cookie-notice rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    it(rowTitle(row), () => {
      expect(outcome(cookieNotice, row)).toEqual(row.expected)
    })
  }
})
