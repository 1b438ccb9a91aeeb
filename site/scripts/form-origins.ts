/**
 * The Content-Security-Policy's form-action names each place a form on the site
 * sends to: the site itself and WriteToThem (in site/public/_headers), and the
 * "Stay in touch" provider, whose address editors set in the Studio and so is
 * only known at build time. The built _headers gets that origin added, rather
 * than allowing every https origin.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SiteContent } from '../src/content/index.ts'

export async function addFormOrigins(content: Pick<SiteContent, 'settings'>, outDir: string): Promise<void> {
  const action = content.settings.newsletter?.formAction
  if (!action) return
  const origin = new URL(action).origin
  const file = join(outDir, '_headers')
  const headers = await readFile(file, 'utf8')
  const updated = headers.replace(/(form-action [^;\n]*)/, (directive) =>
    directive.split(/\s+/).includes(origin) ? directive : `${directive} ${origin}`,
  )
  if (updated === headers && !headers.includes(origin)) throw new Error('site/public/_headers has no form-action directive to add the sign-up form to')
  await writeFile(file, updated)
}
