import {detectLanguage} from '../../language/detect-language.js'
import {sampleHeaviest} from '../../language/sample-heaviest.js'
import {stopWordsOf} from '../../language/stop-words.js'
import {defineStage} from '../stage.js'

/**
 * Stage 3, language: reads the blocks no rule named; decides the page's
 * language and its stop words, from the wordiest of them: most likely the
 * article's prose (a long URL or a script line has few words).
 */
export const pageLanguage = defineStage({
  name: 'page-language',
  reads: ['blocks', 'decisions', 'settings'],
  writes: ['language', 'stopWords'],
  decides: null,
  run(state) {
    const {blocks, decisions, settings} = state
    const unnamed = blocks.filter((block) => decisions[block.index] === null)
    const language = detectLanguage(sampleHeaviest(unnamed, (block) => block.measures.words, (block) => block.text, settings.languageSampleChars))
    state.language = language
    state.stopWords = stopWordsOf(language)
  }
})
