import {markListings} from '../classify/region.js'
import {defineStage} from '../stage.js'

/**
 * Stage 5, listings: reads the blocks; marks (in `listings`) the lines of a
 * code listing, which the body search weighs as such and the body prints as
 * code. No decision changes.
 */
export const listings = defineStage({
  name: 'listings',
  reads: ['blocks'],
  writes: ['listings'],
  decides: null,
  run(state) {
    state.listings = markListings(state.blocks)
  }
})
