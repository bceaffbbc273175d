import {describe, expect, it} from 'vitest'
import {parseSocialHandles, socialHandle} from '../../src/decide/rules/social-handle.js'
import type {SocialHandle} from '../../src/types.js'
import {itFiresOnTwoPagesAndKeepsANearMiss, outcome, quote, rowTitle, type RuleRow} from '../helpers/rule-context.js'

const ROWS = [
  {input: 'Twitter: @AaronMehta', expected: true, source: 'seed defense-news'},
  {input: '@stevenmusil', expected: true, source: 'corpus cnet'},
  {input: '@devindra', expected: true, source: 'corpus engadget'},
  {input: 'Twitter: @janedoe | Instagram: @janedoe.photos', expected: true, source: 'constructed'},
  {input: 'Follow Jane Doe on Twitter', expected: true, source: 'constructed'},
  {input: 'Follow @jane_doe on Instagram', expected: true, source: 'constructed'},
  // Author footers that give the handle with the author's e-mail or name.
  {input: 'Email dan.goodin@arstechnica.com // Twitter @dangoodin001', expected: true, source: 'corpus ars-1'},
  {input: 'Devindra Hardawar, @devindra', expected: true, source: 'corpus engadget'},
  // Near misses: sentences about the networks, code, and tweets quoted in the body.
  {input: 'He posted on Twitter that the talks had failed.', expected: false, source: 'constructed'},
  {input: 'Follow the steps on Facebook to download a copy of your data', expected: false, source: 'constructed'},
  {input: '@font-face (9)', expected: false, source: 'corpus 002'},
  {
    input: '@s_bielefeld: @timkeller I plainly stated that I don’t hold his doing this against him. Way to twist words.',
    expected: false,
    source: 'corpus medium-3'
  },
  {input: "L'Émir du Qatar a confirmé au président @fhollande l'acquisition de 24 avions de combat #Rafale", expected: false, source: 'corpus liberation-1'}
] as const satisfies readonly RuleRow[]

describe('the social-handle rule', () => {
  itFiresOnTwoPagesAndKeepsANearMiss(ROWS)
  for (const row of ROWS) {
    it(rowTitle(row), () => {
      expect(outcome(socialHandle, row)).toEqual(row.expected)
    })
  }
})

const HANDLES = [
  {input: 'Twitter: @AaronMehta', expected: [{platform: 'twitter', handle: 'AaronMehta'}], source: 'seed defense-news'},
  {input: '@stevenmusil', expected: [{platform: null, handle: 'stevenmusil'}], source: 'corpus cnet'},
  {
    input: 'Twitter: @janedoe | Instagram: @janedoe.photos',
    expected: [
      {platform: 'twitter', handle: 'janedoe'},
      {platform: 'instagram', handle: 'janedoe.photos'}
    ],
    source: 'constructed'
  },
  {input: 'Follow @jane_doe on Instagram', expected: [{platform: 'instagram', handle: 'jane_doe'}], source: 'constructed'},
  {input: 'Mastodon: @jane@mastodon.social', expected: [{platform: 'mastodon', handle: 'jane@mastodon.social'}], source: 'constructed'},
  {input: 'Email dan.goodin@arstechnica.com // Twitter @dangoodin001', expected: [{platform: 'twitter', handle: 'dangoodin001'}], source: 'corpus ars-1'},
  {input: 'Devindra Hardawar, @devindra', expected: [{platform: null, handle: 'devindra'}], source: 'corpus engadget'}
] as const satisfies readonly {input: string; expected: readonly SocialHandle[]; source: string}[]

describe('parseSocialHandles', () => {
  for (const row of HANDLES) {
    const what = row.expected.map((found) => `@${found.handle} (${found.platform ?? 'no platform'})`).join(' and ')
    it(`reads ${what} from ${quote(row.input)} (${row.source})`, () => {
      expect(parseSocialHandles(row.input)).toEqual(row.expected)
    })
  }
})
