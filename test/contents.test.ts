import {describe, expect, it} from 'vitest'
import {markContents} from '../src/decide/classify/table-of-contents.js'
import {segmentText} from '../src/segment/text/segment-text.js'

/** The lines of a page that markContents marks, by text. */
function marked(lines: readonly string[]): string[] {
  const blocks = segmentText(lines.join('\n'))
  const marks = new Uint8Array(blocks.length)
  markContents(blocks, marks)
  return blocks.filter((block) => marks[block.index] === 1).map((block) => block.text)
}

const PROSE = 'A Hermitian matrix is a complex square matrix that is equal to its own conjugate transpose, and it has real eigenvalues.'

describe('markContents', () => {
  it("marks a wiki's contents whose headings carry their edit link (corpus wikipedia-3)", () => {
    const contents = ['Contents', '1 Alternative characterizations', '1.1 Equality with the adjoint', '2 Applications']
    const page = [PROSE, '', ...contents, '', 'Alternative characterizations[edit]', PROSE, 'Equality with the adjoint[edit]', PROSE, 'Applications[edit]', PROSE]
    expect(marked(page)).toEqual(contents)
  })

  it('does not mark the rows of a printed table, whose cells recur (corpus toc-missing)', () => {
    expect(marked(['n │ is_anomaly', '───┼────────────', '2 │ f', '3 │ f', '5 │ f', '2 │ f', '3 │ f', '12 │ t'])).toEqual([])
  })

  it('does not mark numbered steps that are not headings below', () => {
    expect(marked(['1 Download the archive', '2 Unpack it', '3 Run the installer', '', PROSE])).toEqual([])
  })
})
