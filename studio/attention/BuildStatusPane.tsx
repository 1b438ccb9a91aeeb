import { useEffect, useState } from 'react'
import { IntentLink } from 'sanity/router'
import { siteUrl } from '../urls.ts'
import { describeBuild, readBuildStatus, type BuildCheck } from './build-status.ts'

/** "Live site build" under Needs attention: the last build's age and what it left out, each document linked. */
export function BuildStatusPane() {
  const [check, setCheck] = useState<BuildCheck | null>(null)
  useEffect(() => {
    let current = true
    void readBuildStatus(siteUrl).then((result) => current && setCheck(result))
    return () => {
      current = false
    }
  }, [])

  if (!check) return <p style={{ padding: '1rem' }}>Reading the live site's build status…</p>
  const attention = check.kind === 'unreadable' || check.stale || check.leftOut.length > 0
  return (
    <section style={{ padding: '1rem', lineHeight: 1.5, maxWidth: '40rem' }} aria-live="polite">
      <p style={{ fontWeight: 600 }}>{attention ? 'Needs attention' : 'All well'}</p>
      {describeBuild(check).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {check.kind === 'read' && check.leftOut.length > 0 && (
        <ul>
          {check.leftOut.map((doc) => (
            <li key={`${doc._id} ${doc.field}`}>
              <IntentLink intent="edit" params={{ id: doc._id, type: doc._type }}>
                {doc._type} {doc._id}
              </IntentLink>
              : {doc.field} {doc.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
