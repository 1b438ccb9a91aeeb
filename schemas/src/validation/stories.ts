import type { StoryNaming } from '../lists.ts'

/** The person's name is needed unless the story is anonymous. */
export function fullNameProblem(naming: StoryNaming | string | undefined | null, fullName: string | undefined | null): string | undefined {
  if (naming === 'anonymous' || !naming) return undefined
  return fullName && fullName.trim()
    ? undefined
    : 'Add the person\'s name. The site shows only the first name when they chose "First name only".'
}

/** For anonymous stories, a stored name is public in the Content Lake: nudge editors to leave it out. */
export function anonymousNameWarning(naming: StoryNaming | string | undefined | null, fullName: string | undefined | null): string | undefined {
  return naming === 'anonymous' && fullName && fullName.trim()
    ? 'This story is anonymous. The site won\'t show this name, but it is stored with the story: consider leaving it empty.'
    : undefined
}

/** A story with no channel ticked appears nowhere. */
export function noChannelsWarning(channels: readonly string[] | undefined | null): string | undefined {
  return channels && channels.length > 0
    ? undefined
    : 'Tick where the person agreed the story can appear. Until then it is not shown anywhere.'
}
