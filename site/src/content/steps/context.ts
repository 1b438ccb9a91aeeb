import type { SiteImage } from '../images.ts'
import type { DocumentLink } from '../model.ts'
import type { ContentProblem } from '../problems.ts'
import type { ImageResult } from '../schemas.ts'

export type DocRef = { _type: string; _id: string }

/** What every step shares: the clock, the problem list, and images as pages will use them. */
export interface StepContext {
  now: Date
  problems: ContentProblem[]
  problem(doc: DocRef, field: string, message: string): void
  /** A document that has a problem of its own: a reference to it is not reported again. */
  isInvalid(id: string): boolean
  image(value: ImageResult | null | undefined): SiteImage | null
  /** References as links; a missing target is a problem on the referring document. */
  link(doc: DocRef, field: string, ids: readonly string[], targets: Map<string, DocumentLink>, kind: string): DocumentLink[]
}

/** `reported` says whether a document already has a problem found before this pass. */
export function createContext(now: Date, image: StepContext['image'], reported: (id: string) => boolean = () => false): StepContext {
  const problems: ContentProblem[] = []
  const problem: StepContext['problem'] = (doc, field, message) => problems.push({ type: doc._type, id: doc._id, field, message })
  const isInvalid = (id: string) => reported(id) || problems.some((p) => p.id === id)
  return {
    now,
    problems,
    problem,
    isInvalid,
    image,
    link: (doc, field, ids, targets, kind) =>
      ids.flatMap((id, i) => {
        const target = targets.get(id)
        if (!target && !isInvalid(id)) problem(doc, `${field}[${i}]`, `refers to ${kind} ${id}, which is missing or not published`)
        return target ? [target] : []
      }),
  }
}

export const linksById = <T extends DocumentLink>(items: readonly T[]) =>
  new Map<string, DocumentLink>(items.map((i) => [i.id, { id: i.id, title: i.title, path: i.path, language: i.language }]))
