import { describe, expect, it } from 'vitest'

import { implicitTagsFor } from '@/payload/hooks/revalidateOnPublish'

// The tags must be the ones Next's revalidatePath builds, or a scheduled publish clears nothing.
describe('implicitTagsFor', () => {
  it('names a page by its path, without a trailing slash', () => {
    expect(implicitTagsFor('/conditions/facet-joint-disease')).toEqual(['_N_T_/conditions/facet-joint-disease'])
    expect(implicitTagsFor('/faq/')).toEqual(['_N_T_/faq'])
  })

  it('names the home page both ways Next does', () => {
    expect(implicitTagsFor('/')).toEqual(['_N_T_/', '_N_T_/index'])
  })

  it('names the whole site by its root layout', () => {
    expect(implicitTagsFor('/', 'layout')).toEqual(['_N_T_/layout'])
    expect(implicitTagsFor('/procedures', 'layout')).toEqual(['_N_T_/procedures/layout'])
  })
})
