import { WithdrawnStoryInput } from './WithdrawnStoryInput.tsx'

type StoryType = { name: string; components?: Record<string, unknown> }

/**
 * The story type with its form wrapped: once "Withdraw consent" has erased a story,
 * a notice at the top says plainly what happened and why the record is kept. (The
 * schema itself, in @campaign/schemas, knows nothing of the Studio's UI.)
 */
export function withWithdrawnNotice<T extends StoryType>(type: T): T {
  return { ...type, components: { ...type.components, input: WithdrawnStoryInput } }
}
