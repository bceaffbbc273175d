import {permalinkMark} from '../../../src/html/prune/permalink-mark.js'
import {describeTreeRuleTable, type PruneRow} from '../../helpers/prune-context.js'

// Elements from the pages named, cut down to what the rule reads (tag,
// href and text); each stands in a heading of the article.
const ROWS = [
  {html: '<a class="headerlink" href="#basic-logging-tutorial" title="Link to this heading">¶</a>', expected: true, where: 'article', source: 'WCXB dev 2859 (Sphinx)'},
  {html: '<a class="headerlink" href="#run-the-code" title="Permanent link">&para;</a>', expected: true, where: 'article', source: 'WCXB dev 0678 (MkDocs Material)'},
  {html: '<a href="#variants" class="anchor">§</a>', expected: true, where: 'article', source: 'WCXB dev 2861 (rustdoc)'},
  {html: '<a href="#installation" class="hash-link" aria-label="Direct link to Installation">#</a>', expected: true, where: 'article', source: 'constructed (Docusaurus)'},
  // Near misses: an anchor link with words is a contents entry or the heading itself.
  {html: '<a class="header" href="#getting-started">Getting started</a>', expected: false, where: 'article', source: 'constructed (mdBook heading)'},
  {html: '<a href="#top">Back to top</a>', expected: false, where: 'article', source: 'constructed'},
  {html: '<a href="https://example.org/spec#section-4">§</a>', expected: false, where: 'article', source: 'constructed (a section sign citing another page)'}
] as const satisfies readonly PruneRow[]

describeTreeRuleTable(permalinkMark, ROWS)
