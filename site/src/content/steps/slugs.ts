import type { StepContext } from './context.ts'

/** Two documents of a kind cannot share an address: the later one is the problem. */
export function checkSlugsUnique(docs: ReadonlyArray<{ _id: string; _type: string; slug: string }>, ctx: StepContext) {
  const first = new Map<string, string>()
  for (const doc of docs) {
    const other = first.get(doc.slug)
    if (other) ctx.problem(doc, 'slug', `"${doc.slug}" is already used by ${doc._type} ${other}`)
    else first.set(doc.slug, doc._id)
  }
}
