import { DEFAULT_LANGUAGE, type Language } from '../../i18n/languages.ts'
import type { SiteContent } from '../model.ts'
import type { AskResult, MilestoneResult, NationResult, StoryResult, TranslationsResult, UpdateResult } from '../schemas.ts'

/** Each document id -> its versions by language (the translations plugin's metadata, joined up). */
export type TranslationIndex = Map<string, ReadonlyMap<string, string>>

export function translationIndex(metadata: TranslationsResult): TranslationIndex {
  const index: TranslationIndex = new Map()
  for (const { versions } of metadata) {
    const group = new Map(versions.map((v) => [v.language, v.id]))
    for (const { id } of versions) index.set(id, group)
  }
  return index
}

export interface DocumentsByType {
  nations: NationResult[]
  asks: AskResult[]
  updates: UpdateResult[]
  stories: StoryResult[]
  milestones: MilestoneResult[]
}

// The queries' own orderings, for lists merged from two languages.
const byOrder = (a: { order?: number | null; name?: string; title?: string }, b: typeof a) =>
  (a.order ?? Infinity) - (b.order ?? Infinity) || (a.name ?? a.title ?? '').localeCompare(b.name ?? b.title ?? '')
const newestFirst = (key: (d: { _id: string }) => string) => (a: { _id: string }, b: { _id: string }) =>
  key(b).localeCompare(key(a)) || a._id.localeCompare(b._id)

/**
 * The documents one language's edition shows: its own versions, and the English
 * version of anything not translated, so a reader of a Welsh list is never left
 * without it. A Welsh version replaces its English one only once it is published
 * (it then follows its own publication date and consent). References follow to
 * the version in this language where there is one.
 */
export function documentsIn(
  language: Language,
  all: DocumentsByType,
  translations: TranslationIndex,
  /** Published versions not shown (a story whose consent ended): they still replace their English version, so it is not shown instead. */
  withheld: readonly { _id: string; language: Language }[] = [],
): DocumentsByType {
  if (language === DEFAULT_LANGUAGE) return mapAll(all, (docs) => docs.filter((d) => d.language === language))
  const own = new Set<string>()
  for (const docs of [...(Object.values(all) as { _id: string; language: Language }[][]), withheld]) for (const d of docs) if (d.language === language) own.add(d._id)
  const versionIn = (id: string) => {
    const version = translations.get(id)?.get(language)
    return version && own.has(version) ? version : undefined
  }
  const shown = <D extends { _id: string; language: Language }>(docs: D[]) =>
    docs.filter((d) => d.language === language || (d.language === DEFAULT_LANGUAGE && !versionIn(d._id)))
  const follow = (id: string) => versionIn(id) ?? id
  const follows = (ids: readonly string[]) => ids.map(follow)
  return {
    nations: shown(all.nations).sort(byOrder),
    asks: shown(all.asks)
      .map((a) => ({
        ...a,
        progress: a.progress.map((p) => ({ ...p, nationId: follow(p.nationId) })),
        outcome: a.outcome?.reportId ? { ...a.outcome, reportId: follow(a.outcome.reportId) } : a.outcome,
      }))
      .sort(byOrder),
    updates: shown(all.updates)
      .map((u) => ({ ...u, relatedAskIds: follows(u.relatedAskIds), relatedNationIds: follows(u.relatedNationIds) }))
      .sort(newestFirst((u) => (u as UpdateResult).publishedAt)),
    stories: shown(all.stories)
      .map((s) => ({ ...s, relatedAskIds: follows(s.relatedAskIds) }))
      .sort(newestFirst((s) => (s as StoryResult).consent.givenOn)),
    milestones: shown(all.milestones)
      .map((m) => ({ ...m, nationId: m.nationId ? follow(m.nationId) : m.nationId, reportId: m.reportId ? follow(m.reportId) : m.reportId }))
      .sort(newestFirst((m) => (m as MilestoneResult).date)),
  }
}

function mapAll(all: DocumentsByType, f: <D extends { language: Language }>(docs: D[]) => D[]): DocumentsByType {
  return { nations: f(all.nations), asks: f(all.asks), updates: f(all.updates), stories: f(all.stories), milestones: f(all.milestones) }
}

/** Gives every page its versions in the other languages, where those are published and shown. */
export function linkAlternates(editions: ReadonlyMap<Language, SiteContent>, translations: TranslationIndex) {
  const pages = (content: SiteContent) => [...content.nations, ...content.asks, ...content.updates, ...content.stories]
  const ownPages = new Map<Language, Map<string, string>>()
  for (const [language, content] of editions) {
    ownPages.set(language, new Map(pages(content).filter((p) => p.language === language).map((p) => [p.id, p.path])))
  }
  for (const [language, content] of editions) {
    for (const page of pages(content)) {
      if (page.language !== language) continue
      const group = translations.get(page.id)
      if (!group) continue
      page.alternates = [...editions.keys()].flatMap((other) => {
        const id = other === language ? undefined : group.get(other)
        const path = id ? ownPages.get(other)?.get(id) : undefined
        return path ? [{ language: other, path }] : []
      })
    }
  }
}
